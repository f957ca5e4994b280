"""The typed properties that replaced recurring free-text statements read as sentences where
a user meets them (show, who, graph), and no fact rests on a bibliographic line."""

from __future__ import annotations

import csv
import io

import pytest

from albres import query
from albres.factbase import FactBase
from albres.factbase.read import paragraphs
from albres.paragraphs import bibliographic

from .conftest import DATA, Run, as_json

# The properties that took over recurring kinds of statement.
TYPED = (
    "described_as",
    "aim",
    "included",
    "outcome",
    "created",
    "rejected",
    "hosted_by",
    "asked",
    "part_of_event",
)


def bibliographic_spans(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in bibliographic(paragraph)]


REFERENCE = "[Pollo S., & Puto A. (1981).]"
SOURCE_LIST_ENTRY = '- Vladimir Dedijer. "Jugoslovensko-albanski odnosi 1939-1948"'


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"a people's democratic government. {REFERENCE} The party called", [REFERENCE]),
        (SOURCE_LIST_ENTRY, [SOURCE_LIST_ENTRY]),
        ("the night of 24 July [see below] and (1942).", []),
        ('- a list item saying "something" in passing', []),
    ],
)
def test_bibliographic_lines_are_told_from_text(text: str, found: list[str]) -> None:
    assert bibliographic_spans(text) == found


def test_the_sources_have_bibliographic_lines_to_leave_out(bundled: FactBase) -> None:
    found = [
        span
        for source_id in bundled.sources
        for paragraph in paragraphs(bundled.source_text(source_id))
        for span in bibliographic_spans(paragraph)
    ]
    assert found == [SOURCE_LIST_ENTRY, REFERENCE]


def test_coverage_leaves_the_bibliographic_lines_out(bundled: FactBase) -> None:
    source_list = next(p for p in query.coverage(bundled).paragraphs if (p.source, p.number) == ("000", 6))
    assert (source_list.sentences, source_list.unquoted) == (0, ())


def test_no_fact_cites_a_bibliographic_line(bundled: FactBase) -> None:
    texts = {source_id: paragraphs(bundled.source_text(source_id)) for source_id in bundled.sources}
    offenders = [
        f"{entity.id} {fact.property}: {citation.quote!r}"
        for entity in bundled.entities()
        for fact in entity.facts
        for citation in fact.citations
        if any(
            citation.quote.strip() in span
            for span in bibliographic_spans(texts[citation.source][citation.paragraph - 1])
        )
    ]
    assert offenders == []


def test_the_authors_of_cited_works_are_no_entries(bundled: FactBase) -> None:
    ids = {entity.id for entity in bundled.entities()}
    assert not ids & {"person:a-puto", "person:s-pollo", "person:vladimir-dedijer"}


def rows(run: Run, entity_id: str) -> list[dict[str, str]]:
    """`albres show ENTITY --format tsv` on the bundled fact base, one dict per fact."""
    result = run("show", entity_id, "--format", "tsv", data=DATA)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))


@pytest.mark.parametrize(
    ("entity_id", "prop", "phrase"),
    [
        ("person:abaz-kupi", "described_as", "described as a democratic politician and major"),
        ("place:leskovik", "described_as", "described as an important road junction, protected"),
        ("event:mukje-conference", "aim", "aim: a platform on how to regulate the Albanian resistance"),
        ("org:legaliteti", "included", "included representatives of tribal chieftains (bajraktars)"),
        ("event:mukje-agreement", "outcome", "outcome: the agreement failed"),
        ("org:korca-group", "created", "created Communist Party of Albania – together with the other"),
        ("org:communist-party-of-albania", "created", "created by Korca group"),
        ("org:us-government", "rejected", "rejected Provisional Democratic Government – did not recognise"),
        ("event:mukje-agreement", "rejected", "rejected by Communist Party of Yugoslavia"),
        ("org:soviet-military-mission", "hosted_by", "harboured by General Staff of UNÇ"),
        ("org:unc-general-staff", "hosted_by", "harboured Soviet military mission"),
        ("person:francesco-jacomoni", "asked", "asked Mussolini – to send special military and police"),
        ("person:maximilian-von-weichs", "asked", "asked by Supreme Command of Wehrmacht"),
        ("org:communist-party-of-albania", "asked", "called for armed uprising"),
        ("event:mallakastra-tepelena-fights-1943", "part_of_event", "part of Italian punitive expedition"),
        ("event:partisan-offensive-1942", "part_of_event", "includes attack on the communication system"),
    ],
)  # fmt: skip
def test_show_reads_a_typed_fact_as_a_sentence(run: Run, entity_id: str, prop: str, phrase: str) -> None:
    said = [row["fact"] for row in rows(run, entity_id) if row["property"] == prop]
    assert any(fact.startswith(phrase) for fact in said), said


def test_who_table_reads_the_typed_facts(run: Run) -> None:
    out = run("who", "Haxhi Lleshi", data=DATA).stdout
    assert "described as one of the major leaders of" in out  # the table wraps the rest


def test_show_json_names_the_typed_property_and_its_object(run: Run) -> None:
    doc = as_json(run("show", "event:labinot-cc-meeting", "--json", data=DATA))
    rejected = [f for f in doc["facts"] if f["property"] == "rejected"]
    said = [(f["object"]["id"], f["value"]) for f in rejected]
    assert said == [("event:mukje-agreement", "formally denounced it")]


@pytest.mark.parametrize(
    ("name", "subject", "target", "label"),
    [
        ("Korca group", "org:korca-group", "org:communist-party-of-albania", "created"),
        ("American mission", "org:american-military-mission", "org:unc-general-staff", "harboured by"),
        ("event:labinot-cc-meeting", "event:labinot-cc-meeting", "event:mukje-agreement", "rejected"),
        ("von Weichs", "org:wehrmacht-supreme-command", "person:maximilian-von-weichs", "asked"),
        ("Mukje agreement", "event:mukje-agreement", "event:mukje-conference", "part of"),
    ],
)
def test_graph_edge_runs_from_subject_to_object_with_its_label(
    run: Run, name: str, subject: str, target: str, label: str
) -> None:
    out = run("graph", name, data=DATA).stdout
    assert f'"{subject}" -> "{target}" [label="{label}"];' in out, out


def test_the_statements_left_are_fewer_than_the_typed(bundled: FactBase) -> None:
    """At least a third of the former statements are typed: the statements left are at most
    twice the facts of the new properties."""
    facts = [fact for entity in bundled.entities() for fact in entity.facts]
    statements = sum(fact.property == "statement" for fact in facts)
    converted = sum(fact.property in TYPED for fact in facts)
    assert converted * 2 >= statements
