"""Reading a fact base file: its entities one at a time, checked, and as model objects.

factbase.json comes in either of two layouts, both plain JSON:
- pretty-printed (or any other layout), which curators diff and review: read whole, up to
  WHOLE_FILE_LIMIT bytes;
- one entity a line inside the array, as Wikidata's dumps lay out theirs: a first line holding
  every other member and ending in `"entities": [`, then one entity a line (a comma after each
  but the last), then `]}` on a line of its own. It streams in flat memory, whatever its size.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Generator, Iterator
from typing import IO, Any

from albres.errors import FactBaseError
from albres.factbase.check import Checker, json_type
from albres.factbase.locate import check_folder, check_sources
from albres.record import NamedTuple

WHOLE_FILE_LIMIT = 64 * 1024 * 1024  # bytes; a larger fact base is written one entity a line
_HEADER_END = b"["
_FOOTER = b"]}"


class Entry(NamedTuple):
    """A checked entity record, and where its JSON stands in the file (bytes), when it stands
    alone on a line; -1 and 0 in a file read whole."""

    record: dict[str, Any]
    offset: int = -1
    length: int = 0


# Checked entries, one at a time; when done, the names of the file's top-level members.
Entries = Generator[Entry, None, set[str]]


class FactBaseReader:
    """Reads factbase.json a piece at a time: each entity checked and handed over on its own."""

    def __init__(self, folder: str, *, index_checks: bool = False) -> None:
        self.folder = folder
        self.file = check_folder(folder)
        # Whether the index checks ids and references (in SQL, in flat memory) instead of the checker.
        self.index_checks = index_checks
        self.members: dict[str, Any] = {}  # every top-level member but the entities, once read
        self.sha256 = ""  # of the bytes read, once read

    def entities(self) -> Iterator[dict[str, Any]]:
        """The checked entities, in order; afterwards `members` holds the rest of the file."""
        return (entry.record for entry in self.entries())

    def entries(self) -> Iterator[Entry]:
        """The checked entities with where each stands in the file; afterwards `members` holds
        the rest of the file and `sha256` the hash of every byte read."""
        checker = Checker(self.file, track_ids=not self.index_checks)
        self._digest = hashlib.sha256()
        try:
            stream = open(self.file, "rb")  # noqa: SIM115 - closed below, after the generator ends
        except OSError as error:
            raise FactBaseError(f"{self.file}: cannot read: {error.strerror}") from None
        with stream:
            first = stream.readline(WHOLE_FILE_LIMIT)
            if not first.strip() and not stream.read(1):
                raise FactBaseError(f"{self.file}: empty file")
            if first.rstrip().endswith(_HEADER_END) and b'"entities"' in first:
                members = yield from self._lines(stream, first, checker)
            else:
                stream.seek(0)
                members = yield from self._whole(stream, checker)
        self.sha256 = self._digest.hexdigest()
        checker.finish(members)
        check_sources(self.folder, ((s["id"], s["file"]) for s in self.members["sources"]))

    def _whole(self, stream: IO[bytes], checker: Checker) -> Entries:
        data = stream.read(WHOLE_FILE_LIMIT + 1)
        self._digest.update(data)
        if len(data) > WHOLE_FILE_LIMIT:
            raise FactBaseError(
                f"{self.file}: larger than {WHOLE_FILE_LIMIT >> 20} MiB; write it one entity a line"
                " (see data/README.md) to read it in flat memory"
            )
        document = self._decode(data, 1, 0, "$")
        if not isinstance(document, dict):
            raise checker.fail("$", f"expected an object, found {json_type(document)}")
        for key, value in document.items():  # every other member first: sources before entities
            if key != "entities":
                self.members[key] = value
                checker.member(key, value)
        if "entities" in document:
            for position, entity in enumerate(checker.array(document["entities"], "$.entities")):
                yield Entry(checker.entity(entity, position))
        members = set(document)
        return members

    def _lines(self, stream: IO[bytes], first: bytes, checker: Checker) -> Entries:
        self._digest.update(first)
        header = self._decode(first.rstrip() + _FOOTER, 1, 0)
        if not isinstance(header, dict) or list(header)[-1:] != ["entities"]:
            raise checker.fail("$", "the first line must end with the entities array")
        members = set(header)
        for key, value in header.items():
            if key != "entities":
                self.members[key] = value
                checker.member(key, value)
        offset, number, position, closed = len(first), 1, 0, False
        for line in stream:
            self._digest.update(line)
            number += 1
            text = line.strip()
            if closed and text:
                raise FactBaseError(f"{self.file}: line {number} column 1: Extra data")
            if text == _FOOTER:
                closed = True
            elif text:
                start = offset + len(line) - len(line.lstrip())
                data = text.removesuffix(b",")
                record = self._decode(data, number, start, f"$.entities[{position}]")
                yield Entry(checker.entity(record, position), start, len(data))
                position += 1
            offset += len(line)
        if not closed:
            raise FactBaseError(f"{self.file}: line {number}: the entities array is not closed with ]}}")
        return members

    def _decode(self, data: bytes, line: int, offset: int, where: str = "") -> Any:
        """One JSON value from bytes at `line` (from 1) and byte `offset` of the file; `where`
        names it for a message (its JSON path, when known)."""
        at = f"line {line}" + (f" ({where})" if where else "")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise FactBaseError(f"{self.file}: not UTF-8 (byte {offset + error.start})") from None
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            at = f"line {line + error.lineno - 1} column {error.colno}"
            raise FactBaseError(f"{self.file}: {at}: {error.msg}") from None
        except RecursionError:
            raise FactBaseError(f"{self.file}: {at}: nested too deep to read") from None
        if "\\u" in text and not _valid(value):  # only an escape can leave a lone surrogate
            raise FactBaseError(f"{self.file}: {at}: a \\u escape leaves a lone surrogate (not Unicode)")
        return value


def lines_layout(document: dict[str, Any]) -> Iterator[str]:
    """The text of a fact base document in the one-entity-a-line layout, a line at a time."""
    head = {key: value for key, value in document.items() if key != "entities"}
    header = json.dumps({**head, "entities": []}, ensure_ascii=False)
    yield header.removesuffix("]}") + "\n"
    entities = document.get("entities", [])
    for n, entity in enumerate(entities):
        yield json.dumps(entity, ensure_ascii=False) + (",\n" if n < len(entities) - 1 else "\n")
    yield "]}\n"


def _valid(value: Any) -> bool:
    """Whether every string in a JSON value (keys too) is valid Unicode."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_document(folder: str) -> dict[str, Any]:
    """The whole checked factbase.json of a fact base folder (for validate)."""
    reader = FactBaseReader(folder)
    entities = list(reader.entities())
    return {**reader.members, "entities": entities}


def paragraphs(text: str) -> list[str]:
    """A source text's paragraphs as citations number them (albres.paragraphs.split), their
    whitespace folded."""
    from albres.paragraphs import split

    return [paragraph.text for paragraph in split(text)]
