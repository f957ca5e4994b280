from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from albres import named, query, resolver
from albres.errors import Ambiguous, NotFound, QueryError
from albres.factbase import FactBase, load
from albres.model import Answer, Kind

from .conftest import DATA, FIXTURE, make_factbase


def test_who_gathers_own_and_reverse_facts(base: FactBase) -> None:
    answer = query.who(base, "Abaz Kupi")
    assert answer.entity.id == "person:abaz-kupi"
    properties = {(f.subject, f.property, f.object) for f in answer.facts}
    assert ("person:abaz-kupi", "leader_of", "org:legaliteti") in properties
    assert ("event:peza-conference", "participant", "person:abaz-kupi") in properties
    assert set(answer.related) >= {"org:legaliteti", "event:peza-conference"}


def test_who_lists_facts_in_date_order(base: FactBase) -> None:
    answer = query.who(base, "Abaz Kupi")
    spans = [query.placed_in_time(f, base) for f in answer.facts]
    dated = [s.earliest for s in spans if s and s.earliest]
    assert dated == sorted(dated)
    assert dated == ["1942-09-16", "1943-11-01"]


def test_who_prefers_people_and_where_prefers_places(base: FactBase) -> None:
    assert query.who(base, "Peza").entity.id == "person:myslim-peza"
    assert query.where(base, "Peza").entity.id == "place:peza"


def test_ambiguous_surname_raises_with_candidates(base: FactBase) -> None:
    with pytest.raises(Ambiguous) as error:
        query.who(base, "Kryeziu")
    ids = {c.entity.id for c in error.value.candidates}
    assert ids == {"person:gani-kryeziu", "person:alush-kryeziu"}
    assert not any(c.match for c in error.value.candidates)


def test_not_found_offers_suggestions_only_when_close(base: FactBase) -> None:
    with pytest.raises(NotFound) as error:
        query.who(base, "Winston Churchill")
    assert error.value.suggestions == ()
    with pytest.raises(NotFound) as near:
        query.who(base, "Alush Kryeziu Kupiu")
    assert "person:alush-kryeziu" in {c.entity.id for c in near.value.suggestions}


def test_blank_names_are_usage_errors(base: FactBase) -> None:
    with pytest.raises(QueryError):
        query.who(base, "   ")


def test_candidates_mark_at_most_one_match(base: FactBase) -> None:
    for name in ("Peza", "Kryeziu", "Kupi", "Mukje"):
        found = resolver.candidates(base, name, (Kind.PERSON,))
        assert sum(c.match for c in found) <= 1


def test_when_gives_every_source_claim_of_a_disputed_date(base: FactBase) -> None:
    answer = query.when(base, "Mukje Conference")
    assert [f.date.edtf for f in answer.facts if f.date] == ["1943-08-01/1943-08-02", "1943-08-01/1943-08-03"]
    assert {c.source for f in answer.facts for c in f.citations} == {"000", "004"}
    assert all(f.dispute == "mukje-date" for f in answer.facts if f.date)


def test_when_for_a_non_event_lists_dated_facts(base: FactBase) -> None:
    answer = query.when(base, "Legaliteti")
    assert answer.entity.id == "org:legaliteti"
    own = [f.when.edtf for f in answer.facts if f.when and f.subject == "org:legaliteti"]
    assert own == ["1943-08", "1943-11"]
    assert ("person:abaz-kupi", "1943-11") in {(f.subject, f.when.edtf) for f in answer.facts if f.when}


def test_silence_is_not_absence(base: FactBase) -> None:
    answer = query.when(base, "Vladimir Dedijer")
    assert answer.facts == ()
    assert "no date" in answer.silence
    assert "no place" in query.where(base, "Vladimir Dedijer").silence


def test_where_for_a_place_lists_what_happened_there(base: FactBase) -> None:
    answer = query.where(base, "Mukaj")
    assert answer.entity.id == "place:mukje"
    assert "event:mukje-conference" in {f.subject for f in answer.facts}
    assert "place:kruje" in {f.object for f in answer.facts}


