"""Rows for CSV and TSV (output/rows.py), from small hand-built results: every column a header
names holds the field it names, so that a spreadsheet reads as the terminal does."""

from __future__ import annotations

import pytest

from albres import dates, query
from albres.factbase import FactBase
from albres.model import (
    Answer,
    Candidate,
    Citation,
    Conflict,
    ConflictList,
    Coverage,
    DateSpan,
    Dispute,
    Entity,
    EntityList,
    EventList,
    EventRow,
    Exported,
    Fact,
    Graph,
    Kind,
    OnDate,
    ParagraphCoverage,
    Problem,
    Role,
    SearchResult,
    Source,
    SourceCount,
    SourceList,
    SourceParagraph,
    Span,
    ValidationReport,
)
from albres.model import FactHit as Hit
from albres.output.phrases import fact_phrase
from albres.output.rows import candidate_rows, rows
from albres.properties import DATE, LOCATION, MEMBER_OF, NAME, PARTICIPANT, POSITION


def span(edtf: str, wording: str) -> DateSpan:
    return DateSpan(edtf, wording, None, None)


AUGUST = span("1943-08", "August 1943")
SECOND = span("1943-08-02", "2 August 1943")
C1 = Citation("000", 3, "Kupi joined the movement")
C2 = Citation("004", 5, "a member from the first")
C3 = Citation("004", 6, "he stayed a member")

KUPI, LEGALITETI, MUKJE, PEZA = "person:abaz-kupi", "org:legaliteti", "event:mukje", "place:peza"
MUKJE_DATES = (
    Fact(MUKJE, DATE, (Citation("000", 1, "in August 1943"),), date=AUGUST),
    Fact(MUKJE, DATE, (Citation("004", 2, "on 2 August"),), date=SECOND),
)
MUKJE_PLACE = Fact(MUKJE, LOCATION, (Citation("000", 1, "at Mukje"),), object=PEZA)
MUKJE_NEAR = Fact(MUKJE, LOCATION, (Citation("000", 1, "near Kruja"),), value="near Kruja")
TOOK_PART = Fact(MUKJE, PARTICIPANT, (Citation("000", 2, "Kupi was there"),), object=KUPI, role="delegate")
MEMBER = Fact(KUPI, MEMBER_OF, (C1, C2, C3), object=LEGALITETI, start=span("1943", "1943"))
LEFT = Fact(KUPI, POSITION, (C1,), value="major", end=span("1944", "1944"))
SERVED = Fact(KUPI, POSITION, (C2,), value="officer", start=span("1939", "1939"), end=span("1944", "1944"))
NAMED = Fact(KUPI, NAME, (C3,), value="Baba Kupi")

ENTITIES = {
    KUPI: Entity(KUPI, Kind.PERSON, "Abaz Kupi", "Leader of Legaliteti", ("Baba Kupi",), "officer"),
    LEGALITETI: Entity(LEGALITETI, Kind.ORGANISATION, "Legaliteti", "Monarchist movement"),
    MUKJE: Entity(
        MUKJE, Kind.EVENT, "Mukje Conference", "A meeting", type="conference", facts=(*MUKJE_DATES,)
    ),
    PEZA: Entity(PEZA, Kind.PLACE, "Peza", "A village"),
}


def by_name(result: object) -> list[dict[str, str]]:
    header, found = rows(result)  # type: ignore[arg-type]
    assert len(set(header)) == len(header)
    for row in found:
        assert len(row) == len(header)
    return [dict(zip(header, row, strict=True)) for row in found]


def answer(facts: tuple[Fact, ...], about: str = KUPI) -> list[dict[str, str]]:
    return by_name(Answer("who", "Kupi", ENTITIES[about], (), facts, ENTITIES))


def test_a_fact_row_reads_from_the_side_of_the_entity_shown() -> None:
    [row] = answer((MEMBER,))
    assert row["fact"] == fact_phrase(MEMBER, KUPI, ENTITIES)
    assert not row["fact"].startswith("Abaz Kupi:")  # not said as a third party's fact
    assert (row["subject_id"], row["subject"]) == (KUPI, "Abaz Kupi")
    assert (row["object_id"], row["object"]) == (LEGALITETI, "Legaliteti")


def test_a_fact_with_a_value_has_no_object() -> None:
    [row] = answer((NAMED,))
    assert (row["object_id"], row["object"], row["value"]) == ("", "", "Baba Kupi")
    [row] = answer((MEMBER,))
    assert row["value"] == ""


def test_other_citations_are_listed_one_a_line() -> None:
    [row] = answer((MEMBER,))
    assert (row["source"], row["paragraph"], row["quote"]) == (C1.source, str(C1.paragraph), C1.quote)
    assert row["more_citations"].split("\n") == [f"{c.source} ¶{c.paragraph}: {c.quote}" for c in (C2, C3)]


