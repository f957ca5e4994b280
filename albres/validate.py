"""The curator's check of a fact base: quotes, dates, references, aliases and support."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from albres import dates
from albres.errors import FactBaseError
from albres.factbase.locate import FACTBASE_FILE, resolve_path, source_path
from albres.factbase.read import paragraphs, read_document
from albres.match import normalise
from albres.model import Problem, ValidationReport
from albres.properties import DATE_FIELDS, PROPERTIES

QUOTE_MAX = 300
Reporter = Callable[[str, str, str], None]


def validate(path: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Check the fact base at path; a shape error is reported alone, everything else together."""
    folder = resolve_path(path)
    file = os.path.join(folder, FACTBASE_FILE)
    try:
        document = read_document(folder)
    except FactBaseError as error:
        return ValidationReport(folder, 0, 0, (Problem("error", file, "", str(error)),))
    problems: list[Problem] = []

    def report(level: str, where: str, message: str) -> None:
        problems.append(Problem(level, file, where, message))

    texts: dict[str, list[str]] = {}
    for source in document["sources"]:
        with open(source_path(folder, source["file"]), encoding="utf-8") as stream:
            texts[source["id"]] = paragraphs(stream.read())

    entities: list[dict[str, Any]] = document["entities"]
    referenced = {f["object"] for e in entities for f in e.get("facts", ()) if f.get("object")}
    dispute_sources: dict[str, set[str]] = defaultdict(set)
    facts = 0
    for i, entity in enumerate(entities):
        where = f"$.entities[{i}]"
        if not entity.get("facts") and entity["id"] not in referenced:
            report("error", where, f"{entity['id']} has no citation: no fact on it, none naming it")
        for k, fact in enumerate(entity.get("facts", ())):
            facts += 1
            fw = f"{where}.facts[{k}]"
            _check_citations(fact, fw, texts, report)
            for name in DATE_FIELDS:
                if fact.get(name) is not None:
                    _check_date(fact[name], f"{fw}.{name}", report)
            if fact.get("dispute"):
                dispute_sources[fact["dispute"]] |= {c["source"] for c in fact["citations"]}
            _check_property(entity["kind"], fact, fw, report)
    for i, dispute in enumerate(document.get("disputes", ())):
        if len(dispute_sources.get(dispute["id"], ())) < 2:
            report("warning", f"$.disputes[{i}]", f"dispute {dispute['id']!r} is not claimed by two sources")
    _check_aliases(entities, report)
    return ValidationReport(folder, len(entities), facts, tuple(problems))


def _check_citations(fact: dict[str, Any], where: str, texts: dict[str, list[str]], report: Reporter) -> None:
    for j, citation in enumerate(fact["citations"]):
        cw = f"{where}.citations[{j}]"
        paras = texts[citation["source"]]
        number = citation["paragraph"]
        if number > len(paras):
            report("error", f"{cw}.paragraph", f"source {citation['source']} has {len(paras)} paragraphs")
            continue
        quote = " ".join(citation["quote"].split())
        if quote not in paras[number - 1]:
            report("error", f"{cw}.quote", f"not verbatim in {citation['source']} ¶{number}: {quote!r}")
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


def _check_date(span: dict[str, Any], where: str, report: Reporter) -> None:
    try:
        expected = dates.bounds(span["edtf"])
    except dates.DateError as error:
        report("error", f"{where}.edtf", str(error))
        return
    given = (span.get("earliest"), span.get("latest"))
    if given != expected:
        report("error", where, f"earliest/latest {given} should be {expected} for {span['edtf']!r}")


def _check_aliases(entities: list[dict[str, Any]], report: Reporter) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    where: dict[tuple[str, str], str] = {}
    for i, entity in enumerate(entities):
        labels = [("name", entity["name"])] + [
            (f"aliases[{k}]", alias) for k, alias in enumerate(entity.get("aliases", ()))
        ]
        for path, label in labels:
            key = normalise(label)
            owners[key].add(entity["id"])
            where.setdefault((key, entity["id"]), f"$.entities[{i}].{path}")
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            first = sorted(ids)[0]
            others = ", ".join(sorted(ids))
            report("warning", where[(key, first)], f"{key!r} names several entities: {others}")
