from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from albres import factbase
from albres.errors import FactBaseError
from albres.factbase import locate, read
from albres.model import Kind

from .conftest import DATA, make_factbase

LAYOUTS = ["pretty", "compact", "lines"]


def test_the_fixture_loads(base: factbase.FactBase) -> None:
    kupi = base.get("person:abaz-kupi")
    assert kupi.kind is Kind.PERSON
    assert kupi.name == "Abaz Kupi"
    assert all(f.subject == kupi.id and f.citations for f in kupi.facts)


def test_referencing_finds_facts_on_other_entities(base: factbase.FactBase) -> None:
    subjects = {f.subject for f in base.referencing("person:abaz-kupi")}
    assert subjects == {"event:peza-conference"}


def test_path_choice(monkeypatch: pytest.MonkeyPatch, fixture_dir: Path) -> None:
    monkeypatch.delenv("ALBRES_DATA", raising=False)
    assert locate.resolve_path() == locate.bundled_path()
    monkeypatch.setenv("ALBRES_DATA", str(fixture_dir))
    assert locate.resolve_path() == str(fixture_dir)
    assert locate.resolve_path("elsewhere") == "elsewhere"
    assert locate.resolve_path(Path("elsewhere")) == "elsewhere"


def test_bundled_path_holds_a_fact_base() -> None:
    assert (Path(locate.bundled_path()) / locate.FACTBASE_FILE).is_file()


def test_paragraphs_skip_headings_and_join_lines() -> None:
    text = "= Title =\n\nFirst line\nsame paragraph.\n\n== Sources ==\n- a book\n"
    assert read.paragraphs(text) == ["First line same paragraph.", "- a book"]


def broken(tmp_path: Path, change: Any, fixture_doc: dict[str, Any]) -> str:
    doc = copy.deepcopy(fixture_doc)
    change(doc)
    make_factbase(tmp_path / "fb", doc)
    with pytest.raises(FactBaseError) as error:
        factbase.load(tmp_path / "fb")
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
        factbase.load(tmp_path / "fb")


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
        factbase.load(folder)


def test_missing_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="no such fact base folder"):
        factbase.load(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FactBaseError, match="missing"):
        factbase.load(tmp_path / "empty")


def test_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "factbase.json"
    file.write_text("{}", encoding="utf-8")
    with pytest.raises(FactBaseError, match="is a folder"):
        factbase.load(file)


def test_missing_source_text(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "sources" / "000_a26193dca1519e4d.txt").unlink()
    with pytest.raises(FactBaseError, match="source text '000' is missing"):
        factbase.load(folder)


def test_loading_never_writes(tmp_path: Path) -> None:
    folder = tmp_path / "fb"
    shutil.copytree(DATA, folder)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    base = factbase.load(folder)
    list(base.entities())
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    assert before == after


def test_source_text_reads_the_shipped_file(base: factbase.FactBase) -> None:
    text = base.source_text("000")
    assert text.startswith("= Mukje Conference =")
    assert json.dumps(text)


def write_layout(folder: Path, document: dict[str, Any], layout: str) -> str:
    """factbase.json in the given layout ("pretty", "compact" or "lines"); its text."""
    if layout == "lines":
        text = "".join(read.lines_layout(document))
    else:
        text = json.dumps(document, ensure_ascii=False, indent=1 if layout == "pretty" else None)
    (folder / "factbase.json").write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_reads_as_json_does(layout: str, tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    folder = make_factbase(tmp_path / "fb")
    write_layout(folder, fixture_doc, layout)
    assert read.read_document(str(folder)) == fixture_doc


def test_the_lines_layout_has_one_entity_a_line(fixture_doc: dict[str, Any]) -> None:
    lines = "".join(read.lines_layout(fixture_doc)).splitlines()
    assert lines[0].endswith('"entities": [')
    assert lines[-1] == "]}"
    entities = [json.loads(line.removesuffix(",")) for line in lines[1:-1]]
    assert entities == fixture_doc["entities"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_syntax_errors_name_the_line_and_column_json_would(
    layout: str, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    folder = make_factbase(tmp_path / "fb")
    text = write_layout(folder, fixture_doc, layout)
    cut = text.index("}", len(text) // 2) + 1  # after a value: a stray character is an error there
    broken = text[:cut] + " @" + text[cut:]
    (folder / "factbase.json").write_text(broken, encoding="utf-8")
    line_number = broken.count("\n", 0, cut) + 1
    line = broken.splitlines()[line_number - 1]
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(line.removesuffix(",") if layout == "lines" else broken)
    with pytest.raises(FactBaseError) as error:
        read.read_document(str(folder))
    lineno = line_number if layout == "lines" else expected.value.lineno
    assert f"line {lineno} column {expected.value.colno}" in str(error.value)


@pytest.mark.parametrize(
    "content",
    [b'{"albres_factbase": 1, "x": "\xff"}', b'{"albres_factbase": 1, "entities": [\n{"x": "\xff"}'],
)
def test_invalid_utf8_names_the_byte(content: bytes, tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_bytes(content)
    with pytest.raises(FactBaseError, match=rf"not UTF-8 \(byte {content.index(0xFF)}\)"):
        read.read_document(str(folder))


def test_a_lines_layout_must_close_its_array(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    folder = make_factbase(tmp_path / "fb")
    text = write_layout(folder, fixture_doc, "lines")
    (folder / "factbase.json").write_text(text.removesuffix("]}\n"), encoding="utf-8")
    with pytest.raises(FactBaseError, match="not closed"):
        read.read_document(str(folder))
    (folder / "factbase.json").write_text(text + "{}\n", encoding="utf-8")
    with pytest.raises(FactBaseError, match="Extra data"):
        read.read_document(str(folder))


def test_a_large_whole_file_is_refused_with_a_way_out(
    tmp_path: Path, fixture_doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_factbase(tmp_path / "fb")
    text = write_layout(folder, fixture_doc, "pretty")
    monkeypatch.setattr(read, "WHOLE_FILE_LIMIT", len(text.encode()) - 1)
    with pytest.raises(FactBaseError, match="one entity a line"):
        read.read_document(str(folder))
    write_layout(folder, fixture_doc, "lines")  # the same size and more streams whatever the limit
    assert read.read_document(str(folder)) == fixture_doc


def test_nesting_too_deep_is_a_fact_base_error(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_text('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(FactBaseError, match="nested too deep"):
        read.read_document(str(folder))
