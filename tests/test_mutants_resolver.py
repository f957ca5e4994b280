"""The resolver's reading of words, pinned where mutation testing found it loose: which words a
query stands for, which of them a search must hold, how much a text holds, how the entities
found are ranked and scored, and what a question or a description asks for."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import pytest

from albres.factbase import FactBase
from albres.fulltext import fact_text
from albres.match import normalise, terms
from albres.model import READ_AS, Entity, Fact, Kind
from albres.named import LISTED
from albres.resolver import (
    FORMS,
    QUOTED,
    TEXT_MARGIN,
    TEXT_SCORE,
    Reading,
    Weights,
    Words,
    _compound,
    _entity_search,
    _happened,
    _most_named,
    _ordinal_forms,
    _people_named_in,
    _unowned,
    answers,
    asked_kinds,
    described_kinds,
    entity_readings,
    query_words,
    readings,
)

from .test_readings import weights


def read(base: FactBase, query: str) -> Words:
    found = query_words(base, query)
    assert found is not None
    return found


# --- the words of a query ----------------------------------------------------------------


def test_a_word_said_twice_is_one_word(bundled: FactBase) -> None:
    assert len(read(bundled, "Kupi Kupi").groups) == 1


def test_every_part_of_a_hyphenated_word_counts_after_a_part_already_seen(bundled: FactBase) -> None:
    found = read(bundled, "Abaz Abaz-Kupi")
    assert len(found.groups) == 2
    assert any(set(terms("Kupi")) <= group for group in found.groups)


def test_a_five_letter_name_one_slip_from_a_known_name_stands_for_it(bundled: FactBase) -> None:
    assert read(bundled, "Berst").groups == [set(terms("Berat"))]


def test_a_capitalised_unknown_first_word_is_passed_over_as_a_sentence_start(bundled: FactBase) -> None:
    found = read(bundled, "Zzyzzx the partisans defended the passes")
    assert found.passed == 1
    assert len(found.groups) == 3
    # Before a word that says what it is, it is a name: "Perugia division ...".
    assert query_words(bundled, "Zzyzzx partisans defended the passes") is None
    assert query_words(bundled, "Zzyzzx, the partisans defended the passes") is None  # set apart


def test_a_long_question_may_pass_over_one_unknown_word_for_every_two_known(bundled: FactBase) -> None:
    found = read(bundled, "partisans zzyzzx qqwwqq defended the passes in Mallakastra")
    assert (len(found.groups), found.passed) == (4, 2)


def test_a_long_word_stands_for_its_stem_not_for_a_shorter_one(bundled: FactBase) -> None:
    found = read(bundled, "partisans defended the passes")
    assert not set(terms("party parties")) & found.groups[0]  # partisan-, not parti-
    assert not set(terms("defeated")) & found.groups[1]  # defen-, not defe-


class Vocabulary:
    """A stand-in for a fact base that holds these terms and lists those of a stem in order,
    as many as asked for."""

    def __init__(self, words: list[str]) -> None:
        self.words = sorted(words)
        self.index = SimpleNamespace(names=SimpleNamespace(exact=lambda keys: []))  # names no place

    def terms_starting(self, prefix: str, limit: int) -> set[str]:
        return set([w for w in self.words if w.startswith(prefix)][:limit])

    def known_terms(self, found: Any) -> set[str]:
        return set(found) & set(self.words)


def test_a_word_keeps_its_own_form_when_its_stem_has_more_forms_than_are_taken() -> None:
    [defend] = terms("defended")
    many = [f"{defend[:-1]}a{chr(ord('a') + i)}" for i in range(FORMS + 1)]  # they sort first
    found = query_words(Vocabulary([*many, defend]), "defended")  # type: ignore[arg-type]
    assert found is not None
    assert defend in found.groups[0]
    assert defend in found.own[0]


# --- which words a search must hold, and how much a text holds -----------------------------


def test_the_rarest_word_alone_is_needed_when_the_others_weigh_too_little() -> None:
    w = weights([{"common"}, {"rare"}], {"rare": 1, "common": 90})
    assert w.needed() == [{"rare"}]


def test_words_that_weigh_alike_are_needed_until_the_rest_weighs_too_little() -> None:
    w = weights([{"a"}, {"b"}, {"c"}], {"a": 9, "b": 9, "c": 9})
    assert len(w.needed()) == 2  # the third alone is a third of the weight, below COVERAGE


def test_no_text_that_holds_enough_lacks_every_needed_word() -> None:
    w = weights([{"a"}, {"b"}, {"c"}], {})
    # Weights whose sums fall exactly on COVERAGE of the whole: b and c hold 11 of 20.
    w.weights, w.whole = [9.0, 6.0, 5.0], 20.0
    needed = w.needed()
    for n in range(4):
        for held in itertools.combinations(["a", "b", "c"], n):
            if w.cover(set(held)) is not None:
                assert any(group & set(held) for group in needed), held


def test_no_text_that_holds_enough_lacks_every_needed_word_when_a_word_is_passed_over() -> None:
    # "what was the sticking point at Mukje - was it Kosovo?": "sticking" passed over, "point"
    # the rarest; the fact on Mukje and Kosovo holds enough, and must be sought.
    w = weights([{"a"}, {"b"}, {"c"}], {}, passed=1)
    w.weights, w.whole = [6.0, 3.5, 5.3], 19.9
    needed = w.needed()
    assert w.cover({"b", "c"}) is not None
    for n in range(4):
        for held in itertools.combinations(["a", "b", "c"], n):
            if w.cover(set(held)) is not None:
                assert any(group & set(held) for group in needed), held


def test_a_word_passed_over_lets_two_known_words_lack_the_lighter() -> None:
    w = weights([{"rare"}, {"common"}], {"rare": 0, "common": 90}, passed=1)
    assert w.cover({"rare"}) == pytest.approx(round(w.weights[0] / w.whole, 3))


def test_a_word_a_text_lacks_adds_nothing_to_what_it_holds() -> None:
    w = weights([{"rare"}, {"mid"}, {"common"}], {"rare": 0, "mid": 5, "common": 98})
    assert w.cover({"rare", "mid"}) == pytest.approx(round((w.weights[0] + w.weights[1]) / w.whole, 3))


def test_a_figure_counts_first_only_when_one_is_asked(bundled: FactBase) -> None:
    w = Weights(bundled, read(bundled, "population of Albania"))
    assert not any(r.counted for r in readings(bundled, w))
    counted = [r.counted for r in readings(bundled, w, True)]
    assert any(counted)
    assert counted == sorted(counted, reverse=True)


def test_a_fact_on_an_event_holds_the_words_of_the_events_date(bundled: FactBase) -> None:
    # event:mukje-conference is dated "1-3 August 1943"; the facts of who took part are not.
    found = readings(bundled, Weights(bundled, read(bundled, "Mukje August")))
    undated = [
        r
        for r in found
        if r.fact.subject == "event:mukje-conference" and r.fact.when is None
        if "august" not in " ".join(fact_text(["Mukje Conference"], r.fact))
    ]
    assert undated


def test_an_entrys_facts_hold_a_word_for_it_at_less_weight_than_its_name(bundled: FactBase) -> None:
    # Abaz Kupi's name and description do not say "September"; a fact of his is dated so.
    w = Weights(bundled, read(bundled, "Kupi September"))
    coverage = {entity_id: held for entity_id, held, *_ in entity_readings(bundled, w)}
    expected = (w.weights[0] + QUOTED * w.weights[1]) / w.whole
    assert coverage["person:abaz-kupi"] == pytest.approx(round(expected, 3))


# --- the entities the facts and texts answer -----------------------------------------------


class Entries:
    """A stand-in for a fact base that only gives entries by id."""

    def __init__(self, *entities: Entity) -> None:
        self.found = {e.id: e for e in entities}

    def get(self, entity_id: str) -> Entity:
        return self.found[entity_id]


def person(slug: str, name: str = "") -> Entity:
    return Entity(f"person:{slug}", Kind.PERSON, name or slug.title(), "")


ORG = Entity("org:front", Kind.ORGANISATION, "Front", "")
A, B, C, D = person("a"), person("b"), person("c"), person("d")
PEOPLE = Entries(A, B, C, D, ORG, person("abaz-kupi", "Abaz Kupi"))
WHO = (Kind.PERSON, Kind.ORGANISATION)


def answered(texts: list[tuple[Any, ...]], **kw: Any) -> tuple[list[tuple[str, float]], str | None]:
    """answers() for entities' own texts: (id, coverage, strength[, whole])."""
    groups = kw.pop("groups", [{"x"}])
    read = [(*text, False)[:4] for text in texts]
    words = Words(groups, groups, 0)
    ranked, chosen = answers(PEOPLE, [], read, words, kw.pop("prefer", WHO), kw.pop("asked", False))  # type: ignore[arg-type]
    return [(entity_id, score) for entity_id, score, _ in ranked], chosen