def test_where_for_an_event_and_for_a_person(base: FactBase) -> None:
    assert {f.object for f in query.where(base, "Mukje Conference").facts} == {"place:mukje"}
    kupi = query.where(base, "Abaz Kupi")
    assert "place:peza" in {f.object for f in kupi.facts}


def test_events_by_year_include_imprecise_dates(base: FactBase) -> None:
    names = [r.event.id for r in query.events(base, year=1940).rows]
    assert names == ["event:summer-uprising-1940"]
    autumn = [r.event.id for r in query.events(base, year=1941).rows]
    assert autumn == ["event:communist-groups-1941"]


def test_events_are_in_date_order(base: FactBase) -> None:
    rows = query.events(base).rows
    starts = [r.earliest for r in rows if r.earliest]
    assert starts == sorted(starts)
    assert len(starts) == len(rows)


def test_events_range_overlaps(base: FactBase) -> None:
    ids = {r.event.id for r in query.events(base, start="1943-08-02", end="1943-08").rows}
    assert ids == {"event:mukje-conference"}
    assert query.events(base, start="1943-08-04", end="1943-08").rows == ()


def test_events_filters_take_fuzzy_names(base: FactBase) -> None:
    assert [r.event.id for r in query.events(base, person="kupi").rows] == ["event:peza-conference"]
    assert [r.event.id for r in query.events(base, place="Pezë").rows] == ["event:peza-conference"]
    assert [r.event.id for r in query.events(base, place="Kruja").rows] == ["event:mukje-conference"]
    assert [r.event.id for r in query.events(base, org="Balli Kombetar").rows] == ["event:mukje-conference"]
    assert {r.event.id for r in query.events(base, event_type="Conference").rows} == {
        "event:mukje-conference",
        "event:peza-conference",
        "event:labinot-conference-1943",
    }


@pytest.mark.parametrize(
    "kwargs",
    [{"start": "1943-13"}, {"end": "soon"}, {"start": "1944", "end": "1943"}, {"event_type": "picnic"}],
)
def test_bad_event_filters(base: FactBase, kwargs: dict[str, str]) -> None:
    with pytest.raises(QueryError):
        query.events(base, **kwargs)  # type: ignore[arg-type]


def test_search_ranks_every_kind(base: FactBase) -> None:
    result = query.search(base, "peza")
    kinds = {c.entity.kind for c in result.candidates}
    assert {Kind.PERSON, Kind.PLACE, Kind.EVENT} <= kinds
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)


def test_show_by_id_and_unknown_id(base: FactBase) -> None:
    answer = query.show(base, "place:peza")
    assert answer.entity.name == "Peza"
    with pytest.raises(NotFound) as error:
        query.show(base, "place:pezza")
    assert error.value.query == "place:pezza"


def test_sources_count_facts_and_citations(base: FactBase) -> None:
    counts = {s.source.id: (s.facts, s.citations) for s in query.sources(base).sources}
    facts = [f for e in base.entities() for f in e.facts]
    assert counts["000"][0] == sum(any(c.source == "000" for c in f.citations) for f in facts)
    assert counts["004"][1] == sum(c.source == "004" for f in facts for c in f.citations)