@pytest.mark.parametrize(
    ("fact", "edtf"),
    [
        (MEMBER, "1943/"),  # a start only: the end is not given (unknown, not open: "..")
        (LEFT, "/1944"),  # an end only: the start is not given
        (SERVED, "1939/1944"),
    ],
)
def test_a_fact_held_over_time_is_an_edtf_interval(fact: Fact, edtf: str) -> None:
    [row] = answer((fact,))
    assert row["date_edtf"] == edtf


def test_an_undated_fact_on_an_event_takes_the_events_dates() -> None:
    [row] = answer((TOOK_PART,))
    assert row["date_edtf"].split(" ") == [AUGUST.edtf, SECOND.edtf]
    assert "\n" not in row["date"]
    assert row["date"].split(" or ") == [dates.describe(AUGUST.edtf), dates.describe(SECOND.edtf)]


def test_an_events_own_fact_seen_from_the_event_reads_as_the_event_says_it() -> None:
    [row] = answer((TOOK_PART,), about=MUKJE)
    assert row["fact"] == fact_phrase(TOOK_PART, MUKJE, ENTITIES)
    assert row["date"] == ""  # the event's date heads its own page, not each of its rows


def test_candidates_mark_the_match_only() -> None:
    kupi, legaliteti = ENTITIES[KUPI], ENTITIES[LEGALITETI]
    header, found = candidate_rows([Candidate(kupi, 91.25, True), Candidate(legaliteti, 60.0)])
    named = [dict(zip(header, row, strict=True)) for row in found]
    assert [r["match"] for r in named] == ["yes", ""]
    assert [(r["id"], r["name"], r["kind"], r["score"]) for r in named] == [
        (KUPI, "Abaz Kupi", "person", "91.2"),
        (LEGALITETI, "Legaliteti", "organisation", "60.0"),
    ]
    assert named[0]["description"] == kupi.description


EVENTS = EventList(
    (
        EventRow(ENTITIES[MUKJE], MUKJE_DATES, (MUKJE_PLACE, MUKJE_NEAR), "1943-08-01", "1943-08-31"),
        EventRow(
            ENTITIES[PEZA]._replace(kind=Kind.EVENT, type=None),
            (),
            (Fact(PEZA, LOCATION, (C1,)),),  # a place fact that names no place
            None,
            None,
        ),
    ),
    {},
    ENTITIES,
)


def test_an_event_row_gives_its_type_bounds_dates_places_and_first_date_citation() -> None:
    dated, undated = by_name(EVENTS)
    assert (dated["id"], dated["name"], dated["type"]) == (MUKJE, "Mukje Conference", "conference")
    assert (dated["earliest"], dated["latest"]) == ("1943-08-01", "1943-08-31")
    assert dated["places"] == "Peza; near Kruja"  # an entry by its name, a place in words as said
    assert dated["date"].split(" / ") == [AUGUST.wording, SECOND.wording]
    first = MUKJE_DATES[0].citations[0]
    assert (dated["source"], dated["paragraph"], dated["quote"]) == (first.source, "1", first.quote)
    assert (undated["type"], undated["earliest"], undated["latest"], undated["places"]) == ("", "", "", "")
    assert [undated[c] for c in ("source", "paragraph", "quote", "more_citations")] == ["", "", "", ""]


def test_on_a_date_gives_events_then_roles_held_surely_or_possibly() -> None:
    on = OnDate(
        "1943-08",
        "1943-08-01",
        "1943-08-31",
        EventList(EVENTS.rows[:1], {}, ENTITIES),
        (Role(MEMBER, True), Role(SERVED, False)),
        ENTITIES,
    )
    event, member, served = by_name(on)
    assert (event["item"], event["id"], event["name"], event["what"]) == (
        "event",
        MUKJE,
        "Mukje Conference",
        "conference",
    )
    assert event["date_edtf"] == f"{AUGUST.edtf} {SECOND.edtf}"
    assert event["date"].split(" / ") == [AUGUST.wording, SECOND.wording]
    assert event["held"] == ""
    assert event["source"] == MUKJE_DATES[0].citations[0].source
    assert event["more_citations"] == ""
    assert [r["item"] for r in (member, served)] == ["role", "role"]
    assert [(r["id"], r["name"]) for r in (member, served)] == [(KUPI, "Abaz Kupi")] * 2
    assert member["what"] == fact_phrase(MEMBER, "", ENTITIES)
    assert (member["date_edtf"], served["date_edtf"]) == ("1943/", "1939/1944")
    assert member["date"] == f"from {dates.describe('1943')}, end not given"
    assert [r["held"] for r in (member, served)] == ["yes", "possibly"]
    assert member["quote"] == C1.quote
    assert member["more_citations"].count("\n") == 1  # C2 and C3


