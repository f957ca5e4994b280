from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from albres import store
from albres.errors import FactBaseError
from albres.model import Kind

from .conftest import DATA, make_factbase


def test_the_fixture_loads(base: store.FactBase) -> None:
    kupi = base.get("person:abaz-kupi")
    assert kupi.kind is Kind.PERSON
    assert kupi.name == "Abaz Kupi"
    assert all(f.subject == kupi.id and f.citations for f in kupi.facts)


def test_referencing_finds_facts_on_other_entities(base: store.FactBase) -> None:
    subjects = {f.subject for f in base.referencing("person:abaz-kupi")}
    assert subjects == {"event:peza-conference"}


def test_path_choice(monkeypatch: pytest.MonkeyPatch, fixture_dir: Path) -> None:
    monkeypatch.delenv("ALBRES_DATA", raising=False)
    assert store.resolve_path() == store.bundled_path()
    monkeypatch.setenv("ALBRES_DATA", str(fixture_dir))
    assert store.resolve_path() == str(fixture_dir)
    assert store.resolve_path("elsewhere") == "elsewhere"
    assert store.resolve_path(Path("elsewhere")) == "elsewhere"


def test_bundled_path_holds_a_fact_base() -> None:
    assert (Path(store.bundled_path()) / store.FACTBASE_FILE).is_file()


def test_paragraphs_skip_headings_and_join_lines() -> None:
    text = "= Title =\n\nFirst line\nsame paragraph.\n\n== Sources ==\n- a book\n"
    assert store.paragraphs(text) == ["First line same paragraph.", "- a book"]


def broken(tmp_path: Path, change: Any, fixture_doc: dict[str, Any]) -> str:
    doc = copy.deepcopy(fixture_doc)
    change(doc)
    make_factbase(tmp_path / "fb", doc)
    with pytest.raises(FactBaseError) as error:
        store.load(tmp_path / "fb")
    return str(error.value)


def test_dangling_reference(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][0]["facts"][0]["object"] = "org:nowhere"

    message = broken(tmp_path, change, fixture_doc)
    assert "$.entities[0].facts[0].object" in message
    assert "org:nowhere" in message


def test_duplicate_id(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"].append(copy.deepcopy(doc["entities"][0]))

    assert "duplicate id 'person:abaz-kupi'" in broken(tmp_path, change, fixture_doc)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("entities",), {}, "$.entities: expected an array"),
        (("entities", 0, "name"), 42, "$.entities[0].name: expected a non-empty string"),
        (("entities", 0, "kind"), "place", "$.entities[0].kind"),
        (("entities", 0, "facts", 0, "property"), "likes", "unknown property 'likes'"),
        (("entities", 0, "facts", 0, "citations"), [], "at least one citation"),
        (("entities", 0, "facts", 0, "citations", 0, "source"), "999", "no source '999'"),
        (("entities", 0, "facts", 0, "citations", 0, "paragraph"), "4", "paragraph number"),
        (("entities", 0, "facts", 0, "dispute"), "no-such", "no dispute 'no-such'"),
        (("albres_factbase",), 2, "format version"),
    ],
)
def test_wrong_shapes_name_the_json_path(
    tmp_path: Path, fixture_doc: dict[str, Any], path: tuple[Any, ...], value: Any, expected: str
) -> None:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    message = broken(tmp_path, change, fixture_doc)
    assert expected in message
    assert "factbase.json" in message


def test_a_document_that_is_not_an_object(tmp_path: Path) -> None:
    make_factbase(tmp_path / "fb", [1, 2])
    with pytest.raises(FactBaseError, match=r"\$: expected an object"):
        store.load(tmp_path / "fb")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (b"   \n", "empty file"),
        (b'{"albres_factbase": 1, "sources": [', "line 1 column"),
        (b'{"name": "Kor\xe7a"}', "not UTF-8"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, expected: str) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_bytes(content)
    with pytest.raises(FactBaseError, match=expected):
        store.load(folder)


def test_missing_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="no such fact base folder"):
        store.load(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FactBaseError, match="missing"):
        store.load(tmp_path / "empty")


def test_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "factbase.json"
    file.write_text("{}", encoding="utf-8")
    with pytest.raises(FactBaseError, match="is a folder"):
        store.load(file)


def test_missing_source_text(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "sources" / "000_a26193dca1519e4d.txt").unlink()
    with pytest.raises(FactBaseError, match="source text '000' is missing"):
        store.load(folder)


def test_loading_never_writes(tmp_path: Path) -> None:
    folder = tmp_path / "fb"
    shutil.copytree(DATA, folder)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    base = store.load(folder)
    list(base.entities())
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    assert before == after


def test_source_text_reads_the_shipped_file(base: store.FactBase) -> None:
    text = base.source_text("000")
    assert text.startswith("= Mukje Conference =")
    assert json.dumps(text)


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_the_reader_reads_any_chunking_as_json_does(
    chunk: int, monkeypatch: pytest.MonkeyPatch, fixture_dir: Path
) -> None:
    monkeypatch.setattr(store.FactBaseReader, "CHUNK", chunk)
    expected = json.loads((fixture_dir / "factbase.json").read_text(encoding="utf-8"))
    assert store.read_document(str(fixture_dir)) == expected


@pytest.mark.parametrize("chunk", [3, 1 << 20])
def test_syntax_errors_name_the_line_and_column_json_would(
    chunk: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(store.FactBaseReader, "CHUNK", chunk)
    folder = make_factbase(tmp_path / "fb")
    text = (folder / "factbase.json").read_text(encoding="utf-8")
    cut = text.index(",\n", 1500) + 1  # between two members: a stray character is an error there
    broken = text[:cut] + " @" + text[cut:]
    (folder / "factbase.json").write_text(broken, encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    with pytest.raises(FactBaseError) as error:
        store.read_document(str(folder))
    assert f"line {expected.value.lineno} column {expected.value.colno}" in str(error.value)


def test_invalid_utf8_names_the_byte(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store.FactBaseReader, "CHUNK", 5)
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_bytes(b'{"albres_factbase": 1, "x": "\xff"}')
    with pytest.raises(FactBaseError, match=r"not UTF-8 \(byte 29\)"):
        store.read_document(str(folder))
