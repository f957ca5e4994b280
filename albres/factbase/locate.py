"""Where a fact base is: the folder given, else $ALBRES_DATA, else the one that ships with albres."""

from __future__ import annotations

import os
from collections.abc import Iterable

from albres.errors import FactBaseError

FACTBASE_FILE = "factbase.json"
ENV_VAR = "ALBRES_DATA"

# Paths are plain strings and os.path: pathlib alone would add 5 ms to every start-up.


def bundled_path() -> str:
    """The fact base that ships with albres (inside the wheel, or beside a source checkout)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    inside = os.path.join(package, "data")
    return inside if os.path.isdir(inside) else os.path.join(os.path.dirname(package), "data")


def resolve_path(path: str | os.PathLike[str] | None = None) -> str:
    """The fact base folder to use: the given path, else $ALBRES_DATA, else the bundled one."""
    chosen = os.fspath(path) if path is not None and os.fspath(path) else os.environ.get(ENV_VAR)
    return chosen or bundled_path()


def check_folder(folder: str) -> str:
    """The fact base file of a folder; FactBaseError when the folder or the file is missing."""
    if not os.path.exists(folder):
        raise FactBaseError(f"{folder}: no such fact base folder")
    if not os.path.isdir(folder):
        raise FactBaseError(f"{folder}: a fact base is a folder holding {FACTBASE_FILE}")
    file = os.path.join(folder, FACTBASE_FILE)
    if not os.path.isfile(file):
        raise FactBaseError(f"{file}: missing (a fact base folder holds {FACTBASE_FILE})")
    return file


def source_path(folder: str, file: str) -> str:
    """The path of a source text named in the fact base."""
    return os.path.join(folder, "sources", file)


def check_sources(folder: str, sources: Iterable[tuple[str, str]]) -> None:
    """FactBaseError when a source text the fact base names, as (id, file), is missing, or
    lies outside the folder's sources/ (a link out of it)."""
    inside = os.path.realpath(os.path.join(folder, "sources")) + os.sep
    for source_id, file in sources:
        text_file = source_path(folder, file)
        if not os.path.realpath(text_file).startswith(inside):
            raise FactBaseError(f"{text_file}: source text {source_id!r} lies outside {inside}")
        if not os.path.isfile(text_file):
            raise FactBaseError(f"{text_file}: source text {source_id!r} is missing")
