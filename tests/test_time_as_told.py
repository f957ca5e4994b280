"""Time as the sources tell it, on the bundled fact base: spans the sources close are closed,
disagreements are declared on every fact they concern, and what an audit found over-read is
read as the sources word it. Each test is named after the paragraphs it rests on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from albres import query
from albres.factbase import FactBase
from albres.model import Fact, Kind
from albres.resolver import resolve

VAGUE = ("several", "dozens", "hundreds", "tens", "thousands")


def facts_of(
    base: FactBase, entity_id: str, prop: str | None, keep: Callable[[Fact], bool] = lambda f: True
) -> list[Fact]:
    """An entity's facts of a property (None: of any; a free-text statement may have been
    given a typed property), which `keep` keeps."""
    return [f for f in base.get(entity_id).facts if prop in (None, f.property) and keep(f)]


def the_fact(
    base: FactBase, entity_id: str, prop: str | None, keep: Callable[[Fact], bool] = lambda f: True
) -> Fact:
    found = facts_of(base, entity_id, prop, keep)
    assert len(found) == 1, found
    return found[0]


def under_way(base: FactBase, date: str) -> set[str]:
    return {row.event.id for row in query.on(base, date).events.rows}


def roles_on(base: FactBase, date: str) -> dict[tuple[str, str | None, str | None], bool]:
    """(holder, organisation, office) -> whether the sources put the date surely inside it."""
    return {
        (r.fact.subject, r.fact.object, r.fact.value or r.fact.role): r.certain
        for r in query.on(base, date).roles
    }


def quoted(fact: Fact, words: str) -> bool:
    return any(words in c.quote for c in fact.citations)


def sources_of(facts: list[Fact]) -> set[str]:
    return {c.source for f in facts for c in f.citations}


def claims(base: FactBase, dispute: str) -> list[Fact]:
    return [f for c in query.conflicts(base).conflicts if c.dispute.id == dispute for f in c.claims]


# 1. Close what the sources close.


def test_war_with_greece_ends_by_april_1941_004_p4(bundled: FactBase) -> None:
    # 004 ¶3: "the war with Greece, which started on 28 October 1940"; 004 ¶4: the Unity Front
    # "was crushed in April 1941 after the defeat of Yugoslavia and Greece".
    war = "event:greco-italian-war"
    assert war in under_way(bundled, "1941-01")
    assert war not in under_way(bundled, "1941-05")
    assert war not in under_way(bundled, "1944-06")
    date = the_fact(bundled, war, "date").date
    assert date is not None
    assert (date.earliest, date.latest) == ("1940-10-28", "1941-04-30")
    assert "by April 1941" in date.wording


def test_german_occupation_ends_when_the_whole_territory_is_liberated_004_p15(bundled: FactBase) -> None:
    occupation = "event:german-occupation-1943"
    assert occupation in under_way(bundled, "1944-11-29")
    assert occupation not in under_way(bundled, "1944-12-01")
    fact = the_fact(bundled, occupation, "date")
    assert fact.date is not None
    assert fact.date.latest == "1944-11-29"
    assert quoted(fact, "By 29 November UNÇ had liberated the whole Albanian territory.")


def test_independent_albania_is_proclaimed_before_the_november_government_004_p11(bundled: FactBase) -> None:
    proclamation = "event:independent-albania-proclamation-1943"
    assert proclamation in under_way(bundled, "1943-10")
    assert proclamation not in under_way(bundled, "1944-06")
    for fact in (
        the_fact(bundled, proclamation, "date"),
        the_fact(bundled, "org:independent-albania", "founded"),
    ):
        assert fact.date is not None
        assert (fact.date.earliest, fact.date.latest) == ("1943-09-08", "1943-11-30")
        assert quoted(fact, 'and in November a "government"')


def test_bushati_premiership_ends_with_the_regency_council_004_p11(bundled: FactBase) -> None:
    premiership = ("person:maliq-bushati", "org:collaborationist-government", "prime minister")
    assert premiership in roles_on(bundled, "1943-06")
    assert premiership not in roles_on(bundled, "1944-06")
    fact = the_fact(bundled, "person:maliq-bushati", "position")
    assert fact.end is not None
    assert (fact.end.earliest, fact.end.latest) == ("1943-09-08", "1943-11-30")
    assert quoted(fact, "They appointed originally so-called Regency Council")


def test_committee_of_national_salvation_ends_with_the_broken_agreement_000_p3_p4_004_p10(
    bundled: FactBase,
) -> None:
    ends = facts_of(bundled, "org:committee-of-national-salvation", "dissolved")
    assert sources_of(ends) == {"000", "004"}
    assert all(f.dispute == "mukje-breach" for f in ends)
    assert any(quoted(f, "the National Liberation Front had broken the agreement") for f in ends)
    assert any(quoted(f, "After failure of the agreement") for f in ends)


@pytest.mark.parametrize("leader", ["person:mithat-frasheri", "person:abaz-kupi"])
def test_legality_and_balli_kombetar_leaders_end_with_the_liberation_004_p17(
    bundled: FactBase, leader: str
) -> None:
    organisation = {"person:mithat-frasheri": "org:balli-kombetar", "person:abaz-kupi": "org:legaliteti"}[
        leader
    ]
    fact = the_fact(bundled, leader, "leader_of", lambda f: f.object == organisation and f.start is not None)
    assert fact.end is not None
    assert fact.end.latest == "1944-12-31"
    assert quoted(
        fact, "The leaders of the Legality and Balli Kombëtar fled the country or committed suicide."
    )
    # Begun before June 1944 and ended after it: surely held then, not "possibly".
    assert roles_on(bundled, "1944-06-01")[(leader, organisation, "leader")] is True


def test_separate_communist_groups_end_in_the_party_of_8_november_1941_004_p5_p6(bundled: FactBase) -> None:
    groups = ["org:communist-groups", "org:korca-group", "org:shkoder-group", "org:te-rintje", "org:zjarri"]
    for group in groups:
        ended = the_fact(bundled, group, "dissolved")
        assert ended.object == "event:acp-founding-conference"
        assert ended.date is not None
        assert ended.date.edtf == "1941-11-08"
        assert quoted(
            ended, "The unification of the leftist groups acting so far separately was also accomplished."
        )
    membership = the_fact(bundled, "person:enver-hoxha", "member_of", lambda f: f.object == "org:korca-group")
    assert membership.end is not None
    assert membership.end.edtf == "1941-11-08"
    assert ("person:enver-hoxha", "org:korca-group", "active member") not in roles_on(bundled, "1942")


def test_italian_occupation_runs_until_the_capitulation_004_p2_p11(bundled: FactBase) -> None:
    occupation, _ = resolve(bundled, "Italian occupation", (Kind.EVENT,))
    assert occupation.id == "event:italian-occupation"
    assert occupation.type == "occupation"
    # "occupied Albania" on 28 November 1939 (004 ¶2): its start is not given, only bounded.
    assert occupation.bounds == (None, "1943-09-08")
    date = the_fact(bundled, occupation.id, "date")
    assert quoted(date, "On 28 November 1939, in the capital of occupied Albania")
    assert quoted(date, "After Italy's capitulation proclaimed on 8 September 1943")
    assert occupation.id in under_way(bundled, "1941-06")
    assert occupation.id not in under_way(bundled, "1943-10")
    assert {f.object for f in facts_of(bundled, occupation.id, "location")} == {"place:albania"}
    assert "org:italian-forces" in {f.object for f in facts_of(bundled, occupation.id, "participant")}


def test_no_date_is_open_ended_where_the_sources_leave_it_unknown_004_p11_p17(bundled: FactBase) -> None:
    # ".." says a span goes on; a proclamation or an appointment "soon" after a date does not.
    opened = [
        (entity.id, fact.property)
        for entity in bundled.entities()
        for fact in entity.facts
        for span in (fact.date, fact.start, fact.end)
        if span is not None and ".." in span.edtf
    ]
    assert opened == []


def test_kupi_leads_legaliteti_in_august_1943_as_000_tells_000_p1(bundled: FactBase) -> None:
    fact = the_fact(
        bundled, "person:abaz-kupi", "leader_of", lambda f: f.object == "org:legaliteti" and f.start is None
    )
    assert fact.date is not None
    assert fact.date.edtf == "1943-08"
    assert sources_of([fact]) == {"000"}


# 2. Disagreements the sources leave undeclared.


@pytest.mark.parametrize(
    ("dispute", "words"),
    [
        # 000 ¶1, ¶4 against 004 ¶14
        ("legaliteti-side", "Some Albanian organizations openly collaborated with invaders"),
        # 000 ¶3, ¶5 against 004 ¶10
        ("mukje-breach", "the National Liberation Front had broken the agreement"),
        # 000 ¶4 against 004 ¶10
        ("balli-collaboration-start", "within half a year signed a secret agreement"),
        # 000 ¶1 against 004 ¶7, ¶10
        ("front-name", "later renamed the National Liberation Front"),
    ],
)
def test_undeclared_disputes_are_declared_with_both_sources_000_004(
    bundled: FactBase, dispute: str, words: str
) -> None:
    found = claims(bundled, dispute)
    assert sources_of(found) == {"000", "004"}
    assert any(quoted(f, words) for f in found)


def test_kupi_leadership_of_legaliteti_belongs_to_the_legaliteti_dispute_000_p1_004_p14(
    bundled: FactBase,
) -> None:
    leaderships = facts_of(bundled, "person:abaz-kupi", "leader_of", lambda f: f.object == "org:legaliteti")
    assert len(leaderships) == 2
    assert {f.dispute for f in leaderships} == {"legaliteti-in-movement-1943"}
    assert sources_of(leaderships) >= {"000", "004"}


@pytest.mark.parametrize(
    ("dispute", "entity", "prop", "words"),
    [
        ("mukje-place-name", "event:mukje-conference", "location", "in Mukaj (near Krujë"),
        ("mukje-place-name", "event:mukje-conference", "location", "On 1 - 2 August 1943 in Mukja"),
        (
            "mukje-initiative",
            "org:british-emissaries",
            None,
            "intermediated by the British emissaries",
        ),
        (
            "mukje-initiative",
            "org:national-liberation-front",
            None,
            "had undertaken an attempt to agree",
        ),
        (
            "salvation-committee-name",
            "event:mukje-agreement",
            None,
            "established a Committee of National",
        ),
        (
            "salvation-committee-name",
            "event:mukje-agreement",
            None,
            "Committee for the Salvation of Albania",
        ),
        ("legaliteti-in-movement-1943", "event:legaliteti-founding-1943", "date", "created in November 1943"),
    ],
)
def test_declared_disputes_reach_every_fact_they_concern_000_p1_p2_004_p10_p14(
    bundled: FactBase, dispute: str, entity: str, prop: str | None, words: str
) -> None:
    assert the_fact(bundled, entity, prop, lambda f: quoted(f, words)).dispute == dispute


# 3. What the audit found wrong or over-read.


def test_drashovica_wounded_are_over_600_004_p12(bundled: FactBase) -> None:
    # "losing over 300 killed and twice as much wounded"
    wounded = the_fact(bundled, "event:drashovica-battle-1943", "figure", lambda f: f.measure == "wounded")
    assert wounded.quantity is not None
    assert (wounded.quantity.amount, wounded.quantity.approximation) == (600, "over")


def test_by_25_june_is_a_bound_not_a_day_004_p15(bundled: FactBase) -> None:
    fact = the_fact(
        bundled,
        "event:german-operation-may-1944",
        None,
        lambda f: quoted(f, "By 25 June the Germans occupied"),
    )
    assert fact.date is not None
    assert fact.date.wording == "By 25 June"
    assert (fact.date.earliest, fact.date.latest) == ("1944-05-28", "1944-06-25")


def test_verlaci_premiership_is_a_span_not_28_november_1939_004_p2_p11(bundled: FactBase) -> None:
    fact = the_fact(bundled, "person:shefqet-verlaci", "position")
    assert fact.date is None
    assert fact.start is not None
    assert fact.start.latest == "1939-11-28"
    assert fact.end is not None
    assert fact.end.latest == "1943-01-31"
    premiership = ("person:shefqet-verlaci", "org:collaborationist-government", "prime minister")
    assert premiership in roles_on(bundled, "1940-06")
    assert premiership not in roles_on(bundled, "1943-06")


@pytest.mark.parametrize(
    ("entity", "words", "approximation", "amount"),
    [
        ("org:national-liberation-front", "several dozens of combat groups", "dozens", 12),  # 004 ¶8
        ("org:partisan-groups", "dozens", "dozens", 12),  # 004 ¶3
        ("event:gjirokastra-ambush-1940", "Several Italians were killed", "several", 1),  # 004 ¶3
        ("event:italian-soldiers-join-unc-1943", "several units", "several", 1),  # 004 ¶12
        ("event:partisan-liberations-1942", "several spots", "several", 1),  # 004 ¶8
        ("event:leskovik-attack-1943", "several hundred killed and wounded", "hundreds", 100),  # 004 ¶9
        ("org:collaborationist-government", "some thousand volunteers", "thousands", 1000),  # 004 ¶3
    ],
)
def test_vague_figures_keep_their_vagueness_004_p3_p8_p9_p12(
    bundled: FactBase, entity: str, words: str, approximation: str, amount: int
) -> None:
    figure = the_fact(bundled, entity, "figure", lambda f: f.value == words)
    assert figure.quantity is not None
    assert (figure.quantity.approximation, figure.quantity.amount) == (approximation, amount)


def test_no_figure_from_vague_words_is_exact_or_about_004(bundled: FactBase) -> None:
    figures = [f for e in bundled.entities() for f in e.facts if f.property == "figure" and f.quantity]
    vague = [
        f for f in figures if any(w in (f.value or "").casefold() for w in ("several", "dozens", "some "))
    ]
    assert len(vague) >= 7
    assert all(f.quantity is not None and f.quantity.approximation in VAGUE for f in vague)


def test_yugoslav_party_takes_no_part_in_the_labinot_meetings_000_p3(bundled: FactBase) -> None:
    for meeting in ("event:second-nlm-conference", "event:labinot-cc-meeting"):
        taking_part = {f.object for f in facts_of(bundled, meeting, "participant")}
        assert "org:communist-party-of-yugoslavia" not in taking_part
    # What 000 ¶3 does say of it stays.
    assert facts_of(
        bundled, "org:communist-party-of-yugoslavia", None, lambda f: quoted(f, "counterrevolutionary")
    )


def test_labinot_conference_is_the_second_nlm_conference_000_p3_004_p9(bundled: FactBase) -> None:
    second, _ = resolve(bundled, "Labinot conference", (Kind.EVENT,))
    assert second.id == "event:second-nlm-conference"
    assert {f.object for f in facts_of(bundled, second.id, "location")} == {"place:labinot"}
    assert sources_of(list(second.facts)) == {"000"}
    first, _ = resolve(bundled, "first nationwide conference of ACP", (Kind.EVENT,))
    assert first.id == "event:labinot-conference-1943"
    assert "Labinot conference" not in first.aliases


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("meeting in Mukja", "event:mukje-conference"),  # 004 ¶10
        ("1st Brigade", "org:1st-assault-brigade"),  # 004 ¶12 "1st and 4th Brigades"
        ("UNÇ's command", "org:unc-general-staff"),  # 004 ¶15
        ("the Communists", "org:communist-party-of-albania"),  # 000 ¶1, ¶4
    ],
)
def test_aliases_the_sources_use_resolve_000_p1_004_p10_p12_p15(
    bundled: FactBase, name: str, expected: str
) -> None:
    entity, candidates = resolve(bundled, name)
    assert entity.id == expected
    assert candidates[0].how in ("alias", "name")
    assert name in entity.aliases


def test_separate_communist_groups_sentence_is_covered_004_p5(bundled: FactBase) -> None:
    sentence = "By the the autumn 1941 some separate communist groups acted in Albania."
    paragraph = next(p for p in query.coverage(bundled).paragraphs if (p.source, p.number) == ("004", 5))
    assert sentence not in paragraph.unquoted
    assert paragraph.quoted == paragraph.sentences
    groups, _ = resolve(bundled, "separate communist groups", (Kind.ORGANISATION,))
    assert any(quoted(f, sentence) for f in groups.facts)