def test_the_first_kind_the_command_asks_for_ranks_first_whatever_it_covers() -> None:
    ranked, _ = answered([(ORG.id, 1.0, 9.0), (A.id, 0.5, 1.0)])
    assert [entity_id for entity_id, _ in ranked] == [A.id, ORG.id]


def test_an_organisation_not_named_that_alone_holds_every_word_ranks_as_a_person() -> None:
    ranked, _ = answered([(ORG.id, 0.9, 9.0, True), (A.id, 0.5, 1.0, False)])
    assert [entity_id for entity_id, _ in ranked] == [ORG.id, A.id]
    # Named by the words ("front"), it stays behind the person ...
    ranked, _ = answered([(ORG.id, 0.9, 9.0, True), (A.id, 0.5, 1.0, False)], groups=[{"front"}])
    assert [entity_id for entity_id, _ in ranked] == [A.id, ORG.id]
    # ... and so it does when it lacks a word, or a person holds every word too.
    ranked, _ = answered([(ORG.id, 0.9, 9.0, False), (A.id, 0.5, 1.0, False)])
    assert [entity_id for entity_id, _ in ranked] == [A.id, ORG.id]
    ranked, _ = answered([(ORG.id, 0.9, 9.0, True), (A.id, 0.5, 1.0, True)])
    assert [entity_id for entity_id, _ in ranked] == [A.id, ORG.id]
    # A command that prefers organisations keeps its order.
    ranked, _ = answered(
        [(ORG.id, 0.4, 9.0), (A.id, 0.9, 1.0, True)], prefer=(Kind.ORGANISATION, Kind.PERSON)
    )
    assert [entity_id for entity_id, _ in ranked] == [ORG.id, A.id]