def test_search_rows_leave_the_fact_columns_of_an_entry_empty() -> None:
    result = SearchResult("Kupi", (Candidate(ENTITIES[KUPI], 74.0),), (Hit(MEMBER, 80.5),), ENTITIES)
    fact, candidate = by_name(result)
    assert (fact["item"], fact["score"], fact["subject_id"]) == ("fact", "80.5", KUPI)
    assert all(fact[c] == "" for c in ("id", "name", "kind", "description"))  # an entry's columns
    assert (candidate["item"], candidate["score"], candidate["id"], candidate["name"]) == (
        "candidate",
        "74.0",
        KUPI,
        "Abaz Kupi",
    )
    assert (candidate["kind"], candidate["description"]) == ("person", "Leader of Legaliteti")
    assert all(candidate[c] == "" for c in ("subject_id", "fact", "source", "quote", "date_edtf"))


def test_conflict_rows_give_the_dispute_and_each_claim() -> None:
    result = ConflictList((Conflict(Dispute("kupi-joined", "When Kupi joined"), (MEMBER, SERVED)),), ENTITIES)
    claims = by_name(result)
    assert [(r["dispute"], r["summary"]) for r in claims] == [("kupi-joined", "When Kupi joined")] * 2
    assert [r["fact"] for r in claims] == [fact_phrase(f, KUPI, ENTITIES) for f in (MEMBER, SERVED)]


def test_entity_rows_give_every_alias_type_and_description() -> None:
    kupi = ENTITIES[KUPI]._replace(aliases=("Baba Kupi", "Major Kupi"))
    found = by_name(EntityList(None, (kupi, ENTITIES[LEGALITETI])))
    assert [(r["id"], r["kind"], r["name"]) for r in found] == [
        (KUPI, "person", "Abaz Kupi"),
        (LEGALITETI, "organisation", "Legaliteti"),
    ]
    assert [(r["aliases"], r["type"], r["description"]) for r in found] == [
        ("Baba Kupi; Major Kupi", "officer", "Leader of Legaliteti"),
        ("", "", "Monarchist movement"),
    ]


def test_source_rows_count_facts_and_citations_apart() -> None:
    source = Source("004", "004.txt", "A history", "a book")
    [row] = by_name(SourceList((SourceCount(source, 7, 9),)))
    assert (row["id"], row["title"], row["file"], row["provenance"]) == (
        "004",
        "A history",
        "004.txt",
        "a book",
    )
    assert (row["facts"], row["citations"]) == ("7", "9")


def test_paragraph_rows_give_each_span_and_the_facts_under_it() -> None:
    source = Source("000", "000.txt", "Notes", "notes")
    spans = (
        Span(1, 120, 144, "Kupi joined the movement", "", "", (MEMBER,)),
        Span(2, 150, 163, "Kupi was there", "", "", (TOOK_PART, NAMED)),
    )
    found = by_name(SourceParagraph(source, 3, 100, "text", spans, ENTITIES))
    assert [(r["span"], r["start"], r["end"], r["exact"]) for r in found] == [
        ("1", "120", "144", "Kupi joined the movement"),
        ("2", "150", "163", "Kupi was there"),
        ("2", "150", "163", "Kupi was there"),
    ]
    assert [r["property"] for r in found] == [MEMBER_OF, PARTICIPANT, NAME]
    # Said whole, as a reader of the paragraph meets it: no entity's page is open.
    assert found[0]["fact"] == fact_phrase(MEMBER, "", ENTITIES)


def test_coverage_rows_list_the_unquoted_sentences_one_a_line() -> None:
    paragraph = ParagraphCoverage("004", 12, 5, 3, ("One.", "Two."))
    [row] = by_name(Coverage((paragraph,), None))
    assert (row["source"], row["paragraph"], row["sentences"], row["quoted"]) == ("004", "12", "5", "3")
    assert row["unquoted"].split("\n") == ["One.", "Two."]


def test_export_rows_count_each_table() -> None:
    found = by_name(Exported("/tmp/albres.db", "sqlite", {"entities": 4, "facts": 11}))
    assert [(r["table"], r["rows"], r["path"]) for r in found] == [
        ("entities", "4", "/tmp/albres.db"),
        ("facts", "11", "/tmp/albres.db"),
    ]


def test_validation_rows_give_each_problem() -> None:
    problem = Problem("warning", "factbase.json", "person:abaz-kupi", "no citation")
    [row] = by_name(ValidationReport("data", 1, 1, (problem,)))
    assert row == {"level": "warning", "file": "factbase.json", "where": KUPI, "message": "no citation"}


def test_a_graph_has_no_rows_and_says_so() -> None:
    with pytest.raises(TypeError, match="no rows for Graph"):
        rows(Graph(None, 1, (), ()))


def test_an_events_own_undated_fact_gives_no_date_on_its_page(bundled: FactBase) -> None:
    # On the event's own page an undated fact (its place, say) is not dated by the event: as
    # the table's When column leaves it empty, so does the CSV.
    answer = query.show(bundled, "event:mukje-conference")
    for row in rows(answer)[1]:
        undated = row[0] == "event:mukje-conference" and row[2] != "date"
        if undated:
            assert (row[8], row[9]) == ("", "")
