"""What an index is keyed on: the stat key and the content hash of the files it derives from."""

from __future__ import annotations

import os
from collections.abc import Iterable


def stat_key(files: Iterable[str]) -> str:
    """Device, inode, size, mtime and ctime of each file ("missing" for one that is not there).

    No user can set a file's ctime, and every way of replacing a file's content (an editor,
    `cp -p`, `tar x`, a rename) changes at least one of these."""
    parts = []
    for file in files:
        try:
            info = os.stat(file)
        except OSError:
            parts.append("missing")
            continue
        parts.append(f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}")
    return "|".join(parts)


def file_digest(file: str) -> str:
    """SHA-256 of a file's bytes, hex ("missing" for a file that cannot be read)."""
    import hashlib  # 3.6 ms: only when a stat key has changed or an index is built

    digest = hashlib.sha256()
    try:
        with open(file, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return "missing"
    return digest.hexdigest()


def combined(digests: Iterable[str]) -> str:
    """One SHA-256 for several files' digests, in order: the fact base's content hash."""
    import hashlib

    return hashlib.sha256("|".join(digests).encode()).hexdigest()


def content_hash(files: Iterable[str]) -> str:
    """The content hash of factbase.json and its source texts, in that order."""
    return combined(file_digest(file) for file in files)