def test_the_strengths_of_an_entrys_supports_that_rank_alike_add_up() -> None:
    ranked, chosen = answered([(A.id, 0.8, 2.0), (A.id, 0.8, 3.0), (B.id, 0.8, 4.0)])
    assert [entity_id for entity_id, _ in ranked] == [A.id, B.id]
    assert chosen is None  # 5 against 4: not TEXT_MARGIN ahead


def test_scores_scale_by_coverage_and_by_strength_when_weaker() -> None:
    ranked, _ = answered([(A.id, 0.8, 4.0), (B.id, 0.4, 2.0), (C.id, 0.3, 1.0)])
    assert ranked == [
        (A.id, TEXT_SCORE),
        (B.id, round(TEXT_SCORE * (0.4 / 0.8) * (2.0 / 4.0), 1)),
        (C.id, round(TEXT_SCORE * (0.3 / 0.8) * (1.0 / 4.0), 1)),
    ]
    assert ranked[2][1] != round(ranked[2][1])  # one decimal kept


def test_a_stronger_entry_that_covers_less_scores_by_coverage_alone() -> None:
    ranked, _ = answered([(A.id, 0.8, 4.0), (D.id, 0.4, 8.0)])
    assert ranked[1] == (D.id, round(TEXT_SCORE * 0.4 / 0.8, 1))


def test_a_rival_exactly_text_margin_weaker_leaves_the_best_clear() -> None:
    assert answered([(A.id, 0.8, 2.0 * TEXT_MARGIN), (B.id, 0.8, 2.0)])[1] == A.id
    assert answered([(A.id, 0.8, 2.0 * TEXT_MARGIN - 0.1), (B.id, 0.8, 2.0)])[1] is None


def test_a_question_ranks_last_the_entry_it_names_by_every_word_of_its_name() -> None:
    kupi = "person:abaz-kupi"
    named = [set(terms(normalise("Abaz Kupi")))]
    texts = [(kupi, 1.0, 9.0), (B.id, 0.5, 1.0)]
    ranked, _ = answered(texts, groups=named, asked=True)
    assert [entity_id for entity_id, _ in ranked] == [B.id, kupi]
    ranked, _ = answered(texts, groups=named, asked=False)
    assert [entity_id for entity_id, _ in ranked] == [kupi, B.id]


