"""The bundled fact base: every citation verbatim, every reference resolved, every date sound."""

from __future__ import annotations

from collections import defaultdict

import pytest
from edtf import parse_edtf

from albres import dates, factbase
from albres.factbase import FactBase
from albres.factbase.read import paragraphs
from albres.model import DateSpan, Fact, Kind
from albres.paragraphs import bibliographic


def all_facts(base: FactBase) -> list[Fact]:
    return [fact for entity in base.entities() for fact in entity.facts]


def test_the_bundled_base_covers_every_kind(bundled: FactBase) -> None:
    kinds = {entity.kind for entity in bundled.entities()}
    assert kinds == set(Kind)
    assert len(bundled) > 100


@pytest.mark.parametrize("which", ["bundled", "base"])
def test_every_quote_stands_verbatim_in_its_paragraph(which: str, request: pytest.FixtureRequest) -> None:
    base: FactBase = request.getfixturevalue(which)
    texts = {source_id: paragraphs(base.source_text(source_id)) for source_id in base.sources}
    problems = []
    for fact in all_facts(base):
        assert fact.citations, f"{fact.subject}: a fact without a citation"
        for citation in fact.citations:
            paras = texts[citation.source]
            if not 1 <= citation.paragraph <= len(paras):
                problems.append(f"{fact.subject}: no paragraph {citation.source} ¶{citation.paragraph}")
            elif " ".join(citation.quote.split()) not in paras[citation.paragraph - 1]:
                problems.append(
                    f"{fact.subject}: not in {citation.source} ¶{citation.paragraph}: {citation.quote!r}"
                )
    assert problems == []


def test_quotes_are_short_enough_for_a_table(bundled: FactBase) -> None:
    long = [c.quote for f in all_facts(bundled) for c in f.citations if len(c.quote) > 300]
    assert long == []


def test_every_reference_resolves(bundled: FactBase) -> None:
    for fact in all_facts(bundled):
        if fact.object is not None:
            assert fact.object in bundled, f"{fact.subject} -> {fact.object}"
        if fact.dispute is not None:
            assert fact.dispute in bundled.disputes


def spans(base: FactBase) -> list[tuple[str, DateSpan]]:
    return [
        (fact.subject, span)
        for fact in all_facts(base)
        for span in (fact.date, fact.start, fact.end)
        if span is not None
    ]


def test_every_date_is_valid_edtf_with_matching_bounds(bundled: FactBase) -> None:
    for subject, span in spans(bundled):
        parse_edtf(span.edtf)  # raises on anything that is not EDTF
        assert (span.earliest, span.latest) == dates.bounds(span.edtf), subject
        assert span.earliest is None or span.latest is None or span.earliest <= span.latest
        assert span.wording.strip(), subject


def test_every_dispute_sets_two_sources_against_each_other(bundled: FactBase) -> None:
    sources: dict[str, set[str]] = defaultdict(set)
    for fact in all_facts(bundled):
        if fact.dispute:
            sources[fact.dispute] |= {c.source for c in fact.citations}
    assert set(sources) == set(bundled.disputes)
    assert all(len(cited) >= 2 for cited in sources.values()), sources


def test_the_known_disagreements_are_kept(bundled: FactBase) -> None:
    mukje = bundled.get("event:mukje-conference")
    assert {d.edtf for d in mukje.dates} >= {"1943-08-01/1943-08-03", "1943-08-01/1943-08-02"}
    assert {"mukje-date", "mukje-place-name", "salvation-committee-name"} <= set(bundled.disputes)


def test_every_event_has_a_type(bundled: FactBase) -> None:
    untyped = [e.id for e in bundled.entities() if e.kind is Kind.EVENT and not e.type]
    assert untyped == []


def test_ids_are_shell_safe(bundled: FactBase) -> None:
    import re

    for entity_id in bundled.ids():
        assert re.fullmatch(r"(person|org|place|event):[a-z0-9]+(-[a-z0-9]+)*", entity_id), entity_id


@pytest.mark.parametrize("file", ["data/factbase.json", "tests/fixture_factbase.json"])
def test_the_json_schema_describes_the_fact_bases(file: str) -> None:
    import json

    import jsonschema

    from .conftest import ROOT

    schema = json.loads((ROOT / "data" / "factbase.schema.json").read_text(encoding="utf-8"))
    document = json.loads((ROOT / file).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert errors == []
    document["entities"][0]["facts"][0]["property"] = "likes"
    assert not jsonschema.Draft202012Validator(schema).is_valid(document)


MONTHS_AND_SEASONS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|spring|summer|autumn|winter"
)


def test_every_number_and_date_in_the_sources_belongs_to_a_fact(bundled: FactBase) -> None:
    """Coverage: each number, month and season a paragraph names stands in the quote (or, for a
    date, the wording) of some fact citing that paragraph; a bibliographic line (a reference to
    a work) is no fact and is left out."""
    import re

    cited: dict[tuple[str, int], list[str]] = defaultdict(list)
    for fact in all_facts(bundled):
        words = [s.wording for s in (fact.date, fact.start, fact.end) if s]
        for citation in fact.citations:
            cited[(citation.source, citation.paragraph)] += [citation.quote, *words]
    missing = []
    for source_id in bundled.sources:
        for number, paragraph in enumerate(paragraphs(bundled.source_text(source_id)), 1):
            texts = cited[(source_id, number)]
            body = paragraph
            for start, end in reversed(bibliographic(paragraph)):
                body = body[:start] + body[end:]
            for found in re.finditer(rf"\d[\d,.]*\d|\d|{MONTHS_AND_SEASONS}", body):
                if not any(found.group(0) in text for text in texts):
                    missing.append(f"{source_id} ¶{number}: {body[max(0, found.start() - 30) : found.end()]}")
    assert missing == []


def test_fetch_reads_entities_by_id_or_row_and_keeps_them(bundled: FactBase) -> None:
    found = bundled.fetch(["person:abaz-kupi", "event:mukje-conference", "person:nobody"], "id")
    assert sorted(found) == ["event:mukje-conference", "person:abaz-kupi"]
    assert found["person:abaz-kupi"] is bundled.get("person:abaz-kupi")
    query = "SELECT rowid, id FROM entities WHERE id IN ('person:abaz-kupi', 'place:peza')"
    rows = dict(bundled.store.rows(query))
    by_row = bundled.fetch(list(rows))
    assert {row: entity.id for row, entity in by_row.items()} == rows
    assert bundled.fetch([]) == {}


def test_fetch_reads_more_than_one_batch(bundled: FactBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factbase, "FETCH_BATCH", 7)
    ids = list(bundled.ids())
    assert [entity.id for entity in bundled.fetch(ids, "id").values()] == sorted(ids)
