"""How facts read in tables: each property's phrase from either side, figures, dates, citations."""

from __future__ import annotations

import pytest

from albres.factbase import FactBase
from albres.model import Citation, DateSpan, Entity, Fact, Kind, Quantity
from albres.output.phrases import RenderContext, fact_phrase, fact_when, quantity_words, span_text
from albres.output.times import cite

Related = dict[str, Entity]

NOVEMBER_1943 = DateSpan("1943-11", "in November 1943", "1943-11-01", "1943-11-30")
OCTOBER_1944 = DateSpan("1944-10", "October 1944", "1944-10-01", "1944-10-31")


@pytest.fixture(scope="module")
def related(base: FactBase) -> Related:
    return {entity.id: entity for entity in base.entities()}


def fact_of(base: FactBase, entity_id: str, index: int) -> Fact:
    return base.get(entity_id).facts[index]


@pytest.mark.parametrize(
    ("entity_id", "index", "forward", "backward"),
    [
        # role_of: the role, "of", the object; from the object's side the role in brackets.
        ("person:abaz-kupi", 0, "founder of Unity Front", "led by Abaz Kupi, as founder"),
        ("person:abaz-kupi", 1, "leader of Legaliteti", "led by Abaz Kupi"),
        # office: the office (the value), "of", the object; from the object's side the office.
        (
            "person:myslim-peza",
            0,
            "deputy prime minister of Provisional Democratic Government",
            "office held by Myslim Peza, as deputy prime minister",
        ),
        # object: the label and the object, and a value that says more after a dash.
        ("org:legaliteti", 0, "member of National Liberation Front", "member: Legaliteti"),
        ("place:mukje", 0, "located at Krujë – near Krujë in North Albania", "here: Mukje"),
        ("event:mukje-conference", 2, "located at Mukje", "event here: Mukje Conference"),
        (
            "org:national-liberation-front",
            0,
            "founded at Conference of Pezë",
            "founded at this: National Liberation Front",
        ),
        # role_colon: the role, a colon, the object.
        (
            "event:mukje-conference",
            3,
            "party to the agreement: Balli Kombëtar",
            "took part in Mukje Conference, as party to the agreement",
        ),
        (
            "event:summer-uprising-1940",
            1,
            "commander: Myslim Peza",
            "took part in Partisan uprising of summer 1940, as commander",
        ),
    ],
)
def test_a_relation_reads_from_both_sides(
    base: FactBase, related: Related, entity_id: str, index: int, forward: str, backward: str
) -> None:
    fact = fact_of(base, entity_id, index)
    assert fact_phrase(fact, fact.subject, related) == forward
    assert fact.object is not None
    assert fact_phrase(fact, fact.object, related) == backward


@pytest.mark.parametrize(
    ("entity_id", "index", "phrase"),
    [
        ("person:gani-kryeziu", 0, "former gendarmerie officer leading an underground group"),
        ("place:mukje", 1, "name Mukaj"),
        ("org:balli-kombetar", 0, "founded"),
        ("org:unity-front", 0, "dissolved"),
        ("event:mukje-conference", 0, "dated “1–3 August 1943”"),
        ("event:mukje-conference", 5, "signatures: twelve signatures from each side"),
    ],
)
def test_a_fact_without_an_object_reads_from_its_subject(
    base: FactBase, related: Related, entity_id: str, index: int, phrase: str
) -> None:
    fact = fact_of(base, entity_id, index)
    assert fact_phrase(fact, entity_id, related) == phrase


def test_a_third_partys_fact_is_said_whole(base: FactBase, related: Related) -> None:
    kupi = fact_of(base, "person:abaz-kupi", 0)
    assert fact_phrase(kupi, "place:peza", related) == "Abaz Kupi: founder of Unity Front"
    uprising = fact_of(base, "event:summer-uprising-1940", 1)
    assert fact_phrase(uprising, "person:abaz-kupi", related) == (
        "Partisan uprising of summer 1940: commander: Myslim Peza"
    )
    statement = fact_of(base, "place:peza", 0)
    assert fact_phrase(statement, "event:peza-conference", related) == "Peza: a village in central Albania"