# --- what a question or a description asks for ---------------------------------------------


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("the Albanian commander?", (Kind.PERSON,)),  # a question mark is no part of the noun
        ("the officers in charge", (Kind.PERSON,)),  # a plural
        ("the soldier at the pass", (Kind.PERSON,)),  # a noun that begins with s
        ("the monarchist party's", (Kind.ORGANISATION,)),  # a possessive
    ],
)
def test_a_description_reads_its_head_noun_in_any_form(words: str, kinds: tuple[Kind, ...]) -> None:
    assert described_kinds(words, (Kind.PERSON, Kind.ORGANISATION)) == kinds


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("Which town?", (Kind.PLACE,)),
        ("which town", (Kind.PLACE,)),  # two words are enough
        ("Who?", (Kind.PERSON, Kind.ORGANISATION)),
        ("which towns did they take", (Kind.PLACE,)),
        ("which soldier fired", (Kind.PERSON,)),
        ("What did Zog order army units to do?", ()),  # a noun four words on is not what is asked
    ],
)
def test_a_question_reads_its_noun_in_any_form(words: str, kinds: tuple[Kind, ...]) -> None:
    assert asked_kinds(words) == kinds


# --- a possessive, a compound, a name's share ----------------------------------------------


def _plain(query: str) -> Words:
    """A query's words as their own terms, one group each."""
    groups = [{t} for t in terms(query)]
    return Words(groups, [set(g) for g in groups], 0)


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("Abaz Kupi's Unity Front crushed", "Unity Front crushed"),
        ("Abaz Kupi\u2019s Unity Front crushed", "Unity Front crushed"),  # a typographic apostrophe
        ("the Abaz Kupi's front crushed", "front crushed"),  # the capitalised words before it
        ("big battle Abaz Kupi's Front crushed", "big battle Front crushed"),  # and no more
        ("abaz Kupi's Unity Front", "abaz Unity Front"),  # a word in lower case is not the name
        ("Abaz Kupi's Unity Front", "Unity Front"),  # two words are enough ...
        ("Abaz Kupi's Front", "Abaz Kupi's Front"),  # ... one is not
    ],
)
def test_whose_it_was_is_set_aside_when_two_words_remain(bundled: FactBase, query: str, kept: str) -> None:
    assert _unowned(bundled, query, _plain(query)) == _plain(kept).groups


def test_a_possessive_first_reads_no_word_after_the_query(bundled: FactBase) -> None:
    found = _unowned(bundled, "Kupi's Unity Front", _plain("Kupi's Unity Front"))
    assert found == _plain("Unity Front").groups


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("the Legality of Abaz Kupi created", "the Legality created"),
        ("Legaliteti i major Kupit krijua", "Legaliteti krijua"),  # a title with the name
        ("the village of Peza conference", "the village of Peza conference"),  # a noun before
        ("the Legality of Abaz", "the Legality of Abaz"),  # one word would remain
    ],
)
def test_a_person_after_of_is_set_aside_as_whose(bundled: FactBase, query: str, kept: str) -> None:
    assert _unowned(bundled, query, _plain(query)) == _plain(kept).groups


class Known:
    """A stand-in for a fact base that knows some terms."""

    def __init__(self, *known: str) -> None:
        self.known = set(known)

    def known_terms(self, terms: Any) -> set[str]:
        return self.known & set(terms)


@pytest.mark.parametrize(
    ("term", "known", "parts"),
    [
        ("landarm", ("land", "arm"), ("land", "arm")),  # each part three letters or more
        ("landxx", ("land", "xx"), ()),
        ("xxland", ("xx", "land"), ()),
        ("zzzzland", ("land",), ()),  # both parts must be known
        ("landzzzz", ("land",), ()),
    ],
)
def test_a_compound_splits_into_two_known_words(
    term: str, known: tuple[str, ...], parts: tuple[str, ...]
) -> None:
    assert _compound(Known(*known), term) == parts  # type: ignore[arg-type]


def test_take_place_with_a_question_mark_only_says_it_happened() -> None:
    words = ["when", "did", "it", "take", "place?"]
    assert _happened(words, 3)
    assert _happened(words, 4)
    assert not _happened(["when", "did", "it", "take", "over"], 3)


class Fetched:
    """A stand-in for a fact base that fetches entries by id."""

    def __init__(self, *entities: Entity) -> None:
        self.found = {e.id: e for e in entities}

    def fetch(self, ids: Any, column: str) -> dict[str, Entity]:
        assert column == "id"
        return {i: self.found[i] for i in ids}


