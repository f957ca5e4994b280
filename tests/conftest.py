"""Shared fixtures: a small fact base in a temporary folder, and a CLI runner pointed at it."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from albres import factbase
from albres.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURE = Path(__file__).parent / "fixture_factbase.json"

Run = Callable[..., Result]


def make_factbase(folder: Path, document: object | None = None) -> Path:
    """A fact base folder holding the given document (the fixture by default) and the source texts."""
    folder.mkdir(parents=True, exist_ok=True)
    if document is None:
        shutil.copy(FIXTURE, folder / "factbase.json")
    else:
        (folder / "factbase.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    shutil.copytree(DATA / "sources", folder / "sources", dirs_exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_factbase(tmp_path_factory.mktemp("fixture"))


@pytest.fixture
def fixture_doc() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="session")
def base(fixture_dir: Path) -> factbase.FactBase:
    return factbase.load(fixture_dir)


@pytest.fixture(scope="session")
def bundled() -> factbase.FactBase:
    return factbase.load(DATA)


@pytest.fixture
def run(fixture_dir: Path) -> Run:
    """Invoke the CLI on the fixture fact base at 80 columns, without colour. An exception is
    not caught: it fails the test, as a traceback would show the user."""

    def invoke(*args: str, data: Path | None = None, **env: str) -> Result:
        environment = {"ALBRES_DATA": str(data or fixture_dir), "COLUMNS": "80", "NO_COLOR": "1", **env}
        return CliRunner().invoke(cli, list(args), env=environment, catch_exceptions=False)

    return invoke


def as_json(result: Result) -> dict[str, Any]:
    """The JSON document a command wrote on stdout."""
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Indexes go to a temporary cache directory, never the user's."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("ALBRES_CACHE_DIR")
    os.environ["ALBRES_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        del os.environ["ALBRES_CACHE_DIR"]
    else:
        os.environ["ALBRES_CACHE_DIR"] = before
