"""The index cache as a user, an attacker and an unlucky user would meet it: built once and
reused, never stale, never forged, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from albres import factbase, query
from albres.factbase import cache, keys
from albres.factbase.read import lines_layout

from .conftest import ROOT, Run, as_json, make_factbase


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_factbase(tmp_path / "fb")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("ALBRES_CACHE_DIR", str(home))
    return home


def private(home: Path) -> Path:
    return Path(cache.private_dir(str(home)))


def index_files(home: Path) -> list[Path]:
    return sorted(private(home).glob("*.sqlite"))


def the_index(home: Path) -> Path:
    [index] = private(home).glob("*.sqlite")
    return index


def kupi_description(folder: Path) -> str:
    with factbase.load(folder) as base:
        return base.get("person:abaz-kupi").description


def damage_index(folder: Path, home: Path, damage: str) -> None:
    """Build the index of the fact base in `folder`, then run one SQL statement on it."""
    kupi_description(folder)
    broken = sqlite3.connect(the_index(home))
    with broken:
        broken.execute(damage)
    broken.close()


def rewrite_same_size(file: Path, old: str, new: str) -> None:
    """Change the text of factbase.json keeping its size and restoring its mtime."""
    assert len(old) == len(new)
    before = file.stat()
    file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert file.stat().st_size == before.st_size
    assert file.stat().st_mtime_ns == before.st_mtime_ns


def test_a_same_size_edit_with_the_old_mtime_is_seen(folder: Path, home: Path) -> None:
    old = kupi_description(folder)
    rewrite_same_size(folder / "factbase.json", old, old.upper())
    assert kupi_description(folder) == old.upper()


def test_an_equal_size_file_renamed_over_the_old_one_is_seen(folder: Path, home: Path) -> None:
    old = kupi_description(folder)
    other = folder / "other.json"
    file = folder / "factbase.json"
    other.write_text(file.read_text(encoding="utf-8").replace(old, old.upper(), 1), encoding="utf-8")
    info = file.stat()
    os.utime(other, ns=(info.st_atime_ns, info.st_mtime_ns))  # as `cp -p` or `tar x` would
    os.replace(other, file)
    assert kupi_description(folder) == old.upper()


def test_a_touched_but_unchanged_fact_base_keeps_its_index(
    folder: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kupi_description(folder)
    os.utime(folder / "factbase.json")

    def no_build(*args: Any) -> None:
        raise AssertionError("rebuilt an index whose content had not changed")

    monkeypatch.setattr(cache, "build", no_build)
    with factbase.load(folder) as base:
        assert not base.built
    with factbase.load(folder) as base:  # and the new stat key was kept: no hashing either
        monkeypatch.setattr(keys, "file_digest", no_build)
        assert not base.built


def test_a_changed_source_text_changes_the_key(folder: Path, home: Path) -> None:
    with factbase.load(folder) as base:
        before = base.identity["sha256"]
    text = next((folder / "sources").iterdir())
    text.write_text(text.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with factbase.load(folder) as base:
        assert base.built
        assert base.identity["sha256"] != before


def test_a_changed_builder_builds_anew(folder: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kupi_description(folder)
    monkeypatch.setattr(cache, "builder_key", lambda: "another builder")
    with factbase.load(folder) as base:
        assert base.built


def test_the_identity_is_the_hash_of_the_files(folder: Path, home: Path) -> None:
    with factbase.load(folder) as base:
        texts = [str(folder / "sources" / s.file) for s in base.sources.values()]
        expected = keys.content_hash([str(folder / "factbase.json"), *texts])
        assert base.identity == {"sha256": expected, "entities": len(base), "facts": base.identity["facts"]}
        assert base.identity["facts"] == sum(len(e.facts) for e in base.entities())


def test_json_documents_name_the_fact_base(run: Run, fixture_dir: Path) -> None:
    found = as_json(run("who", "Kupi", "--json"))
    missing = as_json(run("who", "Nobody Atall", "--json"))
    with factbase.load(fixture_dir) as base:
        assert found["factbase"] == missing["factbase"] == base.identity
    lines = run("events", "--jsonl").stdout.splitlines()
    assert all(json.loads(line)["factbase"] == found["factbase"] for line in lines)


def test_the_private_directory_is_the_users_alone(folder: Path, home: Path) -> None:
    kupi_description(folder)
    info = private(home).stat()
    assert info.st_mode & 0o777 == 0o700
    assert info.st_uid == os.getuid()


@pytest.mark.parametrize("mode", [0o777, 0o722])
def test_a_directory_others_may_write_is_not_used(
    folder: Path, home: Path, mode: int, capsys: pytest.CaptureFixture[str]
) -> None:
    private(home).mkdir(parents=True)
    private(home).chmod(mode)
    with factbase.load(folder) as base:
        assert base.notes
        assert "not yours alone" in base.notes[0]
        assert base.get("person:abaz-kupi")
    assert not list(private(home).iterdir())


def test_an_index_others_may_write_is_not_read(folder: Path, home: Path) -> None:
    kupi_description(folder)
    index = the_index(home)
    forged = sqlite3.connect(index)
    with forged:
        forged.execute("UPDATE entities SET record = replace(record, 'Major', 'FORGED')")
    forged.close()
    index.chmod(0o666)
    with factbase.load(folder) as base:
        assert base.notes
        assert "FORGED" not in base.get("person:abaz-kupi").description
    assert the_index(home).stat().st_mode & 0o022 == 0


@pytest.mark.skipif(os.getuid() != 0, reason="planting a file owned by another user needs root")
def test_a_planted_directory_of_another_user_is_not_used(folder: Path, home: Path) -> None:
    kupi_description(folder)
    os.chown(private(home), 12345, 12345)
    with factbase.load(folder) as base:
        assert base.notes
        assert base.built


@pytest.mark.skipif(os.getuid() != 0, reason="planting a file owned by another user needs root")
def test_a_planted_index_of_another_user_is_not_read(folder: Path, home: Path) -> None:
    old = kupi_description(folder)
    index = the_index(home)
    forged = sqlite3.connect(index)
    with forged:
        forged.execute("UPDATE entities SET record = replace(record, ?, 'FORGED')", (old,))
    forged.close()
    os.chown(index, 12345, 12345)
    with factbase.load(folder) as base:
        assert base.notes
        assert base.get("person:abaz-kupi").description == old
    assert the_index(home).stat().st_uid == os.getuid()


def test_a_planted_temp_symlink_is_never_written_through(folder: Path, home: Path, tmp_path: Path) -> None:
    kupi_description(folder)
    name = the_index(home).name
    the_index(home).unlink()
    target = tmp_path / "victim"
    target.write_text("precious", encoding="utf-8")
    for pid in range(os.getpid() - 50, os.getpid() + 50):  # every name albres 1.0 would have used
        (private(home) / f"{name}.{pid}.tmp").symlink_to(target)
    kupi_description(folder)
    assert target.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE names",
        "DROP TABLE meta",
        "UPDATE entities SET record = 'not json'",
        "UPDATE entities SET record = '{}'",
        "DELETE FROM meta WHERE key = 'sources'",
        "UPDATE meta SET value = 'garbage' WHERE key = 'counts'",
    ],
)
def test_a_damaged_index_is_rebuilt(folder: Path, home: Path, damage: str, run: Run) -> None:
    damage_index(folder, home, damage)
    result = run("who", "Abaz Kupi", "--json", data=folder)  # `run` lets a traceback through
    assert result.exit_code == 0, result.stderr
    assert as_json(result)["entity"]["id"] == "person:abaz-kupi"
    assert kupi_description(folder)


def test_a_file_that_is_no_database_is_rebuilt(folder: Path, home: Path) -> None:
    kupi_description(folder)
    the_index(home).write_bytes(b"this is not a database" * 100)
    assert kupi_description(folder)
    assert the_index(home).read_bytes().startswith(b"SQLite format 3")


def test_cache_path_and_clear(run: Run, folder: Path, home: Path) -> None:
    kupi_description(folder)
    assert run("cache", "path").stdout.strip() == str(private(home))
    result = run("cache", "clear")
    assert result.exit_code == 0
    assert str(the_index_path := private(home)) in result.stdout
    assert not list(the_index_path.glob("*.sqlite"))
    assert "removed" in result.stderr


def test_a_library_base_serves_many_threads(bundled: factbase.FactBase) -> None:
    names = ["Abaz Kupi", "Enver Hoxha", "Mukje", "Peza", "Kryeziu", "Balli Kombëtar"] * 8

    def ask(name: str) -> list[str]:
        try:
            answer = query.who(bundled, name)
        except Exception as error:  # an ambiguity is an answer too
            return [type(error).__name__]
        return [answer.entity.id, *(f.property for f in answer.facts)]

    alone = [ask(name) for name in names]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(ask, names)) == alone


LOAD = "import albres, sys; base = albres.load(sys.argv[1]); print('built' if base.built else 'read')"


def big_factbase(tmp_path: Path, entities: int) -> Path:
    """A valid fact base of many entities, one a line (benchmarks/synth.py)."""
    folder = tmp_path / "big"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(entities), str(folder)],
        check=True,
        capture_output=True,
    )
    return folder


def test_eight_cold_starts_build_once(tmp_path: Path, home: Path) -> None:
    folder = big_factbase(tmp_path, 3000)
    env = {**os.environ, "ALBRES_CACHE_DIR": str(home)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", LOAD, str(folder)], stdout=subprocess.PIPE, env=env, text=True
        )
        for _ in range(8)
    ]
    said = sorted(process.communicate()[0].strip() for process in runs)
    assert said == ["built"] + ["read"] * 7


def test_a_build_killed_midway_leaves_nothing_after_the_next_run(tmp_path: Path, home: Path) -> None:
    folder = big_factbase(tmp_path, 40000)
    env = {**os.environ, "ALBRES_CACHE_DIR": str(home)}
    process = subprocess.Popen([sys.executable, "-c", LOAD, str(folder)], stdout=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 30
    while not list(private(home).glob("*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert list(private(home).glob("*.tmp")), "the build was not caught midway"
    assert subprocess.run([sys.executable, "-c", LOAD, str(folder)], env=env, check=True).returncode == 0
    assert not list(private(home).glob("*.tmp"))
    assert len(list(private(home).glob("*.sqlite"))) == 1


def test_the_lines_layout_and_the_pretty_one_index_alike(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    pretty = make_factbase(tmp_path / "pretty")
    lines = make_factbase(tmp_path / "lines")
    (lines / "factbase.json").write_text("".join(lines_layout(fixture_doc)), encoding="utf-8")
    with factbase.load(pretty) as one, factbase.load(lines) as other:
        assert list(one.entities()) == list(other.entities())
        assert one.identity["entities"] == other.identity["entities"]


def test_the_index_is_built_once_and_reused(folder: Path, home: Path) -> None:
    factbase.load(folder)
    [index] = index_files(home)
    built = index.stat().st_mtime_ns
    assert query.who(factbase.load(folder), "Kupi").entity.id == "person:abaz-kupi"
    assert index_files(home) == [index]
    assert index.stat().st_mtime_ns == built


def test_a_changed_fact_base_is_indexed_anew(folder: Path, home: Path) -> None:
    factbase.load(folder)
    document = json.loads((folder / "factbase.json").read_text(encoding="utf-8"))
    document["entities"][0]["aliases"].append("The Major of Mat")
    (folder / "factbase.json").write_text(json.dumps(document), encoding="utf-8")
    assert query.who(factbase.load(folder), "The Major of Mat").entity.id == "person:abaz-kupi"
    assert len(index_files(home)) == 1


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


def test_the_fact_base_folder_is_never_written(folder: Path, home: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    base = factbase.load(folder)
    query.events(base, year=1943)
    query.search(base, "peza")
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before
    assert not str(index_files(home)[0]).startswith(str(folder))


def test_two_fact_bases_get_two_indexes(tmp_path: Path, home: Path) -> None:
    factbase.load(make_factbase(tmp_path / "one"))
    factbase.load(make_factbase(tmp_path / "two"))
    assert len(index_files(home)) == 2


def test_the_builder_is_every_module_the_index_imports() -> None:
    # An edit to any module whose code decides what an index holds must build it anew.
    from albres.factbase.cache import BUILDER

    from .test_imports import module_graph

    graph = module_graph()
    seen: set[str] = set()
    todo = ["albres.factbase.index"]
    while todo:
        name = todo.pop()
        if name in seen or name in ("albres", "albres.factbase"):  # packages, not their modules
            continue
        seen.add(name)
        todo += graph[name]
    files = {os.path.relpath(path, ROOT).removesuffix(".py").replace(os.sep, ".") for path in BUILDER}
    assert seen <= files


@pytest.mark.parametrize(
    "damage", ["DELETE FROM entities WHERE kind = 'person'", "UPDATE entities SET record = '[]'"]
)
def test_a_search_on_a_damaged_index_rebuilds_it(folder: Path, home: Path, damage: str, run: Run) -> None:
    damage_index(folder, home, damage)
    result = run("search", "who created the Unity Front", "--json", data=folder)
    assert result.exit_code == 0, result.stderr
    assert "person:abaz-kupi" in {fact["entity"]["id"] for fact in as_json(result)["facts"]}