def test_the_entry_whose_name_the_words_make_up_most_is_meant() -> None:
    whole = Entity("event:a", Kind.EVENT, "Liberation Albania", "")
    part = Entity("event:b", Kind.EVENT, "Congress Liberation Albania", "")
    alike = Entity("event:c", Kind.EVENT, "Liberation Albania Congress", "")
    empty = Entity("event:d", Kind.EVENT, "The", "")  # no word of its name counts: no share
    base = Fetched(whole, part, alike, empty)
    groups = [set(terms("liberation")), set(terms("albania"))]
    ranked = [(part.id, 80.0, "x"), (alike.id, 90.0, "x"), (whole.id, 70.0, "x"), (empty.id, 95.0, "x")]
    rescored, chosen = _most_named(base, ranked, groups)  # type: ignore[arg-type]
    assert chosen == whole.id
    # Alike in share, the better scored first; each scored by its share of the best.
    assert rescored == [
        (whole.id, TEXT_SCORE, "x"),
        (alike.id, 49.3, "x"),
        (part.id, 49.3, "x"),
        (empty.id, 0.0, "x"),
    ]
    _, chosen = _most_named(base, ranked[:2], groups)  # type: ignore[arg-type]
    assert chosen is None


class Searched:
    """A stand-in for a fact base whose full-text search gives these rows (id, kind, bm25)."""

    def __init__(self, *rows: tuple[str, str, float]) -> None:
        self.rows = list(rows)
        self.asked: list[tuple[int, str]] = []

    def text_search(self, groups: Any, limit: int, column: str = "") -> list[tuple[str, str, float]]:
        self.asked.append((limit, column))
        return self.rows


def test_an_entity_search_ranks_the_best_kind_by_strength_and_scales_the_scores() -> None:
    base = Searched(
        ("person:a", "person", -2.0), ("person:b", "person", -6.0), ("org:c", "organisation", -8.0)
    )
    ranked, chosen = _entity_search(base, [{"x"}], "names", {Kind.PERSON: 0, Kind.ORGANISATION: 1})  # type: ignore[arg-type]
    assert ranked == [("person:b", TEXT_SCORE, READ_AS), ("person:a", 24.7, READ_AS)]
    assert chosen == "person:b"  # 6 is TEXT_MARGIN times 2 and more
    assert base.asked == [(LISTED * 2, "names")]
    # Without kinds to prefer, every kind counts.
    ranked, chosen = _entity_search(base, [{"x"}], "names", {})  # type: ignore[arg-type]
    assert [entity_id for entity_id, _, _ in ranked] == ["org:c", "person:b", "person:a"]
    assert chosen is None  # 8 is not TEXT_MARGIN times 6


@pytest.mark.parametrize(("second", "clear"), [(2.0, True), (2.01, False)])
def test_an_entity_search_chooses_one_ahead_by_the_margin(second: float, clear: bool) -> None:
    base = Searched(("person:a", "person", -2.0 * TEXT_MARGIN), ("person:b", "person", -second))
    _, chosen = _entity_search(base, [{"x"}], "names", {Kind.PERSON: 0})  # type: ignore[arg-type]
    assert chosen == ("person:a" if clear else None)
    _, chosen = _entity_search(Searched(("person:b", "person", -1.0)), [{"x"}], "names", {})  # type: ignore[arg-type]
    assert chosen == "person:b"


# --- the people a statement names (_people_named_in) ------------------------------------------


class _Names:
    """names.exact over a few rows, noting the keys it was asked for."""

    def __init__(self, rows: list[tuple[str, str, str, float, str]]) -> None:
        self.rows, self.asked = rows, set[str]()

    def exact(self, keys: Sequence[str]) -> list[tuple[str, str, str, float, str]]:
        self.asked |= set(keys)
        return [row for row in self.rows if row[0] in keys]


class _NamesBase:
    def __init__(self, names: _Names) -> None:
        self.index = SimpleNamespace(names=names)


def _statement(value: str | None, prop: str = "statement") -> Reading:
    return Reading(Fact("org:x", prop, (), value=value), 0, 0.5, 1.0)