def relation(prop: str, subject: str = "person:abaz-kupi", **fields: object) -> Fact:
    citation = (Citation("004", 4, "Major Abaz Kupi"),)
    return Fact(subject, prop, citation, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fact", "forward", "backward"),
    [
        # A role named after the property adds nothing from the object's side.
        (
            relation("participant", "event:peza-conference", object="person:myslim-peza", role="participant"),
            "participant: Myslim Peza",
            "took part in Conference of Pezë",
        ),
        (
            relation("participant", "event:peza-conference", object="person:myslim-peza"),
            "participant: Myslim Peza",
            "took part in Conference of Pezë",
        ),
        (relation("leader_of", object="org:legaliteti"), "leader of Legaliteti", "led by Abaz Kupi"),
        (
            relation("position", object="org:legaliteti", role="treasurer"),
            "position of Legaliteti",
            "office held by Abaz Kupi, as treasurer",
        ),
        (
            relation("position", object="org:legaliteti", value="chairman", role="founder"),
            "chairman of Legaliteti",
            "office held by Abaz Kupi, as chairman",
        ),
        (
            relation("member_of", object="org:legaliteti", role="delegate"),
            "member of Legaliteti, as delegate",
            "member: Abaz Kupi, as delegate",
        ),
        (
            relation("member_of", object="org:legaliteti", value="Legaliteti"),
            "member of Legaliteti",
            "member: Abaz Kupi",
        ),
        (
            relation("member_of", object="org:legaliteti", value="its first member"),
            "member of Legaliteti – its first member",
            "member: Abaz Kupi",
        ),
        (
            relation("location", "place:mukje", object="place:kruje", value="Krujë"),
            "located at Krujë",
            "here: Mukje",
        ),
        # A place is "here:" from the side of what lies there, an event "event here:".
        (
            relation("location", "event:peza-conference", object="place:peza"),
            "located at Peza",
            "event here: Conference of Pezë",
        ),
        (relation("part_of", "place:mukje", object="place:kruje"), "part of Krujë", "includes Mukje"),
        (relation("name", "place:mukje", object="place:kruje"), "name Krujë", "Mukje"),
        # A value shape says its value, whatever entity it also names.
        (relation("name", "place:mukje", object="place:kruje", value="Mukaj"), "name Mukaj", "Mukje"),
        (relation("statement", "place:mukje", object="place:kruje"), "Krujë", "about this: Mukje"),
    ],
)
def test_each_shape_reads_from_both_sides(related: Related, fact: Fact, forward: str, backward: str) -> None:
    assert fact.object is not None
    assert fact_phrase(fact, fact.subject, related) == forward
    assert fact_phrase(fact, fact.object, related) == backward


@pytest.mark.parametrize(
    ("fact", "phrase"),
    [
        (relation("position", value="chairman"), "chairman"),
        (relation("position"), "position"),
        (relation("position", role="treasurer"), "position"),
        (relation("leader_of", value="a band of fifty"), "leader of a band of fifty"),
        (relation("leader_of", role="founder", value="a band"), "founder of a band"),
        (relation("leader_of"), "leader of"),
        (
            relation("participant", "event:peza-conference", value="the villagers"),
            "participant: the villagers",
        ),
        (relation("participant", "event:peza-conference", role="host"), "host:"),
        (relation("name", "place:mukje", value="Mukaj", role="local usage"), "name Mukaj (local usage)"),
        (relation("name", "place:mukje"), "name"),
        (
            relation("statement", value="a politician", role="as the sources say"),
            "a politician (as the sources say)",
        ),
        (relation("founded", "org:legaliteti", value="by Abaz Kupi"), "founded by Abaz Kupi"),
        (relation("founded", "org:legaliteti"), "founded"),
        (relation("location", "place:mukje", value="in the hills"), "located at in the hills"),
        (relation("member_of"), "member of"),
        (
            relation("dissolved", "org:unity-front", value="in 1941", role="by decree"),
            "dissolved in 1941 (by decree)",
        ),
    ],
)
def test_a_value_stands_where_no_object_is(related: Related, fact: Fact, phrase: str) -> None:
    assert fact_phrase(fact, fact.subject, related) == phrase


def test_a_dated_event_from_its_own_side(related: Related) -> None:
    mukje = "event:mukje-conference"
    worded = relation(
        "date", mukje, date=DateSpan("1943-08", "early August 1943", "1943-08-01", "1943-08-31")
    )
    assert fact_phrase(worded, mukje, related) == "dated “early August 1943”"
    assert fact_phrase(relation("date", mukje, value="that summer"), mukje, related) == "dated that summer"
    assert fact_phrase(relation("date", mukje), mukje, related) == "dated"


def figure(quantity: Quantity | None, measure: str | None = None, value: str | None = None) -> Fact:
    return relation("figure", "event:mukje-conference", quantity=quantity, measure=measure, value=value)


@pytest.mark.parametrize(
    ("fact", "phrase"),
    [
        (figure(Quantity(12, "signatures", "exact"), "signatures"), "signatures: 12 signatures"),
        (figure(Quantity(12, "signatures", "exact")), "12 signatures"),
        (figure(Quantity(3000, "men", "about"), "fighters"), "fighters: about 3,000 men"),
        (figure(Quantity(12000.0, "men", "at least")), "at least 12,000 men"),
        (figure(Quantity(2.5, "tonnes", "exact")), "2.5 tonnes"),
        (figure(Quantity(1234.5, "tonnes", "about")), "about 1,234.5 tonnes"),
        (figure(Quantity(12, "signatures", "exact"), "signatures", "a dozen"), "signatures: a dozen"),
        (figure(None, value="a dozen"), "a dozen"),
        (figure(None), ""),
    ],
)
def test_figures_with_or_without_a_measure(related: Related, fact: Fact, phrase: str) -> None:
    assert fact_phrase(fact, fact.subject, related) == phrase


