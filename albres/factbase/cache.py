"""Where index files live, and when one may be served: owned by the user, current, built once.

An index is served only when it derives from what the user has now. Its key is:
- the builder: the index format, albres's version and the size and mtime of each module that
  shapes the index (so that a change to the code is a change to the key);
- the inputs: factbase.json and every source text, first by a stat key (device, inode, size,
  mtime_ns and ctime_ns, which no user can set back), and when that differs, by the SHA-256 of
  their content: an index whose content hash still matches is kept, with the new stat key.

Index files live in a private directory (mode 0700) inside the cache directory,
$ALBRES_CACHE_DIR, else $XDG_CACHE_HOME/albres, else ~/.cache/albres. A directory or index not
owned by the user, or writable by others, is never read: albres says so once and builds an
index in memory. Builds take an exclusive lock (fcntl.flock) on a file beside the index, so
that concurrent cold starts build once; they write to a temporary file made by mkstemp and
rename it into place. ALBRES_CACHE_DIR set to "" turns the cache off (an index in memory).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from albres._version import __version__
from albres.factbase.index import FORMAT, Document, build, dumps, is_complete, read_meta
from albres.factbase.keys import content_hash, stat_key
from albres.factbase.locate import source_path

CACHE_ENV = "ALBRES_CACHE_DIR"
_HERE = os.path.dirname(os.path.abspath(__file__))
_PACKAGE = os.path.dirname(_HERE)
# The modules whose code decides what an index holds: index.py and every albres module it
# imports, however indirectly (a test checks the list against the imports).
BUILDER = tuple(
    os.path.join(folder, name)
    for folder, names in (
        (_HERE, ("index.py", "read.py", "check.py", "records.py", "keys.py", "locate.py")),
        (
            _PACKAGE,
            (
                "match.py",
                "properties.py",
                "dates.py",
                "model.py",
                "record.py",
                "fulltext.py",
                "paragraphs.py",
            ),
        ),
        (_PACKAGE, ("errors.py",)),
    )
    for name in names
)


class Opened:
    """An index connection, its file (None in memory), whether this call built it, and what
    was said while finding it (for the user, once)."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: str | None = None,
        built: bool = True,
        notes: tuple[str, ...] = (),
    ) -> None:
        self.connection = connection
        self.path = path
        self.built = built
        self.notes = notes


def cache_dir() -> str | None:
    """Where index files live, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "albres")


def private_dir(cache: str) -> str:
    """The user's own directory inside the cache directory."""
    return os.path.join(cache, f"user-{os.getuid()}")


