"""Source texts as citations read them: paragraphs with their places in the file, the sentences
of a paragraph, and where a quote stands.

Citations number a source's paragraphs from 1: blocks separated by a blank line, headings
(lines such as `= Title =`) not counted, whitespace folded to single spaces. A quote stands
verbatim in its paragraph once whitespace is folded the same way. Every place here is counted
in code points (Python string indices) from the start of the source file as shipped, as the
W3C Web Annotation TextPositionSelector counts them.
"""

from __future__ import annotations

import re

from albres.record import NamedTuple


class Paragraph(NamedTuple):
    """A paragraph: its number, its text with whitespace folded (`text`), and for each
    character of that text its place in the file (`places`, one more at the end: where the
    paragraph's last character ends)."""

    number: int
    text: str
    places: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.places[0]

    @property
    def end(self) -> int:
        return self.places[-1]

    def locate(self, quote: str) -> tuple[int, int] | None:
        """Where a quote first stands in the folded text, as (start, end), or None when it is
        not verbatim in this paragraph (whitespace folded)."""
        folded = " ".join(quote.split())
        at = self.text.find(folded) if folded else -1
        return (at, at + len(folded)) if at >= 0 else None

    def find(self, quote: str) -> tuple[int, int] | None:
        """Where a quote stands in the file, as (start, end), or None (see locate)."""
        at = self.locate(quote)
        return (self.places[at[0]], self.places[at[1] - 1] + 1) if at else None


def _is_heading(line: str) -> bool:
    return len(line) > 1 and line.startswith("=") and line.endswith("=")


def split(text: str) -> list[Paragraph]:
    """The paragraphs of a source text, numbered from 1 (see the module's docstring)."""
    found: list[Paragraph] = []
    for block in re.finditer(r"(?:(?!\n\n).)+", text, re.S):
        chars: list[str] = []
        places: list[int] = []
        for line in re.finditer(r"[^\n]+", block.group()):
            if _is_heading(line.group().strip()):
                continue
            for word in re.finditer(r"\S+", line.group()):
                if chars:
                    chars.append(" ")
                    places.append(places[-1] + 1)  # the space stands where the gap begins
                first = block.start() + line.start() + word.start()
                chars.append(word.group())
                places.extend(range(first, first + len(word.group())))
        if chars:
            text_of = "".join(chars)
            ends = (*places, places[-1] + 1)
            found.append(Paragraph(len(found) + 1, text_of, ends))
    return found


# A bibliographic line: a bracketed reference to a work ("[Pollo S., & Puto A. (1981).]") or an
# entry of a source list ('- Vladimir Dedijer. "Jugoslovensko-albanski odnosi 1939-1948"').
_BIBLIOGRAPHIC = re.compile(r'\[[^\[\]]*\(\d{4}\)\.?\]|^- [^"]+\. "[^"]+"$')


def bibliographic(text: str) -> list[tuple[int, int]]:
    """Where a paragraph's folded text names a work the source drew on, as (start, end): a
    bibliographic line, which is no fact (no fact should quote it; coverage leaves it out)."""
    return [found.span() for found in _BIBLIOGRAPHIC.finditer(text)]


def within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether (start, end) lies inside one of the spans."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


# Words a full stop follows without ending a sentence: titles and ranks, "No.", "e.g." and the
# like, and initials (a single capital letter: "Pollo S., & Puto A.").
ABBREVIATIONS = frozenset(
    {
        *("gen", "col", "lt", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "st", "prof", "no", "nos"),
        *("vol", "pp", "cf", "ca", "approx", "etc", "e.g", "i.e", "vs", "jr", "sr"),
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZÇËÀ-Ý0-9])")


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph's folded text, as (start, end) in it: a sentence ends at a
    full stop, question or exclamation mark followed by a space and a capital letter or a
    digit, except after an abbreviation (ABBREVIATIONS) or an initial."""
    found, start = [], 0
    for mark in _SENTENCE_END.finditer(text):
        before = text[start : mark.start()].split()
        # The word before the mark, its last part after a hyphen ("Col.-Gen." is "gen").
        last = before[-1].rstrip(".").split("-")[-1].lstrip("(").casefold() if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        end = mark.start() + len(mark.group().rstrip())
        found.append((start, end))
        start = mark.end()
    if start < len(text):
        found.append((start, len(text)))
    return found