@pytest.mark.parametrize(
    ("quantity", "words"),
    [
        (Quantity(12, "signatures", "exact"), "12 signatures"),
        (Quantity(12.0, "signatures", "exact"), "12 signatures"),
        (Quantity(0.5, "km", "exact"), "0.5 km"),
        (Quantity(40000, "soldiers", "about"), "about 40,000 soldiers"),
        (Quantity(7, "dead", "at most"), "at most 7 dead"),
        (None, ""),
    ],
)
def test_quantity_words(quantity: Quantity | None, words: str) -> None:
    assert quantity_words(figure(quantity)) == words


def test_the_when_column(base: FactBase, related: Related) -> None:
    start = DateSpan("1943-11", "x", "1943-11-01", "1943-11-30")
    end = DateSpan("1944-10", "x", "1944-10-01", "1944-10-31")
    assert fact_when(relation("member_of", date=start, start=end)) == "November 1943"
    assert fact_when(relation("member_of", start=start, end=end)) == "November 1943 – October 1944"
    # An end (or start) the sources do not give is said, not drawn as running on.
    assert fact_when(relation("member_of", start=start)) == "from November 1943, end not given"
    assert fact_when(relation("member_of", end=end)) == "until October 1944, start not given"
    assert fact_when(relation("member_of")) == ""
    assert fact_when(fact_of(base, "person:alush-kryeziu", 0), related) == "August 1940"


def test_the_when_column_of_an_events_fact_is_the_events_date(base: FactBase, related: Related) -> None:
    took_part = fact_of(base, "event:peza-conference", 3)
    assert fact_when(took_part, related, "person:abaz-kupi") == "16 September 1942"
    # Where the sources differ (000 ¶1: 1-3 August; 004 ¶10: 1-2 August), each source's date
    # over its own citation, once, then "sources differ".
    located = fact_of(base, "event:mukje-conference", 2)
    assert fact_when(located, related, "place:mukje").split("\n") == [
        "1–3 August 1943",
        "[000 ¶1]",
        "1–2 August 1943",
        "[004 ¶10]",
        "sources differ",
    ]
    doubled = related["event:mukje-conference"]._replace(
        facts=(fact_of(base, "event:mukje-conference", 0), fact_of(base, "event:mukje-conference", 0))
    )
    assert fact_when(located, {**related, doubled.id: doubled}, "place:mukje") == "1–3 August 1943"
    # Not from the event's own side, nor without the related entities, nor when it has a date.
    assert fact_when(took_part, related, "event:peza-conference") == ""
    assert fact_when(took_part) == ""
    assert fact_when(took_part, {}, "person:abaz-kupi") == ""
    dated = took_part._replace(date=NOVEMBER_1943)
    assert fact_when(dated, related, "person:abaz-kupi") == "November 1943"
    # An end of its own is its time, not the event's: "until", as the sources give it.
    ended = took_part._replace(end=OCTOBER_1944)
    assert fact_when(ended, related, "person:abaz-kupi") == "until October 1944, start not given"


def test_span_text() -> None:
    assert span_text(NOVEMBER_1943) == "November 1943"
    assert span_text(DateSpan("1943-08-01/1943-08-03", "x", None, None)) == "1–3 August 1943"
    assert span_text(None) == ""


@pytest.mark.parametrize(
    ("citations", "sep", "text"),
    [
        ((Citation("004", 4, "a"), Citation("000", 1, "b")), None, "[004 ¶4] [000 ¶1]"),
        (
            (Citation("004", 4, "a"), Citation("004", 4, "b"), Citation("000", 1, "c")),
            None,
            "[004 ¶4] [000 ¶1]",
        ),
        ((Citation("004", 4, "a"), Citation("000", 1, "b")), "\n", "[004 ¶4]\n[000 ¶1]"),
        ((), None, ""),
    ],
)
def test_cite(citations: tuple[Citation, ...], sep: str | None, text: str) -> None:
    assert (cite(citations) if sep is None else cite(citations, sep)) == text


def test_a_render_context_leaves_quotes_out_unless_asked() -> None:
    sources = {"004": ("The Albanian resistance", "004.txt")}
    assert RenderContext(sources, {}).quotes is False
    context = RenderContext(sources, {"d": "a dispute"}, quotes=True)
    assert (context.sources, context.disputes, context.quotes) == (sources, {"d": "a dispute"}, True)


def test_only_properties_with_an_event_label_read_apart_from_an_event(related: Related) -> None:
    # A backward label for events only where the property has one.
    event_member = relation("member_of", "event:peza-conference", object="org:legaliteti")
    assert fact_phrase(event_member, "org:legaliteti", related) == "member: Conference of Pezë"
    assert related["event:peza-conference"].kind is Kind.EVENT
