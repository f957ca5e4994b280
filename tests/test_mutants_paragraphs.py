"""Paragraphs and sentences (paragraphs.py), pinned where mutation testing found them loose:
what a heading is, where each character of a paragraph (its spaces too) stands in the file,
which of two places a quote stands at, and the sentences of odd paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from albres.paragraphs import sentences, split

from .conftest import DATA

SOURCES = sorted((DATA / "sources").glob("*.txt"))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("x = y =", True),  # ends with "=" but does not begin with it: text
        ("=", True),  # a lone "=" is no heading
        ("==", False),  # the shortest heading
        ("= Part =", False),
    ],
)
def test_a_heading_begins_and_ends_with_an_equals_sign(line: str, kept: bool) -> None:
    found = split(f"Before.\n{line}\nAfter.")
    assert [p.text for p in found] == [f"Before. {line} After." if kept else "Before. After."]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name[:3])
def test_a_space_of_a_paragraph_stands_where_the_gap_after_a_word_begins(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for paragraph in split(text):
        for i, char in enumerate(paragraph.text):
            if char == " ":
                assert paragraph.places[i] == paragraph.places[i - 1] + 1
                assert text[paragraph.places[i]].isspace()


def test_a_paragraph_ends_just_after_its_last_character() -> None:
    text = "One two.\n\n  Three  four"
    first, second = split(text)
    assert (first.start, first.end) == (0, len("One two."))
    assert (second.start, second.end) == (text.index("Three"), len(text))
    assert text[second.start : second.end] == "Three  four"


def test_a_quote_stands_where_it_first_appears() -> None:
    text = "It was signed. Then it was signed again."
    [paragraph] = split(text)
    assert paragraph.locate("was signed") == (text.index("was signed"), text.index("was signed") + 10)
    assert paragraph.find("was signed") == (3, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met (Gen. Hoxha and others). Later.", ["They met (Gen. Hoxha and others).", "Later."]),
        ("Puto X. Kelmendi wrote it. Later.", ["Puto X. Kelmendi wrote it.", "Later."]),  # an initial
        ("", []),  # an empty paragraph has no sentence
    ],
)
def test_sentences_of_odd_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_a_paragraph_that_opens_with_a_mark_is_split_whole() -> None:
    text = "... Then it ended. So."
    found = sentences(text)
    assert found[-1] == (text.index("So."), len(text))
    assert " ".join(text[a:b] for a, b in found) == text