def builder_key() -> str:
    """The index format, albres's version and Python's, and the size and mtime of the builder."""
    parts = [str(FORMAT), __version__, sys.implementation.cache_tag]
    for module in BUILDER:
        info = os.stat(module)
        parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def _index_name(file: str) -> str:
    """One index per fact base folder: the folder's name and a hash of its real path."""
    real = os.path.realpath(file)
    digest = 0xCBF29CE484222325  # FNV-1a, 64 bits: enough to tell folders apart, and no import
    for byte in real.encode("utf-8", "surrogatepass"):
        digest = ((digest ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in os.path.basename(os.path.dirname(real)))
    return f"{name or 'factbase'}-{digest:016x}"


def _trusted(path: str, kind: int) -> bool:
    """Whether path is a `kind` (stat.S_IFDIR or S_IFREG), not a link, owned by the user and
    writable by nobody else."""
    info = os.lstat(path)
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.getuid() and not info.st_mode & 0o022


def _connect(path: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False)
    connection.execute("PRAGMA query_only = ON")
    return connection


def _current(path: str, file: str, builder: str, *, rehash: bool = False) -> sqlite3.Connection | None:
    """The index at path when it is complete, made by this builder, and derived from the files
    as they are now: by their stat key, or (`rehash`, under the build lock) by their content,
    when it takes the new stat key. None otherwise, or when it is damaged."""
    if not os.path.exists(path):
        return None
    try:
        connection = sqlite3.connect(path, check_same_thread=False)
        meta = read_meta(connection)
        folder = os.path.dirname(file)
        inputs = [file, *(source_path(folder, s["file"]) for s in meta["sources"])]
        if is_complete(connection) and meta["builder"] == builder:
            now = stat_key(inputs)
            if meta["stat_key"] != now and rehash and meta["sha256"] == content_hash(inputs):
                with connection:
                    connection.execute("UPDATE meta SET value = ? WHERE key = 'stat_key'", (dumps(now),))
                meta["stat_key"] = now
            if meta["stat_key"] == now:
                connection.execute("PRAGMA query_only = ON")
                return connection
        connection.close()
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        pass  # damaged: built anew
    return None


@contextmanager
def _locked(path: str) -> Iterator[None]:
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_stale(directory: str, name: str) -> None:
    """Temporary files of builds that were killed (only called under the index's lock)."""
    for entry in os.listdir(directory):
        if entry.startswith(name + ".") and entry.endswith(".tmp"):
            os.unlink(os.path.join(directory, entry))


def _build_file(
    directory: str, name: str, file: str, doc: Callable[[], Document], builder: str
) -> sqlite3.Connection:
    import tempfile  # 10 ms: only to build

    fd, partial = tempfile.mkstemp(prefix=name + ".", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        connection = sqlite3.connect(partial)
        try:
            build(connection, doc(), file, builder)
        finally:
            connection.close()
        os.replace(partial, os.path.join(directory, name + ".sqlite"))  # a reader sees old or new
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return _connect(os.path.join(directory, name + ".sqlite"))


def open_index(file: str, document: Callable[[], Document]) -> Opened:
    """The index of factbase.json: a current one from the cache, else one built from `document()`
    (into the cache when it can be written and trusted, else in memory)."""
    cache = cache_dir()
    if cache is None:
        return Opened(_in_memory(file, document))
    directory = private_dir(cache)
    try:
        os.makedirs(cache, exist_ok=True)
        with suppress(FileExistsError):
            os.mkdir(directory, 0o700)
        if not _trusted(directory, stat.S_IFDIR):
            note = f"not using the index directory {directory}: it is not yours alone (owner or mode)"
            return Opened(_in_memory(file, document), notes=(note,))
    except OSError:
        return Opened(_in_memory(file, document))  # no cache directory can be made: memory
    name = _index_name(file)
    path = os.path.join(directory, name + ".sqlite")
    notes: tuple[str, ...] = ()
    builder = builder_key()
    try:
        if os.path.lexists(path) and not _trusted(path, stat.S_IFREG):
            notes = (f"not using the index {path}: it is not yours alone (owner or mode); building it anew",)
        else:
            found = _current(path, file, builder)
            if found:
                return Opened(found, path, built=False)
        with _locked(os.path.join(directory, name + ".lock")):
            if not notes:
                found = _current(path, file, builder, rehash=True)
                if found:
                    return Opened(found, path, built=False)  # another process built it meanwhile
            if os.path.lexists(path):
                os.unlink(path)
            _remove_stale(directory, name)
            return Opened(_build_file(directory, name, file, document, builder), path, notes=notes)
    except (OSError, sqlite3.Error):
        return Opened(_in_memory(file, document), notes=notes)  # an unwritable cache: memory


def _in_memory(file: str, document: Callable[[], Document]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    build(connection, document(), file)
    return connection


def clear(cache: str | None = None) -> list[str]:
    """Remove the user's index files from the cache directory; the paths removed."""
    cache = cache or cache_dir()
    if cache is None:
        return []
    directory = private_dir(cache)
    if not os.path.isdir(directory) or not _trusted(directory, stat.S_IFDIR):
        return []
    removed = []
    for entry in sorted(os.listdir(directory)):
        if entry.endswith((".sqlite", ".tmp", ".lock")):
            os.unlink(os.path.join(directory, entry))
            removed.append(os.path.join(directory, entry))
    return removed
