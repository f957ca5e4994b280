"""The SQLite index in the cache directory: built once, rebuilt on change, never required."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from albres import factbase, query
from albres.factbase import cache

from .conftest import make_factbase


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_factbase(tmp_path / "fb")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("ALBRES_CACHE_DIR", str(home))
    return home


def index_files(home: Path) -> list[Path]:
    return sorted(home.glob("*/*.sqlite")) if home.exists() else []


def test_the_index_is_built_once_and_reused(folder: Path, cache_home: Path) -> None:
    factbase.load(folder)
    [index] = index_files(cache_home)
    built = index.stat().st_mtime_ns
    assert query.who(factbase.load(folder), "Kupi").entity.id == "person:abaz-kupi"
    assert index_files(cache_home) == [index]
    assert index.stat().st_mtime_ns == built


def test_a_changed_fact_base_is_indexed_anew(folder: Path, cache_home: Path) -> None:
    factbase.load(folder)
    document = json.loads((folder / "factbase.json").read_text(encoding="utf-8"))
    document["entities"][0]["aliases"].append("The Major of Mat")
    (folder / "factbase.json").write_text(json.dumps(document), encoding="utf-8")
    assert query.who(factbase.load(folder), "The Major of Mat").entity.id == "person:abaz-kupi"
    assert len(index_files(cache_home)) == 1


def test_a_corrupt_index_is_rebuilt(folder: Path, cache_home: Path) -> None:
    factbase.load(folder)
    [index] = index_files(cache_home)
    index.write_bytes(b"this is not a database" * 100)
    assert query.who(factbase.load(folder), "Kupi").entity.id == "person:abaz-kupi"
    assert index.read_bytes().startswith(b"SQLite format 3")


def test_an_unwritable_cache_falls_back_to_memory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ALBRES_CACHE_DIR", str(blocker / "cache"))
    assert query.who(factbase.load(folder), "Kupi").entity.id == "person:abaz-kupi"


def test_the_cache_can_be_turned_off(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALBRES_CACHE_DIR", "")
    assert cache.cache_dir() is None
    before = set(tmp_path.rglob("*"))
    assert query.who(factbase.load(folder), "Kupi").entity.id == "person:abaz-kupi"
    assert set(tmp_path.rglob("*")) == before


def test_the_default_cache_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ALBRES_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == os.path.join(str(tmp_path), "albres")


def test_the_fact_base_folder_is_never_written(folder: Path, cache_home: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    base = factbase.load(folder)
    query.events(base, year=1943)
    query.search(base, "peza")
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before
    assert not str(index_files(cache_home)[0]).startswith(str(folder))


def test_two_fact_bases_get_two_indexes(tmp_path: Path, cache_home: Path) -> None:
    factbase.load(make_factbase(tmp_path / "one"))
    factbase.load(make_factbase(tmp_path / "two"))
    assert len(index_files(cache_home)) == 2