def test_a_name_shared_by_many_lists_the_first_twenty(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(fixture_doc)
    template = doc["entities"][1]
    for n in range(25):
        clone = copy.deepcopy(template)
        clone["id"] = f"person:hoxha-{n}"
        clone["name"] = f"Bardhyl{n} Hoxha"
        clone["aliases"] = []
        doc["entities"].append(clone)
    many = load(make_factbase(tmp_path / "fb", doc))
    with pytest.raises(Ambiguous) as error:
        query.who(many, "Hoxha")
    assert error.value.total == 25
    assert len(error.value.candidates) == named.LISTED
    assert "25 entries" in str(error.value)


# The fixture with what its own facts leave out: an event located where a person's other event
# is not, a place taking part in an event, a value-only location, an office at an event, a role
# with an end, an event open at one end, an undated event, and names several kinds share.


def _cited() -> list[dict[str, Any]]:
    return [{"source": "004", "paragraph": 4, "quote": "Major Abaz Kupi"}]


def _extended(document: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    by_id = {e["id"]: e for e in doc["entities"]}

    def add(entity_id: str, **fact: Any) -> None:
        by_id[entity_id].setdefault("facts", []).append({**fact, "citations": _cited()})

    def entity(entity_id: str, kind: str, name: str, *aliases: str, **fact: Any) -> None:
        facts = [{**fact, "citations": _cited()}] if fact else []
        doc["entities"].append(
            {
                "id": entity_id,
                "kind": kind,
                "name": name,
                "aliases": list(aliases),
                "description": "x",
                "facts": facts,
            }
        )

    by_id["event:communist-groups-1941"]["aliases"].append("Korca")
    by_id["person:abaz-kupi"]["facts"][1]["end"] = {
        "edtf": "1944-10",
        "wording": "October 1944",
    }
    add("event:summer-uprising-1940", property="location", object="place:korca")
    add("event:mukje-conference", property="participant", object="person:mithat-frasheri", role="signatory")
    add("event:mukje-conference", property="participant", object="place:korca", role="delegation")
    add("person:gani-kryeziu", property="location", value="in Kosovo")
    add("person:gani-kryeziu", property="position", object="event:mukje-conference", value="chairman")
    open_ended = {"edtf": "1944-05/..", "wording": "from May 1944"}
    entity("event:spring-offensive-1944", "event", "Spring offensive", property="date", date=open_ended)
    entity("org:mukje-committee", "organisation", "Mukje Committee", "Mukje")
    add("event:mukje-conference", property="participant", object="org:mukje-committee")
    entity("person:kol-bib", "person", "Kol 'Prenk' Bib", "Kol (Prenk) Bib", property="statement", value="x")
    entity("event:secret-meeting", "event", "Secret meeting", property="participant", object="person:kol-bib")
    return doc


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    folder = tmp_path_factory.mktemp("extended") / "fb"
    return load(make_factbase(folder, _extended(json.loads(FIXTURE.read_text(encoding="utf-8")))))


def facts_of(answer: Answer) -> list[tuple[str, str, str | None]]:
    return [(f.subject, f.property, f.object) for f in answer.facts]


@pytest.mark.parametrize(
    ("ask", "command", "name", "entity_id"),
    [
        (query.who, "who", "Kupi", "person:abaz-kupi"),
        (query.when, "when", "Mukja meeting", "event:mukje-conference"),
        (query.where, "where", "Mukaj", "place:mukje"),
        (query.show, "show", "org:legaliteti", "org:legaliteti"),
    ],
)
def test_an_answer_says_what_was_asked(
    base: FactBase, ask: Callable[[FactBase, str], Answer], command: str, name: str, entity_id: str
) -> None:
    answer = ask(base, name)
    assert (answer.command, answer.query, answer.entity.id) == (command, name, entity_id)
    assert answer.related[entity_id] == answer.entity
    assert answer.silence == ""


def test_an_answer_with_no_facts_still_names_its_entity(base: FactBase) -> None:
    answer = query.when(base, "Dedijer")
    assert answer.related == {"person:vladimir-dedijer": answer.entity}
    assert answer.silence == "the sources give no date for Vladimir Dedijer"
    assert query.where(base, "Dedijer").silence == "the sources give no place for Vladimir Dedijer"


def test_who_puts_undated_facts_after_dated_ones(base: FactBase) -> None:
    assert facts_of(query.who(base, "Abaz Kupi")) == [
        ("event:peza-conference", "participant", "person:abaz-kupi"),
        ("person:abaz-kupi", "leader_of", "org:legaliteti"),
        ("person:abaz-kupi", "leader_of", "org:unity-front"),
    ]


def test_a_fact_on_an_undated_event_is_undated(extended: FactBase) -> None:
    [meeting] = extended.referencing("person:kol-bib")
    assert query.placed_in_time(meeting, extended) is None
    assert query.placed_in_time(extended.get("person:kol-bib").facts[0], extended) is None
    took_part = extended.get("event:peza-conference").facts[3]
    assert query.placed_in_time(took_part, extended) == extended.get("event:peza-conference").dates[0]


def test_when_prefers_an_event_and_where_a_place(extended: FactBase) -> None:
    answer = query.when(extended, "Korca")
    assert answer.entity.id == "event:communist-groups-1941"
    assert [f.date.edtf for f in answer.facts if f.date] == ["1941-23"]
    assert query.where(extended, "Korca").entity.id == "place:korca"


def test_where_for_a_person_lists_their_events_places_in_date_order(extended: FactBase) -> None:
    assert facts_of(query.where(extended, "Myslim Peza")) == [
        ("event:summer-uprising-1940", "location", "place:korca"),
        ("event:peza-conference", "location", "place:peza"),
    ]


def test_where_gives_an_events_place_once(extended: FactBase) -> None:
    # Two facts tie Frashëri to the Mukje conference, and he leads a party with no place.
    assert facts_of(query.where(extended, "Frashëri")) == [
        ("event:mukje-conference", "location", "place:mukje")
    ]


def test_where_for_an_organisation_founded_at_an_event(base: FactBase) -> None:
    assert facts_of(query.where(base, "National Liberation Front")) == [
        ("event:peza-conference", "location", "place:peza")
    ]


def test_where_keeps_a_place_in_words_and_leaves_out_an_office_at_an_event(extended: FactBase) -> None:
    answer = query.where(extended, "Gani Kryeziu")
    assert [(f.property, f.object, f.value) for f in answer.facts] == [("location", None, "in Kosovo")]


def test_where_for_a_place_is_what_lies_and_happened_there_not_what_it_took_part_in(
    base: FactBase, extended: FactBase
) -> None:
    assert facts_of(query.where(extended, "Korça")) == [
        ("event:summer-uprising-1940", "location", "place:korca"),
        ("event:communist-groups-1941", "location", "place:korca"),
    ]
    # In date order, the undated last (its own location and statements, not its other names).
    assert facts_of(query.where(base, "Mukje")) == [
        ("event:mukje-conference", "location", "place:mukje"),
        ("place:mukje", "location", "place:kruje"),
    ]
    assert facts_of(query.where(base, "Peza")) == [
        ("event:peza-conference", "location", "place:peza"),
        ("place:peza", "statement", None),
    ]


def test_where_for_an_event_is_its_own_place(extended: FactBase) -> None:
    assert facts_of(query.where(extended, "Mukje Conference")) == [
        ("event:mukje-conference", "location", "place:mukje")
    ]


def test_show_lists_its_facts_and_those_naming_it_in_date_order_undated_last(base: FactBase) -> None:
    assert facts_of(query.show(base, "place:peza")) == [
        ("event:peza-conference", "location", "place:peza"),  # 16 September 1942 (004 ¶7)
        ("place:peza", "statement", None),
    ]


def test_show_takes_a_name_as_well_as_an_id(base: FactBase) -> None:
    assert query.show(base, "Abaz Kupi").entity.id == query.show(base, "person:abaz-kupi").entity.id
    with pytest.raises(Ambiguous) as error:  # the man and the village
        query.show(base, "Peza")
    assert {c.entity.id for c in error.value.candidates} == {"person:myslim-peza", "place:peza"}


@pytest.mark.parametrize(
    ("entity_id", "suggested"),
    [
        ("place:pezë", ["place:peza", "person:myslim-peza"]),
        ("event:peza:conference", ["event:peza-conference"]),
        ("place:pezza", []),
    ],
)
def test_show_suggests_entities_named_like_an_unknown_id(
    base: FactBase, entity_id: str, suggested: list[str]
) -> None:
    with pytest.raises(NotFound) as error:
        query.show(base, entity_id)
    assert error.value.query == entity_id
    assert [c.entity.id for c in error.value.suggestions] == suggested


def test_search_marks_a_clear_match(base: FactBase) -> None:
    result = query.search(base, "Legaliteti")
    assert result.query == "Legaliteti"
    first = result.candidates[0]
    assert (first.entity.id, first.match) == ("org:legaliteti", True)
    assert not any(c.match for c in query.search(base, "Peza").candidates)


def test_search_lists_ten_unless_told(base: FactBase) -> None:
    assert len(query.search(base, "a").candidates) == 10
    assert len(query.search(base, "a", limit=30).candidates) > 10
    assert len(query.search(base, "a", limit=3).candidates) == 3


def test_search_needs_words(base: FactBase) -> None:
    with pytest.raises(QueryError) as error:
        query.search(base, " ")
    assert str(error.value) == "give something to search for"


def test_events_record_the_filters_as_given(base: FactBase) -> None:
    chosen = query.events(
        base,
        year=1943,
        start="1943-02",
        end="1943-08",
        place="Mukaj",
        person="Frashëri",
        org="Balli Kombetar",
        event_type="Conference",
    )
    assert [r.event.id for r in chosen.rows] == ["event:mukje-conference"]
    assert chosen.filters == {
        "year": "1943",
        "from": "1943-02",
        "to": "1943-08",
        "place": "Mukaj",
        "person": "Frashëri",
        "org": "Balli Kombetar",
        "type": "Conference",
    }
    assert set(chosen.related) == {"event:mukje-conference", "place:mukje"}


def test_events_filters_prefer_the_kind_they_name(base: FactBase, extended: FactBase) -> None:
    assert [r.event.id for r in query.events(base, place="Peza").rows] == ["event:peza-conference"]
    assert [r.event.id for r in query.events(base, person="Peza").rows] == [
        "event:summer-uprising-1940",
        "event:peza-conference",
    ]
    assert [r.event.id for r in query.events(extended, org="Mukje").rows] == ["event:mukje-conference"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": "1943-13"}, "--from: '1943-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
        ({"end": "soon"}, "--to: 'soon' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
        (
            {"start": "1944", "end": "1943"},
            "the date range is empty: --from is after --to (or outside --year)",
        ),
        (
            {"event_type": "picnic"},
            "unknown event type 'picnic'; known types: conference, formation, uprising",
        ),
    ],
)
def test_bad_event_filters_say_why(base: FactBase, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError) as error:
        query.events(base, **kwargs)  # type: ignore[arg-type]
    assert str(error.value) == message


def test_on_a_date_gives_only_the_events_under_way(base: FactBase) -> None:
    assert [r.event.id for r in query.on(base, "1940").events.rows] == ["event:summer-uprising-1940"]
    with pytest.raises(QueryError) as error:
        query.on(base, "soon")
    assert str(error.value) == "DATE: 'soon' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("day", "certain"),
    [
        ("1943-11-15", False),
        ("1943-11-30", True),
        ("1944-06", True),
        ("1944-10-01", True),
        ("1944-10-15", False),
    ],
)
def test_a_role_is_certain_only_inside_its_dates(extended: FactBase, day: str, certain: bool) -> None:
    # Kupi led Legaliteti from November 1943 until October 1944.
    roles = {(r.fact.subject, r.fact.object): r.certain for r in query.on(extended, day).roles}
    assert roles[("person:abaz-kupi", "org:legaliteti")] is certain
    assert roles[("person:mithat-frasheri", "org:balli-kombetar")] is False


@pytest.mark.parametrize(
    ("kwargs", "events", "span"),
    [
        (
            {"end": "1941"},
            ["event:summer-uprising-1940", "event:communist-groups-1941"],
            ("1940-06-01", "1941-12-31"),
        ),
        (
            {"start": "1941", "end": "1942"},
            ["event:communist-groups-1941", "event:peza-conference"],
            ("1941-01-01", "1942-12-31"),
        ),
        ({"place": "Peza"}, ["event:peza-conference"], ("1942-09-16", "1942-09-16")),
        (
            {"person": "Peza"},
            ["event:summer-uprising-1940", "event:peza-conference"],
            ("1940-06-01", "1942-09-16"),
        ),
        ({"org": "Balli Kombetar"}, ["event:mukje-conference"], ("1943-08-01", "1943-08-03")),
        ({"person": "Vladimir Dedijer"}, [], ("1939-01-01", "1944-12-31")),
    ],
)
def test_timeline_filters_and_spans(
    base: FactBase, kwargs: dict[str, Any], events: list[str], span: tuple[str, str]
) -> None:
    drawn = query.timeline(base, **kwargs)
    assert [r.event.id for r in drawn.events.rows] == events
    assert (drawn.earliest, drawn.latest) == span


def test_timeline_draws_an_event_open_at_one_end_and_not_an_undated_one(extended: FactBase) -> None:
    drawn = query.timeline(extended, start="1944")
    assert [r.event.id for r in drawn.events.rows] == ["event:spring-offensive-1944"]
    ids = {r.event.id for r in query.timeline(extended).events.rows}
    assert "event:spring-offensive-1944" in ids
    assert "event:secret-meeting" not in ids


def test_graph_of_everything_and_of_one_entity(base: FactBase) -> None:
    everything = query.graph(base)
    assert (everything.center, everything.depth) == (None, 1)
    assert len(everything.nodes) == len(list(base.entities()))
    near = query.graph(base, "Legaliteti")
    assert near.center is not None
    assert (near.center.id, near.depth) == ("org:legaliteti", 1)
    assert [n.id for n in near.nodes] == [
        "org:legaliteti",
        "org:national-liberation-front",
        "person:abaz-kupi",
    ]
    assert {(e.subject, e.object) for e in near.edges} == {
        ("org:legaliteti", "org:national-liberation-front"),
        ("person:abaz-kupi", "org:legaliteti"),
    }
    further = query.graph(base, "Legaliteti", depth=2)
    assert further.depth == 2
    assert {"event:peza-conference", "org:unity-front"} <= {n.id for n in further.nodes}


@pytest.mark.parametrize(
    ("typed", "incomplete", "completions"),
    [
        ([], "Abaz", ["Abaz Kupi"]),
        ([], "Abaz ", ["Abaz Kupi"]),
        (["Abaz"], "", ["Kupi"]),
        (["Abaz", "Kupi"], "", []),
        ([], "Peza", ["Col. Peza", "Peza", "Peza conference"]),
        ([], "Peza.", ["Peza conference"]),
    ],
)
def test_complete_a_name_word_by_word(
    base: FactBase, typed: list[str], incomplete: str, completions: list[str]
) -> None:
    assert query.complete(base, typed, incomplete) == completions


def test_complete_falls_back_to_the_plain_key_when_every_label_has_shell_signs(extended: FactBase) -> None:
    assert query.complete(extended, [], "Kol") == ["kol prenk bib"]


def test_complete_lists_fifty_unless_told(bundled: FactBase) -> None:
    assert len(query.complete(bundled, [], "")) == 50
    assert len(query.complete(bundled, [], "", limit=60)) == 60


def test_a_list_reads_its_entities_at_once_not_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh base, so that nothing is cached: the events of a year and the entities their
    # facts name are read in a few queries, however many they are.
    base = load(DATA)
    asked: list[str] = []
    rows = base.store.rows

    def counted(sql: str, parameters: Any = ()) -> Any:
        asked.append(sql)
        return rows(sql, parameters)

    monkeypatch.setattr(base.store, "rows", counted)
    found = query.events(base, year=1943)
    assert len(found.rows) > 20
    assert len(asked) <= 5
