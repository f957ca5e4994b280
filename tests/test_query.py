from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from albres import query, resolver
from albres.errors import Ambiguous, NotFound, QueryError
from albres.factbase import FactBase, load
from albres.model import Kind

from .conftest import make_factbase


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
    assert all(f.dispute == "mukje-date" for f in answer.facts)


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
    assert len(error.value.candidates) == resolver.LISTED
    assert "25 entries" in str(error.value)
