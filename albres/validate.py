"""The curator's check of a fact base: quotes, dates, references, aliases and support."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any

from albres.errors import FactBaseError
from albres.factbase.locate import FACTBASE_FILE, resolve_path, source_path
from albres.factbase.read import FactBaseReader, paragraphs
from albres.match import normalise
from albres.model import Problem, ValidationReport
from albres.paragraphs import bibliographic, within
from albres.properties import PROPERTIES

QUOTE_MAX = 300
Reporter = Callable[[str, str, str], None]


def validate(path: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Check the fact base at path, one entity at a time (what spans entities is kept in a
    temporary SQLite database, so memory stays flat); a shape error is reported alone."""
    folder = resolve_path(path)
    file = os.path.join(folder, FACTBASE_FILE)
    problems: list[Problem] = []

    def report(level: str, where: str, message: str) -> None:
        problems.append(Problem(level, file, where, message))

    try:
        reader = FactBaseReader(folder)
        stream = reader.entities()
        first = next(stream, None)  # the members are read by now: the sources above all
        texts = _source_texts(folder, reader.members["sources"], report)
        if reader.members.get("period"):
            _check_citations(reader.members["period"], "$.period", texts, report)
        spanning = _Spanning()
        entities = facts = 0
        for i, entity in enumerate(chain([first] if first else [], stream)):
            entities += 1
            where = f"$.entities[{i}]"
            spanning.entity(entity, where)
            for k, fact in enumerate(entity.get("facts", ())):
                facts += 1
                fw = f"{where}.facts[{k}]"
                spanning.fact(fact)
                _check_citations(fact, fw, texts, report)
                _check_property(entity["kind"], fact, fw, report)
    except FactBaseError as error:
        return ValidationReport(folder, 0, 0, (Problem("error", file, "", str(error)),))
    spanning.finish(reader.members.get("disputes", ()), report)
    return ValidationReport(folder, entities, facts, tuple(problems))


def _source_texts(folder: str, sources: list[dict[str, Any]], report: Reporter) -> dict[str, list[str]]:
    """Each source's paragraphs; a text that cannot be read as UTF-8 is an error, and no paragraphs."""
    texts: dict[str, list[str]] = {}
    for i, source in enumerate(sources):
        try:
            with open(source_path(folder, source["file"]), encoding="utf-8") as stream:
                texts[source["id"]] = paragraphs(stream.read())
        except (OSError, UnicodeDecodeError) as error:
            report("error", f"$.sources[{i}].file", f"cannot read {source['file']} as UTF-8 text: {error}")
            texts[source["id"]] = []
    return texts


class _Spanning:
    """What is checked across entities: an entity nothing cites, labels several entities
    share, disputes one source alone claims. Kept in a temporary database on disk."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "": a private temporary file, removed on close
        self.db.executescript(
            "CREATE TABLE bare (id TEXT, at TEXT);"  # pragma: no mutate
            "CREATE TABLE referenced (id TEXT);"  # pragma: no mutate
            "CREATE TABLE labels (key TEXT, id TEXT, at TEXT);"  # pragma: no mutate
        )
        self.dispute_sources: dict[str, set[str]] = defaultdict(set)

    def entity(self, entity: dict[str, Any], where: str) -> None:
        if not entity.get("facts"):
            self.db.execute("INSERT INTO bare VALUES (?, ?)", (entity["id"], where))  # pragma: no mutate
        labels = [("name", entity["name"])] + [
            (f"aliases[{k}]", alias) for k, alias in enumerate(entity.get("aliases", ()))
        ]
        rows = [(normalise(label), entity["id"], f"{where}.{path}") for path, label in labels]
        self.db.executemany("INSERT INTO labels VALUES (?, ?, ?)", rows)  # pragma: no mutate

    def fact(self, fact: dict[str, Any]) -> None:
        if fact.get("object"):
            self.db.execute("INSERT INTO referenced VALUES (?)", (fact["object"],))  # pragma: no mutate
        if fact.get("dispute"):
            self.dispute_sources[fact["dispute"]] |= {c["source"] for c in fact["citations"]}

    def finish(self, disputes: Iterable[dict[str, Any]], report: Reporter) -> None:
        # `pragma: no mutate` on SQL: mutmut would change its case, which SQL reads the same.
        uncited = (
            "SELECT id, at FROM bare WHERE id NOT IN (SELECT id FROM referenced)"  # pragma: no mutate
            " ORDER BY rowid"  # pragma: no mutate
        )
        for entity_id, where in self.db.execute(uncited):
            report("error", where, f"{entity_id} has no citation: no fact on it, none naming it")
        for i, dispute in enumerate(disputes):
            if len(self.dispute_sources.get(dispute["id"], ())) < 2:
                # A disagreement needs a claim from each side, each cited to its own source.
                report(
                    "error", f"$.disputes[{i}]", f"dispute {dispute['id']!r} is not claimed by two sources"
                )
        shared = (
            "SELECT key FROM labels GROUP BY key HAVING COUNT(DISTINCT id) > 1"  # pragma: no mutate
            " ORDER BY key"  # pragma: no mutate
        )
        owned = "SELECT DISTINCT id FROM labels WHERE key = ? ORDER BY id"  # pragma: no mutate
        earliest = (
            "SELECT at FROM labels WHERE key = ? AND id = ? ORDER BY rowid LIMIT 1"  # pragma: no mutate
        )
        for (key,) in self.db.execute(shared).fetchall():
            owners = [row[0] for row in self.db.execute(owned, (key,))]
            first = self.db.execute(earliest, (key, owners[0])).fetchone()[0]
            report("warning", first, f"{key!r} names several entities: {', '.join(owners)}")
        self.db.close()


def _check_citations(fact: dict[str, Any], where: str, texts: dict[str, list[str]], report: Reporter) -> None:
    for j, citation in enumerate(fact["citations"]):
        cw = f"{where}.citations[{j}]"
        paras = texts[citation["source"]]
        number = citation["paragraph"]
        if number > len(paras):
            report("error", f"{cw}.paragraph", f"source {citation['source']} has {len(paras)} paragraphs")
            continue
        quote = " ".join(citation["quote"].split())
        paragraph = paras[number - 1]
        at = paragraph.find(quote)
        if at < 0:
            report("error", f"{cw}.quote", f"not verbatim in {citation['source']} ¶{number}: {quote!r}")
        elif within((at, at + len(quote)), bibliographic(paragraph)):
            report("warning", f"{cw}.quote", f"{quote!r} is a reference to a work, not a fact: cite the text")
        elif len(quote) > QUOTE_MAX:
            report("warning", f"{cw}.quote", f"{len(quote)} characters; keep quotes to a sentence")


def _check_property(kind: str, fact: dict[str, Any], where: str, report: Reporter) -> None:
    """What the property table asks of a fact: the kind of its subject, a field it needs."""
    prop = PROPERTIES[fact["property"]]
    if prop.subjects and kind not in prop.subjects:
        kinds = " or ".join(f"{k}s" for k in sorted(prop.subjects))
        report("warning", f"{where}.property", f"{prop.name} facts belong on {kinds}")
    if prop.needs and not fact.get(prop.needs):
        report("warning", f"{where}.{prop.needs}", f"a {prop.name} without a {prop.needs}")