def test_a_statement_names_the_people_its_capitalised_words_name() -> None:
    names = _Names(
        [
            ("rexhep mitrovica", "person:rm", "person", 100.0, "name"),
            ("abaz kupi", "org:ak", "organisation", 100.0, "name"),
        ]
    )
    said = _statement("With Rexhep bej Mitrovica and the Regency")
    found = _people_named_in(_NamesBase(names), [said])  # type: ignore[arg-type]
    assert found == [("person:rm",)]
    # Two to four words, from a capitalised one to a capitalised one ("bej" and "the" fold away).
    assert names.asked == {
        "with rexhep",
        "with rexhep mitrovica",
        "rexhep mitrovica",
        "mitrovica and regency",
    }
    names.asked.clear()
    _people_named_in(_NamesBase(names), [_statement("with Rexhep bej Mitrovica in Tirana")])  # type: ignore[arg-type]
    assert names.asked == {"rexhep mitrovica", "mitrovica in tirana"}  # five words are no name
    # An organisation the statement names is no person it answers for.
    assert _people_named_in(_NamesBase(names), [_statement("created by Abaz Kupi")]) == [()]  # type: ignore[arg-type]


def test_a_name_at_the_end_of_a_statement_is_named_and_one_word_is_no_name() -> None:
    names = _Names(
        [("abaz kupi", "person:ak", "person", 100.0, "name"), ("kupi", "person:ak", "person", 100.0, "alias")]
    )
    at_the_end = _statement("it was created by Abaz Kupi")
    alone = _statement("Kupi was there")
    other = _statement("Abaz Kupi", prop="included")  # not a statement: what it lists is not what it is about
    found = _people_named_in(_NamesBase(names), [at_the_end, alone, other])  # type: ignore[arg-type]
    assert found == [("person:ak",), (), ()]
    assert names.asked == {"abaz kupi"}
    assert _people_named_in(_NamesBase(names), [_statement(None)]) == [()]  # type: ignore[arg-type]


# --- ordinals in words and in figures (_ordinal_forms) ------------------------------------------


def test_an_ordinal_is_read_in_words_and_in_figures() -> None:
    (second,), (third,), (fifth,), (first,) = (terms(w) for w in ("second", "third", "fifth", "first"))
    assert _ordinal_forms("2nd") == {second, "2nd"}
    assert _ordinal_forms(third) == {third, "3rd", "iii"}
    assert _ordinal_forms(fifth) == {fifth, "5th"}
    assert _ordinal_forms("1st") == {"1st"}  # the sources' "first" is the earliest, no number
    assert _ordinal_forms(first) == {"1st"}
    assert _ordinal_forms("11th") == set()  # past the tenth: no word for it
    assert _ordinal_forms("congress") == set()


def test_the_owner_after_of_begins_at_its_first_word_unless_a_title(bundled: FactBase) -> None:
    from albres.resolver import _owner_after_of

    found = _owner_after_of(bundled, ["Kupi", "kur"])  # the name alone, the next word no name
    assert found is not None
    assert (list(found[0]), found[1].id) == (["Kupi"], "person:abaz-kupi")
    titled = _owner_after_of(bundled, ["dr.", "Nishani", "kur"])
    assert titled is not None
    assert (list(titled[0]), titled[1].id) == (["dr.", "Nishani"], "person:omer-nishani")
    closed = _owner_after_of(bundled, ["Kupi,", "kur"])  # a mark after the name
    assert closed is not None
    assert list(closed[0]) == ["Kupi,"]
    assert _owner_after_of(bundled, []) is None
    assert _owner_after_of(bundled, ["of", "Kupi"]) is None  # a joining word opens no name
    assert _owner_after_of(bundled, ["the", "Legality"]) is None


def test_a_person_named_by_a_slip_or_a_name_of_another_kind(bundled: FactBase) -> None:
    from albres.resolver import _person_named

    kupi = _person_named(bundled, "Kupit")  # one slip: a case ending
    assert kupi is not None
    assert kupi.id == "person:abaz-kupi"
    peza = _person_named(bundled, "Myslim Peza")
    assert peza is not None
    assert peza.id == "person:myslim-peza"
    assert _person_named(bundled, "Peza") is None  # a village and a man: no one person
    assert _person_named(bundled, "Kruja") is None  # a place
    assert _person_named(bundled, "Kupit 1943") is None  # a slip is sought in letters only
    assert _person_named(bundled, "Legalitetit") is None  # a slip of an organisation's name


def test_a_noun_fits_by_name_type_or_any_body(bundled: FactBase) -> None:
    from albres.resolver import _fits_noun

    assert _fits_noun(bundled.get("org:zjarri"), "group")  # its type
    assert _fits_noun(bundled.get("org:legaliteti"), "organisation")  # any body
    assert not _fits_noun(bundled.get("place:peza"), "organisation")
    assert not _fits_noun(bundled.get("org:zjarri"), "")
