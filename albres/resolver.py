"""The resolver: which entity a user's words mean, as ranked candidates and an honest decision."""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Iterable, Sequence, Set
from itertools import pairwise, takewhile

from albres.dates import MONTHS, overlaps, spoken
from albres.errors import Ambiguous, NotFound, checked
from albres.factbase import FactBase, bundled_path
from albres.fulltext import entity_text, fact_text, subject_names
from albres.match import (
    BY_GIVEN_NAME,
    BY_WORDS,
    INITIALS,
    JOINING,
    MATCH_MIN,
    POSSESSIVE,
    SET_UP,
    STOP_WORDS,
    TITLES,
    allowed_edits,
    content_words,
    decide,
    fold,
    normalise,
    plain,
    rank,
    slips_between,
    terms,
)
from albres.model import READ_AS, Candidate, DateSpan, Entity, Fact, Kind
from albres.named import LISTED, by_id, candidates_of
from albres.properties import (
    CREATED,
    FOUNDED,
    LEADER_OF,
    LOCATION,
    MEMBER_OF,
    NAME,
    PART_OF,
    PARTICIPANT,
    PLACING,
    PROPERTIES,
    ROLES,
    STATEMENT,
)
from albres.record import NamedTuple

SUGGESTIONS = 3
TEXT_MARGIN = 1.5  # how many times the best bm25 must beat the next of the preferred kinds
TEXT_SCORE = 74.0  # the score shown for the best full-text candidate: below any name match
# Facts taken by bm25 before their words are judged (in Python, the most of a search's cost on
# a large base); entities likewise. On the sixteen question sets, 120 facts answer as 60 do,
# and 100 entities as 50; 25 or 30 entities missed an entity of few words in a text of many
# ("who led the government the Germans set up in November 1943"). On 225 sets, 40 facts
# answered 3 questions more than 60 did (5 more, 2 fewer), and cost 2 ms less at 100,000.
FACT_POOL = 40
ENTITY_POOL = 50
RARE_NAME = 3  # a word held by no more full names than this names what holds it
SYNONYM = 0.9  # what a word found only as a synonym weighs, against the word itself
QUOTED = 0.5  # what a word found only in a fact's quote weighs, against one the fact says
FORMS_FROM, FORMS = 6, 10  # a word this long also stands for (so many) words sharing its stem
VERB_FROM = 4  # a verb ("agreed": agree) this long also stands for the words that begin with it
LONG_QUESTION = 3  # known words a question needs before an unknown word may be passed over
SLIP_LETTERS = 5  # the fewest letters of an unknown word read as a word one slip from it
SHORT_QUERY = 3  # words a query may have and still need each to name what it asks for
COVERAGE = 0.55  # the share of a query's weight a fact that lacks one of its words must hold


def candidates(base: FactBase, query: str, prefer: Sequence[Kind] = ()) -> tuple[Candidate, ...]:
    """The entities a name may mean, best first (at most LISTED); `match` marks the one clearly meant."""
    checked(query, "a name to look up")
    index = base.index
    ranked = rank(index.find(query), index.kinds, prefer)
    return candidates_of(base, ranked[:LISTED], decide(ranked, index.kinds, prefer))


def resolve(
    base: FactBase, query: str, prefer: Sequence[Kind] = (), read_as: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]]:
    """The entity a name clearly means, with its rivals; NotFound or Ambiguous otherwise.

    Order: an id, an exact name or alias, a near spelling (match.py), then the words of the
    query read through every entity's text (read_words), where `read_as` (default: `prefer`)
    are the kinds the command asks about, best first."""
    checked(query, "a name to look up")
    if _unit_unnamed(base, query) or _birth_asked(base, query):
        raise NotFound(query, ())  # "the 2nd Assault Brigade", "where was Dishnica born": untold
    try:
        apart = _asked_of_named_first(base, query, prefer, read_as)
        if apart is not None:  # "Keshilli i Regjences - me ke ne krye": with whom at its head
            return apart
        other = other_than(base, query, read_as or prefer) or one_of_named(base, query, prefer, read_as)
        other = other or another_than_named(base, query, prefer)
        if other is not None:  # "who led the delegation besides Dishnica": another
            return other
        later = after_event(base, query, prefer, read_as)
        if later is not None:  # "the first big battle with the Germans after Italy surrendered"
            return later
        whose = whose_it_is(base, query, prefer) or side_of_named(base, query, prefer)
        whose = whose or which_of_named(base, query, prefer) or led_by_named(base, query, prefer)
        if whose is not None:  # "whose legaliteti was part of the movement?": Abaz Kupi's
            return whose, (Candidate(whose, TEXT_SCORE, True, READ_AS),)
        asked = as_asked(base, query)
        head = holder_of_named(base, asked, prefer)
        if head is not None:  # "who headed the regency council the Germans set up": Biçoku
            return head, (Candidate(head, TEXT_SCORE, True, READ_AS),)
        entity, candidates = _resolved(base, asked, prefer, read_as)
        quoted = _quoted_name(base, asked)
        # A name the answer's names must say: "the 'Treaty of Tirana' with Italy", "the Vlora war".
        if (quoted and not _names_hold(entity, quoted)) or not _war_of_place_held(base, asked, entity):
            raise NotFound(query, candidates_of(base, [(entity.id, MATCH_MIN, OTHERWISE)], None))
        if not _of_the_year_said(asked, entity) or _other_kind_of_place(asked, entity):
            # "the Italian spring offensive of March 1941"; "in which village ...": not Spain
            raise NotFound(query, candidates_of(base, [(entity.id, MATCH_MIN, OTHERWISE)], None))
        if _holder_untold(base, asked, entity, prefer) or _life_untold(base, asked, entity, prefer):
            # "who was the general commanding the XXI Highland Corps": one the sources never name;
            # "where did King Zog live in exile": a life the sources never follow
            raise NotFound(query, candidates_of(base, [(entity.id, MATCH_MIN, OTHERWISE)], None))
        holder = _holder_asked(base, asked, entity, prefer)
        if holder is not None:  # "the leader of the royalist Legality movement": Abaz Kupi
            others = (c._replace(match=False) for c in candidates if c.entity.id != holder.id)
            return holder, (Candidate(holder, TEXT_SCORE, True, READ_AS), *others)
        return entity, candidates
    except NotFound as missing:  # said in the user's words (as_asked may have rewritten them)
        asked, mark, rest = query.partition("?")
        if mark and rest.strip() and asked.strip():  # "when did Italy surrender? the famous resa"
            return resolve(base, asked + mark, prefer, read_as)
        joined = rejoined(base, query)
        if joined != query:  # "the per met congress", "the bear at congress": as a phone heard them
            return resolve(base, joined, prefer, read_as)
        raise NotFound(query, missing.suggestions) from None
    except Ambiguous as unclear:
        raise Ambiguous(query, unclear.candidates, unclear.total) from None


TWO_SLIPS_LETTERS = 9  # the fewest letters of two words joined that may be two slips from a name's


def rejoined(base: FactBase, query: str) -> str:
    """A query with each two words in lower case that no name holds joined where together
    they are a word of a name, or one slip from one (two when they are long: TWO_SLIPS_LETTERS;
    "per met": Përmet; "bear at": Berat; not "less covick", three from Leskovik), as a phone
    that takes dictation splits a name it does not know; the query itself otherwise."""
    words = query.split()
    names = base.index.names
    for at in range(len(words) - 1):
        pair = [word.strip(_OPENING + _CLOSING) for word in words[at : at + 2]]
        joined = "".join(pair)
        if len(joined) < NAME_LETTERS or not joined.isalpha() or not joined.islower():
            continue
        if names.word_counts([*pair, joined]).keys() & set(pair):
            continue  # "kruja", "a kruja": a name already
        slips = 1 if len(joined) < TWO_SLIPS_LETTERS else 2
        found = {joined} if names.word_counts([joined]) else names.near_words(joined, slips)
        if len(found) == 1:
            return rejoined(base, " ".join([*words[:at], found.pop(), *words[at + 2 :]]))
    return query


# What sets a question apart from a name said before it: "Regency Council - who headed it?".
# The words it may open with are _OPENING_A_QUESTION's, below with the question words.
_SETTING_APART = re.compile(r"\s+[-–—]+\s+|[,:;]\s+")


def _asked_of_named_first(
    base: FactBase, query: str, prefer: Sequence[Kind], read_as: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """Who led what a name set apart before a question for its leader means: "Keshilli i
    Regjences - me ke ne krye" and "Regency Council - who headed it" are read as "me ke ne krye
    Keshilli i Regjences" (Ibrahim Biçoku), as a question put first is; so are a question of
    who was in it ("Regency Council - who was in it?") and one of which, read as the kind its
    noun names ("Enver Hoxha - nga cili grup komunist vinte?": the Korca group). None when the
    query is no such thing (a question of the name itself: "Haxhi Lleshi - kush ishte?"), its
    first part names nothing by itself, or the question read so gives that one itself or
    nothing."""
    parts = _SETTING_APART.split(query.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    named, question = parts
    opening = _folded_words(question.split()[:2])
    after_a_preposition = bool(opening) and opening[0] in _BEFORE_WHICH
    if after_a_preposition:  # "nga cili grup ...", "in which group ..."
        opening = opening[1:]
    if not opening or opening[0] not in _OPENING_A_QUESTION:
        return None
    if not _OPENING_A_QUESTION.isdisjoint(_folded_words(named.split())):
        return None  # "who was the man - the one who ...": a question before, not a name
    leading = any(t in _LEADING or not _LEADING.isdisjoint(synonyms_of(t)) for t in terms(question))
    # "nga cili grup ...", "in which group ...": read as the kind its noun names; not a choice
    # offered ("per cilen pale - Ballin apo LNC?") nor "which" that says more of the name
    # ("Balli Kombetar, which sided with the Germans").
    offered = not _OR.isdisjoint(_folded(word.strip(_CLOSING)) for word in question.split()[1:])
    which = (
        opening[0] in _WHICH_IN_ALBANIAN or (after_a_preposition and opening[0] in _WHICH)
    ) and not offered
    if not leading and not which and not _asks_who_was_in_it(question):
        return None  # "Skender Muco - who was he?", "..., ku ishte Enveri": of the name itself
    try:
        alone = resolve(base, named, prefer, read_as)
        # Read as the question asks, not as the name's noun describes ("Keshilli": a body).
        put_first = f"{question.rstrip(' ?!.')} {named}"
        asked = resolve(base, put_first, prefer, described_kinds(put_first, prefer) if which else ())
    except (NotFound, Ambiguous):
        return None
    return asked if asked[0].id != alone[0].id and asked[0].kind in prefer else None


# The prepositions a question set apart after a name may open with before its question word:
# "Enver Hoxha - nga cili grup vinte?" (from which group did he come), "in which ...".
_BEFORE_WHICH = frozenset(["in", "from", "of", "to", "with", "for", "ne", "nga", "me", "per", "te", "prej"])


# What asks who was in a body named before the question, by a word of being in it and one that
# points back to it: "Regency Council - who was in it?", "who was a member of it", "kush ishte
# anëtar i tij".
_BEING_IN = frozenset(["in", "inside", "member", "part", "anetar"])  # not "its members": all of them
_BACK_TO_IT = frozenset(["it", "its", "tij", "saj", "tyre"])


def _asks_who_was_in_it(question: str) -> bool:
    """Whether a question set apart after a name asks who was in what it names: "who", and a
    word of being in it (_BEING_IN) a word or two before one that points back to it
    (_BACK_TO_IT): "who was in it?", "who was a member of it" (not "who was he?", nor "what is
    it in English?", nor "who commanded it when it was formed in July")."""
    said = _folded_words(question.split())
    being_in = any(
        word in _BEING_IN and not _BACK_TO_IT.isdisjoint(said[at + 1 : at + 3])
        for at, word in enumerate(said)
    )
    return being_in and not _WHO.isdisjoint(said)


FIRST_YEAR = 1800  # a number of four digits below it counts: "a garrison of 1000 Italians"


def _of_the_year_said(query: str, entity: Entity) -> bool:
    """Whether an event may be what a query that places it in one year ("of March 1941", "in
    1944") asks for: its dates fall, at least in part, within that year. An event of 1944 is
    not "the spring offensive of March 1941", which the sources do not tell of. True for
    another entry, an event without dates, or a query that places it in no year or several;
    a year only claimed ("the Peza conference, that was 1943 right?") places nothing."""
    words = [word.strip(_OPENING + _CLOSING).casefold() for word in query.split()]
    years = {
        w
        for at, w in enumerate(words)
        if at and _year(w) and int(w) >= FIRST_YEAR and words[at - 1] in _BEFORE_A_YEAR
    }
    if entity.kind is not Kind.EVENT or len(years) != 1 or entity.bounds == (None, None):
        return True
    return _in_year(entity, years.pop())


# The kinds of place a question may ask for that no place of another is: a village is no
# country (a village may be a town or an area to the sources, whose types are coarse).
_SETTLEMENTS = frozenset(terms("village town city port hamlet fshat qytet"))
_PLACE_KINDS = {
    "settlement": _SETTLEMENTS,
    "country": frozenset(terms("country")),
    "river": frozenset(["river"]),
}


def _other_kind_of_place(query: str, entity: Entity) -> bool:
    """Whether a query asks for a kind of place (asked_noun: "in which village ...") that the
    place read is not, by its type: a village is not a country nor a river."""
    noun, kind = asked_noun(query), terms(entity.type or "")
    if entity.kind is not Kind.PLACE or not kind:
        return False
    asked = next((name for name, nouns in _PLACE_KINDS.items() if noun in nouns), None)
    own = next((name for name, nouns in _PLACE_KINDS.items() if kind[0] in nouns), None)
    return asked is not None and own is not None and asked != own


def _in_year(event: Entity, year: str) -> bool:
    """Whether an event's dates fall, at least in part, within a year ("1944")."""
    return overlaps(*event.bounds, f"{year}-01-01", f"{year}-12-31")


def _resolved(
    base: FactBase, query: str, prefer: Sequence[Kind], read_as: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]]:
    """resolve() of a query as_asked() reads it."""
    given = by_id(base, query)
    if given is not None:  # person:abaz-kupi
        return given
    index = base.index
    dated = named_with_year(base, query)
    if dated is not None:  # "the liberation of Tirana in 1944"
        event, allowed = dated
        if not allowed:  # "... in 1943": another, which the sources do not know
            raise NotFound(query, candidates_of(base, [(event.id, MATCH_MIN, OTHERWISE)], None))
        return event, (Candidate(event, 100.0, True, NAME_AND_YEAR),)
    unnumbered = named_with_ordinal(base, query)
    if unnumbered is not None:  # "the second Mukje conference": there was one
        raise NotFound(query, candidates_of(base, [(unnumbered.id, MATCH_MIN, OTHERWISE)], None))
    ranked = _numbered_as_asked(base, rank(index.find(query), index.kinds, prefer), query)
    chosen = decide(ranked, index.kinds, prefer)
    if chosen is not None and index.kinds[chosen] is not Kind.PLACE:
        # "Gjirokastër in 1940" asks of the town, not of the ambush on the way to it (November
        # 1940), whose name holds both words.
        placed = placed_first(base, query, prefer)
        if placed is not None:
            return placed
    if chosen is not None:
        return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    good = [c for c in ranked if c[1] >= MATCH_MIN]
    if good:
        raise Ambiguous(query, candidates_of(base, good[:LISTED], None), len(good))
    swapped = _swapped_name(base, query, prefer)  # read only now: the table costs a file read
    if swapped is not None:  # "Valona": Vlora, as the sources write it
        return swapped, (Candidate(swapped, 100.0, True, READ_AS),)
    nominative = _nominative(query)  # "Baba Fajo i Martaneshit": a slip of Baba Faja Martaneshi
    called = named_with_noun(base, query) or named_in_albanian(base, query, prefer)
    called = called or (_named(base, nominative, prefer) if nominative != query else None)
    if called is not None:  # "the village of Labinot", "organizata Legaliteti", "grupi i Korçës"
        return called
    described = (
        renamed_asked(base, query, prefer)
        or founder_asked(base, query, prefer)
        or leader_asked(base, query, prefer)
        or part_which(base, query, prefer)
        or beside_which(base, query, prefer)
        or placed_first(base, query, prefer)
        or placed_beside(base, query, prefer)
        or done_to_described(base, query, prefer)
        or done_to_event(base, query)
        or named_in_question(base, query, prefer)
        or named_as_called(base, query, prefer)
        or named_for(base, query, prefer)
        or named_and_described(base, query, prefer)
        or named_in_quotes(base, query, prefer)
        or named_apart(base, query, prefer)
    )
    led = _led_asked(base, query, asking=False) if Kind.PERSON in prefer else None
    if described is not None and (led is None or _tied_to(base, described[0], led)):
        return described  # "who was Haxhi Lleshi?", "the partisan leader Enver Hoxha", ...
    # A question about a person asks for someone other than what it names, whatever kind its
    # words describe ("the body the Germans installed as a collaborationist government").
    read = read_words(base, query, read_as or prefer, asked=Kind.PERSON in prefer)
    # Else, for people described as a group ("the Italian soldiers who ..."), the body they
    # formed: not for one person ("the general ..."), nor for a thing ("the SS division ...").
    people = (Kind.PERSON,)
    if read is None and tuple(read_as) == people and tuple(prefer) != people and describes_a_group(query):
        read = read_words(base, query, prefer, asked=Kind.PERSON in prefer)
    if led is not None and read is not None and not _tied_to(base, read[0], led):
        read = None  # "who led ELAS": not Abaz Kupi, whom no fact ties to ELAS
    if read and (not _called(query) or _names_hold(read[0], query, base)):
        return read
    # Nothing close enough: suggest what resembles it, near spellings below the line included.
    near = {entity_id: (score, how) for entity_id, score, how in ranked}
    for entity_id, scored in index.similar(query, SUGGESTIONS).items():
        if entity_id not in near or near[entity_id][0] < scored[0]:
            near[entity_id] = scored
    raise NotFound(query, candidates_of(base, rank(near, index.kinds, prefer)[:SUGGESTIONS], None))


# The words that ask what something was later named, in English and Albanian ("si u quajt më
# vonë", how was it called later; "u riemërua", was renamed), and those around them.
_RENAMING = frozenset(["renamed", "riemerua", "riemeruar", "riemeruan"])
_LATER_NAMED = frozenset(["called", "named", "known", "quajt", "quajtur", "quhej"])
_LATER = frozenset(["later", "afterwards", "subsequently", "vone", "pastaj"])
_RENAMING_FRAME_WORDS = "what was is it its did the later afterwards subsequently new name become became"
_RENAMING_FRAME_WORDS += " si u me vone pastaj cili ishte emri i ri as"
_RENAMING_FRAME = frozenset(_RENAMING_FRAME_WORDS.split())


def renamed_asked(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query names and asks what it was renamed, or called later: "what was the
    National Liberation Movement later renamed", "Lëvizja Nacionalçlirimtare si u quajt më
    vonë". It is itself, under another name its name facts give; so only one with two names
    or more (NAME facts). None when the words ask no such thing or name no such one."""
    words = [_folded(word.strip(_OPENING + _CLOSING + "-–—")) for word in query.split()]
    renaming = not _RENAMING.isdisjoint(words)
    later = not _LATER.isdisjoint(words) and not _LATER_NAMED.isdisjoint(words)
    if not (renaming or later):
        return None
    asked = _RENAMING | _LATER_NAMED | _RENAMING_FRAME
    named = _named_alone(base, " ".join(word for word in words if word and word not in asked), prefer)
    if named is None or named.kind not in prefer:
        return None
    names = {fact.value for fact in named.facts if fact.property == NAME}
    return _read_as(base, named.id, []) if len(names) >= 2 else None


# The verbs and nouns of founding, folded, in English and Albanian ("kush e krijoi", who
# created it; "themeluesi", the founder), and the pronouns that stand for what was founded.
_FOUNDING_WORDS = "founded created formed established krijoi krijuan themeloi themeluan formoi formuan kriju"
_FOUNDING = frozenset(_FOUNDING_WORDS.split())
_FOUNDERS_WORDS = "founder founders themeluesi themeluesit krijuesi krijuesit"
_FOUNDERS = frozenset(_FOUNDERS_WORDS.split())
_FOUNDED_IT = frozenset(["it", "them", "e", "i", "up"])
_WHO = frozenset(["who", "kush"])


def founder_asked(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """Who founded an organisation the query names, where it asks so: "Ushtria
    Nacionalclirimtare - kush e krijoi?" (the National Liberation Army, who created it), "who
    formed the Antonio Gramsci battalion", "founder of the Unity Front". The answer is the one
    founder the facts give (founders); None when they give none or several (the Communist
    Party's four groups), or the query asks otherwise."""
    if Kind.PERSON not in prefer:
        return None
    named = _org_asked(base, query, _FOUNDING, _FOUNDERS)
    if named is None:
        return None
    found = founders(base, named)
    return _read_as(base, found[0].id, []) if len(found) == 1 else None


def _set_up(said: Sequence[str], at: int) -> int:
    """How many words after "set" at `at` make it "set up" (1), or "set it up" (2); else 0."""
    if said[at] != "set":
        return 0
    ups = (["up"], ["it", "up"])
    return next((len(rest) for rest in ups if said[at + 1 : at + 1 + len(rest)] == rest), 0)


def _org_named(base: FactBase, words: Sequence[str], exactly: bool = False) -> Entity | None:
    """The organisation these words name (by a name in any of its Albanian forms, or, unless
    `exactly`, by a name that holds them or with a noun that says what it is: not "the
    occupation forces", "the communist delegation"), an aside in brackets set aside:
    "Ushtrine Nacionalclirimtare (UNC)"; else None."""
    name = re.sub(r"\([^)]*\)", " ", " ".join(words)).strip(" -–—,:;?!.")
    kinds = (Kind.ORGANISATION,)
    if not name:
        return None
    if exactly:  # its name or a slip of it, not a name that holds its words
        index = base.index
        spelt = {e: scored for e, scored in index.find(name).items() if scored[1] != BY_WORDS}
        chosen = decide(rank(spelt, index.kinds, kinds), index.kinds, kinds)
        return base.get(chosen) if chosen is not None and index.kinds[chosen] is Kind.ORGANISATION else None
    found = _named(base, name, kinds) or named_with_noun(base, name) or named_in_albanian(base, name, kinds)
    return found[0] if found is not None and found[0].kind is Kind.ORGANISATION else None


def _org_opening(base: FactBase, words: Sequence[str], exactly: bool = False) -> Entity | None:
    """The organisation the longest run of words that opens `words` and ends where a phrase
    may (_phrase_ends) names (_org_named): "the national liberation army on 10 july 1943"
    names the army; "the partisan army's general staff" nothing, not "the partisans"."""
    ends = [end for end in range(len(words), 0, -1) if _phrase_ends(words, end)]
    return next((found for end in ends if (found := _org_named(base, words[:end], exactly))), None)


def _phrase_ends(words: Sequence[str], end: int) -> bool:
    """Whether a noun phrase may end before the word at `end`: at the last word, a mark, a
    dash, a word such as "in" or "that" (_PHRASE_BOUNDS), or an abbreviation of the name ("...
    UNC me 10 ...")."""
    return (
        end == len(words)
        or words[end - 1][-1:] in ",;:?!.)"
        or not words[end].strip("-–—")
        or _folded(words[end]) in _PHRASE_BOUNDS
        or (len(words[end]) > 1 and words[end].isupper())
    )


# The words that may follow a noun phrase, which they end: prepositions, conjunctions and the
# words that open a clause, in English and, folded, Albanian. Not a verb ("the german made
# government" is no "the german").
_PHRASE_BOUNDS_WORDS = (
    "in at of on during from to with by for that which who whom whose when where while and or after"
    " before until since ne me nga qe gjate pas para per deri kur ku"
)
_PHRASE_BOUNDS = frozenset(_PHRASE_BOUNDS_WORDS.split())


# The verbs and nouns of leading, folded, in English and Albanian ("kush e drejtonte", who
# led it; "komandanti i", the commander of).
_LEADING_VERB_WORDS = (
    "led commanded headed lead leads command commands heads ran drejtonte drejtoi udhehiqte udhehoqi"
    " komandonte komandoi kryesonte kryesoi"
)
_LEADING_VERBS = frozenset(_LEADING_VERB_WORDS.split())
_LEADER_NOUN_WORDS = (
    "leader leaders commander head chief chairman komandanti udheheqesi kreu drejtuesi kryetar kryetari"
)
_LEADER_NOUNS = frozenset(_LEADER_NOUN_WORDS.split())


def _led_asked(base: FactBase, query: str, asking: bool = True) -> Entity | None:
    """The organisation a question asks who led, where it names it (_org_asked): "who led
    ELAS", "the commander of the 21st Division of Waffen-SS", "Legaliteti - kush e drejtonte?";
    not `asking`, also "August Schmidhuber, commander of the Skanderbeg SS division"; else
    None."""
    return _org_asked(base, query, _LEADING_VERBS, _LEADER_NOUNS, asking)


# The words a question may open with before the noun of one it asks for: "who was the leader
# of ...", "kush ishte kryetar i ...".
_ASKING_FRAME_WORDS = "who whos who's was is were the a kush ishte eshte cili"
_ASKING_FRAME = frozenset(_ASKING_FRAME_WORDS.split())
_CLITICS = frozenset(["e", "i"])  # Albanian's pronouns of the object before the verb: "kush e krijoi"


def _org_asked(
    base: FactBase, query: str, verbs: Set[str], nouns: Set[str], asking: bool = True
) -> Entity | None:
    """The organisation a question names as what one of its `verbs` was done to, or what one of
    its `nouns` is of: "who created the army", "kush e krijoi ushtrinë" (the verb first, the
    name after it); "Ushtria Nacionalçlirimtare - kush e krijoi?", "Legaliteti, who led it?" (the
    name first, set apart, or taken up by a pronoun); "the founder of the Unity Front" (the noun
    after the question's opening words only, when `asking` for an answer). Not "the ballist
    who headed their delegation", nor "Safet Butka, komandanti i ballit" (unless not `asking`):
    None."""
    words = query.split()
    said = [_folded(word.strip(_CLOSING)) for word in words]
    for at, word in enumerate(said):
        if word in nouns and at + 1 < len(said) and said[at + 1] in _OF_IN_EITHER:
            if set(said[:at]) <= _ASKING_FRAME or not asking:
                return _org_opening(base, words[at + 2 :], exactly=True)
            return None
        up = _set_up(said, at)  # "who set (it) up the ...": the name after "up"
        if (word not in verbs and not up) or _WHO.isdisjoint(said[max(at - 2, 0) : at]):
            continue
        asker = max(i for i in range(max(at - 2, 0), at) if said[i] in _WHO)
        between, after = said[asker + 1 : at], said[at + 1 + up :]
        if not set(between) <= _FOUNDED_IT:
            return None
        if not asker:  # "who created the army ...", "kush e krijoi ushtrinë ..."
            return _org_opening(base, words[at + 1 + up :], exactly=True)
        apart = not words[asker - 1].strip("-–—") or words[asker - 1][-1] in ",:;"
        taken_up = bool(set(between) & _CLITICS) or not after or after[0] in _FOUNDED_IT
        before = [w for w in words[:asker] if w.strip("-–—")]
        return _org_named(base, before) if (apart or taken_up) and before else None
    return None


def leader_asked(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """Who led an organisation the question names (_led_asked), when its facts give one leader
    (leaders) and the question does not say when (_held_when): "Legaliteti - kush e
    drejtonte?" is Abaz Kupi; None otherwise."""
    if Kind.PERSON not in prefer or _held_when(query) or _guesses_a_name(base, query):
        return None
    led = _led_asked(base, query)
    found = leaders(base, led) if led is not None else []
    return _read_as(base, found[0].id, []) if len(found) == 1 else None


def _guesses_a_name(base: FactBase, query: str) -> bool:
    """Whether a query ends with a name the user guesses that the fact base does not hold
    (_name_set_apart): "who led the Balli Kombetar in Kosovo -- Xhafer Deva?" asks of one the
    sources never name, whom its leader is not."""
    words = query.split()
    last = words[-1].strip(_OPENING + _CLOSING) if words else ""
    return bool(last) and not base.known_terms(terms(last)) and _name_set_apart(base, words, len(words) - 1)


# The words that say when one led, which a leader_of fact may not fit: "when it was formed",
# "in 1943", "the first commander", "after Mukje".
_WHEN_LED = frozenset(["when", "kur", "first", "pare", "after", "before", "pas", "para", "then", "until"])


def _held_when(query: str) -> bool:
    """Whether a question about who led something says when (_WHEN_LED, a year, a month, the
    act of founding), which the one leader its facts give need not fit."""
    said = {_folded(word.strip(_CLOSING)) for word in query.split()}
    asked = {t for word in said for t in terms(word)}
    return bool(said & (_WHEN_LED | _FOUNDING)) or any(_dated({t}) for t in asked)


def leaders(base: FactBase, organisation: Entity) -> list[Entity]:
    """Who led an organisation, as a leader_of fact says: its leader, commander, head, founder;
    not its political commissar, who stood beside the commander."""
    led = (f.subject for f in base.referencing(organisation.id) if f.property == LEADER_OF)
    return [base.get(e) for e in dict.fromkeys(led) if not _commissar_of(base.get(e), organisation)]


def _commissar_of(person: Entity, organisation: Entity) -> bool:
    """Whether every leader_of fact that ties a person to an organisation makes them its
    political commissar."""
    roles = [f.role or "" for f in person.facts if f.property == LEADER_OF and f.object == organisation.id]
    return all("commissar" in role for role in roles)


def _tied_to(base: FactBase, entity: Entity, other: Entity) -> bool:
    """Whether a fact of either ties one entity to the other, or they are one: Abaz Kupi to
    Legaliteti, which he led; not to ELAS, of which the sources name no leader."""
    if _tied_directly(entity, other) or _tied_directly(other, entity):
        return True
    # Or through one body or place between: Spiro Moisiu commanded the General Staff of the
    # army. Not through an event, which ties all who took part in it: the General Staff sent
    # envoys to ELAS, whom it did not lead.
    between = {fact.object for fact in entity.facts if fact.object}
    between |= {fact.subject for fact in base.referencing(entity.id)}
    bodies = (base.get(one) for one in sorted(between))
    return any(_tied_directly(one, other) for one in bodies if one.kind is not Kind.EVENT)


def _tied_directly(entity: Entity, other: Entity) -> bool:
    """Whether a fact of an entity ties it to another."""
    return entity.id == other.id or any(fact.object == other.id for fact in entity.facts)


# The roles of those an organisation's founding event names who founded it.
_FOUNDER_ROLES = frozenset(["founder", "founding group", "founding groups"])


def founders(base: FactBase, organisation: Entity) -> list[Entity]:
    """Who founded an organisation, as its facts and those of others say: a body that created
    it (the Korça group: the Communist Party), a participant in its founding event in a
    founder's role (the National Liberation Front: the army), one who led it as its founder
    (Abaz Kupi: the Unity Front)."""
    events = {fact.object for fact in organisation.facts if fact.property == FOUNDED and fact.object}
    found = [
        fact.subject
        for fact in base.referencing(organisation.id)
        if (fact.property == CREATED and base.get(fact.subject).kind is not Kind.EVENT)
        or (fact.property == LEADER_OF and fact.role == "founder")
    ]
    for event in sorted(events):
        found += [
            fact.object
            for fact in base.get(event).facts
            if fact.property == PARTICIPANT and fact.object and fact.role in _FOUNDER_ROLES
        ]
    return [base.get(e) for e in dict.fromkeys(found) if e != organisation.id]


# The words that set aside one the query names, to ask for another: "who led the delegation
# besides Dishnica", "which group apart from the communists ...".
_BESIDES = frozenset(["besides", "alongside", "except"])
# And those that set aside a person another shared a deed with: "who co-led the delegation together
# with the Politburo member", "bashkë me Myslim Pezën" (not a body or a place: "fighting together
# with the partisans").
_WITH_ONE = frozenset([("together", "with"), ("along", "with"), ("next", "to"), ("bashke", "me")])
# And "with", where a deed is said to be shared: "who co-led the delegation with ...".
_WITH = frozenset(["with"])


def _shared_deed(folded: Sequence[str]) -> bool:
    """Whether words (folded: "co-led" is "co led") say a deed was shared ("co-led",
    "co-headed"), so that "with" one sets that one aside."""
    return any(word.startswith("co ") for word in folded)


_BESIDES_TWO = frozenset(
    [("apart", "from"), ("aside", "from"), ("other", "than"), ("except", "for"), *_WITH_ONE]
)


def other_than(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The answer to a query that sets aside one it names ("who was the other guy leading the
    partisan side at Mukje besides Dishnica?"): the words read without that one's, never that
    one, and of that one's kind (Mustafa Gjinishi, not Dishnica nor the party). The one set
    aside is what the words up to the clause's end name or describe, if they are few ("besides
    the Politburo member?"), else the longest name that opens them ("besides myslim peza led
    ..."). Ambiguous where the words lead to several, NotFound to none; None when the query
    sets none aside of the kinds asked for."""
    words = query.split()
    folded = _folded_words(words)
    at = next((at for at in range(len(words) - 1) if tuple(folded[at : at + 2]) in _BESIDES_TWO), None)
    width = 2  # "except for", before "except"
    if at is None:
        at = next((at for at, word in enumerate(folded) if word in _BESIDES), None)
        width = 1
    shared = at is None and _shared_deed(folded)
    if shared:  # "who co-led the delegation with the Politburo member"
        at = next((at for at, word in enumerate(folded) if word in _WITH), None)
    if at is None:
        return None
    start = at + width
    end = _clause_end(words, start)
    # What is set aside opens with a name or an article: not "alongside once the deal collapsed".
    if start == end or folded[start] in STOP_WORDS - _ARTICLES:
        return None
    stop, found = end, None
    if end <= start + DESCRIBED_WORDS:  # "besides the Politburo member?", "besides dishnica"
        try:
            found = resolve(base, " ".join(words[start:end]), prefer)
        except (NotFound, Ambiguous):
            return None
    else:
        named = ((stop, _named(base, " ".join(words[start:stop]), ())) for stop in range(end, start, -1))
        stop, found = next(((stop, found) for stop, found in named if found is not None), (end, None))
    # What says "another" says only what the words set aside say: "the other (second) guy".
    rest = " ".join(w for w in [*words[:at], *words[stop:]] if _folded(w.strip(_CLOSING)) not in _ANOTHER_ONE)
    if found is None or len(rest.split()) < DONE_WORDS or (prefer and found[0].kind not in prefer):
        return None
    with_one = shared or tuple(folded[at : at + 2]) in _WITH_ONE
    if with_one and found[0].kind is not Kind.PERSON:
        return None  # "the village next to Mukje": one placed by it (placed_beside)
    set_aside = found[0].id
    ranked, chosen = _another_of_kind(base, rest, found[0], prefer)
    body = _body_of(base, rest.split())
    if body is not None and body.id != set_aside:  # "other members of the regency council": its
        ranked = [c for c in ranked if _tied_to(base, base.get(c[0]), body)]
        chosen = chosen if any(c[0] == chosen for c in ranked) else None
    partners = _partners(base, set_aside) if with_one else set()
    beside = [candidate for candidate in ranked if candidate[0] in partners]
    if beside:  # "who led the delegation along with Dishnica": one who led it as he did
        return base.get(beside[0][0]), candidates_of(base, beside[:LISTED], beside[0][0])
    if chosen is not None:
        return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    if ranked:
        raise Ambiguous(query, candidates_of(base, ranked[:LISTED], None), len(ranked))
    raise NotFound(query, candidates_of(base, [(set_aside, MATCH_MIN, OTHERWISE)], None))


def _body_of(base: FactBase, words: Sequence[str]) -> Entity | None:
    """The organisation a query names whole after "members of" ("the other members of the
    Regency Council", "anëtarët e Këshillit"), else None: not "the delegation of ...", which
    its members need not be of."""
    folded = _folded_words(words)
    at = next(
        (at for at in range(1, len(words)) if folded[at] in _OF_IN_EITHER and folded[at - 1] in _MEMBERS),
        None,
    )
    return None if at is None else _org_opening(base, words[at + 1 :], exactly=True)


_MEMBERS = frozenset(["member", "members", "anetar", "anetare", "anetaret", "anetari"])  # "members of"


def _another_of_kind(
    base: FactBase, rest: str, set_aside: Entity, prefer: Sequence[Kind]
) -> tuple[list[tuple[str, float, str]], str | None]:
    """The entries the rest of a query's words lead to, of the kind of the one it sets aside and
    never that one (read_text), with the one clearly ahead: "who besides Dishnica" asks for a
    person, "Vlorë and where else" for a place."""
    ranked, chosen, _ = read_text(
        base, as_asked(base, rest), (set_aside.kind,), Kind.PERSON in prefer, {set_aside.id}
    )
    return ranked, chosen


def _partners(base: FactBase, entity_id: str) -> set[str]:
    """Those who share a deed with one: another subject of a fact that has its property, object
    and role, or another object of one that has its subject, property and role (Mustafa
    Gjinishi led the National Liberation Movement's delegation at Mukje, as Ymer Dishnica did)."""
    own = {(f.property, f.object, f.role) for f in base.get(entity_id).facts if f.object}
    cited = {(f.subject, f.property, f.role) for f in base.referencing(entity_id)}
    found = {
        f.subject
        for target in {o for _, o, _ in own}
        for f in base.referencing(target)
        if (f.property, f.object, f.role) in own
    }
    found |= {
        f.object
        for subject in {s for s, _, _ in cited}
        for f in base.get(subject).facts
        if f.object and (f.subject, f.property, f.role) in cited
    }
    return found - {entity_id}


# What asks for another after a name: "Vlorë and where else", "Haxhi Lleshi and who else", the
# Albanian "Zagori dhe ku tjetër", "komunistat edhe kush tjetër".
_AND_ALSO = frozenset(["and", "dhe", "edhe", "e", "&"])
_ELSE = frozenset(["else", "tjeter"])


def another_than_named(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The answer to a query that names one and asks which else ("the battle of 9 June 1944,
    in Vlorë and where else?"): the rest of its words read for another of that one's kind, as
    other_than reads them (Gjirokastër). The one named is the longest name, of up to
    NAME_WORDS words, that ends the words before "and". None where the query asks no such
    thing or names none of the kinds asked for just before it."""
    words = query.split()
    folded = _folded_words(words)
    asking = _QUESTION_WORDS | _ALBANIAN_QUESTION_WORDS
    at = next(
        (
            at
            for at in range(1, len(words) - 2)
            if folded[at] in _AND_ALSO and folded[at + 1] in asking and folded[at + 2] in _ELSE
        ),
        None,
    )
    if at is None:
        return None
    before = words[:at]
    before[-1] = before[-1].rstrip(_CLOSING)
    named = (
        (start, _named(base, " ".join(before[start:]), prefer))
        for start in range(max(0, at - NAME_WORDS), at)
    )
    start, found = next(((start, found) for start, found in named if found is not None), (at, None))
    if found is None:
        return None
    rest = " ".join([*words[:start], *words[at + 3 :]])
    ranked, chosen = _another_of_kind(base, rest, found[0], prefer)
    if chosen is None:
        return None
    return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)


# The words that offer a choice of two names at a question's end: "..., Balli or Legaliteti?",
# Albanian "Balli a Legaliteti?", "apo", Italian "o", French "ou", German "oder".
_OR = frozenset(["or", "a", "apo", "o", "ou", "oder"])


# What sets the choice apart from the question: a comma, a question mark ("... 12 dite pas
# Tiranes? Shkodra apo Vlora"), a dash or a colon.
_OFFER_SET_APART = re.compile(r"[,?:]\s+|\s+[-–—]+\s+")
# The prepositions each name offered may open with: "me ballistet apo me partizanet", "with the
# Balli or with the LNC side", "në veri apo në jug".
_OFFERED_WITH = frozenset(["with", "me", "in", "ne", "for", "per", "on", "the"])


def _offered(words: Sequence[str]) -> str:
    """The name a side of a choice offers, without the prepositions it opens with."""
    kept = list(words)
    while len(kept) > 1 and _folded(kept[0]) in _OFFERED_WITH:
        kept.pop(0)
    return " ".join(kept)


def one_of_named(
    base: FactBase, query: str, prefer: Sequence[Kind], read_as: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The one of two names a question offers after its last comma, question mark, dash or
    colon (_OFFER_SET_APART: "which side went over to the Germans, Balli or Legaliteti?"), each
    perhaps after a preposition (_offered), that the rest of its words rank first. None unless each
    side of the "or" names one entry of the kinds asked for, the two are not one, and the rest
    ranks one of them ("where was the battle of 9 June, Vlora or Gjirokastra?": both, read
    whole)."""
    parts = _OFFER_SET_APART.split(query.rstrip(_CLOSING + " "))
    rest, offered = " ".join(parts[:-1]), parts[-1]
    words = offered.split()
    at = next((at for at in range(1, len(words) - 1) if _folded(words[at]) in _OR), None)
    if not rest.strip() or at is None:
        return None
    kinds = read_as or prefer
    first, second = _named(base, _offered(words[:at]), kinds), _named(base, _offered(words[at + 1 :]), kinds)
    if first is None or second is None or first[0].id == second[0].id:
        return None
    offered_ids = {first[0].id, second[0].id}
    ranked, _, _ = read_text(base, as_asked(base, rest), kinds, Kind.PERSON in prefer)
    kept = [found for found in ranked if found[0] in offered_ids]
    return (base.get(kept[0][0]), candidates_of(base, kept, kept[0][0])) if kept else None


_AFTER = frozenset(["after", "following"])
AFTER_WORDS = 6  # the most words of a clause that says after which event


def after_event(
    base: FactBase, query: str, prefer: Sequence[Kind], read_as: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The event a query asks for that it places after another it names in a last clause of up
    to AFTER_WORDS words ("the first big fight with the Germans after Italy surrendered"): the
    rest of the words, read alone, which the clause's words need not hold (the sources say
    "immediately after the German occupation"). None where the clause names no dated event,
    the rest reads clearly as no event, as that event itself or as one that ended before it
    began; then the words are read whole (what else a clause of time asks of is not told by
    dates: "the nationalists who went over to the Germans after Italy gave up")."""
    words = query.split()
    folded = [_folded(word) for word in words]
    at = next(
        (at for at in range(len(words) - 2, 1, -1) if folded[at] in _AFTER and folded[at - 1] not in _GOING),
        None,
    )
    if at is None:
        return None
    end = _clause_end(words, at + 1)
    clause = " ".join(words[at + 1 : end]).rstrip(_CLOSING)
    if not clause or end - at - 1 > AFTER_WORDS:
        return None
    try:
        event, _ = resolve(base, clause, (Kind.EVENT,))
        began = event.bounds[0]
        if event.kind is not Kind.EVENT or began is None:
            return None
        found = resolve(base, " ".join(words[:at] + words[end:]), prefer, read_as)
    except (NotFound, Ambiguous):
        return None
    ended = found[0].bounds[1]
    if found[0].kind is not Kind.EVENT or found[0].id == event.id or (ended is not None and ended < began):
        return None
    return found


WHOSE_WORDS = 4  # the most words of the name after "whose"


def whose_it_is(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """The person a question for a person that opens with "whose" and an organisation's name
    asks for: the one the sources say led it ("whose legaliteti was part of the National
    Liberation Movement?": Abaz Kupi). The name is the longest of up to WHOSE_WORDS words after
    "whose", or before Albanian's "(i) kujt" ("Legaliteti i kujt ishte"); None where none names
    an organisation, or it had no one leader or several."""
    words = [word.strip(_OPENING + _CLOSING) for word in query.split()]
    if prefer[:1] != (Kind.PERSON,) or not words:
        return None
    folded = [_folded(word) for word in words]
    if "kujt" in folded[1:]:  # Albanian: "Legaliteti i kujt ishte?" (whose was Legaliteti?)
        words = ["whose", *words[: folded.index("kujt")]]  # the name's run ends before "i"
    if words[0].casefold() != "whose":
        return None
    for stop in range(min(len(words), WHOSE_WORDS + 1), 1, -1):
        named = _named(base, " ".join(words[1:stop]), (Kind.ORGANISATION,))
        if named is not None:
            leaders = {
                fact.subject
                for fact in base.referencing(named[0].id, NAMED_FACTS)
                if fact.property == LEADER_OF and base.get(fact.subject).kind is Kind.PERSON
            }
            return base.get(leaders.pop()) if len(leaders) == 1 else None
    return None


# What follows a name to say its members, not more of the name: "the legaliteti people".
_ITS_PEOPLE = frozenset(["people", "lot", "folks", "crowd", "men", "boys", "crew", "gang", "mob"])
ROLE_VERB_WORDS = 4  # the most words of "who was in charge of" before "the" and a name
ORGANISATION_WORDS = 5  # the most words of an organisation's name after them


def holder_of_named(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """The one who held the role a question for a person asks of the organisation it names
    right after the verb and "the" (_holder_asked): "who headed the regency council the Germans
    set up in 1943" is Ibrahim Biçoku, whatever the clause after the name says. The name is the
    longest run of up to ORGANISATION_WORDS words that names one organisation as a whole (a word
    alone, before the end, a stop word or a participle: not "the communist delegation"); where
    the sources name no leader of it, the one person they place in it (_only_member). None when
    there is none, or no one holder of the role the words ask, or the one holder held it at
    another time than the one the query gives."""
    words = query.split()
    folded = _folded_words(words)
    if prefer[:1] != (Kind.PERSON,) or folded[:1] != ["who"] or "the" not in folded[2 : ROLE_VERB_WORDS + 2]:
        return None
    start = folded.index("the", 2) + 1
    if set(folded[1 : start - 1]) <= _AUXILIARIES:
        return None  # "who was the communist who ran ...": no role asked before the name
    for stop in range(min(len(words), start + ORGANISATION_WORDS), start, -1):
        said = " ".join(words[start:stop])
        following = folded[stop] if stop < len(words) else ""
        ends = not following or following in STOP_WORDS | _ITS_PEOPLE or following.endswith("ed")
        if stop == start + 1 and not ends:
            continue  # "the communist delegation": no name of the party, which "delegation" goes on
        named = _named(base, said, (Kind.ORGANISATION,))
        if named is not None and names_said(named[0], said):
            holder = _holder_asked(base, query, named[0], prefer) or _only_member(base, query, named[0])
            periods = _periods(query)  # "who headed the government in 1940": not who headed it later
            return holder if holder and (len(periods) != 1 or _of_its_time(holder, periods[0])) else None
    return None


def _only_member(base: FactBase, query: str, body: Entity) -> Entity | None:
    """The one person the sources place in an organisation, when a query asks who led it and
    they name no leader: the Regency Council "with Ibrahim bej Biçoku"."""
    read = query_words(base, query)
    asked = {t for group in read.groups for t in group} if read else set()
    held = [f for f in base.referencing(body.id, NAMED_FACTS) if f.property in (MEMBER_OF, LEADER_OF)]
    people = {f.subject for f in held if base.get(f.subject).kind is Kind.PERSON}
    if asked.isdisjoint(_LEADING) or len(people) != 1 or any(f.property == LEADER_OF for f in held):
        return None
    return base.get(people.pop())


# The words that ask whose side someone was on, or whom they stood for: "which side did Skënder
# Muço represent at Mukje", "përfaqësues i cilës palë ishte Hysni Lepenica"; and the words of a
# role that say so ("representative at Mukje", "delegate (Balli Kombëtar)"), not a question's.
_SIDE_WORDS = frozenset(["side", "camp", "behalf", "pale", "palen", "krah", "krahu", "kampi"])
_STANDING_ASKED = ("represent", "perfaqes")
_STANDING_FOR = (*_STANDING_ASKED, "delegat")
# The words that ask for another who stood beside one named: "who else", "w dishnica".
_BESIDE_NAMED = frozenset(["else", "other", "another", "alongside", "besides", "w", "tjeter", "pervec"])
SIDE_NAME_WORDS = 3  # the most words of the name of the one whose side is asked


def side_of_named(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """The side a question for a person or an organisation asks the people it names stood for,
    as the roles the sources give them say (_STANDING_FOR): "which side did Skënder Muço
    represent at Mukje" is the Balli Kombëtar, whose representative he was, and Ymer Dishnica
    the National Liberation Movement, whose delegation he led. None when the words ask no side,
    name no one, or open with the name (then the person is asked for, whose entry tells the side),
    or name the side too, or the roles say no one side of them all."""
    words = [_folded(word.strip(_OPENING + _CLOSING + "-")) for word in query.split()]
    if Kind.ORGANISATION not in prefer or not _BESIDE_NAMED.isdisjoint(words):
        return None  # "who else was with Dishnica representing the partisans": a person
    if not any(word in _SIDE_WORDS or word.startswith(_STANDING_ASKED) for word in words):
        return None
    people = _people_in(base, query)
    if any(names_said(base.get(person), " ".join(query.split()[:SIDE_NAME_WORDS])) for person in people):
        return None  # "Skënder Muço - which side was he on?": the man, whose own entry says it
    sides = [_sides_of(base, person) for person in people]
    found = {side for each in sides for side in each}
    if not sides or not all(sides) or len(found) != 1:
        return None  # "who was represented by Muço and Lepenica": the one side of both
    side = base.get(found.pop())
    return None if names_said(side, query) else side


# The words that ask which one of a kind ("which movement", "cilën lëvizje", "cilit komitet"),
# and the nouns of a kind of organisation that say no more than that it is one.
_WHICH_IN_ALBANIAN = frozenset(["cilen", "cilin", "cilit", "ciles", "cila", "cili", "cilat"])
_WHICH_ONE = _WHICH_IN_ALBANIAN | {"which"}
_ANY_BODY = frozenset(terms("organisation organization body organizate organizata organ group grup"))


def which_of_named(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """The organisation a query that opens with the name of a person or an organisation asks
    for by a noun of its kind after "which" (_WHICH_ONE): one the named belonged to, stood
    for or led by their own facts (else one whose facts name them), whose names say the
    noun, unless it says only "organisation" or "side" (_ANY_BODY, _SIDE_WORDS), and whose
    text and the facts between them hold the most of the query's other words: "Ymer Dishnica,
    anëtar i Byrosë Politike të cilit Komitet Qendror?" is the Central Committee of the
    Communist Party. None when the query asks no such noun, opens with no name or asks who
    ("Skender Muço - who was he, and which side ..."), or no one organisation is ahead."""
    words = query.split()
    folded = [_folded(word.strip(_OPENING + _CLOSING + "-")) for word in words]
    at = next((at for at, word in enumerate(folded[1:-1], 1) if word in _WHICH_ONE), None)
    if Kind.ORGANISATION not in prefer or at is None:
        return None
    noun = terms(folded[at + 1])
    general = not _ANY_BODY.isdisjoint(noun) or folded[at + 1] in _SIDE_WORDS
    if not general and _kind_of_noun(folded[at + 1]) is not Kind.ORGANISATION:
        return None
    named = _opening_name(base, words[:at])
    if named is None or not _ASKING_FOR_SOMEONE.isdisjoint(folded[:at]):
        return None
    own = {f.object for f in named.facts if f.object}
    own |= _sides_of(base, named.id) if named.kind is Kind.PERSON else set()
    for related in (own, {f.subject for f in base.referencing(named.id)}):
        bodies = [body for body in map(base.get, related - {named.id}) if body.kind is Kind.ORGANISATION]
        bodies = [body for body in bodies if general or any(_is_a(body, term) for term in noun)]  # levizje
        if bodies:
            break
    rest = " ".join(words[:at] + words[at + 2 :])
    read = query_words(base, rest)
    groups = read.groups if read else [{term} for term in terms(rest)]  # "anëtar" unknown: as typed
    held = {body.id: _held_between(named, body, groups) for body in bodies}
    best = sorted(held, key=lambda body: -held[body])
    if not best or (len(best) > 1 and held[best[0]] == held[best[1]]):
        return None
    return base.get(best[0])


def _names_and_type(entity: Entity) -> set[str]:
    """The terms of an entity's names and type."""
    return set(terms(" ".join((entity.name, *entity.aliases, entity.type or ""))))


def _held_between(named: Entity, body: Entity, groups: Sequence[set[str]]) -> int:
    """How many of a query's groups of terms an organisation's names and description, and the
    facts between it and the one named, hold."""
    between = [f for f in (*named.facts, *body.facts) if {f.subject, f.object} == {named.id, body.id}]
    said = " ".join([body.description, *(f"{f.role or ''} {f.value or ''}" for f in between)])
    text = _names_and_type(body) | set(terms(said))
    return sum(not group.isdisjoint(text) for group in groups)


_ANSWERING_WHO = (Kind.PERSON, Kind.ORGANISATION)


def _opening_name(base: FactBase, words: Sequence[str]) -> Entity | None:
    """The person or organisation the longest run of words that opens a query names whole."""
    for end in range(min(len(words), ORGANISATION_WORDS), 0, -1):
        said = " ".join(words[:end]).strip(_CLOSING + "-")
        named = _named(base, said, ())
        if named is not None and named[0].kind in _ANSWERING_WHO and names_said(named[0], said):
            return named[0]
    return None


_OF_WHOM = frozenset(["of", "i", "e"])  # "Legaliteti of Abaz Kupi", "Legaliteti i Abaz Kupit"
_ASKING_FOR_SOMEONE = frozenset(["who", "whom", "whose", "kush", "kujt", "ke"])


def led_by_named(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """The organisation a query names with its leader after "of" (Albanian "i", "e"), when it
    asks for no one: "Legaliteti of Abaz Kupi at Mukje", "Legaliteti i Kupit, çfarë ishte" are
    Legaliteti, whose leader the sources say he was, not the man. The name is the longest run
    of up to ORGANISATION_WORDS words before the word that names one organisation whole; None
    when the query asks who, or the one named after it did not lead it."""
    words = query.split()
    folded = _folded_words(words)
    if Kind.ORGANISATION not in prefer or not _ASKING_FOR_SOMEONE.isdisjoint(folded):
        return None
    for at, word in enumerate(folded):
        if not at or word not in _OF_WHOM:
            continue  # names are looked up only after "of"
        after = {person for person, _ in _people_from(base, words, folded, at + 1)}
        if not after:
            continue
        for first in range(max(0, at - ORGANISATION_WORDS), at):
            said = " ".join(words[first:at])
            named = _named(base, said, (Kind.ORGANISATION,))
            if named is None or not names_said(named[0], said):
                continue
            led = {f.subject for f in base.referencing(named[0].id, NAMED_FACTS) if f.property == LEADER_OF}
            if not after.isdisjoint(led):
                return named[0]
    return None


def _people_in(base: FactBase, query: str) -> set[str]:
    """The people a query names (_people_at)."""
    return {person for person, _, _ in _people_at(base, query)}


def _people_at(base: FactBase, query: str) -> list[tuple[str, int, int]]:
    """The people a query names (_people_from), with where each name begins and ends (word
    positions)."""
    typed = query.split()
    folded = [_folded(word.strip(_OPENING + _CLOSING + "-")) for word in typed]
    return [
        (person, at, end) for at in range(len(typed)) for person, end in _people_from(base, typed, folded, at)
    ]


def _people_from(
    base: FactBase, typed: Sequence[str], folded: Sequence[str], at: int
) -> list[tuple[str, int]]:
    """The people named by a name of theirs said whole from the word at `at`, with where each
    name ends: in runs of up to SIDE_NAME_WORDS words without a stop word (`folded`), one word
    only when capitalised ("Muço"), and a name no other entry has ("Peza" is the village too)."""
    people = []
    for end in range(min(len(typed), at + SIDE_NAME_WORDS), at, -1):
        said = " ".join(typed[at:end])
        if any(word in STOP_WORDS for word in folded[at:end]) or (end == at + 1 and not said[:1].isupper()):
            continue
        named = _named(base, said, ())  # a person's, not also a place's ("Peza")
        if named is not None and named[0].kind is Kind.PERSON and names_said(named[0], said):
            people.append((named[0].id, end))
    return people


# The words that say someone's birth, which the sources never tell, and those that ask for it
# after a name ("where was Ymer Dishnica born").
_BIRTH = frozenset(["birthplace", "birth", "birthday", "birthdate", "hometown", "vendlindja"])
_BORN = frozenset(["born", "lindi", "lindur"])
BIRTH_GAP = 3  # the most words between "of" and a name after "birthplace" ("of the maggiore Kupi")


def _birth_asked(base: FactBase, query: str) -> bool:
    """Whether a query asks of the birth of a person it names: "birthplace of Qemal Stafa",
    "Kupi's birthplace", "where was Ymer Dishnica born", which the sources tell of no one. Not
    of a movement ("when was the Front born"), of what a person had ("the movement of major
    Kupi born in November 1943") or of someone described ("the doctor ... born at Përmet")."""
    words = _folded_words(query.split())
    if _BIRTH.isdisjoint(words) and _BORN.isdisjoint(words):
        return False
    for _, start, end in _people_at(base, query):
        before, after = words[max(0, start - BIRTH_GAP - 1) : start], words[end : end + 2]
        of = "of" in before[-BIRTH_GAP:]
        if (of and not _BIRTH.isdisjoint(before)) or not _BIRTH.isdisjoint(after[:1]):
            return True  # "birthplace of Qemal Stafa", "Kupi's birthplace"
        if not of and not _BORN.isdisjoint([*after, *before[-1:]]):
            return True  # "where was Dishnica born", "Dishnica born when", "was born Enver Hoxha"
    return False


def _sides_of(base: FactBase, person: str) -> set[str]:
    """The organisations a person stood for, as the roles of their facts and of those that name
    them say (_stands_for): "representative at Mukje" of the Balli, "delegation leader
    (National Liberation Movement)"."""
    sides = {
        fact.object
        for fact in base.get(person).facts
        if fact.object and fact.property in (MEMBER_OF, LEADER_OF) and _stands_for(fact.role)
    }
    for fact in base.referencing(person, NAMED_FACTS):
        within = re.search(r"\(([^()]+)\)", fact.role or "") if _stands_for(fact.role) else None
        exact = base.index.names.exact([normalise(within[1])]) if within else []
        sides.update(entity for _, entity, kind, *_ in exact if kind == Kind.ORGANISATION)
    return sides


def _stands_for(role: str | None) -> bool:
    """Whether a role says its holder stood for a side: "representative at Mukje", "delegate"."""
    return any(word.startswith(_STANDING_FOR) for word in normalise(role or "").split())


def _clause_end(words: Sequence[str], start: int, stops: Set[str] = frozenset()) -> int:
    """Where the clause of a query's words that begins at `start` ends: after its first word
    that closes one ("Dishnica,", "surrendered?"), or before a dash or a word of `stops` (folded)
    that comes first."""
    end = next((j + 1 for j in range(start, len(words)) if words[j][-1:] in _CLOSING + ";:"), len(words))
    return next(
        (j for j in range(start, end) if words[j] in _DASHES or (stops and _folded(words[j]) in stops)), end
    )


DESCRIBED_WORDS = 5  # the most words of a description of the one a query sets aside
_ANOTHER_ONE = frozenset(["other", "else", "another", "second", "2nd"])


def _holder_asked(base: FactBase, query: str, entity: Entity, prefer: Sequence[Kind]) -> Entity | None:
    """The one person who holds the role a question for a person asks for in the organisation
    it was read as: "who was the leader of the royalist Legality movement" is Abaz Kupi, and
    the commander of the 1st Assault Brigade is Mehmet Shehu, not its commissar. The role (a
    leader_of fact's also "leader", "head", "led") must hold a word of the query that is not
    a word of the organisation's names, as typed or else as a synonym of it. None when the
    question asks for a thing ("which movement", and "Unity Front": a front), names the
    holder, or several hold the role; nor for a question for a figure."""
    # A noun asked for is a thing asked ("which council did Nishani chair", "the council set up
    # at Peza"), unless it is of the organisation's name after the role ("kush ishte komandant i
    # brigadës së 1 të sulmit"); a query that opens with the name asks for what it names
    # ("Ushtria Nacionalçlirimtare - who commanded it?").
    if entity.kind is not Kind.ORGANISATION or prefer[:1] != (Kind.PERSON,):
        return None
    noun, named = asked_noun(query), _name_terms(entity)
    if noun and not _noun_of_its_name(query, noun, named):
        return None
    if asks_a_number(query):  # "how many members did the council have": its own figure
        return None
    read = query_words(base, query)
    if read is None:
        return None
    held: dict[str, set[str]] = {}  # each holder's role terms
    for fact in base.referencing(entity.id, NAMED_FACTS):
        if _holds_role(fact) and base.get(fact.subject).kind is Kind.PERSON:
            role = set(terms(fact.role or "")) | (_LEADING if fact.property == LEADER_OF else set())
            held.setdefault(fact.subject, set()).update(role)
    # Not the words that name the organisation: its id "org:unity-front" asks for no one who
    # fronted it.
    asking = [(own, group) for own, group in zip(read.own, read.groups, strict=True) if named.isdisjoint(own)]
    typed = {t for own, _ in asking for t in own}
    for words in (typed, {t for _, group in asking for t in group}):
        holders = [person for person, role in held.items() if role & words]
        if holders:
            break
    said = {t for own in read.own for t in own}
    if len(holders) != 1 or named_by(base.get(holders[0]), said):
        return None
    if noun and not _name_terms(base.get(holders[0])).isdisjoint(said):
        return None  # "the assault brigade commanded by Shehu": the brigade, as its noun says
    return base.get(holders[0])


# The nouns of people (NOUN_KINDS) that name no post one holds in a body, as "the general
# commanding ..." and "the commander of ..." do: of many ("the people in ..."), of anyone
# ("the man ..."), of what one is ("the hero ...").
_NO_POST_WORDS = "man men woman person people member hero relative guy dude bloke chap lad fella fellow"
_NO_POST_WORDS += " gentleman individual youngster boy"
_NO_POST = frozenset(_NO_POST_WORDS.split())
_ASKING_ONE = _ASKING_FRAME | {"name", "of", "an"}  # "name of the general ..."


# The words that ask when or where someone's life went on elsewhere or ended (exile,
# emigration, death), each with the words of a fact that would tell it. The sources
# tell no one's but a few deaths by violence and the flight of the collaborators' leaders.
_EXILE_WORDS = "exile exiled emigrate emigrated emigration emigre mergim merguar emigroi"
_DEATH_WORDS = "died dies vdiq vdekur vdekja vdes"  # not "die", German's "the"
_LIFE = {
    **dict.fromkeys(_EXILE_WORDS.split(), frozenset(terms("fled exile"))),
    **dict.fromkeys(_DEATH_WORDS.split(), frozenset(terms("died death killed shot executed suicide"))),
}


def _life_untold(base: FactBase, query: str, entity: Entity, prefer: Sequence[Kind]) -> bool:
    """Whether a question when or where asks of an exile or a death (_LIFE: "where did King Zog live
    in exile", "when did Hasan Dosti emigrate") that no fact of the entry it was read as, nor
    one that names it, tells: not "where was Alush Kryeziu shot"."""
    told = {term for word in _folded_words(query.split()) for term in _LIFE.get(word, ())}
    if prefer[:1] not in ((Kind.EVENT,), (Kind.PLACE,)) or not told:
        return False
    facts = [*entity.facts, *base.referencing(entity.id, NAMED_FACTS)]
    texts = (text for fact in facts for text in (fact.value or "", *(c.quote for c in fact.citations)))
    return not any(told.intersection(terms(text)) for text in texts)


def _holder_untold(base: FactBase, query: str, entity: Entity, prefer: Sequence[Kind]) -> bool:
    """Whether a question for a person opens by asking for one who held a post (a noun of
    people not _NO_POST) in an organisation no fact gives anyone in a post: the one named after
    the post and "of" ("who was the editor of Zëri i Popullit"), else the one it was read as,
    named whole after the post ("who was the general commanding the German XXI Highland
    Corps"). It asks for one the sources never name, not for the body or another."""
    if entity.kind is not Kind.ORGANISATION or prefer[:1] != (Kind.PERSON,):
        return False
    words = [_folded(word.strip(_CLOSING)) for word in query.split()]
    at = next((at for at, word in enumerate(words) if word not in _ASKING_ONE), len(words))
    posts = range(at, min(at + 3, len(words)))
    post = next(
        (i for i in posts if NOUN_KINDS.get(words[i]) is Kind.PERSON and words[i] not in _NO_POST), None
    )
    if post is None:
        return False
    after = query.split()[post + 1 :]  # "the editor of Zëri i Popullit": the paper, whatever was read
    named = (
        _org_opening(base, after[1:], exactly=True) if after and _folded(after[0]) in _OF_IN_EITHER else None
    )
    said = {t for w in words[post + 1 :] for t in terms(w)}
    body = named or (entity if _said_whole(base, entity.name, said) else None)
    return body is not None and not any(_holds_role(fact) for fact in base.referencing(body.id, NAMED_FACTS))


def _noun_of_its_name(query: str, noun: str, named: Set[str]) -> bool:
    """Whether the noun a query asks for is one of an organisation's name (`named`, its terms)
    said after the role, not a thing asked ("which council", "the group of which ...") nor the
    name the query opens with."""
    opening = _words(query)[:1]
    if noun not in named or opening in (["which"], ["what"], ["the"], ["a"], ["an"]):
        return False
    said_first = {form for term in terms(" ".join(opening)) for form in (term, *synonyms_of(term))}
    return named.isdisjoint(said_first)


@functools.cache
def _table() -> dict[str, list[str]]:
    """data/synonyms.json as written: what a user may type, the words the sources use for it."""
    with open(os.path.join(bundled_path(), "synonyms.json"), encoding="utf-8") as stream:
        table: dict[str, list[str]] = json.load(stream)
    return {key: others for key, others in table.items() if not key.startswith("_")}


def _swapped_name(base: FactBase, query: str, prefer: Sequence[Kind]) -> Entity | None:
    """What the sources' name means when all of a query is one word a user swaps for it
    ("Valona", "Scutari": Vlora, Shkodra); else None."""
    others = _table().get(" ".join(query.casefold().strip("?!.,").split()), [])
    return _named_alone(base, others[0], prefer) if len(others) == 1 else None


@functools.cache
def synonyms() -> dict[str, list[str]]:
    """For a word a user may type (as its term), the words the sources use (as written:
    synonyms_of folds those it needs, not all of them on every call)."""
    found: dict[str, list[str]] = {}
    for word, others in _table().items():
        for key in [] if " " in word else terms(word):  # words of one term share
            found.setdefault(key, []).extend(others)  # "surrender", "surrendered"
    return found


@functools.cache
def phrases() -> dict[tuple[str, ...], list[str]]:
    """For the phrases of several words a user may type ("turned down", "gave up"), as their
    lower-case words, the words the sources use."""
    return {tuple(plain(key).split()): others for key, others in _table().items() if " " in key}


# The particles of a verb said in two words ("bring back"), which may follow its object
# ("bring the king back").
_PARTICLES = frozenset(["back", "up", "out", "off", "down", "over", "in"])
OBJECT_WORDS = 3  # the most words between a verb and its particle


def _phrases_at(words: Sequence[str]) -> dict[int, tuple[list[int], list[str]]]:
    """Where a query says a phrase of phrases(): its first word's position, the positions of
    its words and the words that stand for it. A phrase may be written as one word with
    hyphens ("go-between", "set-up"), and a verb's particle after its object ("bring the
    king back", "cut the garrison off": the object's words are the query's own). Diacritics
    aside: "shtabi i përgjithshëm" is the phrase "shtabi i pergjithshem"."""
    folded = [plain(word).strip("?,.!") for word in words]
    table = phrases()
    found = {
        at: (list(range(at, at + len(phrase))), others)
        for phrase, others in table.items()
        for at in range(len(folded))
        if tuple(folded[at : at + len(phrase)]) == phrase
    }
    for at, word in enumerate(folded):
        parts = tuple(word.split("-"))
        if parts in table:  # of two words or more, as every phrase is
            found.setdefault(at, ([at], table[parts]))
        for after in range(at + 2, min(at + 2 + OBJECT_WORDS, len(folded))):
            if folded[after] in _PARTICLES and (word, folded[after]) in table:
                found.setdefault(at, ([at, after], table[word, folded[after]]))
                break
    return found


# What may follow a word the synonyms know in another form of it (as terms: "protestr").
_SHORT_ENDINGS = ["", "s", "e", "r", "d", "n", "es", "er", "ed", "rs", "an", "ns", "ans", "al", "ly"]
# And what follows an Albanian noun the synonyms know, as terms keep it: "anglezëve" (of the
# English), "rrugën" (the road), "pritën" (the ambush).
_ALBANIAN_INFLECTIONS = ["ev", "ve", "it", "et", "en", "ut", "un", "ja", "ia"]
_INFLECTIONS = frozenset([*_SHORT_ENDINGS, "ing", "ion", "ions", "ment", *_ALBANIAN_INFLECTIONS])


# The endings of Albanian verbs and nouns after the terms' own folding (match.terms), longest
# first: "kapitulloi" (kapitullo), "sulmuan", "krijua" (kriju), "krijuar", "kapitullimit",
# "sulmuese", "komandonte" (komandont).
_ALBANIAN_ENDING_WORDS = "imeve imet imit imin imi im uesit uesi uese ues uar uan ojne onte onin ont oi on oj"
_ALBANIAN_ENDING_WORDS += " o u"
# And the Gheg participle's: "krijuem", "rrethuen" (krijuar, rrethuar).
_ALBANIAN_ENDING_WORDS += " uem uen"
_ALBANIAN_ENDINGS = sorted(_ALBANIAN_ENDING_WORDS.split(), key=len, reverse=True)
ROOT_LETTERS = 4  # the fewest letters the root of an Albanian word keeps ("sulm", "krij")
BARE_ROOT_LETTERS = 7  # the fewest letters of a term taken as a root with no ending ("shkatrr")


def _albanian_root(term: str) -> str:
    """A term without the Albanian ending it ends with (_ALBANIAN_ENDINGS), if its root keeps
    ROOT_LETTERS; "" when it has none: "kapitullo" and "kapitullim" are kapitull."""
    cut = [e for e in _ALBANIAN_ENDINGS if term.endswith(e) and len(term) - len(e) >= ROOT_LETTERS][:1]
    return term[: -len(cut[0])] if cut else ""


@functools.cache
def _by_root() -> dict[str, list[str]]:
    """The words the sources use for each root of a word of the synonyms that has an Albanian
    ending (_albanian_root): "kapitullimi" gives kapitull the words for capitulation."""
    found: dict[str, list[str]] = {}
    for key, others in synonyms().items():
        root = _albanian_root(key)
        if root:
            found.setdefault(root, []).extend(o for o in others if o not in found.get(root, ()))
    return found


@functools.lru_cache(maxsize=1024)
def synonyms_of(term: str) -> tuple[str, ...]:
    """The terms that may stand for a term: its synonyms, or those of the longest word of five
    letters or more the synonyms know that it begins with, when what follows is an ending
    (_INFLECTIONS: "protesters", those of protest; not "committee", those of "commies")."""
    table = synonyms()
    cuts = range(len(term), 4, -1)
    key = next((term[:cut] for cut in cuts if term[:cut] in table and term[cut:] in _INFLECTIONS), term)
    if key not in table and term.endswith("ed"):  # a short past the terms keep whole: "wiped"
        key = next((k for k in (*terms(term[:-1]), term[:-2]) if k in table), key)
    if key not in table and term[-1:] == term[-2:-1]:  # a doubled consonant: "running", "putting"
        key = term[:-1] if term[:-1] in table else key
    if key not in table and len(term) >= ROOT_LETTERS and term + "u" in table:
        key = term + "u"  # Gheg's participle: "u kriju" is "u krijua" (created), as the terms fold it
    if key not in table:  # an Albanian form of a word the synonyms know another form of
        # A long term may be a root as the terms fold it: "shkatrru" (Gheg's destroyed), shkatrr.
        root = _albanian_root(term) or (term if len(term) >= BARE_ROOT_LETTERS else "")
        return tuple(t for other in _by_root().get(root, ()) for t in terms(other))
    return tuple(t for other in table.get(key, ()) for t in terms(other))


class Words(NamedTuple):
    """The words of a query as the full text holds them: for each word, the terms that may
    stand for it (`groups`) and those that are its own forms rather than synonyms (`own`);
    and how many unknown words were passed over."""

    groups: list[set[str]]
    own: list[set[str]]
    passed: int


# The words of a query that name the form of a date asked for, as "date" does (a stop word):
# "the year ...", "what month", "yr", "the moment ...", "the time ...", the Albanian "data", and how
# exact it is ("exact day", "data e saktë").
_UNITS_OF_TIME = frozenset(
    terms("year years yr yrs month months moment moments time date dates data exact precise specific sakte")
    # And Albanian's: "dita", "ditën" (the day), "viti" (the year), "muaji" (the month), "datën".
    + terms("dita diten dite dites viti vitin vitit muaji muajin muajit daten")
    # And Italian's and German's: "giorni" (days), "esatta" (exact), "Datum", "Tag" (day), "Monat".
    + terms("giorno giorni anno mese esatta esatto datum tag monat jahr genau")
)
# The words that give an Albanian question its form, as English stop words do: its question
# words (kush, kur, ku, çka), joining words (të, së, në, që, për, nga, dhe, edhe) and forms of
# "to be" and "to have". Folded (match.fold): "të" is te.
_ALBANIAN_FORM_WORDS = "kush kur ku cili cila cilat cilet cfare qfare cka qka pse si sa te se ne qe per"
_ALBANIAN_FORM_WORDS += " nga dhe edhe ishte ishin eshte jane ka kane kishte kishin mbi tek prej nje"
# And those of Gheg and of speech: "cilin" (which), "kunder" (against), "deri" (until), "krejt",
# "gjithe" (all), "ma" (more), "ai", "ajo", "ata" (he, she, they), "bo", "ba", "bani" (made, did).
_ALBANIAN_FORM_WORDS += (
    " cilin cilen kunder kundra deri krejt gjith gjithe ma ai ajo ata ato bo ba bane bani beri bere"
)
# And "atëherë" (then), "pas" (after), "madh", "madhe" (big), "mos" (not), "çdo" (every), "bënë"
# (made), and "ja", an article written after a hyphen ("UNÇ-ja").
_ALBANIAN_FORM_WORDS += " atehere pas madh madhe mos cdo bene ja"
# And "gjatë" (during), "kohën" (the time: "në kohën e", at the time of; "në atë kohë", at that
# time), "ta" (it), and "rë",
# the ending of an ordinal written in figures ("i 1-rë": the first).
_ALBANIAN_FORM_WORDS += " gjate kohen kohe kohes koh ate ta re"
# And Gheg's: "qi" (që), "asht" (është, is), "qenë" (been), "nji" (një), "mbas", "mas" (pas, after),
# "kë" (whom), "thanë" (said), "vonë" (late), "at'herë" (then), "pasë" (had), "erdh" (came).
_ALBANIAN_FORM_WORDS += " qi asht qene nji mbas mas ke thane vone athere pase erdh"
# And the asides of speech: "a e din dikush" (does anyone know), "najkush" (Gheg's someone),
# "pra" (so), "vallë" (I wonder), "bre".
_ALBANIAN_FORM_WORDS += " din dini dikush najkush ndokush pra valle vall bre"
# And "rreth" (about, around: "rreth 3000 partizanë"), as "approx" is a stop word.
_ALBANIAN_FORM_WORDS += " rreth"
# And "ndodhi" (happened), "aty" (there), "kjo", "ky" (this), "kënd", "kujt" (whom), and
# "ndodhej" (was, of a place), "erdhën" (came), "quhet" (is called), Gheg's "kan" (have).
_ALBANIAN_FORM_WORDS += " ndodhi ndodh aty kjo ky kend kujt ndodhej ndodheshin erdhen erdhi quhet quhej kan"
# And "i tij", "i saj", "i tyre" (his, her, their).
_HIS_IN_ALBANIAN = frozenset(["tij", "saj", "tyre"])
_ALBANIAN_FORM_WORDS += " tij saj tyre"
# And an Italian speaker's: "chi era" (who was), "quando" (when), "il", "del", "della", "di".
_ALBANIAN_FORM_WORDS += " chi era quando il lo la le gli del della dei di fu ma si"
# And a German speaker's "hat" (has), a Turkish speaker's "kim" (who), "ne zaman" (when), "nerede"
# (where), "ile" (with); and Albanian's "quheshin" (were called), "atje" (there), "atij" (to him).
_ALBANIAN_FORM_WORDS += " hat kim zaman nerede ile quheshin atje atij"
# And a Spanish or French speaker's: "de" (of), "el", "los", "las", "du", "des", "cuando" (when).
_ALBANIAN_FORM_WORDS += " de el los las du des cuando"
# And a French speaker's: "qui était" (who was), "quand" (when), "où" (where), "quel" (which),
# "combien" (how many), "est", "sont" (is, are), "les", "une", "et" (and).
_ALBANIAN_FORM_WORDS += " qui etait quand ou quel quelle quels quelles combien pourquoi est sont les une et"
# And a German speaker's: "wer" (who), "wann" (when), "wo" (where), "welche" (which), "wie viele"
# (how many), "ist", "wurde" (is, was), "das", "dem", "den", "der", "ein", "eine", "im", "und".
_ALBANIAN_FORM_WORDS += " wer wann wo welche welcher welches wie viele ist wurde das dem den der ein eine"
_ALBANIAN_FORM_WORDS += " im und bei des"
# And more of an Italian or Spanish speaker's: "dove", "donde" (where), "che", "que", "cosa"
# (what), "quale", "cual" (which), "quanti" (how many), "sono" (are), "fue" (was), "nel", "con".
_ALBANIAN_FORM_WORDS += " dove donde che que cosa quale quali cual quanti quante sono fue nel nella con quien"
# And "burimi" (the source), "përmendet" (is mentioned), "këtij" (this), "tjetër", "tjera" (other),
# "nuk", "jo" (not, no), "vërtetë" (true), "diçka" (something), "ndërsa" (while).
_ALBANIAN_FORM_WORDS += (
    " burim burimi burimit burimet permendet ketij kesaj tjeter tjetri tjera nuk jo vertete dicka ndersa"
)
# And "tanë", "tonë", "tona", "jonë", "ynë" (our): "partizanët tanë"; "ashtu" (so), "duhej",
# "duhet" (must), "iu" (to him), "saktësisht" (exactly), "thuhet" (is said), "quan" (calls),
# "data", "datën" (the date).
_ALBANIAN_FORM_WORDS += " tane tanet tone tona jone yne"
_ALBANIAN_FORM_WORDS += " ashtu duhej duhet iu saktesisht thuhet quan data daten"
# And the asides of one who asks: "sipas" (according to), "pyetje" (a question), "mendoj",
# "besoj" (I think, I believe), "kam" (I have).
_ALBANIAN_FORM_WORDS += " sipas pyetje pyetja mendoj besoj kam"
# And "afërsisht", "përafërsisht" (about), as "approx" is a stop word, "kish", "pati",
# "patën" (had), and "isht" (was).
_ALBANIAN_FORM_WORDS += " afersisht perafersisht kish pati paten isht"
_ALBANIAN_FORM = frozenset(_ALBANIAN_FORM_WORDS.split())
# The words that ask when: "when", "when'd" and "when's" folded, "what date", "the day ...".
_WHEN = frozenset(["when", "whend", "whens", "date", "dates", "day", "days", "kur", "data"])
# The words that ask where: "where", "where'd", "where's" folded, the Albanian "ku".
_WHERE = frozenset(["where", "whered", "wheres", "ku"])
_WHEN_OR_WHERE = _WHEN | _WHERE
_OPENING = "\"'“‘«([{"  # what may open a word: quotes and brackets


# What may follow a place's name: "Kukës in the north", "the battle of gjorm near vlora".
_AFTER_A_PLACE = frozenset(["in", "at", "near", "during", "between", "outside", "beside", "around"])
_DOCTRINE = ("ist", "ists", "ism")  # the endings of a word of a doctrine's: "Marxist", "Stalinism"


SAYING_PARTS = 4  # the fewest words a hyphenated adjective made of a saying holds


def _hyphened_terms(base: FactBase, word: str) -> list[str]:
    """The terms of a word, or, for a word written with a hyphen that the sources write as one
    ("counter-revolutionary": counterrevolutionary), of the word joined, when a part of it is a
    term they lack."""
    split = terms(word)
    if "-" not in word.strip("-") or base.known_terms(split) == set(split):
        return split
    joined = terms(word.replace("-", ""))
    return joined if joined and base.known_terms(joined) == set(joined) else split


def query_words(base: FactBase, query: str) -> Words | None:
    """For each word of the query that carries meaning, the terms of the fact base's text that
    may stand for it: itself, its synonyms, for a long word in lower case the words that begin
    as it does but for its last two letters (defended: defence, defensive), and for a long word
    it does not hold a word one slip from it; and how many words were passed over. None when
    some word has none, except that a question of LONG_QUESTION known words or more may carry
    unknown words in lower case ("defended", "surrounded"; or the first word, capitalised as a
    sentence begins), one for every two known words: never a name, which the fact base must
    know."""
    groups: list[set[str]] = []
    own: list[set[str]] = []
    unknown: list[str] = []
    unknown_first = False  # whether the query's first word is unknown
    unknown_at: dict[str, int] = {}  # where each unknown term was said
    seen: set[str] = set()
    said = _days(query.split())
    # "when did ...", "..., when'd it ...", "where was it held", "ku u mbajt": when or where it
    # happened is asked, not whether.
    timed = any(_folded(word) in _WHEN_OR_WHERE for word in said)
    terse = _QUESTION_WORDS.isdisjoint(_as_said(said))
    aside = _aside(said)
    # A capitalised first word may be a sentence's ("Describe the ..."), not a name's
    # ("Kleisoura pass battle 1941", "Mehdi Frashëri, the ...", "Borovë, the village ...",
    # "Perugia division shot ..."), only in a sentence (one with a word such as "the"), and
    # only before a word such as "the": not before another word that names, nor set apart.
    sentence = not STOP_WORDS.isdisjoint(word.casefold().strip(",.?!") for word in said)
    apart = bool(said) and said[0].endswith((",", ":", ";"))
    # Nor before a preposition, which a place's name is more often ("Kukës in the north").
    sentence = sentence and not apart and len(said) > 1 and said[1].casefold() in STOP_WORDS - _AFTER_A_PLACE
    spans, within = _phrases_at(said), set[int]()
    # "the 15th-century hero": an ordinal of a century says when, not which one (_ordinal).
    centuries = _of_centuries(query)
    for position, word in enumerate(said):
        if position in within:
            continue
        if position in spans:  # "turned down": rejected
            taken, others = spans[position]
            known = base.known_terms(t for other in others for t in terms(other))
            if known:
                within.update(taken)
                groups.append(known)
                own.append(set())
                continue
        if position and said[position - 1].casefold() == "how" and word.casefold() in _HOW_WORDS:
            continue  # "how big was ...": the question's form, not what it is about
        if _asking_noun(said, position) or _folded(word) in _TOTALS:
            continue  # "the number of ...", "total", as "how many ..."; "the name of ...": which one
        after = said[position + 1 : position + 3]
        # Any word, even "Said" (a stop word), before "bej" and a surname is a given name.
        given = word[:1].isupper() and len(after) == 2 and _folded(after[0]) in _BEJ
        if given and _other_given_name(base, _folded(word), after[1]):
            return None  # "Said bej Kryeziu": not Gani bej Kryeziu, and none the sources name
        if _person_named_as_place(base, said, position):
            return None  # "the town of Mitrovica": Rexhep Mitrovica is no place
        if _folded(word) in _ALBANIAN_FORM or _ish_as_was(said, position):
            continue  # "kur u mbajt konferenca e mukjes": when was the Mukje conference held
        # A terse query ("Mukje talks opened"), in which no word such as "how" asks something else.
        then = timed or (terse and _event_then(said, position))
        if (then and _happened(said, position)) or position in aside:
            continue  # "when did the Mukje Conference open?", "Mukje talks opened": when it was
        if _first_holder(said, position):
            continue  # "the first leader of the party": its leader, whom the sources name
        if _of_both_sides(said, position):
            continue  # "the talks between the two sides": whoever took part, as any talks have
        if word.count("-") >= SAYING_PARTS - 1 and word.islower():
            continue  # "a don't-shoot-each-other deal": a saying made an adjective, a deal as said
        if _folded(word.strip("?,.!")) in _PASSED_OVER:
            continue  # "finally freed": when in a story, not what, even where the text says it
        if _folded(word) in _BEING_AS and position + 1 < len(said) and _folded(said[position + 1]) == "as":
            continue  # "who acted as go-between", "served as prime minister": who was
        if _calls_by_name(said, position) or (
            _calls_by_name(said, position + 1) and _kind_of_noun(word.strip(_CLOSING)) is not None
        ):
            continue  # "a village called Mukje": Mukje, which the name says alone
        # A quoted word is a word ("defended"), and so is an adjective of a doctrine: "Marxist".
        lower = word.lstrip(_OPENING)[:1].islower() or word.strip(_CLOSING).casefold().endswith(_DOCTRINE)
        plain = fold(word)
        # After a hyphen, a part in lower case is a word, not a name: "German-sponsored".
        worded = {t for part in word.split("-")[1:] if part[:1].islower() for t in terms(part)}
        for term in _hyphened_terms(base, word):
            if term in seen or term in _UNITS_OF_TIME:  # "month+year", "exact date": the answer's form
                continue
            seen.add(term)
            lowered = lower or term in worded
            known, mine = _forms_of(base, term, lowered, plain[0] if len(plain) == 1 else "")
            surname = plain[0] if len(plain) == 1 else term  # as typed, not its stem: "hoja"
            if position and term not in known and _other_surname(base, said[position - 1], surname):
                return None  # "abaz ermenji": not Abaz Kupi, and none the sources name
            if known and not mine and _what_is_named_after(said, position):
                return None  # "the treaty of London": a name, which no word for Britain is
            if _relative_of(said, position):
                return None  # "djali i Abaz Kupit": his son, whom the sources never name
            parts = [] if known else [_forms_of(base, part, lowered) for part in _compound(base, term)]
            for known_part, mine_part in parts:  # "counterattack": counter-attack
                groups.append(known_part)
                own.append(mine_part)
            if parts:
                continue
            if known:
                groups.append(known)
                own.append(mine)
            elif term in centuries or (
                (lowered or _short_number(term) or (position == 0 and word.casefold() != word and sentence))
                and not _ordinal(term)
                and not _of_what(said, position)
            ):
                if term not in _CENTURY and not _adverb(word):  # "15th century": one unknown
                    if position == 1 and unknown_first:  # "miladin popović, the ...": a name
                        return None
                    if _named_first(said, position):  # "the vulnetari, albanian village militia"
                        return None
                    kin = _relative_of(said, position) or _kin_of_name(base, said, position)
                    if kin or _kin_back(said, position):
                        return None  # "the son of Myslim Peza", "enver hoxha father", "his son": none told
                    if _name_before_noun(said, position) or _name_after_noun(said, position):
                        return None  # "the borova massacre", "the battle of gjorm": none told
                    if _post_of_unknown(said, position):
                        return None  # "the minister of education": a post the sources never tell
                    if _name_set_apart(base, said, position) or _name_after_title(base, said, position):
                        return None  # "..., fiqri dine", "marshal tito": a name none told
                    surname = next((w for w in said[1:] if w.casefold().strip(".,") not in TITLES), "")
                    if not position and surname and _other_given_name(base, term, surname):
                        return None  # "mehdi (bej) frasheri": not Mit'hat Frashëri, and none told
                    unknown.append(term)
                    unknown_first = unknown_first or position == 0
                    unknown_at.setdefault(term, position)
            elif declined := _name_declined(base, term):  # "Kosovën": Kosova, a name declined
                groups.append(declined)
                own.append(declined)
            else:
                return None
    if unknown:  # a slip in a common word ("formd", "comander"), rather than give up or pass it over
        passable = not _too_many(groups, unknown)
        for term in [t for t in unknown if len(t) >= SLIP_LETTERS and t.isalpha()]:
            if declined := _name_declined(base, term):  # "leskovikut": a name declined
                groups.append(declined)
                own.append(declined)
                unknown.remove(term)
                continue
            near = base.terms_near(term)
            if passable:  # where it could be passed over, another form of a word is none: "helpers"
                near = {n for n in near if not n.startswith(term) and not term.startswith(n)}
            if near:
                groups.append(near)
                own.append(near)
                unknown.remove(term)
            elif said_as := _synonyms_near(base, term):  # "surender": a slip in a word users swap
                groups.append(said_as)
                own.append(set())
                unknown.remove(term)
    if not groups or (unknown and _too_many(groups, unknown)):
        return None
    if any(_subject_asked(said, unknown_at[term]) for term in unknown):
        return None  # "when were the first elections after the war": what the sources never tell
    return Words(groups, own, len(unknown))


# What comes before or after "ish" where it is a short "ishte" (was), not "former" ("ish
# oficer"): a question word ("kush ish ne krye": _BEFORE_ISH_AS_WAS, with the Albanian
# question words below), or "në", "me", "një" after it.
_AFTER_ISH_AS_WAS = frozenset(["ne", "me", "nje"])


def _ish_as_was(said: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is "ish" said for "ishte" (was): "kush ish ne krye te ballit"."""
    if _folded(said[at].strip(_CLOSING)) != "ish":
        return False
    before = _folded(said[at - 1]) if at else ""
    after = _folded(said[at + 1]) if at + 1 < len(said) else ""
    return before in _BEFORE_ISH_AS_WAS or after in _AFTER_ISH_AS_WAS or not after


def _name_declined(base: FactBase, term: str) -> set[str]:
    """The terms of a name a word is with an Albanian case ending ("leskovikut", "kosoven":
    Leskovik, Kosova), as the names index holds them; empty for any other word."""
    if len(term) < SLIP_LETTERS or not term.isalpha():
        return set()
    forms = {t for form in _undeclined(term) if len(form) >= SLIP_LETTERS - 1 for t in terms(form)}
    return base.known_terms(base.index.names.word_counts(forms))


def _subject_asked(said: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is the noun a question for when or where something was asks of:
    "when were (did) the (first) elections after the war ...", not an adjective before it
    ("where was the first real battle") nor a superlative ("the worst of ...")."""
    words = [_folded(word.strip(_CLOSING)) for word in said[: at + 2]]
    after = words[at + 1] if at + 1 < len(words) else ""
    if words[at].endswith("st") or (after and after not in STOP_WORDS):
        return False
    words = words[:at]
    while words and _ordinal(words[-1]):
        words.pop()
    return len(words) == 3 and words[0] in _WHEN_OR_WHERE and words[1] in _ASKING_OF and words[2] == "the"


# The nouns of what is named after a place ("the Treaty of London", "the Conference of Moscow").
_NAMED_AFTER_A_PLACE = frozenset(
    terms("treaty treaties pact accord agreement conference congress protocol declaration convention")
)


def _what_is_named_after(said: Sequence[str], at: int) -> bool:
    """Whether the word at `at` names what a noun before "of" is named after ("the treaty of
    London"): a name, not a word for what the sources call otherwise, nor a word that denies
    one (_denying: "the pact of non-aggression")."""
    return (
        at >= 2
        and not _denying(said[at])
        and _folded(said[at]) not in _MONTH_NAMES  # "the accord of August 1943": when, not where
        and said[at - 1].casefold() == "of"
        and bool(_NAMED_AFTER_A_PLACE.intersection(terms(said[at - 2])))
    )


def named_after(query: str) -> set[str]:
    """The terms of the words a query names something after ("the Treaty of Tirana", "the Vlora
    War": Tirana, Vlora), and of its noun where it is written as a name ("Treaty"), which what
    answers it must hold: the sources' Mukje agreement is no treaty of Tirana, the Italian
    occupation (whose facts say Tirana) no treaty, their war with Greece no Vlora War."""
    said = query.split()
    after = {
        t
        for at in range(len(said))
        if _what_is_named_after(said, at)
        for t in terms(f"{said[at - 2]} {said[at]}")
    }
    # The noun stands as itself or as a word the sources use for it ("pact": agreement).
    after.update(s for t in list(after) for s in synonyms_of(t))
    before = {
        t
        for at in range(1, len(said) - 1)
        if said[at][:1].isupper() and said[at].isalpha() and _NAMED_BEFORE.intersection(terms(said[at + 1]))
        for t in terms(said[at])
    }
    return after | before


def _war_of_place_held(base: FactBase, query: str, entity: Entity) -> bool:
    """Whether an entity may answer a query that names a war after a place ("the Vlora war",
    "Kosovo war"; not the Albanian "lufta e Drashovicës", which is also a battle): its names
    must say "war" itself, not a word for it ("Battle of 9 June 1944 in the Vlora and
    Gjirokastra regions" is no Vlora war), and the place. True for a query that names none."""
    said = [word.strip(_OPENING + _CLOSING) for word in query.split()]
    places = [
        word for word, after in pairwise(said) if _NAMED_BEFORE.intersection(terms(after)) and word.isalpha()
    ]
    places = [word for word in places if word.casefold() not in STOP_WORDS and _place_named(base, word)]
    if not places:
        return True
    return not _NAMED_BEFORE.isdisjoint(_name_terms(entity)) and all(
        _names_hold(entity, word) for word in places
    )


# The noun of what is named by a place before it: "the Vlora War" is a war of that name (not
# "the Tirana massacre", "the Labinot conference", which say where what the sources name was).
_NAMED_BEFORE = frozenset(terms("war wars"))


def _synonyms_near(base: FactBase, term: str) -> set[str]:
    """The terms of the full text that stand for a word of the synonyms one slip from a term
    (with its first two letters: query_words), which the full text lacks: "surender"."""
    keys = [key for key in synonyms() if key[:2] == term[:2] and slips_between(term, key, 1) is not None]
    return base.known_terms({t for key in keys for t in synonyms_of(key)})


SURNAME_LETTERS = 4  # the fewest letters of a surname _other_surname compares


def _other_surname(base: FactBase, given: str, term: str) -> bool:
    """Whether a term the text does not hold follows the given name of a person the fact base
    knows ("abaz": Abaz Kupi) and is no slip of a name that follows it there: "abaz ermenji"
    names someone the sources do not ("enver hoxah" is Enver Hoxha)."""
    first = normalise(given)
    stems = content_words(first)  # as the names' words are kept
    if " " in first or len(stems) != 1:
        return False
    index = base.index
    named = [key.split() for key in index.names.keys_with_words(sorted(stems))]
    rows = index.names.exact([" ".join(n) for n in named])
    people = {row[0] for row in rows if row[2] == Kind.PERSON.value}
    following = {n[1] for n in named if len(n) > 1 and n[0] == first and " ".join(n) in people}
    following = {name for name in following if len(name) >= SURNAME_LETTERS}  # not "di", "von"
    if len(term) < SURNAME_LETTERS:  # "who did Jacomoni beg ...": a verb, not a name
        return False
    return bool(following) and all(slips_between(term, name, 2) is None for name in following)


def _person_named_as_place(base: FactBase, words: Sequence[str], at: int) -> bool:
    """Whether the word at `at`, in any of its Albanian forms, is of the names of people and of
    none of a place, yet named as a place, by a noun of a place before "of" (an Albanian
    genitive's article) or after it: "the town of Mitrovica", "qyteti i Mitrovicës",
    "Mitrovica town" are a place the sources do not name, which Rexhep Mitrovica is not."""
    before = at >= 2 and _folded(words[at - 1]) in _OF_ALBANIAN | {"of"}
    before = before and _noun_of_a_place(words[at - 2])
    after = at + 1 < len(words) and _noun_of_a_place(words[at + 1])
    word = _folded(words[at])  # "(Mitrovica," folded: mitrovica
    if not (before or after) or " " in word or not word.isalpha():
        return False
    names = base.index.names
    keys = [
        key
        for form in (word, *_undeclined(word))
        for key in names.keys_with_words(sorted(content_words(form)))
    ]
    kinds = {row[2] for row in names.exact(keys)} if keys else set()
    return Kind.PERSON.value in kinds and Kind.PLACE.value not in kinds


def _noun_of_a_place(word: str) -> bool:
    """Whether a word is a noun of a place (NOUN_KINDS), but "place" itself: "in (the) place
    of Merlika" says instead of him."""
    return _folded(word) not in ("place", "places") and _kind_of_noun(word) is Kind.PLACE


_BEJ = frozenset(["bej", "beu", "bey", "beg"])  # the title between a given name and a surname


def _other_given_name(base: FactBase, term: str, surname: str) -> bool:
    """Whether a term the text does not hold, which opens a query (after a verb, it is a verb:
    "the prime minister who preceded Merlika"), comes before the surname of people the fact base
    knows ("frasheri": Mit'hat Frashëri) and is no slip of a given name before it there, nor a
    word said before names (_BEFORE_NAMES): "mehdi frasheri" names someone the sources do not
    ("mithad frasheri" is Mit'hat Frashëri)."""
    last = normalise(surname.strip("?,.!"))
    stems = content_words(last)
    if " " in last or len(stems) != 1 or len(term) < SURNAME_LETTERS or term in _BEFORE_NAMES:
        return False
    index = base.index
    named = [key.split() for key in index.names.keys_with_words(sorted(stems))]
    rows = index.names.exact([" ".join(n) for n in named])
    people = {row[0] for row in rows if row[2] == Kind.PERSON.value}
    given = {n[-2] for n in named if len(n) > 1 and n[-1] == last and " ".join(n) in people}
    return bool(given) and all(slips_between(term, name, 2) is None for name in given)


# Words said before a person's name that are no given name: "comrade Hoxha", "shoku Enver".
_BEFORE_NAMES = frozenset(terms("comrade comrades shoku shok zoti zotin herr signor signore monsieur mister"))


_MONTH_NAMES = frozenset(month.casefold() for month in MONTHS if month)


def _days(words: list[str]) -> list[str]:
    """The words with an ordinal by a month's name read as the day it is ("November 17th,
    1944", "the 29th of November": 17, 29), as the sources write a day; never an ordinal
    that says which one."""
    folded = [word.casefold().strip(",.?!") for word in words]
    read = list(words)
    for at, word in enumerate(folded):
        day = word[:-2]
        if not (day.isdigit() and len(day) <= 2 and _ordinal(word)):
            continue
        near = folded[at + 2 : at + 3] if folded[at + 1 : at + 2] == ["of"] else folded[at + 1 : at + 2]
        if not _MONTH_NAMES.isdisjoint([*folded[max(0, at - 1) : at], *near]):
            read[at] = day
    return read


_UNIT_WORDS = "one two three four five six seven eight nine"
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_UNITS = {word: n for n, word in enumerate(_UNIT_WORDS.split(), 1)}
_TENS = {word: 10 * n for n, word in enumerate(_TEN_WORDS.split(), 2)}
_WAR_DECADES = ("thirty", "forty")  # a decade said without its century is one of the war's
# What may stand before a year said without its century: "in forty-two", "October forty".
_BEFORE_A_YEAR = _MONTH_NAMES | {"in", "of", "since", "until", "till", "by", "year"}
_CLOSING = ",.?!"  # what may close a word a year is said in


# The regular expressions here are strings: re compiles one when it is first used, and most
# queries never need most of them (compiling all of them would cost 1.5 ms of every call).
_APOSTROPHES = "'\u2018\u2019"
_CLIPPED_YEAR = r"^['\u2018\u2019]([34]\d)(?=[,.?!]*$)"  # '41, ’43?: 1941, 1943
_SHORT_YEAR = r"^(?:['\u2018\u2019]|19)?(39|4[0-5])(?=[,.?!]*$)"  # after a month: 43, '43, 1943
# A month written short ("Sept", "nov."), as it stands before a year.
_SHORT_MONTHS = {month[:3].casefold(): month for month in MONTHS if month} | {"sept": "September"}


# A year with an Albanian case ending, in full or short: "1942-shit", "43-shit", "44-ës", "në
# '43-in"; short, only a year of the war (an ordinal takes -rë, -të: "i 12-të").
_DECLINED_YEAR = r"(?i)^['’]?(?:19(\d\d)|(39|4[0-5]))-(?:shit|shin|sh|ës|es|ën|en|it|in)([?!.,;:]*)$"


def _undeclined_year(found: re.Match[str]) -> str:
    return "19" + (found[1] or found[2]) + found[3]


def written_years(query: str) -> str:
    """The query with each year said in words written in digits, as the sources write it:
    "nineteen forty-three" is 1943, and after a month or "in" (_BEFORE_A_YEAR) "forty two" is
    1942, as a user dictating to a phone says them; a year of the war's written short ("the
    spring of '41") is 1941, and one with an Albanian case ending ("43-shit") without it. Any
    other number in words is left be."""
    words: list[str] = []
    undeclined = [re.sub(_DECLINED_YEAR, _undeclined_year, said) for said in query.split()]
    for word in undeclined:
        parts = word.split("-")
        spelled = len(parts) > 1 and all(p.casefold().rstrip(_CLOSING) in {*_UNITS, *_TENS} for p in parts)
        words += parts if spelled else [word]
    read: list[str] = []
    at = 0
    while at < len(words):
        year, taken = _year_at(words[at : at + 3], read[-1].casefold().rstrip(",") if read else "")
        clipped = words[at][:1] in _APOSTROPHES
        read.append(year or (re.sub(_CLIPPED_YEAR, r"19\1", words[at]) if clipped else words[at]))
        at += taken
    for at, (month, year) in enumerate(pairwise(read)):  # "Sept 43", "nov. 1944": in full
        named = month.casefold()
        full = _SHORT_MONTHS.get(named.rstrip(".")) if named not in _MONTH_NAMES else month
        if not full and re.match(_SHORT_YEAR, year) and _month_in_english(named):
            full = month  # "tetor 42", "gushtit 43": a month as the synonyms know it
        if not full and _short_year_after(read, at):  # "in 44", "the summer 44 offensive"
            full = month
        if not full or not re.match(_SHORT_YEAR, year):
            continue
        written = re.sub(_SHORT_YEAR, r"19\1", year)
        if (full, written) != (month, year):
            read[at : at + 2] = [full, written]
    return " ".join(read) if read != words or undeclined != query.split() else query


def _periods(query: str) -> list[tuple[str, str]]:
    """The bounds of each date a query says (dates.spoken), in English or with a month said in
    another language ("në nëntor 1943": November 1943)."""
    return spoken(_months_in_english(query))


def _months_in_english(query: str) -> str:
    """A query with each month said in another language before a year said in English, and
    without the "të" Albanian may put between them: "në janar të 1943" is "në January 1943"."""
    words = query.split()
    kept = [word for at, word in enumerate(words) if not _between_month_and_year(words, at)]
    for at, (month, year) in enumerate(pairwise(kept)):
        english = _month_in_english(month.casefold()) if re.match(_SHORT_YEAR, year) else ""
        kept[at] = english or month
    return " ".join(kept)


# What Albanian may put between a month and its year: "janar të 1943", "janar të vitit 1943".
_BETWEEN_MONTH_AND_YEAR = frozenset(["te", "i", "e", "vitit", "vitin"])
BETWEEN_MONTH_AND_YEAR = 2  # the most such words


def _between_month_and_year(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is one Albanian may put between a month and its year: "në
    janar të 1943", "nëntor te 43", "janar të vitit 1943"."""
    if _folded(words[at]) not in _BETWEEN_MONTH_AND_YEAR:
        return False
    start, end = at, at + 1  # the run of such words: the longest, of up to two
    while (
        start > 0
        and end - start < BETWEEN_MONTH_AND_YEAR
        and _folded(words[start - 1]) in _BETWEEN_MONTH_AND_YEAR
    ):
        start -= 1
    while (
        end < len(words)
        and end - start < BETWEEN_MONTH_AND_YEAR
        and _folded(words[end]) in _BETWEEN_MONTH_AND_YEAR
    ):
        end += 1
    return (
        start > 0
        and end < len(words)
        and bool(re.match(_SHORT_YEAR, words[end]))
        and bool(_month_in_english(words[start - 1].casefold()))
    )


def _month_in_english(word: str) -> str:
    """The one month a word says in another language, as the synonyms give it ("tetor",
    "gushtit": October, August), or ""."""
    months = {other.capitalize() for t in terms(word) for other in synonyms().get(t, ())}
    named = [month for month in months if month.casefold() in _MONTH_NAMES]
    return named[0] if len(named) == 1 else ""  # not a season's: "summer" is June to August


# The words after which a number of the war's years written short is a year: a season always
# ("summer 44 offensive"), a preposition of time when the number ends what is said ("in 44,", "the
# end of 42"): "in 40 villages" is a count.
_SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter"])
_IN_TIME = frozenset(["in", "since", "until", "till", "by", "late", "early", "mid"])
_PARTS_OF_A_YEAR = _SEASONS | {"start", "beginning", "middle", "end", "close"}  # "the end of 42"


def _short_year_after(words: Sequence[str], at: int) -> bool:
    """Whether the word after `at` may be a year written short, by the word at `at`."""
    before = words[at].casefold()
    if before in _SEASONS:
        return True
    following = words[at + 2].casefold() if at + 2 < len(words) else ""
    ends = not following or words[at + 1][-1:] in _CLOSING or following in STOP_WORDS
    of_a_time = before == "of" and at > 0 and words[at - 1].casefold() in _PARTS_OF_A_YEAR  # "end of 42"
    return (before in _IN_TIME or of_a_time) and ends


def as_asked(base: FactBase, query: str) -> str:
    """What a query asks, as the fact base writes it: its asides set aside (without_asides),
    Gheg's short words before others dropped (_without_elisions), Albanian ordinals in figures
    written in English (_ordinals_in_english), years said in words written in digits
    (written_years), initials spelled out (spelled_out); without "so-called" before a word that
    is no name (_without_so_called)."""
    asked = _figures_in_full(_ordinals_in_english(_without_elisions(without_asides(query))))
    asked = _without_so_called(base, asked)
    return respelled(base, spelled_out(base, written_years(_in_albanian_letters(base, asked))))


_SO_CALLED = re.compile(r"(?<![\w-])[Ss]o[- ]?called(?:\s+(?=[^A-Z\s])|\s*$)")


def _without_so_called(base: FactBase, query: str) -> str:
    """A query without "so-called", which only doubts the name after it ("the so-called
    government": not "called", which reads as "labelled"); not before a capitalised name, nor
    in a name the fact base holds ("so-called Independent Albania", as the sources say it)."""
    if "called" not in query.casefold() or base.index.lookup(query):
        return query
    return _SO_CALLED.sub("", query).strip() or query


# A figure written short, as a note or a headline has it: "70k", "~20k", "1.2m", "1.2 million",
# "10000"; the sources write thousands ("70 thousand", "1,200 thousand", "100,000-strong").
_THOUSANDS_SHORT = re.compile(r"(?i)(?<![\w.,])[~≈]?(\d{1,3})k\+?(?![\w.,]?\w)")
_MILLIONS_SHORT = re.compile(r"(?i)(?<![\w.,])[~≈]?(\d)(?:\.(\d))?\s?(?:m|mil|mln|million)\b")
_THOUSANDS_IN_DIGITS = re.compile(r"(?<![\w.,])(\d{2,3})000(?![\w.,]?\d)")


def _figures_in_full(query: str) -> str:
    """A query with its figures written short written in thousands, as the sources write them:
    "70k partisans" is "70 thousand partisans", "1.2m" "1,200 thousand", "10000" "10 thousand"."""
    if not any(c.isdigit() for c in query):
        return query
    written = _THOUSANDS_SHORT.sub(r"\1 thousand", query)
    written = _MILLIONS_SHORT.sub(lambda m: f"{m[1]},{m[2] or 0}00 thousand", written)
    return _THOUSANDS_IN_DIGITS.sub(r"\1 thousand", written)


# The letters Slavic and Turkish write for the sounds Albanian writes otherwise: "Hodža",
# "Šehu", "Dišnica", "Leşi" are Hoxha, Shehu, Dishnica and Lleshi as the sources spell them.
_IN_ALBANIAN_LETTERS = {"dž": "xh", "š": "sh", "ş": "sh", "ž": "zh", "đ": "gj", "ć": "q"}
_IN_ALBANIAN_LETTERS |= {k.capitalize(): v.capitalize() for k, v in _IN_ALBANIAN_LETTERS.items()}
_FOREIGN_LETTERS = "|".join(_IN_ALBANIAN_LETTERS)  # compiled when first used, as below


def _in_albanian_letters(base: FactBase, query: str) -> str:
    """A query with each word that has letters Albanian does not write (_IN_ALBANIAN_LETTERS)
    spelled in Albanian letters, when the fact base holds it so ("Dušan Mugoša" stays, as the
    sources write it; a slip in it, "Muoša", is read as one)."""
    if not re.search(_FOREIGN_LETTERS, query):
        return query
    words = query.split()
    for at, word in enumerate(words):
        spelled = re.sub(_FOREIGN_LETTERS, lambda found: _IN_ALBANIAN_LETTERS[found[0]], word)
        if spelled != word and base.known_terms(terms(spelled)):
            words[at] = spelled
    return " ".join(words)


# A word Gheg writes short before another, with an apostrophe: "n'Përmet" (në, in), "t'Italisë"
# (të, of), "s'parë" (së), "n'43" (në '43, in 1943); and French's and Italian's article and
# "of": "l'armistizio", "d'Italia", "dell'Italia", "nell'agosto", "all'Albania"; and Albanian's
# "ç'" (çfarë, what): "ç'katund".
_ELIDED = re.compile(
    r"(?<![\w'’])(?:(?:[nNtTsSlLdDcCçÇ]|[dDnNsS]?[aAeEuU]ll)['’](?=[^\W\d_])|[nN]['’](?=\d))"
)


def _without_elisions(query: str) -> str:
    """A query without the words written short before others: "n'tetor 1942" is "tetor 1942",
    as "në tetor 1942" reads; folded together, they would make a word the sources never write."""
    return _ELIDED.sub("", query) if "'" in query or "’" in query else query


# An ordinal in figures with its Albanian ending: "Divizioni i 1-rë" (the 1st), "i 2-të"; or
# after the article that makes one, without: "divizioni i 5 sulmues", "brigada e 1 dhe e 4".
_ALBANIAN_ORDINAL = re.compile(r"\b(\d{1,2})-(?:rë|re|të|te)\b", re.IGNORECASE)
_ORDINAL_BY_ARTICLE = re.compile(r"(?<=\b[ie] )(\d{1,2})\b(?!-)(?=(?:\s+(\S+))?)", re.IGNORECASE)


def _ordinals_in_english(query: str) -> str:
    """A query with its ordinals in figures written as the sources write them: "1-rë" is 1st,
    "2-të" 2nd, "11-të" 11th, and so "i 5" before any word but a month's ("e 10 korrikut" is a
    day); "15th c." is the 15th century."""

    def english(found: re.Match[str]) -> str:
        number = int(found[1])
        ending = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{ending}"

    def unless_a_day(found: re.Match[str]) -> str:
        after = next(iter(terms(found[2] or "")), "")
        months = {after, *(t for said in synonyms_of(after) for t in terms(said))} & _TIME_WORDS
        return found[0] if months else english(found)

    query = _ALBANIAN_ORDINAL.sub(english, query) if "-" in query else query
    query = _CENTURY_SHORT.sub(r"\1 century", query)  # "the 15th c. hero": the 15th century's
    return _ORDINAL_BY_ARTICLE.sub(unless_a_day, query)


_CENTURY_SHORT = re.compile(r"(?i)\b(\d{1,2}(?:st|nd|rd|th))\s?c\.?(?!\w)")


ONE_SLIP = 90.0  # the score match.typos gives a name one typing slip from the words
_NAMED_KINDS = (Kind.PERSON, Kind.ORGANISATION)


def respelled(base: FactBase, query: str) -> str:
    """The query with a name of a person or organisation it misspells among other words
    written as the fact base writes it ("did Haxhi Leshi take part in the Peza conference":
    Haxhi Lleshi; "Enver Hoxa's profession"): two or three capitalised words in a row, with
    no other capitalised word beside them, one slip from the name (ONE_SLIP) that match.decide
    picks, where they name none exactly. A possessive or a mark after the name stays."""
    words = query.split()
    capital = [False, *(word[:1].isupper() for word in words), False]  # one beside each end
    index = base.index
    for at in range(len(words)):
        for size in (3, 2):
            run = words[at : at + size]
            if len(run) < size or size >= len(words):
                continue
            if not all(capital[at + 1 : at + 1 + size]) or capital[at] or capital[at + 1 + size]:
                continue
            last = run[-1].rstrip(_CLOSING + ";:")
            last = last[:-2] if last.endswith(POSSESSIVE) else last
            name = " ".join([*run[:-1], last])
            if last.casefold() in _TITLES_ONLY_BEFORE:
                continue  # "the Italian King": a title says whose before a name, not after one
            if not name.replace(" ", "").isalpha() or index.lookup(name):
                continue
            ranked = rank(index.typos(name), index.kinds, ())
            chosen = decide(ranked, index.kinds, _NAMED_KINDS)
            if chosen is None or ranked[0][1] < ONE_SLIP or index.kinds[chosen] not in _NAMED_KINDS:
                continue
            spelled = base.get(chosen).name + run[-1][len(last) :]
            return " ".join([*words[:at], spelled, *words[at + size :]])
    return query


_ASIDE = r"\s*[(\[]([^()\[\]]*)[)\]]"
_LETTER_COUNT = r"\d{1,2}(?:[,-]\d{1,2})*"  # "(5,4)", "(5)", "(3-5)"
# The start of a name the user half remembers, after the question: "...; Ibrahim ... ?",
# "...? Muharrem diçka..." (something). It hints at the answer, which a question otherwise
# takes for another than the one it names (answers); the rest of the question finds it.
_HINT = (
    r"(?<=[;,?:])\s*(?:[-–—]+\s*)?[A-ZÇË][\w'’]*(?:\s+[A-ZÇË][\w'’]*)?"
    r"(?:\s*(?:\.\.\.|…)|\s+(?:something|smth|sth|diçka|dicka|çka|or something)\.*)\s*\??\s*$"
)


def _without_hint(query: str) -> str:
    """A query without the start of a name it ends with as a hint (_HINT), and the mark before."""
    hinted = re.sub(_HINT, "", query)
    return hinted.rstrip(",;:").rstrip() if hinted != query else query


ASIDE_WORDS = 4  # words in brackets this many or more are an aside ("(the one near Krujë, I think)")
# What labels a question before a colon: "Question:", "Q:", "Patron asks:".
_LABELS_WORDS = "question query q asks asked wonders wondering check verify confirm false"
_LABELS_WORDS += " subject re topic regarding"  # an archivist's: "subject: Legaliteti, founding date"
_LABELS_WORDS += " complete"  # a worksheet's: "Complete: ...", "Fill in: ..."
_LABELS = frozenset(_LABELS_WORDS.split())
_BLANK = r"_{2,}|\.{3,}|…"  # the blank a worksheet's item leaves for the answer
# The number a worksheet or a list gives a question: "Q4.", "7)", "q12:", "3a."
_NUMBERED = re.compile(r"(?i)\s*(?:q\s?)?\d{1,2}[a-z]?(?:[.):]\s+|:)")


# What a quiz or an exam opens an item with before what it asks for (_quiz_asks): "Name the
# ...", "Identify Mithat Frasheri", "Explain what ...", "State the date ...".
_QUIZ_VERBS = frozenset(["name", "identify", "explain", "describe", "locate", "state", "define", "outline"])


def _quiz_asks(words: Sequence[str]) -> bool:
    """Whether the words after a quiz's verb ask: an article ("Name the ..."), a
    question word ("Explain what ..."), a name ("Identify Mithat Frasheri") or an Albanian noun
    with its article ("Locate porti i Shëngjinit")."""
    word, said = words[0], words[0].casefold()
    if said in _DETERMINERS or said in _QUESTION_WORDS:
        return len(words) > 1  # "name the": nothing asked
    return word[:1].isupper() or bool(_albanian_noun(said))


# The words of a question a chat writes short, in lower case, and as they are written in full:
# "wen wuz the mukje conference", "can u tell me ...". Not the words it asks about ("ppl",
# "govt"), which the reading knows as typed.
_CHAT = {"wen": "when", "whn": "when", "wuz": "was", "wus": "was", "waz": "was", "wer": "were"}
_CHAT |= {"u": "you", "ur": "your", "r": "are", "wat": "what", "wut": "what", "abt": "about"}
_CHAT |= {"bout": "about", "dat": "that", "dey": "they", "cuz": "because", "coz": "because"}


CAPITALS_READ = 3  # a query all in capitals of this many words is read in lower case: "WHO LED ..."


def _in_full(query: str) -> str:
    """A query with the words a chat writes short (_CHAT) written in full."""
    words = query.split()
    said = []
    for at, word in enumerate(words):
        bare = word.rstrip(_CLOSING)
        written = _CHAT.get(bare.casefold(), "") if bare.islower() or bare[1:].islower() else ""
        if bare.casefold() == "u" and not _you_said(words, at):  # "kur u krijua": Albanian's "u"
            written = ""
        said.append(written + word[len(bare) :] if written else word)  # "Wen", not "U" (initials)
    return " ".join(said) if said != words else query


# The words around a chat's "u" for you ("can u tell me", "u know", "thank u"); elsewhere it is
# Albanian's "u" before a verb ("kur u krijua", "hero kombëtar u emërtua").
_BEFORE_YOU_WORDS = "can could do did would will are r thank thanks if have let wud cud"
_BEFORE_YOU = frozenset(_BEFORE_YOU_WORDS.split())
_AFTER_YOU_WORDS = "know tell help give show please mean think guys remember"
_AFTER_YOU = frozenset(_AFTER_YOU_WORDS.split())


def _you_said(words: Sequence[str], at: int) -> bool:
    """Whether the "u" at `at` is a chat's you, by the words around it (_BEFORE_YOU, _AFTER_YOU)."""
    before = _folded(words[at - 1].strip(_CLOSING)) if at else ""
    after = _folded(words[at + 1].strip(_CLOSING)) if at + 1 < len(words) else ""
    return before in _BEFORE_YOU or after in _AFTER_YOU or not after


_DOUBTS = frozenset(["", "sp", "sic", "spelling", "spelled", "spelt"])  # in brackets: said of a word


def without_asides(query: str) -> str:
    """The question a query asks without what the user says beside it: words in brackets
    (ASIDE_WORDS or more: "Myslym Peza (the Peza of Peza, so to speak)"; fewer are a name or
    initials, "(BK)", which stay, brackets aside), sentences after the first question mark
    ("who led the Balli delegation at Mukje? I have Frashëri in my notes ..."), a label
    before a colon ("Patron asks: ...", "check: ...", "True or false: ...", "Fill in:", with the
    blank its item leaves), the number a list gives a question ("Q4. Where was ...") and a
    quiz's "Name", "Identify", "Explain" and the like before what it asks (_quiz_asks). A query
    all in capitals is read in lower case, a chat's short words in full (_in_full).
    The query itself when nothing else is left."""

    def aside(found: re.Match[str]) -> str:
        inner = found[1]
        # A crossword's count of letters, "(5,4)", says nothing asked either, nor a doubt of
        # the spelling: "vasil laci (sp?)", "(sic)", "(?)".
        doubt = inner.strip(" ?!.").casefold() in _DOUBTS
        return (
            ""
            if len(inner.split()) >= ASIDE_WORDS or re.fullmatch(_LETTER_COUNT, inner) or doubt
            else " " + (inner[:-1] if inner.endswith("?") else inner)
        )  # "(religious guy?)": a doubt, which does not end the question

    query = _in_full(
        query.lower() if query.upper() == query and len(query.split()) >= CAPITALS_READ else query
    )
    kept = re.sub(_ASIDE, aside, query) if "(" in query or "[" in query else query
    kept = _without_hint(kept)
    asked, mark, rest = kept.partition("?")
    if mark and len(rest.split()) >= ASIDE_WORDS:
        kept = asked + mark
    label, colon, rest = kept.partition(":")
    labelled = [word.casefold() for word in label.split()[-2:]]
    if colon and rest.strip() and labelled and (labelled[-1] in _LABELS or labelled == ["fill", "in"]):
        kept = re.sub(_BLANK, " ", rest)  # "Fill in: The Congress of Përmet opened on ____ 1944."
    numbered = _NUMBERED.match(kept)
    if numbered and kept[numbered.end() :].strip():
        kept = kept[numbered.end() :]
    opening = kept.split(maxsplit=2)
    if len(opening) >= 2 and opening[0].casefold() in _QUIZ_VERBS and _quiz_asks(opening[1:]):
        kept = " ".join(opening[1:])  # "Name the communist group ...": the group
    kept = _without_own_sentences(_without_courtesy(_without_host(_without_consequence(kept))))
    kept = _without_framing(_without_reporting(_without_own_words(_without_own_opening(kept))))
    kept = _slot_asked(_without_bare_question(_without_guess(kept)))
    kept = _without_exception(_without_liberator_of(_the_name_asked(kept)))
    kept = " ".join(kept.split())
    return kept if kept and kept != " ".join(query.split()) else query


# A figure the user guesses after a question for one, set apart, with a word that hedges it:
# "how many detachments at the beginning of 1943, roughly 30?", "..., like 500?", "..., maybe
# 2000 or so". The figure the sources give is what is asked; a guess is no word to seek.
_GUESS = (
    r"(?i)[,;:–—-]\s*(?:roughly|about|around|like|approx\.?|approximately|maybe|perhaps|circa|ca\.|~)"
    r"\s*~?\d[\d,.]*\s*(?:k|thousand|men|or so|or more)?\s*(\??)\s*$"
)


def _without_guess(query: str) -> str:
    """A question for a figure without a guess at it that ends it (_GUESS); its mark stays."""
    return re.sub(_GUESS, r"\1", query).rstrip() if asks_a_number(query) else query


# What opens a question of when or where, which a clause of what followed may follow.
_WHEN_OR_WHERE_ASKED = frozenset(["when", "where", "kur", "ku", "date", "dates", "data"])
# "..., following the surrender" says which, by what came before: not what followed. ("...,
# during the congress", "..., according to the overview" say no more of what is asked.)
_FOLLOWING = "following"
# "..., whose reverses energised the resistance" (not "..., which town was it near?": a question)
_SAYING_MORE = "whose"
CONSEQUENCE_WORDS = 4  # the fewest words of a question a clause of what followed may follow


def _without_consequence(query: str) -> str:
    """A question of when or where without a clause after a comma that says what followed, by
    a participle, or more of what it asks of, by "whose": "when was the Italian
    armistice proclaimed, opening the way to the German occupation?" asks of the armistice,
    not of the occupation; "date of the outbreak of the Italo-Greek war, whose reverses
    energised the Albanian resistance" of the war."""
    asked, comma, rest = query.partition(", ")
    opening, following = asked.split()[:1], rest.split()[:1]
    if not (comma and opening and following) or len(asked.split()) < CONSEQUENCE_WORDS:
        return query
    word = following[0]
    participle = word.islower() and word.endswith("ing") and len(word) > 5 and word != _FOLLOWING
    more = participle or word == _SAYING_MORE
    return asked if more and _folded(opening[0]) in _WHEN_OR_WHERE_ASKED else query


# The words that say a place was set free, and what ends the words after "from" that say
# from whom: "the capital freed from the German occupiers in 1944".
_FREED = frozenset(["free", "freed", "freeing", "liberate", "liberated", "liberating", "liberation", "rid"])
_FREED_OF = frozenset(["free", "rid"])  # what says from whom with "of": "free of", "rid of"
_GETTING = frozenset(["get", "gets", "got", "getting", "gotten"])  # "got rid of": replaced
_FROM_WHOM_ENDS = frozenset(["in", "on", "at", "by", "during", "after", "before", "and", "when", "while"])
_FROM_WHOM = 4  # the most words that say from whom


def _without_liberator_of(query: str) -> str:
    """A query without the words that say from whom a place was set free: the event that set
    it free is asked for, whose facts need not name the occupier ("when was the capital
    finally freed from the German occupiers in 1944": the liberation of Tirana, not the
    German occupation, whose span ends with it). "from" (or "of" after "free" or "rid": "free
    of the occupiers", "rid of the Jerries") follows a word of _FREED by two words at most
    ("set free at last from the Huns"), not after "got" ("got rid of Vërlaci": he was
    replaced); the words after it run to a year, a word of another clause (_FROM_WHOM_ENDS) or
    a mark, and are _FROM_WHOM at most, else they stay."""
    words = query.split()
    for at, word in enumerate(words):
        freed = [w.casefold().strip(",") for w in words[max(0, at - 3) : at]]
        # "of" only after "free" or "rid": "the liberation of the capital" names what was freed.
        of = word.casefold() == "of" and not _FREED_OF.isdisjoint(freed)
        if (
            (word.casefold() != "from" and not of)
            or _FREED.isdisjoint(freed)
            or not _GETTING.isdisjoint(freed)
        ):
            continue  # "when they got rid of Vërlaci": he was replaced, no place freed of him
        end, mark = at + 1, ""
        while end < len(words) and not mark:
            said = words[end]
            if said.casefold() in _FROM_WHOM_ENDS or said[:1].isdigit():
                break
            mark = said[-1] if said[-1] in _MARKS + "?.!" else ""
            end += 1
        if end - at - 1 > _FROM_WHOM or end == at + 1:
            return query
        return " ".join([*words[: at - 1], words[at - 1] + mark, *words[end:]])
    return query


def _the_name_asked(query: str) -> str:
    """What a question asks the name of: "what was the underground outfit Major Kupi set up
    called?" is "the underground outfit Major Kupi set up", "what were the councils called that
    were set up in the villages" is "the councils that were set up in the villages". The query
    itself otherwise."""
    words = query.split()
    said = _as_said(words)
    if len(said) < 4 or said[0] not in ("what", "wut", "wat") or said[1] not in _TO_BE:
        return query
    at = next((at for at in range(3, len(said)) if said[at] in ("called", "named")), 0)
    if at < 4 or (at + 1 < len(said) and said[at + 1] not in _BOUNDS):  # "what was it called"
        return query  # "what was the group called Zjarri": it names it (named_as_called)
    return " ".join([*words[2:at], *words[at + 1 :]]).rstrip(" ?") or query


# The words that open what a question leaves out: "besides the phone line sabotage".
_EXCEPTING = (["besides"], ["apart", "from"], ["aside", "from"], ["other", "than"], ["except"], ["excluding"])
_NOT = frozenset(["not", "jo"])  # and, after a mark, what it denies: "..., not the commissar"


def _without_exception(query: str) -> str:
    """A query without what it says it does not ask for, to the next mark or its end: "which
    towns saw combat actions in summer 42 besides the phone line sabotage", "in which towns,
    apart from the sabotage of the telephone lines, were combat actions carried out": the
    words left out would find the fact the user already has. What a question opens with it
    leaves out comes after the question: "apart from Myslim Peza, who ran the most active
    bands?" asks "who ran the most active bands apart from Myslim Peza?"."""
    words = query.split()
    said = _as_said(words)
    opening = next((o for o in _EXCEPTING if said[: len(o)] == o), None)
    if opening is not None:
        ends = (at for at in range(len(opening), len(words) - 1) if words[at][-1:] in _MARKS)
        asked = next(ends, None)
        asked = (
            asked + 1
            if asked is not None
            else next((at for at in range(len(opening) + 1, len(words)) if said[at] in _QUESTION_WORDS), 0)
        )
        if not asked:
            return query
        question, left_out = words[asked:], [*words[: asked - 1], words[asked - 1].rstrip(_MARKS)]
        last = question[-1].rstrip("?.!")
        return _without_exception(" ".join([*question[:-1], last, *left_out]) + question[-1][len(last) :])
    for at in range(1, len(words)):
        opening = next((o for o in _EXCEPTING if said[at : at + len(o)] == o), None)
        if opening is None and said[at] in _NOT and words[at - 1][-1:] in _MARKS:
            opening = [said[at]]  # "..., not the commissar, the actual commander"
        if opening is None:
            continue
        end = at + len(opening)
        while end < len(words) and words[end - 1][-1:] not in _MARKS:
            end += 1
        # Between two commas, both go: "In which towns, apart from the sabotage, were ...".
        mark = words[end - 1][-1] if words[end - 1][-1:] in _MARKS else ""
        opened = words[at - 1][-1:] in _MARKS
        kept = [*words[: at - 1], words[at - 1].rstrip(_MARKS) + ("" if opened else mark), *words[end:]]
        return " ".join(kept) if end - at - len(opening) >= _EXCEPTED_WORDS else query
    return query


# The fewest words of what a question leaves out that _without_exception sets aside: fewer
# name someone, whom the answer must not be ("who else led ... besides Dishnica?": answers()).
_EXCEPTED_WORDS = 3


_MARKS = ",:;-\u2013\u2014"  # what sets a clause apart (_APART)
_ASKER = frozenset(["i", "i'd", "i'm", "i've", "i'll", "im", "id", "ive", "we", "we're", "we'd", "my"])
# Relatives a user names as their own without "my": "grandpa", the Italian "nonno", the Albanian
# "gjyshi" (the grandfather). A clause about one says nothing asked, as one about "my" does.
_OWN_KIN_WORDS = "grandpa grandma granddad grandad nan nana nonna nona nonno gjyshi gjyshja gjysh gjyshe"
_SPEAKING_OF_ONESELF = _ASKER | frozenset(_OWN_KIN_WORDS.split())


# What a letter or a speaker opens and closes with, which asks nothing: "Good afternoon,",
# "Dear Sir or Madam,", "aye, ...", "um, ...", "..., thank you kindly.", "..., yours
# faithfully", "..., if you please?".
_GREETING_WORDS = """good morning afternoon evening day to you hello hi hey dear sir sirs madam or all
    excuse me pardon greetings there and aye yeah yep yes um umm uh er erm hmm ok okay oh well so right
    kqyr shiko hej pra"""
_GREETINGS = frozenset(_GREETING_WORDS.split())
_FILLERS = frozenset(
    ["um", "umm", "uh", "er", "erm", "hmm", "ee", "eh"]
)  # a sound at the start, set apart or not
_THANKING_WORDS = """thank thanks thankyou you kindly very much so many in advance with much obliged
    yours faithfully sincerely truly regards kind best wishes cheers please if god bless ever
    grateful all the for your help trouble time again ta"""
_THANKING = frozenset(_THANKING_WORDS.split())
# What opens a request in a letter: "I would like to know please about ...", "I should be most
# grateful to learn ...", "I am looking for ...", "could you kindly tell me about ...".
_POLITE_REQUEST_WORDS = """i i'd i'm am would should like love want wish be most very so glad grateful
    obliged pleased to know learn find out ask asking have please kindly could can you tell me
    about looking for trying searching wondering wonder if whether hoping hope need"""
_POLITE_REQUESTS = frozenset(_POLITE_REQUEST_WORDS.split())
_REQUEST_OPENERS = frozenset(
    ["i", "i'd", "i'm", "im", "id", "we", "could", "can", "would", "please", "kindly"]
)
_WANTING = frozenset(
    ["know", "learn", "find", "looking", "tell", "like", "ask", "asking", "wondering", "wonder", "need"]
)


def _without_courtesy(query: str) -> str:
    """A query without the greeting it opens with (and a sound, _FILLERS), the thanks it closes
    with, and the words that open a polite request: "Good afternoon, I would like to know please who led the
    communist side at the meeting in Mukje, thank you kindly." is "who led the communist side
    at the meeting in Mukje". The query itself when nothing else is left."""
    parts = re.split(r"(?<=[,.;:!])\s+", query.strip())
    while len(parts) > 1 and set(_as_said(parts[0].split())) <= _GREETINGS:
        parts = parts[1:]
    while len(parts) > 1 and set(_as_said(parts[-1].split())) <= _THANKING:
        parts = parts[:-1]
    words = " ".join(parts).split()
    while len(words) > 1 and _as_said(words[:1])[0] in _FILLERS:  # "ee mukja ...", "um who ..."
        words = words[1:]
    said = _as_said(words)
    at = 0
    while at < len(said) and said[at] in _POLITE_REQUESTS:
        at += 1
    if at and said[0] in _REQUEST_OPENERS and _WANTING & set(said[:at]):
        words = words[at:]
    kept = " ".join(words)
    return kept.rstrip(",;:") if kept and kept != " ".join(query.split()) else query


# What a user says they need, without "I": "..., need the exact day", "- want it for a caption".
_NEEDING = frozenset(["need", "needs", "want", "wants"])
# The texts a user checks against the sources, which a clause may quote ("- the script says
# 'autumn 1940'", "my textbook has 1942", "per the VO line ..."), and the verbs they say it with.
_REPORTER_WORDS = """script scripts vo voiceover line narration narrator draft caption captions
    graphics graphic subtitle subtitles textbook book wikipedia wiki article notes teacher
    professor documentary film guide guidebook brochure website site encyclopedia plaque label
    blurb map treatment transcript cue card source sources text texts figures document documents
    record records account accounts historian historians op-ed oped editorial column columnist
    author writer piece essay newspaper magazine post blog claim"""
_REPORTERS = frozenset(_REPORTER_WORDS.split())
_REPORTING_WORDS = """says said say has had have calls called claims claimed mentions mentioned
    gives gave puts put spells spelled spelt reads lists writes wrote shows states stated
    suggests describes dates implies quotes is it's told tells"""
# And the verbs in which the asker or their kin heard or read of what is asked: "I read about
# the Mukje conference; when ...", "my grandmother spoke of ...".
_REPORTING_WORDS += " read heard spoke speaks talked talks saw remember remembers remembered recalls recalled"
_REPORTING = frozenset(_REPORTING_WORDS.split())
_BEFORE_A_REPORTER_WORDS = "per according to the my our a this that and but"
_BEFORE_A_REPORTER = frozenset(_BEFORE_A_REPORTER_WORDS.split())


def _reported_at(said: Sequence[str]) -> int:
    """How many words open a clause with what another text says ("the script says", "per the
    VO line", "my textbook has"): a text of _REPORTERS, after words such as "per the", then a
    verb of saying, or after "per" or "according to" alone; 0 when none does."""
    at = 0
    while at < len(said) and said[at] in _BEFORE_A_REPORTER:
        at += 1
    if at < len(said) and said[at].endswith(":") and said[at].rstrip(":") in _REPORTERS:
        return at + 1  # "Script: 'On 28 December 1939 ...'"
    start = at
    while at < len(said) and (
        said[at] in _REPORTERS
        or (at and said[at - 1] in _ASKERS_OWN and said[at] in _ASKERS_KIN)
        or (at == 0 and said[at] in _SAYING_ASKERS)
    ):
        at += 1  # a text, the asker's kin ("my great-grandfather said ..."), or the asker
    if at == start:
        return 0
    while at < len(said) and said[at] in _HEDGES:  # "the VO line just calls him ..."
        at += 1
    if at < len(said) and said[at] in _REPORTING:
        return at + 1 + (said[at + 1 : at + 2] in (["that"], ["of"], ["about"]))
    return at if said[0] in ("per", "according") else 0


_HEDGES = frozenset(["just", "only", "also", "even", "actually", "now", "still", "always", "once", "often"])
_SAYING_ASKERS = frozenset(["i", "we"])  # the asker, who opens a clause with what they read or heard
# What a user opens with to say a claim is to be checked: "need to confirm the dates on ...".
_CHECKING = (["need", "to", "confirm"], ["need", "to", "check"], ["need", "to", "verify"])


def _without_reporting(query: str) -> str:
    """A query without the words that open a clause with what another text says, which the
    user checks ("script says the communists walked out ... - who made them?": "the communists
    walked out ... - who made them?"; _reported_at), and without the date that clause gives,
    which is what is checked ("The op-ed puts the Mukje talks in September 1943. When ...?");
    or without the words that say a claim is to be checked ("need to confirm the dates on ...")."""
    words = query.split()
    said = _as_said(words)
    kept: list[str] = []
    at = reported = 0
    opened = -1  # where the words after those that open a clause begin ("Script: '...'")
    while at < len(words):
        opening = at == 0 or words[at - 1].endswith((",", ":", ";", "?", ".")) or words[at - 1] in _DASHES
        if opening and at != opened:
            reported = _reported_at(said[at:])
            skip = reported or (3 if said[at : at + 3] in _CHECKING else 0)
            if skip:
                at += skip
                opened = at
                continue
        if reported and _date_word_at(said, at):  # the date a text gives is what is checked
            if kept and words[at][-1:] in _CLOSING and kept[-1][-1:] not in _CLOSING:
                kept[-1] += words[at][-1]
            at += 1
            continue
        kept.append(words[at])
        at += 1
    return " ".join(kept) if kept else query


def _date_word_at(said: Sequence[str], at: int) -> bool:
    """Whether the word at `at` says a date: a month, a year of the century, a day by a month,
    or a word before one of those that says which part of it (_BEFORE_A_DATE)."""
    word = said[at].rstrip(_CLOSING)
    if word in _MONTH_NAMES or (_year(word) and word.startswith("19")):
        return True
    day = word[:-2] if _ordinal(word) else word  # "29th", "29", and days from one to another: "1-3"
    if all(part.isdigit() and len(part) <= 2 for part in day.replace("–", "-").split("-")):
        return not _MONTH_NAMES.isdisjoint(w.rstrip(_CLOSING) for w in said[max(0, at - 1) : at + 3])
    return word in _BEFORE_A_DATE and at + 1 < len(said) and _date_word_at(said, at + 1)


_BEFORE_A_DATE = _IN_TIME | _PARTS_OF_A_YEAR | {"on", "of", "the"}  # "in late 1943", "the end of 1943"


# What opens a clause at a query's end that may judge what it asks, and the words that say it
# does: "..., which seems to be a significant claim", "..., whose presence seems relevant to ...",
# "..., since I am trying to explain ...".
_COMMENTING = frozenset(["which", "since", "as", "given", "whose", "because", "thereby"])
_JUDGING_WORDS = """seem seems seemed would might helps help me my i i'm we our us suggests indicate
indicates bear bears matters relevant significant significance important interesting"""
_JUDGING = frozenset(_JUDGING_WORDS.split())
_WORKING = frozenset(["my", "our", "myself"])  # what a clause within a query says of the user's work


def _without_own_words(query: str) -> str:
    """A query without the clauses at its end in which users speak of themselves and ask
    nothing ("..., I'd like the town as a setting", "... - I need to get the weather right",
    "..., need the exact day", not "the Mukje talks - I want to know who led them"), judge
    what they ask (_COMMENTING, _JUDGING: "..., which helps me assess the significance of its
    capture", "..., since this would bear on ...") or quote what another text says
    (_reported_at: "... - the script says 'autumn 1940'"); and without a clause set apart
    within it that speaks of their own work ("the young man who, in an act ... that my essay
    treats as emblematic ..., fired shots at the Italian king")."""
    if not any(mark in query for mark in _MARKS):  # no clause set apart: no pattern to compile
        return query
    pieces = re.split(f"({_APART})", query)  # the clauses, and the marks between them
    kept = pieces[:1]
    for at in range(2, len(pieces), 2):
        said = _as_said(pieces[at].split())
        if at < len(pieces) - 1 and not _WORKING.isdisjoint(said) and _QUESTION_WORDS.isdisjoint(said):
            continue  # the clause, and the mark before it
        kept += pieces[at - 1 : at + 1]
    query = "".join(kept)
    while True:
        parts = re.split(_APART, query)
        last = _as_said(parts[-1].split())
        judging = bool(last) and last[0] in _COMMENTING and not _JUDGING.isdisjoint(last)
        own = judging or (
            bool(last)
            and (
                last[0] in _SPEAKING_OF_ONESELF
                or last[0] in _NEEDING
                or _asker_at(last, 0) > 0  # "..., patron needs it"
                or _reported_at(last) > 0
            )
        )
        if len(parts) < 2 or not own or not _QUESTION_WORDS.isdisjoint(last[judging:]):
            return query
        query = query[: query.rindex(parts[-1])].rstrip(" " + _MARKS)


# The words in which a host opens a question read aloud, set apart by a comma or a colon:
# "Right,", "So, listeners,", "Next one:", "Listeners, a grim one:", "And finally, folks,".
_HOST_WORDS = """right so next one up now then and ok okay well alright listeners listener folks
everyone friends audience viewers readers a an another the last final finally bonus question
here's here we go easy tricky hard grim sombre quick one's"""
_HOST = frozenset(_HOST_WORDS.split())
HOST_WORDS = 5  # the most words of such an opening


def _without_host(query: str) -> str:
    """A query without the openings a host reads a question with ("Next one, listeners: the
    general who ..."), and a vocative at its end (", listeners?"): clauses set apart by a comma
    or a colon, of at most HOST_WORDS words, all of them a host's (_HOST). Not a name before
    a colon ("Mukje: when ...")."""
    while True:
        head, mark, rest = query.partition(",") if "," in query.split(":")[0] else query.partition(":")
        said = _as_said(head.split())
        if not mark or not rest.strip() or not said or len(said) > HOST_WORDS or not _HOST.issuperset(said):
            break
        query = rest.strip()
    body, mark, last = query.rpartition(",")
    said = _as_said(last.split())
    if mark and said and len(said) <= 2 and _HOST.issuperset(said) and body.strip():
        query = body.rstrip() + last[len(last.rstrip("?!. ")) :]  # its question mark stays
    return query


# The words of a bare question after a description, which asks for what it describes: "... -
# who were they?", "... - what was it called, then?", "... - name him for me."
_BARE_WORDS = "was were is are it he she they them him her that this then called name for me please"
_BARE = frozenset(_BARE_WORDS.split())
BARE_WORDS = 5  # the most words of a bare question
_ASKING_WHAT = frozenset(["who", "whom", "what", "which", "name"])  # what a bare question asks with


def _without_bare_question(query: str) -> str:
    """A description (opening with "the", "a" ...) without the bare question set apart after
    it, which asks for what the description names and says nothing of it: "the go-betweens
    who brokered that conference - who were they?" is "the go-betweens who brokered that
    conference"."""
    if not any(mark in query for mark in _MARKS):  # no clause set apart: no pattern to compile
        return query
    parts = re.split(_APART, query)
    said = _as_said(parts[-1].split())
    if len(parts) < 2 or not said or len(said) > BARE_WORDS or not (_BARE | _QUESTION_WORDS).issuperset(said):
        return query
    if _ASKING_WHAT.isdisjoint(said):
        return query  # "... - when was that": it asks when
    body = query[: query.rindex(parts[-1])].rstrip(" " + _MARKS)
    return body if _as_said(body.split()[:1])[0] in _DETERMINERS else query


# What a terse query asks in one word after a colon, and how it reads: "Jacomoni's successor as
# Italian governor: name?" names it; "antifascist council set up at Permet congress: head?" asks
# for its head; "Leskovik garrison: size?" for a figure.
_NAMING_SLOTS = "name identity date year yr start started began day month exact"  # ask only for what is named
_SLOTS = {
    **dict.fromkeys(_NAMING_SLOTS.split(), ""),
    **dict.fromkeys(["location", "place", "site"], "{} of"),
    **dict.fromkeys(["head", "leader", "commander", "chairman", "founder", "author"], "the {} of"),
    **dict.fromkeys(["count", "size", "strength", "number", "total", "toll"], "{} of"),
}


def _slot_asked(query: str) -> str:
    """A terse query that ends with one word after a colon or a dash (_SLOTS), read as the
    words say it: "X: name?" is X, "X: head?" the head of X, "X: size?" the size of X; or with
    words that each ask only for what is named ("X — month & yr?", "X - day/month?"): X."""
    body, mark, slot = max((query.rpartition(mark) for mark in _SLOT_MARKS), key=lambda part: len(part[0]))
    said = [word for word in _as_said(re.split(r"[\s/&]+", slot)) if word and word != "and"]
    if not mark or not said or not body.strip():
        return query
    if len(said) > 1:
        return body.strip() if all(_SLOTS.get(word, "-") == "" for word in said) else query
    if said[0] not in _SLOTS:
        return query
    asked = _SLOTS[said[0]]
    return f"{asked.format(said[0])} {body.strip()}".strip()


_SLOT_MARKS = (":", " - ", " – ", " — ")  # what sets a terse query's slot apart


# What may refer back to an opening a question follows: "... - what was that paper?", "...
# back then", "... around there".
_BACK_TO_OPENING = frozenset(["then", "there", "his", "her", "their", "its", "other"])


def _without_own_opening(query: str) -> str:
    """A query without the clause it opens with, when in it users speak of themselves or their
    own and a question follows that does not refer back to it, and says more than a form of
    date: "my great uncle was a ballist - what was Balli Kombetar exactly?" asks "what was
    Balli Kombetar exactly?"; not "my grandfather handed out Zeri i Popullit - what was that
    paper?", nor "... - what were the dates?"."""
    if not any(mark in query for mark in _MARKS):  # no clause set apart: no pattern to compile
        return query
    pieces = re.split(f"({_APART})", query, maxsplit=1)
    opening = _as_said(pieces[0].split())
    if len(pieces) < 3 or not opening or opening[0] not in _SPEAKING_OF_ONESELF:
        return query
    asked = _as_said(pieces[2].split())
    opener = asked[0] if asked else ""
    if opener not in _QUESTION_WORDS and opener.removesuffix("s") not in _QUESTION_WORDS:  # "whats"
        return query
    if not (_REFERRING | _BACK_TO_OPENING).isdisjoint(asked) or not terms(pieces[2]):
        return query  # "... - what was that paper?", "... - what were the dates?"
    return pieces[2]


def _as_said(words: Sequence[str]) -> list[str]:
    """Words as the lists of spoken words hold them (_ASKER, _QUESTION_WORDS): in lower case,
    with a typographic apostrophe as "'", without quotes or marks around them."""
    return [word.casefold().replace("\u2019", "'").strip("\"'?,.!") for word in words]


def _without_particles(words: Sequence[str]) -> list[str]:
    """Words without Albanian's particle "i" between two names ("Baba Faja i Martaneshit"),
    which is not the English "I" of a user speaking of themselves."""
    return [
        word
        for at, word in enumerate(words)
        if not (
            word == "i"
            and 0 < at < len(words) - 1
            and words[at - 1][:1].isupper()
            and words[at + 1][:1].isupper()
        )
    ]


TITLE_LETTERS = 4  # a capitalised word this short before a full stop is a title ("Gen.", "Col.")


def _without_own_sentences(query: str) -> str:
    """A query without the sentences before its last in which users speak of themselves and
    ask nothing ("my nona always called them the 'ballistët' lol. who led balli kombetar?")."""
    words, start = query.split(), 0
    for at, word in enumerate(words[:-1]):
        title = word[:1].isupper() and len(word) <= TITLE_LETTERS + 1
        if word.endswith((".", "!")) and not title:
            said = _as_said(_without_particles(words[start : at + 1]))
            if _SPEAKING_OF_ONESELF.isdisjoint(said) or said[0] in _QUESTION_WORDS:
                break
            start = at + 1
    last = _as_said(words[start:])
    # "I read of Dalmazzo. who ... him?", "my teacher mentioned the Mukje conference. when was that?"
    if not start or not _BACK.isdisjoint(last) or last[-1] in _BACK_AT_THE_END:
        return query
    return " ".join(words[start:])


_BACK_AT_THE_END = frozenset(["that", "this"])  # what refers back when it ends a question


# Who may ask on another's behalf ("my patron is writing about ...", "caller asks ..."): said as
# the asker is (_without_framing).
_FOR_WHOM_WORDS = "patron patrons caller callers visitor listener enquirer inquirer"
_FOR_WHOM_WORDS += " student students collector lecturer gentleman lady reader researcher pupil"
_FOR_WHOM_WORDS += " customer client"
_FOR_WHOM = frozenset(_FOR_WHOM_WORDS.split())
_ASKERS = _FOR_WHOM | {"i", "we"}
_ASKERS_OWN = frozenset(["my", "our"])  # "my patron", "my grandfather"
_BEFORE_AN_ASKER = frozenset(["a", "the", "this", *_ASKERS_OWN])
_FAMILY_WORDS = """grandfather grandmother great-grandfather great-grandmother grandparents father
    mother uncle aunt family relative relatives husband wife late"""
_FAMILY = frozenset(_FAMILY_WORDS.split())
_ASKERS_KIN = _FAMILY | frozenset(_OWN_KIN_WORDS.split())  # who may tell the asker what is checked
# The words in which an asker frames what is asked: "patron is writing a paper on ...", "she
# wants to know whether ...", "caller asks about ...".
_FRAMED_BY = frozenset(["she", "he", "they"])  # who may go on framing: "..., and she asks who ..."
_AUXILIARY_OF_FRAMING = frozenset(["is", "was", "has", "had", "would", "'d", "'s", "also", "just"])
# The verbs that open framing after "and" ("... and needs to know who ...", "and asks whether").
_FRAMING_VERB_WORDS = """
    ask asks asked asking want wants wanted need needs needed like wonder wonders wondering think
    thinks thought say says said know knows heard read remember remembers believe believes
    spelled spells spelt
"""
_FRAMING_VERBS = frozenset(_FRAMING_VERB_WORDS.split())
# The other words in which an asker frames what is asked: "patron is writing a paper on ...",
# "she wants to know whether ...", "caller asks about ...".
_FRAMING_WORDS = """
    have really actually now only still currently to curious interested in write writes writing
    wrote reads reading researching research looking into making putting together following doing
    planning hear found came calling on line paper piece essay article book thesis chapter
    project school timeline chronology story about whether if told tell tells her him me us a an
    the for that please of up from comes
"""
_FRAMING = _FRAMING_VERBS | _AUXILIARY_OF_FRAMING | frozenset(_FRAMING_WORDS.split())


def _framing_verb_at(said: Sequence[str], at: int) -> bool:
    """Whether a verb of framing ("asks", "has read", "'d like") stands at `at`."""
    while at < len(said) and said[at] in _AUXILIARY_OF_FRAMING:
        at += 1
    return at < len(said) and said[at] in _FRAMING_VERBS


def _asker_at(said: Sequence[str], at: int) -> int:
    """How many words from `at` name the asker or the asker's own ("my patron's grandfather",
    "caller", "I", "she" before a verb of framing, "she's"), or open framing after "and" ("and
    needs to know"); 0 when they do not."""
    if at and said[at - 1] == "and" and _framing_verb_at(said, at):
        return 1
    end = at + 1 if at < len(said) and said[at] in _BEFORE_AN_ASKER else at
    written = said[end] if end < len(said) else ""
    word = written.removesuffix("'s")
    if word in _ASKERS or (word in _FRAMED_BY and (written != word or _framing_verb_at(said, end + 1))):
        end += 1
    elif end == at or said[at] not in _ASKERS_OWN:  # "my grandfather ...", not "the book ..."
        return 0
    while end < len(said) and said[end].removesuffix("'s") in _FAMILY:
        end += 1
    return end - at


def _asks_at(words: Sequence[str], at: int) -> bool:
    """Whether a question word opens the words from `at`."""
    return _as_said(words[at : at + 1])[0] in _QUESTION_WORDS


def _without_framing(query: str) -> str:
    """A query without the words in which the asker frames it, where someone asks on another's
    behalf (_FOR_WHOM): "patron asks who led ..." is "who led ...", "my patron is writing a
    paper on the Mukje talks and needs to know who ..." is "Mukje talks, who ..."."""
    words = query.split()
    said = [word.rstrip(":;") for word in _as_said(words)]  # "asks:" frames as "asks" does
    if _FOR_WHOM.isdisjoint(word.removesuffix("'s") for word in said):
        return query
    kept: list[str] = []
    at, framed = 0, False
    while at < len(words):
        starts = at == 0 or words[at - 1].endswith((",", ":", ";", "?", ".")) or said[at] == "and"
        skip = 1 if at and said[at] == "and" else 0
        asker = _asker_at(said, at + skip) if starts else 0
        if not asker and at and _framing_verb_at(said, at):  # "patron writing on X asks who ..."
            end = at
            while end < len(said) and said[end] in _FRAMING:
                end += 1
            asker = end - at if end < len(said) and said[end] in _QUESTION_WORDS else 0
        if asker:
            end = at + skip + asker
            while end < len(said) and not words[end - 1].endswith((",", ":", ";")):
                if said[end] in _POSSESSIVES and said[end + 1 : end + 2] and said[end + 1] in _FAMILY:
                    end += 2  # "... heard a story from her grandfather about ..."
                elif said[end] in _FRAMING:
                    end += 1
                else:
                    break
            if end < len(words):
                if kept and not kept[-1].endswith((",", ":", ";", "?", ".")):
                    kept[-1] += ","
                framed = framed or not at  # "patron is reading about X, ...": X is a topic
                at = end
                continue
        kept.append(words[at])
        at += 1
    asked = next((at for at in range(1, len(kept)) if kept[at - 1].endswith(",") and _asks_at(kept, at)), 0)
    named = kept and kept[0][:1].isupper() and _as_said(kept[:1])[0] not in _MONTH_NAMES  # "Korçë, ..."
    if framed and asked and not named and _REFERRING_BACK.isdisjoint(_as_said(kept[asked:])):
        # "patron reads of the Mukje talks, who led the Balli side?": the question, then its
        # topic; not after a name the question is asked of ("Ymer Dishnica, what was his role")
        question, topic = kept[asked:], kept[:asked]
        kept = [*question[:-1], question[-1].rstrip("?") + ",", *topic]
    return " ".join(kept).strip(" ,") or query  # the topic's comma, a query's own at its ends


# Initials with their quotes, brackets and marks, a possessive's 's, or an Albanian ending after
# a hyphen ("PKSH-së", "UNÇ-ja").
_INITIALLED = r"^([\"'“‘«(\[]*)([^\W\d_]+)((?:['’]s|-[^\W\d_]{1,3})?)([\"'”’»)\],.;:?!]*)$"


_VOWELS = frozenset("aeiouy")


def spelled_out(base: FactBase, query: str) -> str:
    """The query with initials the sources do not write ("the BK delegation", "the CPA") read as
    the name of an organisation, a place or an event they are the initials of (match.initials):
    an organisation's before any other entry's, and of two alike, the one more facts name
    (FactBase.initialled); left be when two are named as often, and in a query all in capitals.
    Initials are written in capitals, or without a vowel ("pksh", "PKSh"). Initials
    after the name they stand for ("Balli Kombetar (BK)") are dropped."""
    words = query.split()
    if query.upper() == query:  # "WHO LED THE BK": no word in capitals stands out
        return query
    for at, word in enumerate(words):
        parts = re.match(_INITIALLED, word)
        if not parts or len(parts[2]) not in INITIALS:
            continue
        # In capitals ("Abaz": its letters are not initials), or else three letters or more
        # without a vowel, which no word is ("pksh", "PKSh", "lnc"; "bc" is a chat's "because").
        unvoiced = len(parts[2]) >= 3 and _VOWELS.isdisjoint(plain(parts[2]))
        lower = unvoiced and (parts[2].islower() or parts[2][:1].isupper())
        if not parts[2].isupper() and not lower:
            continue
        letters = fold(parts[2])[0]
        if letters in STOP_WORDS:  # "IS"
            continue
        if base.known_terms([letters]):  # "UNÇ", "ACP": the sources' own, "UNÇ-së" without its ending
            words[at] = "".join(parts[i] for i in (1, 2, 4)) if parts[3][:1] == "-" else word
            continue
        initialled = base.initialled(letters)
        found = [(kind is Kind.ORGANISATION, named, name) for _, kind, name, named in initialled]
        if not found or (len(found) == 2 and found[0][:2] == found[1][:2]):
            continue  # none, or two alike: each an organisation (or neither), as often named
        name = found[0][2]
        said = {t for other in words[:at] + words[at + 1 :] for t in terms(other)}
        ending = "" if parts[3][:1] == "-" else parts[3]  # "PKSH-së": the name, not declined
        words[at] = "" if set(terms(name)) <= said else parts[1] + name + ending + parts[4]
    spelled = " ".join(word for word in words if word)
    return spelled if spelled != " ".join(query.split()) else query


def _year_at(words: Sequence[str], before: str) -> tuple[str, int]:
    """The year said at the start of `words`, after the word `before` ("nineteen forty two?":
    "1942?"), and how many words it takes; else ("", 1)."""
    said = [word.casefold().rstrip(_CLOSING) for word in words]
    closed = [word != word.rstrip(_CLOSING) for word in words]  # "forty," ends what is said
    century = said[0] == "nineteen" and not closed[0] and len(said) > 1
    decade = said[century]
    if decade not in _TENS or not (century or (decade in _WAR_DECADES and before in _BEFORE_A_YEAR)):
        return "", 1
    taken = century + 1
    if not closed[taken - 1] and said[taken:] and said[taken] in _UNITS:
        taken += 1
    elif not century and not closed[taken - 1] and said[taken:]:
        return "", 1  # "in forty days": a number
    last = words[taken - 1]
    year = 1900 + _TENS[decade] + (_UNITS[said[taken - 1]] if taken > century + 1 else 0)
    return f"{year}{last[len(last.rstrip(_CLOSING)) :]}", taken


# Adverbs that tell where in a story a thing falls, how sure the speaker is or how formal the
# act, not what it was: not words to find ("openly", "secretly", which say what was done, are).
_SEQUENCE_ADVERBS = frozenset(
    [
        "finally",
        "eventually",
        "ultimately",
        "initially",
        "originally",
        "actually",
        "really",
        "apparently",
        "basically",
        "formally",
        "officially",
        # Albanian's: "menjëherë pas" (immediately after), "fill pas" (right after), "pikërisht",
        # "saktë" (exactly).
        "menjehere",
        "fill",
        "pikerisht",
        "sakte",
    ]
)


# Words of size or fame a speaker puts before what they name: "the big meeting at Mukje". Not
# "major", which is also Abaz Kupi's rank ("the coalition the major tried to build").
_VAGUE = frozenset(
    ["big", "huge", "large", "famous", "important", "notorious", "infamous", "whole", "entire"]
)
# "according to the Mukje agreement": whose account it is, not what is asked of it.
# The words for "of" of the languages users mix in ("Konferenz von Peza", "congresso di Permet"),
# which join words as "of" does; a name that holds one ("von Weichs") is found by its names.
_FOREIGN_OF = frozenset(["von", "di", "della", "del", "der", "des"])
_PASSED_OVER = _SEQUENCE_ADVERBS | _VAGUE | _FOREIGN_OF | {"according"}


def _adverb(word: str) -> bool:
    """Whether an unknown word is an adverb of manner ("quietly", "cynically"): it says how,
    not what, and so is no word at all to the full text."""
    word = word.rstrip(_CLOSING)  # "which date exactly?"
    return len(word) >= 6 and word.casefold().endswith("ly") and word.isalpha() and word.islower()


# The endings of English adjectives and participles: an unknown word with one before a noun
# says what kind ("the brutal massacre", "the failed conference"); one without is a name.
_ADJECTIVE_ENDINGS = (
    "al", "ful", "ous", "ic", "ive", "ed", "ing", "ly", "less", "able", "ible", "ant", "ent", "ary",
    "ory", "ish", "y", "est", "er", "ian", "ese",
)  # fmt: skip


NAME_LETTERS = 6  # the fewest letters of such a name: "the hard battle", "the quiet deal" are no names
GUESSED_NAME_LETTERS = 4  # and of a name guessed alone after a question for a person: "..., tito?"
NAME_PARTS = 3  # the most words a name before a noun of an event may be split into
SYLLABLE_LETTERS = 5  # the most letters of each word of a name split so ("bore", "ova")


def _name_before_noun(words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at`, after "the" or "a", names the event the noun after it
    says ("the borova massacre", "the warsaw pact"): a word the fact base does not know that is
    no adjective by its ending ("the brutal massacre")."""
    # A name a dictating phone split into words ("the bore ova massacre") is one; not words of
    # a number ("the first ...", "the one ...").
    before = range(at, max(0, at - NAME_PARTS), -1)
    start = next((s for s in before if words[s - 1].casefold() in _DETERMINERS), 0)
    if at + 1 >= len(words) or not start:
        return False
    parts = [w.casefold().strip(_OPENING + _CLOSING) for w in words[start : at + 1]]
    if any(part in STOP_WORDS or _number_of(part) for part in parts[:-1]):
        return False
    if len(parts) > 1 and max(map(len, parts)) > SYLLABLE_LETTERS:  # "the communist history books"
        return False
    word = "".join(parts)
    following = _kind_of_noun(words[at + 1].strip(_CLOSING))
    named = len(word) >= NAME_LETTERS and word.isalpha() and not word.endswith(_ADJECTIVE_ENDINGS)
    return following is Kind.EVENT and named


_OF_ALBANIAN = frozenset(["e", "i", "te", "të", "se", "së"])  # the articles of an Albanian genitive


def _name_after_noun(words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at`, after a noun of an event and "of" (or an Albanian
    genitive's article), names the place the event was of ("the battle of gjorm", "the
    massacre of borova", "konferenca e bujanit"), as _name_before_noun."""
    if at < 2 or words[at - 1] not in _OF_ALBANIAN | {"of"}:  # as typed: "staff. I know" is English
        return False
    word = words[at].casefold().strip(_OPENING + _CLOSING)
    # The last word of what the event was of: "the battle of gjorm near vlora", "... of gjorm
    # fought" (a past participle after it), not "the battle of hard fighting", "the expedition
    # of late June".
    last = words[at] != words[at].rstrip(_CLOSING) or at + 1 == len(words)
    following = words[at + 1].casefold().strip(_CLOSING) if not last else ""
    last = (
        last
        or following in STOP_WORDS | _AFTER_A_PLACE
        or (_participle(following) and following[-3:] != "ing")
    )
    named = len(word) >= PLACE_LETTERS and word.isalpha() and last
    return named and _kind_of_noun(words[at - 2].strip(_CLOSING)) in _NAMED_OF


def _post_of_unknown(words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at` says the field of a post (_PORTFOLIO_HOLDERS), after its
    noun and "of" (and "the"): "the minister of education", "head of propaganda"."""
    before = [word.casefold().strip(_CLOSING) for word in words[max(0, at - 3) : at]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "of":
        return False
    word = words[at].casefold().strip(_OPENING + _CLOSING)
    return len(word) >= PLACE_LETTERS and word.isalpha() and before[-2] in _PORTFOLIO_HOLDERS


# The nouns of posts that are of a field ("minister of education", "head of propaganda"); not of
# a body, which a word in another language may name ("officer of the xhandarmëri", "leader of
# the gioventù comunista").
_PORTFOLIO_HOLDERS = frozenset(
    ["minister", "ministers", "head", "chief", "secretary", "director", "commissioner"]
)


PLACE_LETTERS = 4  # an unknown word of at least these letters after "the battle of" is a name
# The kinds of the nouns an unknown word after "of" names: "the battle of gjorm", "the village of
# borova", "the league of prizren" (not a person's: "the son of ..." is _relative_of's).
_NAMED_OF = frozenset([Kind.EVENT, Kind.PLACE, Kind.ORGANISATION])


APPOSITION_WORDS = 3  # the most words of a name set apart at a query's end


def _name_set_apart(base: FactBase, words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at` is one of the two or three words a comma or a dash sets
    apart at the end of a description ("the ...", not a question), each a word of a name the
    fact base knows or none it knows at all, of three letters or more, and none a word such as
    "the" or "something": a name told beside its description ("the last prime minister of
    1944, fiqri dine"; not "when was ..., first shock brigade", "the governor, jacomo
    something"), never a word to pass over; or the one word a question for a person guesses
    after a comma or a dash, or two ("... -- Xhafer Deva?"), no slip of a word the fact base
    holds ("who commanded the ss division, schmidhuber?")."""
    starts = [s for s in range(1, len(words)) if words[s - 1].endswith(",") or words[s] in _DASHES]
    start = starts[-1] + (words[starts[-1]] in _DASHES) if starts else 0
    apart = [w.casefold().strip(_OPENING + _CLOSING) for w in words[start:]]
    described = words[0].casefold() in _DETERMINERS and not words[-1].endswith("?")
    # Two words, each capitalised as a name is: "Xhafer Deva?", not "weiss jemand?" (who knows?).
    capitalised = len(apart) == 1 or all(w.lstrip(_OPENING)[:1].isupper() for w in words[start:])
    word = (fold(words[at]) or [""])[0]
    guessed = bool(start) and 1 <= len(apart) <= 2 and capitalised and word in apart
    if guessed and words[0].casefold() in ("who", "whom"):
        # One word or two alone after a question for a person, no slip of a word the fact base
        # holds: a name the user guesses ("who commanded the ss division, schmidhuber?", "...
        # -- Xhafer Deva?").
        return all(len(w) >= GUESSED_NAME_LETTERS and _unlike_any(base, w) for w in apart)
    if not described or not start or at < start or not 2 <= len(apart) <= APPOSITION_WORDS:
        return False
    named = base.index.names.word_counts([t for w in apart for t in terms(w)])
    return all(
        len(w) >= 3
        and w.isalpha()
        and w not in STOP_WORDS | _ALBANIAN_FORM | _UNSURE
        and (not base.known_terms(terms(w)) or all(t in named for t in terms(w)))
        for w in apart
    )


def _unlike_any(base: FactBase, word: str) -> bool:
    """Whether an unknown word is no slip of a word the fact base holds ("davies"; not
    "comander"): a name, where its place says it may be one."""
    return word.isalpha() and not any(map(base.terms_near, terms(word)))


_UNSURE = frozenset(["something", "somewhere", "sometime", "anything", "anyone", "anybody", "everyone"])
_DASHES = frozenset(["-", "--", "–", "—"])
# The titles said before a name in lower case ("marshal tito", "general alexander lohr"),
# which no common word follows as a noun does ("the general staff" is known).
_TITLES_BEFORE_NAMES = frozenset(
    ["marshal", "general", "gen", "colonel", "col", "major", "brigadier", "captain", "lieutenant", "admiral"]
)
# And the titles that come only before a name, never after a word ("the Italian King").
_TITLES_ONLY_BEFORE = _TITLES_BEFORE_NAMES | frozenset(["king", "queen", "emperor", "prince"])


def _named_first(words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at` opens the query, alone or after an article, and a comma
    sets it apart from the description that follows ("the vulnetari, albanian village militia
    in Kosmet"): a name put first, which none told; not a title ("the bey, formerly an officer").
    """
    before = [word.casefold() for word in words[:at]]
    # After an article, or after "who was": "who was tito, the yugoslav partisan leader".
    opening = at == 0 or (at == 1 and before[0] in _ARTICLES) or _question_opens(before)
    titled = words[at].rstrip(",").casefold() in TITLES
    return opening and words[at].endswith(",") and at + 1 < len(words) and not titled


def _question_opens(words: Sequence[str]) -> bool:
    """Whether the words are a question word and a verb of being, and nothing else ("who
    was", "who is", "what were")."""
    return len(words) == 2 and words[0] in _QUESTION_WORDS and words[1] in _BEING


def _name_after_title(base: FactBase, words: Sequence[str], at: int) -> bool:
    """Whether an unknown word at `at` follows a title ("marshal tito") and ends the query or
    its clause, or comes before another word that does, or is no slip of a word the fact base
    holds ("brigadier davies captured ..."; not "the general strike in tirana"): a name none
    told."""
    if not at or words[at - 1].casefold().rstrip(".") not in _TITLES_BEFORE_NAMES:
        return False
    word = words[at].strip(_OPENING + _CLOSING)
    ends = any(w != w.rstrip(_CLOSING) for w in words[at : at + 2]) or len(words) - at <= 2
    # A title that opens the query ("who was brigadier davies ...") is said before a name; one
    # after a description is a noun ("German field marshal told to ..."), which a verb may
    # follow, as one before "to" or "by" is ("field marshal told to wipe out ...", "the field
    # marshal told by the Wehrmacht ...").
    opens = all(w.casefold() in STOP_WORDS | TITLES for w in words[: at - 1])
    opens = opens and words[at + 1 : at + 2] not in (["to"], ["by"])
    return ends or (opens and _unlike_any(base, word))


def _of_what(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` ends the query after "of" or "of the": what something is of
    ("the first congress of the party of labour") is a name, never a word to pass over; a
    number is none ("the groups of 1939-40")."""
    before = [word.casefold() for word in words[max(0, at - 2) : at]]
    last = at == len(words) - 1 and not _denying(words[at]) and not any(c.isdigit() for c in words[at])
    return last and (before[-1:] == ["of"] or before == ["of", "the"])


def _denying(word: str) -> bool:
    """Whether a word denies another with "non" ("non-aggression", "nonaggression"): a common
    word, which no name is."""
    return word.casefold().lstrip(_OPENING).startswith("non") and len(word) > len("non-") + 2


def _too_many(groups: Sequence[set[str]], unknown: Sequence[str]) -> bool:
    """Whether a query carries more unknown words than query_words may pass over: any, in a
    query of fewer than LONG_QUESTION known words; else more than one for every two."""
    return len(groups) < LONG_QUESTION or len(unknown) > len(groups) // 2


_NOUN_ENDINGS = ("ation", "ition", "tion", "sion")
BEGUN_FROM = 5  # a common word the text lacks this long stands for the words that begin with it


def _forms_of(base: FactBase, term: str, lower: bool, word: str = "") -> tuple[set[str], set[str]]:
    """The terms of the text that may stand for a term of a query (query_words), and those of
    them that are its own forms rather than synonyms. `word` is the term's word as typed,
    folded: a verb's past or -ing form also stands for the words that begin as the verb does,
    which its stem may have lost ("agreed", agr: agreement; "negotiating": negotiations), but
    for adverbs ("opened" is no "openly")."""
    forms = {term}
    # Other forms of a common word; not of one the synonyms define as another word, none of
    # which begins as it does ("capital": Tirana, not "capitulation"; "defended": defence, and
    # so defensive).
    if len(term) >= FORMS_FROM and lower:
        stem = term[: max(FORMS_FROM - 1, len(term) - 2)]
        if term not in synonyms() or any(t.startswith(stem) for t in synonyms_of(term)):
            forms |= base.terms_starting(stem, FORMS)
    verb = word[: -2 if word.endswith("ed") else -3] if word.endswith(("ed", "ing")) else ""
    if len(verb) >= VERB_FROM and lower:  # not an adverb: "opened" is no "openly"
        forms |= {t for t in base.terms_starting(verb, FORMS) if not t.endswith("ly")}
    forms |= _ordinal_forms(term)  # "third": 3rd, the same word
    spelt = _spellings(base, word) - forms  # "Mukaj": Mukje, as the text spells it
    said = synonyms_of(term)  # "dyte": second, and so 2nd
    known = base.known_terms({*forms, *spelt, *said, *(t for other in said for t in _ordinal_forms(other))})
    ending = next((e for e in _NOUN_ENDINGS if term.endswith(e)), "")
    if not known and lower and ending and len(term) - len(ending) >= BEGUN_FROM:
        forms = base.terms_starting(term[: -len(ending)], FORMS)  # "recognition": recognised
        known = base.known_terms(forms)
    if not known and lower and len(term) >= BEGUN_FROM:  # "south": southern, before a slip (youth)
        forms = base.terms_starting(term, FORMS)
        known = base.known_terms(forms)
    if not known and len(term) >= 5:  # slips in a name: "leskoveek" (two), "libbohova" (one)
        slips = min(allowed_edits(len(term)), 2)
        forms = {t for w in base.index.names.near_words(term, slips) for t in terms(w)}
        known = base.known_terms(forms)
    if not known and word:  # an Albanian letter spelt as English spells its sound: "Lachi", "Hoja"
        forms = {t for sound, letter in _SOUNDS for t in terms(word.replace(sound, letter)) if sound in word}
        known = base.known_terms(forms)
    if not known:  # a name with an Albanian ending: "Beratit" (of Berat)
        forms = _undeclined(term)
        known = base.known_terms(forms)
    return known, known & forms


# Albanian's letters as English and German spell their sounds, folded: ç as "ch", "tch",
# "tsch" ("Lachi": Laçi), c as "ts" ("Dishnitsa"), gj as "dj", xh as "j" ("Hoja": Hoxha).
_SOUNDS = (("tsch", "c"), ("tch", "c"), ("ch", "c"), ("ts", "c"), ("dj", "gj"), ("j", "xh"))


def _apposed(base: FactBase, said: Sequence[str], noun: str) -> bool:
    """Whether the noun a query asks for stands beside the one-word name of a place the sources
    do not call so ("Mukje village near Kruja"): the place named, described, not another that
    they do call so (Labinot village). Not "Shengjini port", which they call a port."""
    at = next((i for i, word in enumerate(said) if noun and noun in terms(word)), None)
    if at is None or _kind_of_noun(said[at]) is not Kind.PLACE:
        return False  # "the Yugoslav council Mukje was modelled on": a council, no place
    places = (_place_named(base, said[beside]) for beside in (at - 1, at + 1) if 0 <= beside < len(said))
    return any(place and not _is_a(base.get(place), noun) for place in places)


def _spellings(base: FactBase, word: str) -> set[str]:
    """The terms of the name of the place whose one-word alias a word of a query is ("Mukaj":
    Mukje), as the fact base's own words spell it where the user spells it otherwise."""
    rows = base.index.names.exact([word]) if word else []
    places = sorted({row[1] for row in rows if row[2] == Kind.PLACE and row[4] == "alias"})
    return {term for place in places if len(found := terms(base.get(place).name)) == 1 for term in found}


COMPOUND_PART = 3  # the fewest letters each word of a compound written as one has


def _compound(base: FactBase, term: str) -> tuple[str, ...]:
    """Two words of the full text that a term the text does not hold joins ("counterattack":
    counter-attack, "antifascist": anti-fascist), the first split that makes two; ()."""
    cuts = range(COMPOUND_PART, len(term) - COMPOUND_PART + 1)
    halves = [terms(term[:at]) + terms(term[at:]) for at in cuts]
    splits = [(half[0], half[1]) for half in halves if len(half) == 2]
    known = base.known_terms(part for split in splits for part in split)
    return next(((head, tail) for head, tail in splits if head in known and tail in known), ())


_CENTURY = frozenset(terms("century centuries"))


def _of_centuries(query: str) -> set[str]:
    """The terms of an ordinal and the century it numbers ("the 15th-century hero"): a time,
    not which one of several is meant, so neither an ordinal nor a word to seek."""
    return {t for pair in pairwise(terms(query)) if pair[1] in _CENTURY and _ordinal(pair[0]) for t in pair}


# Nouns that give a question its form, by the words that may come before them: "(the)
# number of ..." asks for a figure, as "how many" does (not "issue number of ..."); "the name
# of ..." asks which one, as "which" does (not "name of ...", itself a name).
_ASKING_NOUNS = {
    "number": frozenset(["", "the", "a", "total"]),
    **dict.fromkeys(["name", "names"], frozenset(["the", "its", "their", "his", "her"])),
}


# A verb that opens a request, before the words of what it asks for: "Name the major who ...".
_REQUESTS = frozenset(["name", "identify"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "both"])


def _asking_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a noun of _ASKING_NOUNS, with "of" after it and a word that
    may come before it (or none, where it may stand first); or a verb of _REQUESTS that opens
    the query, before a determiner ("name the ...")."""
    before = words[at - 1].casefold() if at else ""
    allowed = _ASKING_NOUNS.get(words[at].casefold(), frozenset())
    if not at and words[at].casefold() in _REQUESTS:
        return len(words) > 1 and words[1].casefold() in _DETERMINERS
    return words[at + 1 : at + 2] == ["of"] and before in allowed


# Phrases that set a question in the time every fact is of: "how many people did Albania
# lose in the war", "the population of Albania back then".
_THE_WAR = ("the war", "the second world war", "world war two", "world war ii", "world war 2", "ww2", "wwii")
# And in Albanian, as folded (_aside): "në luftën e dytë botërore", "gjatë luftës".
_THE_WAR_SQ = (
    "lufte",
    "luften",
    "luftes",
    "luften e dyte",
    "luften e dyte boterore",
    "luftes se dyte boterore",
)
_TEXT_NOUNS = (
    "source sources text texts article account version document entry page piece essay wiki wikipedia history"
)
_TEXTS = tuple(
    f"{which}{noun}"
    for which in ("", "first ", "second ", "other ", "longer ", "shorter ", "long ", "short ", "main ")
    for noun in _TEXT_NOUNS.split()
)
_AS_A_TEXT_SAYS = (
    "according to the",
    "according to this",
    "per the",
    "per this",
    "as per the",
    "as per this",
)
_SPEAKERS_ASIDES = (
    "if i may ask",
    "if i may",
    "in point of fact",
    "as a matter of fact",
    "as a matter of record",
    "for the record",
    "out of curiosity",
    "by the way",
    "quick question",
    "no idea",
    "help me",
    "help me out",
    "pls help",
    "please help",
    "with respect to",
    "with regard to",
    "nuk e mbaj mend",
    "e mbaj mend",
    "e kam per detyre",
    "per detyre",
    "per detyre shtepie",
    "me duket",
    "po me duhet",
    "me duhet",
    "m duhet",
    "in plain words",
    "in plain terms",
    "in plain english",
    "in simple terms",
    "in simple words",
    "in a nutshell",
    "more or less",
    # What says the answer's form, not what is asked: "dates pls, first to last day".
    "first to last day",
    "from first to last day",
    "start to finish",
    "from start to finish",
)
_ASIDES = [
    *(f"{during} {war}".split() for during in ("in", "during", "throughout") for war in _THE_WAR),
    *(f"{during} {war}".split() for during in ("ne", "gjate") for war in _THE_WAR_SQ),
    *(phrase.split() for phrase in ("back then", "at the time", "at that time")),
    *(f"{by} the end of the war".split() for by in ("at", "by")),
    # Where in a story it falls, as "finally" says (_SEQUENCE_ADVERBS): "freed at last".
    *(phrase.split() for phrase in ("at last", "at long last", "at first", "in the end")),
    # What a speaker says of the asking, not of what is asked: "..., if I may ask", "in point of
    # fact", "as the source has it", "per the second text", "se nuk e mbaj mend" (for I don't
    # remember), "e kam për detyrë" (I have it for homework).
    *(f"{said} {text}".split() for said in _AS_A_TEXT_SAYS for text in _TEXTS),
    *(f"as the {text} has it".split() for text in _TEXTS),
    *(phrase.split() for phrase in _SPEAKERS_ASIDES),
]


def _aside(words: Sequence[str]) -> set[int]:
    """The positions of the words of _ASIDES phrases in a query, unless they are all it says,
    or a phrase goes on with "of" ("in the end of 1943": a time)."""
    folded = [_folded(word) for word in words]
    found = {
        at + i
        for at in range(len(folded))
        for phrase in _ASIDES
        if folded[at : at + len(phrase)] == phrase and folded[at + len(phrase) :][:1] != ["of"]
        for i in range(len(phrase))
    }
    return found if len(found) < len(words) else set()


# What a "when" question says of an event only to ask when it was: "when did ... open?", "when
# was Italy's capitulation proclaimed?"
_HAPPENED = frozenset(
    terms(
        "open opened begin began begun start started end ended close closed finish finished occur occurred"
        " held proclaimed announced signed fought convened mbajt mbajtur filloi nisi ndodhi ndodhet gjendet"
        " zhvillua mblodh mblodhen"
    )
)
# Phrases of two words that say it happened (or ended): "take place", "kick off", "get going".
_HAPPENED_PAIRS = frozenset(
    (verb, particle)
    for verbs, particle in (
        ("take took taken takes", "place"),
        ("kick kicked kicks", "off"),
        ("get got gets", "going"),
        ("get got gets", "started"),
        ("come came comes", "about"),
        ("is was are were", "over"),  # "when the war was over": when it ended
    )
    for verb in verbs.split()
)


def _event_then(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` follows a noun of an event and ends its clause, or comes before
    a word such as "on" (not "the" or "against"): "Mukje talks opened", "Permet congress opened
    on?"; a verb that says only that it happened (_happened), not what was done ("the congress
    proclaimed the government")."""
    after = words[at + 1].casefold().strip(_CLOSING) if at + 1 < len(words) else ""
    ends = not after or words[at] != words[at].rstrip(_CLOSING) or after in _DASHES
    ends = ends or (after in STOP_WORDS and after not in _DETERMINERS | _WITH_WHOM)
    return at > 0 and ends and _kind_of_noun(words[at - 1].strip(_OPENING + _CLOSING)) is Kind.EVENT


# What says with or against whom something was done ("partisans fought against ..."): no end.
_WITH_WHOM = frozenset(["against", "with", "by", "for", "to", "from", "alongside"])


def _happened(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` only says that something happened (_HAPPENED, _HAPPENED_PAIRS)."""
    word, before = words[at].casefold().rstrip("?"), words[at - 1].casefold() if at else ""
    after = words[at + 1].casefold().rstrip("?") if at + 1 < len(words) else ""
    said = terms(word)
    return (
        (bool(said) and said[0] in _HAPPENED)
        or (word, after) in _HAPPENED_PAIRS
        or (before, word) in _HAPPENED_PAIRS
    )


# An ordinal says which one is meant ("the third congress"): like a name, it is never passed
# over. (A number may be: "1939-40", "February 44".)
_ORDINALS = {
    term: number
    for number, term in enumerate(
        terms("first second third fourth fifth sixth seventh eighth ninth tenth"), 1
    )
}


def _short_number(term: str) -> bool:
    """Whether a term is a number of one or two digits, which may be passed over as a word in
    lower case may ("1939-40", "February 44"); a longer one (a year) may not."""
    return term.isdigit() and len(term) <= 2


def _ordinal(term: str) -> bool:
    """Whether a term is an ordinal: third, 3rd, 12th."""
    return _number_of(term) is not None


def _past_first(term: str) -> bool:
    """Whether a term is an ordinal past the first ("second", "3rd"): it numbers which one is
    meant, where "first" may mean only the earliest."""
    return (_number_of(term) or 0) > 1


def _first_holder(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is "first" (1st) before a noun of a person ("the first leader
    of ...", "1st commander of ...", "the first puppet premier"): it asks for the earliest to
    hold a role (_earliest_holder); not a unit or a meeting numbered first ("the 1st Assault
    Brigade")."""
    return bool(_role_after(words, at))


# The words that say "the two sides" of a meeting or a deal, whoever they were: "both camps",
# "the opposing factions". They name no one, and no fact says them.
_BOTH = frozenset(["two", "both", "either", "opposing", "rival", "warring", "2"])
_SIDES = frozenset(["side", "sides", "camp", "camps", "party", "parties", "faction", "factions"])


def _of_both_sides(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` says "the two sides" (a word of _BOTH, then one of _SIDES at
    most a word later: "the two Albanian sides"), as either of its two words."""
    first = max(0, at - 2)
    said = [_folded(word.strip(_CLOSING)) for word in words[first : at + 3]]  # two words each side
    at -= first
    if said[at] in _BOTH:
        return not _SIDES.isdisjoint(said[at + 1 :])
    return said[at] in _SIDES and not _BOTH.isdisjoint(said[:at])


FIRST_GAP = 2  # the most words between "first" and the noun of the role it asks the earliest of


def _role_after(words: Sequence[str], at: int) -> str:
    """The noun of a person's role (NOUN_KINDS) that "first" at `at` goes with, past up to
    FIRST_GAP words that are no nouns ("the first puppet premier"), else ""."""
    if _number_of(_folded(words[at])) != 1:
        return ""
    for word in words[at + 1 : at + 2 + FIRST_GAP]:
        noun = _noun(_folded(word))
        if noun:
            return noun if NOUN_KINDS[noun] is Kind.PERSON else ""
    return ""


def first_role(query: str) -> str:
    """The role a query asks the first holder of: "the first commander of the partisan army"
    (commander), else ""."""
    said = query.split()
    return next((noun for at in range(len(said)) if (noun := _role_after(said, at))), "")


_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}  # an ordinal's ending in figures; "th" otherwise


def _ordinal_forms(term: str) -> set[str]:
    """An ordinal up to the tenth in figures, and past the first in words ("2nd": second, 2nd;
    "1st" is no "first", which the sources write of the earliest), past the second in Roman
    figures, as a king's is written ("Victor Emmanuel the third": III; not "II", which "World
    War II" is), else none."""
    number = _number_of(term) or 0
    words = [word for word, n in _ORDINALS.items() if n == number]
    if not words:
        return set()
    spoken = [] if number == 1 else words
    roman = [_ROMAN[number - 1]] if number > 2 and len(_ROMAN[number - 1]) > 1 else []  # terms drop "v"
    return {*spoken, *roman, f"{number}{_SUFFIXES.get(number, 'th')}"}


_ROMAN_WORDS = "i ii iii iv v vi vii viii ix x"  # the first ten in Roman figures, as terms fold them
_ROMAN = _ROMAN_WORDS.split()


# The nouns of the units an ordinal numbers ("the 2nd Assault Brigade", "the third division"),
# as names keep their words (match.content_words), and the most words between the two.
_UNIT_NOUNS = frozenset(["brigad", "division", "corp", "battalion", "regiment"])
UNIT_GAP = 2


def _unit_unnamed(base: FactBase, query: str) -> bool:
    """Whether a query names a unit by an ordinal and its noun (_UNIT_NOUNS, at most UNIT_GAP
    words apart) that no entry's names say: "the 2nd Assault Brigade", which the sources never
    name (they tell of the 1st, the 3rd and the 4th), "the 22nd mountain corps". "the 21st SS
    division" and "the third brigade" are named (the 21st Division of Waffen-SS, the 3rd Brigade)."""
    said = [word for word in normalise(query).split() if terms(word)]
    for at, word in enumerate(said):
        term = terms(word)[0]
        forms = _ordinal_forms(term) or ({term} if _number_of(term) else set())  # "21st": as written
        unit = next((w for w in said[at + 1 : at + 2 + UNIT_GAP] if terms(w)[0] in _UNIT_NOUNS), None)
        if not forms or unit is None:
            continue
        kept = content_words(unit) | content_words(unit[:-1])  # as names keep it: "corps", "brigad"
        if not any(base.index.names.keys_with_words(sorted({form, one})) for form in forms for one in kept):
            return True
    return False


def _number_of(term: str) -> int | None:
    """The number an ordinal stands for (third, 3rd: 3), else None."""
    if term[:-2].isdigit() and term[-2:] in ("st", "nd", "rd", "th"):
        return int(term[:-2])
    return _ORDINALS.get(term)


def ordinals(text: str) -> set[int]:
    """The numbers of the ordinals a text holds ("the 2nd Congress", "second congress": {2}),
    not those of a century (_of_centuries)."""
    century = _of_centuries(text)
    return {n for n in map(_number_of, (t for t in terms(text) if t not in century)) if n is not None}


def numbered_otherwise(entity: Entity, asked: Set[int]) -> bool:
    """Whether an entity's names number it otherwise than the ordinals asked: "the 2nd corps"
    is not the Formation of the 1st Corps, however alike the rest of the words."""
    if not asked:
        return False
    named = ordinals(" ".join((entity.name, *entity.aliases)))
    return bool(named) and named.isdisjoint(asked)


def read_words(
    base: FactBase, query: str, prefer: Sequence[Kind], asked: bool | None = None
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity the words of the query lead to (read_text), when one of the preferred kinds
    is clearly ahead; Ambiguous when several are close; None when nothing holds the words."""
    ranked, chosen, _ = read_text(base, query, prefer, asked)
    if not ranked:
        return _placed_near(base, query, prefer, asked)
    if chosen is None:
        raise Ambiguous(query, candidates_of(base, ranked[:LISTED], None), len(ranked))
    if not _summed_up(base, query, base.get(chosen)):  # "liberation of vlora"
        return None
    return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)


def _summed_up(base: FactBase, query: str, entity: Entity) -> bool:
    """Whether an event a query names as "what of where" ("liberation of Vlora") is that: its
    own summary (names, description, type) holds the what, or a word for it. An event only whose
    facts hold it (one fought by the National Liberation Army near Vlora) is another."""
    words = [word.strip("?,.!") for word in query.split() if word.casefold() not in ("the", "a")]
    if entity.kind is not Kind.EVENT or len(words) != 3 or words[1].casefold() != "of":
        return True
    what, where = words[0], words[2]
    if not what.islower() or _place_named(base, where) is None:
        return True
    said = {t for column in entity_text(entity)[:2] for t in column.split()} | set(terms(entity.type or ""))
    return any(_holds(said, t) for t in terms(what))


def _holds(said: Set[str], term: str) -> bool:
    """Whether a text's terms hold a term of a query, a synonym of it, its Albanian form or a
    word of its stem ("delegation": delegate)."""
    return (
        term in said
        or not said.isdisjoint((*synonyms_of(term), *_undeclined(term)))
        or any(_derived_alike(term, other) for other in said)
    )


# What English puts after a stem to make a word of the same deed, as terms keep it: delegat(e),
# delegation, representativ(e), creator.
_DERIVED = ("ation", "ativ", "ion", "iv", "or")
STEM_LETTERS = 6  # the fewest letters of a stem two words must share


@functools.lru_cache(maxsize=1 << 12)
def _stems(term: str) -> frozenset[str]:
    """A term and the stems it has without each ending of _DERIVED (a text's terms recur)."""
    return frozenset([term, *(term[: -len(ending)] for ending in _DERIVED if term.endswith(ending))])


def _derived_alike(term: str, other: str) -> bool:
    """Whether two terms are words of one stem of STEM_LETTERS or more ("delegation",
    "delegat"; not "nationalist", "national", nor "action", "act")."""
    return any(len(stem) >= STEM_LETTERS for stem in _stems(term) & _stems(other))


def _place_named(base: FactBase, word: str) -> str | None:
    """The place a word names exactly ("Kruje", "Vlora?"), if one clearly; else None."""
    place = _named_alone(base, word.strip("?,.!"), _PLACES)
    return place.id if place is not None and place.kind is Kind.PLACE else None


_NEAR = frozenset(("near", "outside"))  # words that place something by a place
NEARBY = 50  # the most facts read for what the sources place at a place


def _placed_near(
    base: FactBase, query: str, prefer: Sequence[Kind], asked: bool | None
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """What the words but "near" and a place lead to, clearly, when the sources place it (or
    what its best fact is about) at that place: "the man who headed the nationalist team at the
    talks near Kruja" is Hasan Dosti, whose facts say nothing of Krujë, though the conference
    they name was held "near Krujë". None otherwise."""
    words = query.split()
    for at in range(len(words) - 1):
        place = _place_named(base, words[at + 1]) if words[at].casefold() in _NEAR else None
        if place is None:
            continue
        rest = " ".join([*words[:at], *words[at + 2 :]])
        found, chosen, readings = read_text(base, rest, prefer, asked)
        placed = _placed_at(base, place)  # and what is at the places there: the village of Mukje
        placed |= {e for near in placed if base.get(near).kind is Kind.PLACE for e in _placed_at(base, near)}
        about = {chosen, *(e for r in readings[:1] for e in (r.fact.subject, r.fact.object))}
        if chosen is not None and not placed.isdisjoint(about):
            return base.get(chosen), candidates_of(base, found[:LISTED], chosen)
    return None


def _placed_at(base: FactBase, place: str) -> set[str]:
    """The entities the sources place at a place (the first NEARBY facts that do)."""
    return {f.subject for f in base.referencing(place, NEARBY) if f.property in PLACING}


# What may stand between a name and the nouns that say what it is: "the village of Labinot",
# and the Albanian articles ("fshati i Pezës", "organizata e ..."), at either end of the name.
_BETWEEN = JOINING - {"and"}
# What may stand between the words of a proper name ("Konferenca e Pezës", "Balli Kombëtar and ...").
_WITHIN_NAME = JOINING


def _folded(word: str) -> str:
    """A word as names are compared: folded (match.fold), its parts joined by spaces."""
    return " ".join(fold(word))


def _folded_words(words: Iterable[str]) -> list[str]:
    """Words as names are compared (_folded), without the quotes and brackets that open them
    and the marks that close them: "(Balli," is "balli"."""
    return [_folded(word.strip(_OPENING + _CLOSING)) for word in words]


def _kind_of_noun(word: str) -> Kind | None:
    """The kind a noun names (NOUN_KINDS), in English or, through its synonyms, in Albanian
    ("fshati": village, a place); None for any other word."""
    noun = _noun_in_either(word)
    return NOUN_KINDS[noun] if noun else None


def _noun_in_either(word: str, declined: bool = False) -> str:
    """The noun (NOUN_KINDS) a word is, in English or, through its synonyms, in Albanian, with
    its article ("fshati": village); or "". `declined`: with a case ending too ("qytetin":
    town), as after "cilin" (which)."""
    folded = _folded(word)
    term = next(iter(terms(folded)), "")
    stems = [term, *(term.removesuffix(end) for end in _CASE_ENDINGS if declined and term.endswith(end))]
    others = next((synonyms()[stem] for stem in stems if stem in synonyms()), ())
    for form in (folded, *others):
        noun = _noun(form) or _noun(form.rpartition(" ")[2])  # "field marshal": a marshal
        if noun:
            return noun
    return ""


# The case endings of a noun after "cilin", "cilit" (which), in the accusative and genitive:
# "qytetin", "qytetit", "pjesën", "pjesës"; not the names' (_ENDINGS), whose one letter would
# make "organ" an "orga".
_CASE_ENDINGS = ("in", "it", "en", "es")
# Albanian's "place" (also "country"): "në cilin vend" asks which place, of no kind.
_PLACE_ITSELF = frozenset(["vend", "vendi", "vendin", "vendit"])


def _leading(words: Sequence[str]) -> tuple[int, set[Kind]]:
    """How many words lead a query that are nouns (_kind_of_noun) or words between (_BETWEEN),
    and the kinds of those nouns: "the village of" in "the village of Labinot"."""
    kinds: set[Kind] = set()
    for count, word in enumerate(words):
        kind = _kind_of_noun(word)
        if kind is not None:
            kinds.add(kind)
        elif _folded(word) not in _BETWEEN:
            return count, kinds
    return len(words), kinds


def _called(query: str) -> bool:
    """Whether a query is written as a proper name is ("Italian Communist Party", "Conference
    of Peza"): two capitalised words or more, and nothing else but words between."""
    words = query.split()
    capitalised = [word for word in words if word[:1].isupper()]
    rest = [word for word in words if not word[:1].isupper()]
    return len(capitalised) >= 2 and all(_folded(word) in _WITHIN_NAME for word in rest)


_QUOTE_MARKS = "\"“'‘"  # what opens a quote
_QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|(?<!\w)['‘]([^'‘’]+)['’](?!\w)")


def _quoted_name(base: FactBase, query: str) -> str:
    """A name a query quotes that the fact base does not know: two words or more in quotes,
    written as a name is (_called), which no name of an entry matches and no quote of the
    sources says ("the 'Vlora War' against the Italians", "the "Treaty of Tirana""; not
    "'Greater Albania'", a slogan the sources quote); "" when it quotes none."""
    for found in _QUOTED.finditer(query) if any(mark in query for mark in _QUOTE_MARKS) else ():
        said = (found[1] or found[2]).strip()
        if not _called(said) or base.quoting(said, 1):
            continue
        if max((score for score, _ in base.index.find(said).values()), default=0.0) < MATCH_MIN:
            return said
    return ""


def named_in_quotes(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entry of the kinds asked for that a description names in quotes, when the words
    outside the quotes ask nothing and tie it to nothing else (no question word, no word of
    _TIES: "of", "with" ...): "the rightist 'National Leadership' movement" is Balli Kombëtar,
    "the 'Balli' movement" too; not "the leader of the 'Unity Front'", nor 'Divizioni SS
    "Skënderbeu" - how many men?'. None otherwise."""
    outside = {_folded(word) for word in _QUOTED.sub(" ", query).split()}
    if not outside.isdisjoint(_QUESTION_WORDS | _TIES):
        return None
    for found in _QUOTED.finditer(query):
        named = _named(base, (found[1] or found[2]).strip(), prefer)
        if named is not None:
            return named
    return None


def _names_hold(entity: Entity, query: str, base: FactBase | None = None) -> bool:
    """Whether an entity's names hold every word of a query, or a synonym of it ("Konferenca e
    Pezës"), or (given the `base`) a word query_words reads it as ("the Kongress of Premeti"): what a
    query written as a name must find ("Italian Communist Party" is not the Communist Party of
    Albania's committee, though its facts hold the three words). The words of a phrase of the
    synonyms count as the words that stand for them ("Shtabi i Përgjithshëm": the General
    Staff)."""
    names = _name_terms(entity)
    words = query.split()
    # The words of a phrase that stands for words of the names ("Shtabi i Përgjithshëm").
    phrased = {
        at
        for positions, others in _phrases_at(words).values()
        if not names.isdisjoint(terms(" ".join(others)))
        for at in positions
    }
    rest = " ".join(word for at, word in enumerate(words) if at not in phrased)
    return all(
        term in names or not names.isdisjoint(synonyms_of(term)) or not names.isdisjoint(_undeclined(term))
        for term in terms(rest)
    ) or (
        base is not None
        and (read := query_words(base, query)) is not None
        and all(map(names.__and__, read.groups))
    )


def names_said(entity: Entity, query: str) -> bool:
    """Whether a query says one of an entity's names whole, in any of its forms ("Përmetit",
    "Sarande": Përmet, Saranda)."""
    said = {form for term in terms(query) for form in (term, *_undeclined(term))}
    return any(set(terms(name)) <= said for name in (entity.name, *entity.aliases) if terms(name))


# The endings an Albanian name takes after its stem ("Kongresi i Beratit": of Berat).
_ENDINGS = ("it", "in", "ut", "un", "es", "se", "n", "t", "s")


def _undeclined(term: str) -> set[str]:
    """A term without each Albanian ending it may have ("beratit": berat, berati, ...), for a
    term of five letters or more ("kupit": kupi)."""
    return {term[: -len(ending)] for ending in _ENDINGS if term.endswith(ending) and len(term) >= 5}


def named_with_noun(base: FactBase, query: str) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query names when it is a name with nouns that say what the entity is
    ("the village of Labinot", "the Legaliteti organisation", "organizata Legaliteti"): set
    aside the nouns and the words between at both ends, else at the front, else at the back,
    the rest must be a name (or a slip of one) that clearly means an entity of the kind the
    nouns name ("gazeta Zëri i Popullit": a newspaper, though "popullit" is the people);
    None otherwise. A rest that opens with a preposition is no name: "the gathering at Peza"
    is something at Peza, which the words read through the facts find (read_words)."""
    words = query.split()
    (front, first), (back, last) = _leading(words), _leading(words[::-1])
    end = len(words) - back
    tried = set()
    for rest, nouns in ((words[front:end], first | last), (words[front:], first), (words[:end], last)):
        if len(nouns) != 1 or not rest or _folded(rest[0]) in _LEADS or (*rest, *nouns) in tried:
            continue
        tried.add((*rest, *nouns))
        index, name, kind = base.index, " ".join(rest), (*nouns,)
        found = index.lookup(name)
        nouns_after = len(rest) < len(words) and rest == words[: len(rest)]  # "hysni capo"
        if nouns_after and found and all(how == BY_GIVEN_NAME for _, how in found.values()):
            continue  # "hysni capo": a noun where a surname is said after a given name, someone else
        # The name itself, or a slip of it: not a longer name that holds its words.
        ranked = rank(found or index.typos(name), index.kinds, kind)
        chosen = decide(ranked, index.kinds, kind)
        if chosen is not None and index.kinds[chosen] in nouns:
            return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    return None


def named_in_albanian(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity an Albanian noun with a name in the genitive names, as the sources would
    say it in English: "grupi i Korçës" is the Korca group, "Kongresi i Përmetit" the Permet
    congress. The noun is one the synonyms know; the name after its article, without its
    ending (_undeclined), then stands before the English noun, and that name must clearly
    mean an entity of the kinds asked for. None when the query is not those three words."""
    words = [word.strip(_CLOSING) for word in query.split()]
    if len(words) != 3 or words[1].casefold() not in _OF_ALBANIAN:
        return None
    index, owner = base.index, plain(words[2]).casefold()
    for noun in synonyms().get(next(iter(terms(_folded(words[0]))), ""), ()):
        for form in sorted(_undeclined(owner), key=len, reverse=True):
            name = f"{form} {noun}"
            ranked = rank(index.lookup(name), index.kinds, prefer)
            chosen = decide(ranked, index.kinds, prefer)
            if chosen is not None and (not prefer or index.kinds[chosen] in prefer):
                return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    return None


def _named_or_slipped(
    base: FactBase, name: Sequence[str], prefer: Sequence[Kind], slipped: bool = True
) -> tuple[str | None, list[tuple[str, float, str]]]:
    """The entity words that open a query name (match.decide, by `prefer`), and the entities
    ranked: exactly, else (when `slipped` may be sought) by a slip of a name of two to
    NAME_WORDS words that does not open with a stop word ("Myslim Pesa", not "the albanian")."""
    index, said = base.index, " ".join(name)
    found = index.lookup(said)
    if not found and slipped and 2 <= len(name) <= NAME_WORDS and _folded(name[0]) not in STOP_WORDS:
        found = index.typos(said)
    ranked = rank(found, index.kinds, prefer)
    return decide(ranked, index.kinds, prefer), ranked


def named_and_described(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query names at one end when the rest only says what it is ("shefqet
    verlaci kryeministri", "the partisan leader Enver Hoxha", "Legaliteti i Abaz Kupit"): the
    rest ties it to nothing else (no question word, no possessive; no preposition, but for an
    "of" or the Albanian "i", "e" after the name, which say whose it is), and the entity's own
    text (names, description, what its facts say) holds each of its words, a synonym or an
    Albanian form of one. The entity must be of the kinds asked for (`when "Balli Kombëtar
    founded"` asks for its founding), and so must the rest's nouns ("the Balli Kombëtar
    leader" is a person). The longest name first, at the front before at the
    back; None when no name fits so."""
    words = query.split()
    lowered = [_folded(word) for word in words]
    if any(w in _QUESTION_WORDS for w in lowered) or any(w.endswith(POSSESSIVE) for w in words):
        return None
    index = base.index
    for length in range(len(words) - 1, 0, -1):
        for name, rest in ((words[:length], lowered[length:]), (words[-length:], lowered[:-length])):
            # "... of the Mukje meeting", "... movement of Kupi": whose it is, after a noun or none
            lead = int(len(rest) > 1 and rest[1] in _BETWEEN)
            whose = name[0] == words[0] and rest[lead] in _BETWEEN
            # Nor a word of succession, which asks for another ("fascist PM replacing Vërlaci").
            ties = set(rest[lead + 1 :] if whose else rest) & (_TIES | SEQUENCE.keys())
            described = [t for t in terms(" ".join(rest)) if t not in _HIS_IN_ALBANIAN]  # "grupi i tij"
            if ties or not described:
                continue
            # A name misspelt first ("Myslim Pesa partisan commander"), not "the albanian ...".
            chosen, ranked = _named_or_slipped(base, name, prefer, slipped=name == words[:length])
            if chosen is None or (prefer and index.kinds[chosen] not in prefer):
                continue
            entity = base.get(chosen)
            # "the Balli Kombëtar leader" is someone else: a person's noun after an organisation
            # (not one of what it is of: "the British emissaries of the Mukje meeting").
            nouns = [NOUN_KINDS.get(_noun(word), entity.kind) for word in (rest[:lead] if whose else rest)]
            if any(kind is not entity.kind for kind in nouns):
                continue
            said = {t for column in entity_text(entity) for t in column.split()}
            held = all(_holds(said, t) for t in described)
            if not held:  # or what the facts about it say ("Skender Muco of the Balli delegation")
                said |= {t for fact in base.referencing(chosen) for t in fact_text((), fact)[1].split()}
                held = all(_holds(said, t) for t in described)
            if held:
                return entity, candidates_of(base, ranked[:LISTED], chosen)
    return None


# What sets a name apart from what is said of it: a dash, a comma, a colon.
_APART = r"\s+[\u2014\u2013-]+\s+|[,:;]\s+"
_POSSESSIVES = frozenset(["his", "her", "their", "its"])
_REFERRING = frozenset(["he", "she", "it", "they", "him", "her", "them", "that", "this", "these", "those"])
_BACK = _POSSESSIVES | frozenset(["he", "she", "him", "it", "they", "them"])  # what refers back
# What refers back to the words before it ("..., who led it?"); not "the man that ...", "her husband".
_REFERRING_BACK = _REFERRING - {"her", "that"}
_KIN_WORDS = "son daughter wife husband widow brother sister father mother uncle nephew cousin"
# And in the languages users mix in: Italian, German, French, Albanian ("il figlio di Kupi").
_KIN_WORDS += " figlio figlia moglie marito fratello sorella padre madre"
_KIN_WORDS += " sohn tochter ehefrau bruder schwester vater mutter"
_KIN_WORDS += " fils femme frere soeur"  # not "fille", "père", "mère": "fill", "per", "mer"
_KIN_WORDS += " djali vajza bija gruaja bashkeshortja vellai motra"  # not "baba" (Baba Faja), "nëna" (nën)
_KIN = frozenset(terms(_KIN_WORDS))


def _of_kin(words: Sequence[str]) -> bool:
    """Whether words (lower case) tell of a relative of what comes before them: "his son",
    "the widow" (not "grandmother's brother", a relative of the user's)."""
    return any(
        _KIN.intersection(terms(word)) and (at == 0 or words[at - 1] in {*_POSSESSIVES, "the", "a"})
        for at, word in enumerate(words)
    )


def _relative_of(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` names a relative of what follows it: "the son of ...", "a
    brother of ...", in Albanian "bashkëshortja e ...", "djali i ..." (the article is the
    word's ending); not "my great uncle", "his uncle", the user's or another's."""
    before, after = words[max(at - 1, 0) : at], words[at + 1 : at + 3]
    said = [w.casefold() for w in after]
    # Albanian's "of" before a name or "his" ("djali i tij"), not an adjective: "djali i ri",
    # the young lad.
    named = len(after) == 2 and (after[1][:1].isupper() or _folded(after[1]) in _HIS_IN_ALBANIAN)
    return bool(_KIN.intersection(terms(words[at]))) and (
        ([w.casefold() for w in before] in (["the"], ["a"]) and said[:1] == ["of"])
        or (bool(said) and said[0] in _OF_IN_ALBANIAN and named)
    )


_USERS = frozenset(["my", "our", "mine"])  # whose relatives are the user's own
_HAVING = frozenset(["have", "has", "had", "kishte", "kish", "ka"])  # "did Kupi have a son"


def _kin_back(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` names a relative of one named before it, by "his", "her",
    "their" ("Mit'hat Frashëri, who was his father?") or as had ("did Abaz Kupi have a son"),
    in Albanian after the noun ("djali i tij"); not the user's, nor one of theirs ("my uncle's
    brother", "grandad always said his uncle ...")."""
    if not _KIN.intersection(terms(words[at])) or not at:
        return False
    said = [_folded(word.strip(_CLOSING)) for word in words[:at] if word != "i"]  # Albanian's "i": of
    if not _SPEAKING_OF_ONESELF.isdisjoint(said):
        return False
    before = [_folded(word) for word in words[max(at - 3, 0) : at]]
    after = [_folded(word) for word in words[at + 1 : at + 3]]
    return (
        before[-1] in _POSSESSIVES
        or (before[-1] in ("a", "any", "nje") and len(before) > 1 and before[-2] in _HAVING)
        or (len(after) == 2 and after[0] in _OF_IN_ALBANIAN and after[1] in _HIS_IN_ALBANIAN)
    )


def _kin_of_name(base: FactBase, words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` names a relative of the name before it: "enver hoxha father",
    "Kupi's wife" (a word of a name the fact base knows, or one said as whose), not of the
    user ("my great uncle")."""
    if not at or not _KIN.intersection(terms(words[at])):
        return False
    before = words[at - 1].casefold()
    if not _USERS.isdisjoint(w.casefold() for w in words[max(at - 3, 0) : at]):
        return False  # "my great uncle": the user's
    return before.endswith(_WHOSE) or bool(base.index.names.word_counts(terms(before)))


_AUXILIARIES = frozenset(
    ["is", "was", "are", "were", "did", "does", "do", "had", "has", "have", "could", "would", "will", "can"]
)


def _asking(text: str) -> list[str] | None:
    """The words (lower case) of the first clause of a text that begins as a question does, a
    question word and a verb ("- who was he?", "what were they up to"), not as a clause about
    a name ("Saranda, you know, where the commandos landed", "Myslim Peza, who led ..."); None
    when no clause does."""
    for clause in re.split(_APART, text):
        words = [word.casefold().strip("?,.!") for word in clause.split()]
        while words and words[0] in _OPENERS - _QUESTION_WORDS:
            words = words[1:]
        if words[:1] and words[0] in _QUESTION_WORDS and words[1:2] and words[1] in _AUXILIARIES:
            return words
    return None


def _asks(text: str) -> bool:
    """Whether some clause of a text begins as a question does (_asking)."""
    return _asking(text) is not None


_ANOTHER = frozenset(["who", "whom", "which"])  # "who was his deputy?" asks for another of his


# What a question may ask someone by, left at its end or before "whom": "who was it named
# after?", "named after whom?", "fought against whom".
# Not "by" nor "for": "founded by whom?", "who were they fighting for?" ask of the name itself
# as well, whose facts tell.
_ASKING_BY = frozenset(["after", "against", "with", "to", "from", "under", "behind", "about"])


def _asks_by_preposition(text: str) -> bool:
    """Whether a clause of a text asks for someone as the object of a preposition, who is so not
    the subject it names: "... named after whom", "X: who was it named after?"."""
    for clause in re.split(_APART, text):
        words = [word.casefold().strip("?!.,") for word in clause.split()]
        if words[-2:-1] and words[-2] in _ASKING_BY and words[-1] in ("who", "whom"):
            return True  # not "Skenderbeu, after whom the SS division was named": he
        if words[:1] in (["who"], ["whom"]) and words[-1] in _ASKING_BY:
            return True
    return False


def _of_the_name(asking: Sequence[str]) -> bool:
    """Whether a question set apart from a name asks of it: it refers to it ("who was he?",
    "what was his part in all this?"), and asks for no other of its ("who was his deputy?",
    "who were Kupi's men?")."""
    whose = not _POSSESSIVES.isdisjoint(asking) or any(w.endswith(POSSESSIVE) for w in asking)
    refers = whose or not _REFERRING.isdisjoint(asking)
    return refers and not (whose and asking[0] in _ANOTHER)


def named_apart(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query names before a dash or a comma, of the kinds asked for, when what
    follows says something of it ("myslim peze, the old partisan commander", "ballistet -
    what were they up to with the italians?": a question in it asks of the name, by "he",
    "they", "that"), rather than ask for another of its own ("Enver Hoxha, who was his
    deputy?"), or for another ("in the Provisional Government, who was deputy prime
    minister?"), or tell of a relative ("Abaz Kupi, his son"); None otherwise. The name may
    open with what a speaker says first ("so, the Mukje Conference - ...")."""
    words = query.split()
    while words and words[0].casefold().rstrip(",") in _OPENERS:
        words = words[1:]
    parts = re.split(_APART, " ".join(words), maxsplit=1)
    if len(parts) != 2:
        parts = _question_after(words)
    if len(parts) != 2:
        return None
    named = parts[0].split()
    rest = [word.strip("?,.!").casefold() for word in parts[1].split()]
    asking = _asking(parts[1])
    if (
        not named
        or _of_kin(rest)  # "Abaz Kupi, his son"
        or named[0].casefold() in _LEADS  # "in the Provisional Government, who was ...": where
        or _asks_by_preposition(parts[1])  # "the SS division Skanderbeg - named after whom?": another
        or (asking is not None and not _of_the_name(asking))  # a question must be of the name
    ):
        return None
    found = _named(base, " ".join(named), prefer) or _named_with_noun_of(base, named, prefer)
    found = found or named_in_albanian(base, " ".join(named), prefer)
    opening = opens_with_name(base, " ".join(named), prefer) if found is None else None
    if opening is not None:  # "Mithat Frasheri at Mukje, what was his role": the name before "at"
        found = _read_as(base, opening, [])
    if found is None:  # "grupi Zjarri - the 'Fire' lot": a name with its noun
        return None
    if succession_asked(base, query) is not None:
        return None  # "Eqrem Libohova - who replaced him?": who came next, another
    # "the Italian general, ...": a slip from "Italian generals" names no general.
    described = described_kinds(" ".join(named), list(Kind))
    return None if described and found[0].kind not in described else found


_YES_OR_NO = _AUXILIARIES - {"could", "would", "will", "can"}  # "did ...?", "were ...?"
_WHOSE = (*POSSESSIVE, "'", "\u2019")  # "Kupi's", "the communists'"
SUBJECT_WORDS = 6  # the most words of a name a query opens with (opens_with_name)


def opens_with_name(base: FactBase, query: str, prefer: Sequence[Kind]) -> str | None:
    """The entity a query opens with the name of (exactly, or for two or three words a slip of
    it), of the kinds asked for, as the subject of what it says or asks yes or no of it: the
    name is followed by a preposition or "and" ("Haxhi Lleshi at the Peza conference -
    confirm", "Myslim Peza and the groups under his command"), set apart by a dash or a comma,
    or opens a yes-or-no question ("did Haxhi Leshi take part in ..."). Then it asks of what it
    names, not for another (answers). None otherwise, and whenever it asks who or which
    ("Enver Hoxha, who was his deputy"), says whose ("Kupi's deputy", "the communists'
    paper") or names a relative ("Kupi and his son"); a name that goes on naming ("Abaz Kupi
    deputy", "italian general secret pact") is followed by none of those."""
    words = query.split()
    while words and _folded(words[0]) in _OPENERS:
        words = words[1:]
    asking = bool(words) and _folded(words[0]) in _YES_OR_NO
    words = words[1:] if asking else words
    lowered = [_folded(word) for word in words]
    questions = _QUESTION_WORDS | _ASKING_IN_ALBANIAN
    asking_other = any(w in questions and not _who_was_that(words, at) for at, w in enumerate(lowered))
    if asking_other or any(w.endswith(_WHOSE) for w in words):
        return None
    if any(_KIN.intersection(terms(word)) for word in lowered):
        return None
    index = base.index
    noun = _noun_in_either(words[0]) if len(words) > 2 and not asking else ""
    if noun and not _noun_in_either(words[1]):  # "grupi Zjarri çka ishte": the group Zjarri
        words, lowered = words[1:], lowered[1:]
    for length in range(min(len(words) - 1, SUBJECT_WORDS), 0, -1):
        if not any(c.isalnum() for c in words[length - 1]):
            continue  # "Haxhi Lleshi – ...": the dash sets the name apart, it is none of it
        chosen, _ = _named_or_slipped(base, words[:length], prefer)  # "did Haxhi Leshi take part"
        if chosen is None or (noun and not _fits_noun(base.get(chosen), noun)):
            continue
        # What follows says something of it ("... at the Peza conference", "... and its
        # understanding with ...", "did ... take part"), rather than go on naming another
        # ("italian general secret pact", "king zogu's family member").
        apart = words[length - 1].endswith((",", ";", ":")) or words[length] in _DASHES
        said = asking or apart or lowered[length] in _SAYING or _who_was_that(words, length)
        return chosen if said and index.kinds[chosen] in prefer else None
    return None


def _fits_noun(entity: Entity, noun: str) -> bool:
    """Whether an entity is what a noun before its name says: a group Zjarri, an organisation
    (_ANY_BODY) of any kind of body."""
    term = next(iter(terms(noun)), "")
    return _is_a(entity, term) or (term in _ANY_BODY and entity.kind is Kind.ORGANISATION)


def _who_was_that(words: Sequence[str], at: int) -> bool:
    """Whether the words from `at` ask who the one named before was and end there or at a
    comma (_WHO_WAS_THAT), not who held a role of theirs ("kush ishte zëvendësi i tij")."""
    asked = [_folded(word.strip(_CLOSING)) for word in words[at : at + 2]]
    return asked in _WHO_WAS_THAT and (len(words) == at + 2 or words[at + 1][-1:] in _CLOSING)


def _question_after(words: Sequence[str]) -> list[str]:
    """A query split before a question that follows a name without a comma and asks of it: a
    question word, a verb and "he", "they", "that" ("haxhi leshi who was he", "ballistet what
    did they want"); [] when there is none."""
    asking = [at for at, word in enumerate(words) if at and _folded(word) in _QUESTION_WORDS]
    rest = [word.strip("?,.!").casefold() for word in words[asking[0] :]] if asking else []
    if not rest or not _asks(" ".join(rest)) or len(rest) < 3 or rest[2] not in _REFERRING:
        return []
    return [" ".join(words[: asking[0]]), " ".join(words[asking[0] :])]


def _named(base: FactBase, name: str, prefer: Sequence[Kind]) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity of the kinds asked for that a part of a query names by itself (match.decide),
    read as the query's answer, with its rivals; None otherwise."""
    index = base.index
    ranked = rank(index.find(name), index.kinds, prefer)
    chosen = decide(ranked, index.kinds, prefer)
    nominative = _nominative(name)
    if chosen is None and name != nominative:  # "Baba Faja i Martaneshit"
        return _named(base, nominative, prefer)
    if chosen is None or (prefer and index.kinds[chosen] not in prefer):
        return None
    return _read_as(base, chosen, ranked)


def _nominative(name: str) -> str:
    """A name with an Albanian genitive in it said as the sources say it: the article before
    a capitalised word aside, and that word's genitive "-it" as "-i" ("Baba Faja i
    Martaneshit": Baba Faja Martaneshi)."""
    words = name.split()
    kept = []
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        if at and word.casefold() in _OF_ALBANIAN and after[:1].isupper():
            continue
        genitive = at > 1 and words[at - 1].casefold() in _OF_ALBANIAN and word[:1].isupper()
        kept.append(word[:-1] if genitive and word.endswith("it") else word)
    return " ".join(kept)


def _read_as(
    base: FactBase, chosen: str, ranked: list[tuple[str, float, str]]
) -> tuple[Entity, tuple[Candidate, ...]]:
    """The entity chosen, first of the candidates ranked, as the one the words were read as."""
    entity = base.get(chosen)
    return entity, (Candidate(entity, 100.0, True, READ_AS), *candidates_of(base, ranked[1:LISTED], None))


def placed_first(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The place a query asking for places (`prefer` first a place) names first, when what
    follows only sets it in a time or a setting: a word of _SETTING, a year, a question
    ("Pezë in central Albania", "Lezhë, 1940", "shkoder what happened here in ww2"). The
    fewest words that name something are read: when they name no place ("Peza conference in
    1942"), None."""
    if not prefer or prefer[0] is not Kind.PLACE:
        return None
    words = query.split()
    index = base.index
    for end in range(1, len(words)):
        following = words[end].casefold().strip("?,.!")
        set_apart = words[end - 1].endswith(",")
        if not (set_apart or following in _SETTING or following in _QUESTION_WORDS or following.isdigit()):
            continue
        ranked = rank(index.find(" ".join(words[:end])), index.kinds, prefer)  # find folds a comma
        chosen = decide(ranked, index.kinds, prefer)
        if chosen is None:
            continue
        return _read_as(base, chosen, ranked) if index.kinds[chosen] is Kind.PLACE else None
    return None


# What says one place lies by another: "the port near Lezha", "the town next to the port of ...".
_BESIDE = (["near"], ["by"], ["beside"], ["close", "to"], ["next", "to"], ["close", "by"], ["right", "by"])
_BESIDE_IN_ALBANIAN = (["afer"], ["prane"], ["ne", "afersi", "te"])  # "Mukja, afër cilit qytet"
# What ends a question for where a thing is by saying it lies there: "where is Mukaj situated?";
# and what may stand between a place's name and the words that place it by another: "Mukje is
# near which town", "Mukja ndodhet afër ...".
_LYING = frozenset(["situated", "located", "based", "found"])
_LIES = _LYING | {"is", "was", "lies", "lay", "eshte", "ishte", "ndodhet", "gjendet"}
NEAR_NAME_WORDS = 3  # the most words of the name of the place another is said to lie by


def placed_beside(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The place a description asking for places names by a noun of a place and another place
    it lies by ("the port near Lezha where ...": Shëngjin; "the town near the port of
    Shengjin": Lezha): the one place of that noun (by its type, or any when it has none) that
    a location fact ties to the named one, either way. None when the words say no such thing,
    name no place, or fit no one place."""
    if not prefer or prefer[0] is not Kind.PLACE:
        return None
    words = [_folded(word) for word in without_asides(query).split()]
    for at, word in enumerate(words):
        noun = _noun(word)
        if not noun or NOUN_KINDS[noun] is not Kind.PLACE:
            continue
        near = next((n for n in _BESIDE if words[at + 1 : at + 1 + len(n)] == n), None)
        if near is None:
            continue
        named = _place_said(base, words[at + 1 + len(near) :])
        return None if named is None else _one_beside(base, named, noun)
    return None


def _one_beside(base: FactBase, named: Entity, noun: str) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The one place of a noun (by its type, or any when it has none) that a location fact ties
    to a place, either way; None when none or several are."""
    kinds = {t for term in terms(noun) for t in (noun, term, *synonyms_of(term))}  # harbour: port
    beside = [
        place.id
        for place in _places_beside(base, named)
        if place.type is None or not kinds.isdisjoint(terms(place.type))
    ]
    return _read_as(base, beside[0], []) if len(beside) == 1 else None


# The words of "which part", in English and Albanian ("në cilën pjesë"), folded.
_PART_WORDS = frozenset(["part", "parts", "pjes", "pjese", "pjesa", "pjesen"])


def part_which(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The part of a land that a place the query names lies in, when a query for places asks
    "which part": "mukaj afer krujes - which part of shqiperia is that", "mukja n cilen pjes
    te shqipnis" are North Albania, where a fact of Mukje (and of Krujë) sets it. Of the places
    the facts of the places named set them in, the one the words do not name; None when the
    words ask no such thing, or fit no one place."""
    if not prefer or prefer[0] is not Kind.PLACE:
        return None
    words = [_folded(word) for word in without_asides(query).split()]
    at = next(
        (i for i, pair in enumerate(pairwise(words)) if pair[0] in _WHICH_SAID and pair[1] in _PART_WORDS),
        None,
    )
    sides = _sides_asked(words)
    if at is None and not sides:
        return None
    named: dict[int, Entity] = {}  # where each place named begins: the longest name there
    start = 0
    while start < len(words):
        ends = range(min(len(words), start + NEAR_NAME_WORDS), start, -1)
        found = ((end, _named_alone(base, " ".join(words[start:end]), _PLACES)) for end in ends)
        end, place = next(((end, p) for end, p in found if p is not None and p.kind is Kind.PLACE), (0, None))
        if place is not None:
            named[start] = place
        start = max(end, start + 1)  # past the name: "north albania" names no Albania
    # The land after "which part of" ("te", "të"), whose own place is no answer.
    land = None
    if at is not None:
        of = at + 2 + (words[at + 3 : at + 4] == ["the"])  # "which part of (the) Balkans"
        land = named.get(of + 1) if words[at + 2 : at + 3] and words[at + 2] in _OF_WHOM | {"te"} else None
    parts = {
        f.object
        for p in named.values()
        if p is not land
        for f in p.facts
        if f.property == PART_OF and f.object
    }
    parts -= {place.id for place in named.values()}
    if sides:  # "north or south?": the part whose name says one of them
        parts = {p for p in parts if not sides.isdisjoint(terms(base.get(p).name))}
    if land is not None:  # "which part of Greece ...": one of Greece's parts
        parts = {
            p for p in parts if any(f.property == PART_OF and f.object == land.id for f in base.get(p).facts)
        }
    return _read_as(base, parts.pop(), []) if len(parts) == 1 else None


# The sides of a land a query may offer to choose from, folded, with their English terms:
# "north or south?", "veri apo jug?".
_LAND_SIDES = dict.fromkeys(["north", "veri", "veriu"], "north")
_LAND_SIDES |= dict.fromkeys(["south", "jug", "jugu"], "south")
_OR_WORDS = frozenset(["or", "apo", "ose", "a"])


def _sides_asked(words: Sequence[str]) -> set[str]:
    """The sides a query offers as a choice ("north or south", "ne veri apo ne jug"): two or
    more side words with "or" between them, as the text's terms; else none."""
    at = [i for i, word in enumerate(words) if word.strip(_CLOSING) in _LAND_SIDES]
    if len(at) < 2 or _OR_WORDS.isdisjoint(words[at[0] + 1 : at[-1]]):
        return set()
    return {_LAND_SIDES[words[i].strip(_CLOSING)] for i in at}


def beside_which(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The place a query for places asks for by a noun of a place after "near which" (in
    Albanian "afër cilit"), beside the place its opening words name: "Mukje is near which
    town?", "Mukja afër cilit qytet të veriut është" are Krujë, the one town a location fact
    ties to Mukje, either way (_one_beside, as placed_beside reads "the town near Mukje"). None
    when the words say no such thing, open with no place, or fit no one place."""
    if not prefer or prefer[0] is not Kind.PLACE:
        return None
    words = [word.strip(_OPENING + _CLOSING + "-") for word in without_asides(query).split()]
    # "mukje's near which town": Mukje is
    words = [_folded(word[:-2] if word[-2:] in POSSESSIVE else word) for word in words]
    for at in range(1, len(words)):
        near = next((n for n in (*_BESIDE, *_BESIDE_IN_ALBANIAN) if words[at : at + len(n)] == n), None)
        after = words[at + len(near) :] if near else []
        noun = after[1] if len(after) > 1 and after[0] in _WHICH_SAID else ""
        said = words[:at]
        if near and at + len(near) == len(words) and words[0] in _WHICH and len(words) > 3:
            noun, said = words[1], words[3:at]  # "which town is Mukje close to": said after the verb
        if not noun or _kind_of_noun(noun) is not Kind.PLACE:
            continue
        named = _place_said(base, list(takewhile(lambda word: word not in _LIES, said)))
        return None if named is None else _one_beside(base, named, noun)  # "qytet": a town
    return None


def _place_said(base: FactBase, words: Sequence[str]) -> Entity | None:
    """The place the first words name, past "the" and a noun of a place and "of" ("the port of
    Shengjin"), by the longest run of up to NEAR_NAME_WORDS that names one (match.decide)."""
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 2 and _noun(words[0]) and words[1] == "of":
        words = words[2:]
    for end in range(min(len(words), NEAR_NAME_WORDS), 0, -1):
        said = " ".join(words[:end])
        named = _swapped_name(base, said, _PLACES) or _named_alone(base, said, _PLACES)
        if named is not None:  # "Alessio": Lezha, as the sources write it
            return named if named.kind is Kind.PLACE else None
    return None


def _named_alone(base: FactBase, name: str, prefer: Sequence[Kind]) -> Entity | None:
    """The entry words name by its names alone (match.decide), or None."""
    index = base.index
    chosen = decide(rank(index.lookup(name), index.kinds, prefer), index.kinds, prefer)
    return None if chosen is None else base.get(chosen)


def _places_beside(base: FactBase, place: Entity) -> list[Entity]:
    """The places a location fact ties a place to, either way: Lezha "close by port Shengjin"."""
    tied = [fact.object for fact in place.facts if fact.property == LOCATION and fact.object]
    tied += [fact.subject for fact in base.referencing(place.id) if fact.property == LOCATION]
    return [base.get(e) for e in dict.fromkeys(tied) if base.get(e).kind is Kind.PLACE]


# The question words that, with a verb "to be", ask what a name is: "who was Haxhi Lleshi?",
# in Albanian, folded: "kush ishte Haxhi Lleshi", "ku është Peza", "ku ndodhet Peza", and in
# slang: "wut was balli kombetar".
_WHAT_IS_WORDS = "who what when where kush ku kur cili cila wut wat wot"
_WHAT_IS = frozenset(_WHAT_IS_WORDS.split())
_TO_BE = frozenset(["is", "was", "are", "were", "eshte", "ishte", "jane", "ishin", "ndodhet", "gjendet"])
_ASKING_OF = _TO_BE | {"did"}  # what asks of a subject after "when": "when were the ...", "when did the ..."


def named_in_question(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity of the kinds asked for that a question asks about by its name alone: "who
    was Haxhi Lleshi?", "so, when was the Mukje Conference", "where is Labinot", or a request
    for what is known about it ("tell me about abbas kupi"); None when the rest is no name
    (match.decide), or of another kind. A question that names one thing and asks for another
    ("who was Enver Hoxha's deputy") names nothing alone."""
    said = [word for word in query.split() if word.casefold().strip("?,.!") not in _AFTERTHOUGHTS]
    words = said
    while words and words[0].casefold().rstrip(",") in _OPENERS:
        words = words[1:]
    if len(words) > 1 and len(words) < len(said) and words[0].casefold() == "about":
        return _named(base, " ".join(words[1:]), prefer)
    asked_where = _where_asked(words) if prefer[:1] == (Kind.PLACE,) else words
    if asked_where != words:  # "in which village was the Mukje Conference held": its one place
        named_event = " ".join(asked_where[2:])
        event = _named(base, named_event, (Kind.EVENT,)) or named_in_albanian(
            base, named_event, (Kind.EVENT,)
        )
        places = {f.object for f in event[0].facts if f.property == LOCATION and f.object} if event else set()
        if len(places) == 1:
            return _read_as(base, places.pop(), [])
        words = asked_where
    if len(words) < 3 or _folded(words[0]) not in _WHAT_IS or _folded(words[1]) not in _TO_BE:
        return None
    if words[2].casefold() in _PLACED_BY:  # "who was in the regency council": someone in it
        return None
    if words[0].casefold() == "where" and len(words) > 3 and words[-1].casefold().strip("?.!") in _LYING:
        words = words[:-1]  # "where is Mukaj situated?"
    named = _named(base, " ".join(words[2:]), prefer) or _named_with_noun_of(base, words[2:], prefer)
    apart = 0 if named else next((at for at, word in enumerate(words[2:-1], 3) if word.endswith(",")), 0)
    if apart:  # "where is Shengjin, near Lezha?": the name before the comma
        return _named(base, " ".join(words[2:apart]).rstrip(","), prefer)
    return named


# What a question of where may end with after the name of what happened there: "where was the
# Mukje Conference held", "ku u mbajt ...".
_HAPPENED_THERE = frozenset(["held", "signed", "fought", "convened", "formed", "founded"])
_HELD_IN_ALBANIAN = frozenset(
    ["mbajt", "zhvillua", "be", "ba", "bo", "nenshkrua", "firmos", "formua", "themelua"]
)


def _where_asked(words: list[str]) -> list[str]:
    """The words of a question for the place of what it names, as "where" asks it: "in which
    village was the Mukje Conference held" as "where was the Mukje Conference", "ne cilin fshat
    u mbajt Konferenca e Mukjes" as "where ishte Konferenca e Mukjes"; the words themselves
    otherwise, and for what else was done there ("ne cilin fshat u denoncua ...")."""
    said = _folded_words(words)
    at = 1 if said[:1] and said[0] in _BEFORE_WHICH else 0
    if len(words) < at + 4 or said[at] not in _WHICH_SAID or _kind_of_noun(words[at + 1]) is not Kind.PLACE:
        return words
    rest = words[at + 2 :]
    if _folded(rest[0]) == "u":  # Albanian's "u mbajt" (was held): what follows is the name
        if _folded(rest[1]) not in _HELD_IN_ALBANIAN:
            return words  # "ne cilin fshat u denoncua ...": where something else was done to it
        rest = ["ishte", *rest[2:]]
    if len(rest) > 2 and _folded(rest[-1].strip(_CLOSING)) in _HAPPENED_THERE:
        rest = rest[:-1]
    return ["where", *rest]


def _named_with_noun_of(
    base: FactBase, words: Sequence[str], prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """named_with_noun of words, when the entity it finds is of the kinds asked for: "what was
    the Zjarri group?"; not "who was Enver Hoxha's deputy", a noun of another's."""
    if any(word.endswith(POSSESSIVE) for word in words):
        return None
    called = named_with_noun(base, " ".join(words))
    return called if called is not None and (not prefer or called[0].kind in prefer) else None


def named_as_called(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query asks for by the name something was called, known or named by:
    "which communist group was called Zjarri?", "the communist group known as Zjarri, i.e.
    'the Fire'", "the circle that called itself Fire". The words before the calling word may
    only be "which", "what" or "that", nouns of a kind asked for (and words between,
    "communist") and a verb "to be"; the name runs to the first comma. None otherwise: "the
    leader of the group called Zjarri" asks for a person."""
    words = [word.strip("?!.") for word in query.split()]
    folded = [_folded(word) for word in words]
    at, start = _name_meaning(folded)  # "the group whose name means fire"
    if at is None:
        at = next((i for i, word in enumerate(folded) if word in _CALLING or _goes_by(folded, i)), None)
        if at is None or (folded[at] == "known" and folded[at + 1 : at + 2] != ["as"]):
            return None
        start = at + 2 if folded[at] == "known" or _goes_by(folded, at) else at + 1
        start += _the_name_of(folded[start:])
    before = [
        w
        for w, f in zip(words[:at], folded[:at], strict=True)
        if f not in _ASKING_WHICH | _TO_BE | _RELATIVES
    ]
    kinds = {kind for kind in map(_kind_of_noun, before) if kind is not None}
    if not before or len(before) > _NOUNS_BEFORE_CALLING or kinds.isdisjoint(prefer or kinds):
        return None
    after = words[start:]
    after = after[1:] if after and _folded(after[0]) in _SELVES else after  # "called itself Fire"
    ending = next((i + 1 for i, word in enumerate(after) if word.endswith(",")), len(after))
    # Or at a dash: "... 'the People's Voice' — what's it called?"
    ending = next((i for i, word in enumerate(after[:ending]) if word in _DASHES), ending)
    name = [word.rstrip(",") for word in after[:ending]]
    return _named(base, " ".join(name), [k for k in prefer or kinds if k in kinds]) or _named_with_noun_of(
        base, [*before, *name], prefer
    )


# What else gives the name something went by: "the group that went by (the name of) Fire".
_GOING_BY = frozenset(["go", "goes", "went", "going", "gone"])


def _goes_by(folded: Sequence[str], at: int) -> bool:
    """Whether the folded word at `at` is a verb of going before "by": "went by", "goes by"."""
    return folded[at] in _GOING_BY and folded[at + 1 : at + 2] == ["by"]


def _the_name_of(folded: Sequence[str]) -> int:
    """How many words at the start of a calling word's rest only say that a name follows: "by
    the name of", "the name", "by name" (two to four); none when nothing would follow."""
    said = 1 if folded[:1] == ["by"] else 0
    said += folded[said : said + 1] == ["the"]
    if not set(folded[said : said + 1]) & _NAMES_OF:
        return 0
    said += 1 + (folded[said + 1 : said + 2] == ["of"])
    return said if said < len(folded) else 0


# What says what a name means: "whose name means fire", "whose title translates as ...", "whose
# name is rendered in translation as 'Youth'"; and the words between the verb and the meaning.
_NAMES_OF = frozenset(["name", "title"])
_MEANING = frozenset(["means", "meant", "mean", "translates", "translated", "rendered", "signifies"])
_BEFORE_A_MEANING = frozenset(["as", "to", "in", "into", "translation", "english", "literally", "simply"])
MEANING_GAP = 3  # the most words between "name" and the verb that says what it means ("is rendered")


def _name_meaning(folded: Sequence[str]) -> tuple[int | None, int]:
    """Where "whose name means ..." begins in a query's folded words, and where the meaning
    said begins: (None, 0) when it says none."""
    for at, word in enumerate(folded[:-2]):
        if word == "whose" and folded[at + 1] in _NAMES_OF:
            verbs = range(at + 2, min(at + 2 + MEANING_GAP, len(folded)))
            verb = next((j for j in verbs if folded[j] in _MEANING), None)
            if verb is not None and verb + 1 < len(folded):
                start = verb + 1
                while start < len(folded) - 1 and folded[start] in _BEFORE_A_MEANING:
                    start += 1
                return at, start
    return None, 0


NAMED_FOR_WORDS = 6  # the most words that describe whom something was named after


def named_for(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The one entity of the kinds asked for (and of its noun's, where the words before name
    one) whose own fact says it was named after the person the query describes after "named
    after" or "named for": "the SS division the Germans named after the national hero" is the
    21st Division of Waffen-SS, whose fact says it was named Skanderbeg after Gjergj Kastrioti
    Skënderbeu. The description runs to a comma, a dash or "to" ("... to draw in volunteers"),
    of up to NAMED_FOR_WORDS words. None where it describes no one, or none or several fit."""
    words = [word.strip(_OPENING) for word in query.split()]
    folded = [_folded(word.strip(_CLOSING)) for word in words]
    at = next(
        (at for at in range(len(words) - 2) if folded[at] in _NAMING and folded[at + 1] in ("after", "for")),
        None,
    )
    if at is None or words[at + 1][-1:] in _CLOSING + ";:":  # "who was it named after, the hero?"
        return None
    end = _clause_end(words, at + 2, {"to"})
    if not 1 <= end - at - 2 <= NAMED_FOR_WORDS:
        return None
    try:
        person, _ = resolve(base, " ".join(words[at + 2 : end]).rstrip(_CLOSING), _PEOPLE)
    except (NotFound, Ambiguous):
        return None
    if person.kind is not Kind.PERSON:
        return None
    names = {t for name in (person.name, *person.aliases) for t in terms(name)}
    kinds = {kind for kind in map(_kind_of_noun, words[:at]) if kind is not None} or set(prefer)
    found = {
        fact.subject
        for fact, _ in base.fact_search([_NAMED_AS], FACT_POOL, required=[_NAMED_AS, names])
        if fact.subject != person.id and base.get(fact.subject).kind in kinds & set(prefer or kinds)
    }
    if len(found) != 1:
        return None
    entity = base.get(found.pop())
    return entity, (Candidate(entity, TEXT_SCORE, True, READ_AS),)


_NAMED_AS = frozenset(terms("named renamed"))  # what says a name was given


# The words that give the name something was called by ("known" only with "as").
_CALLING = frozenset(
    ["called", "named", "known", "dubbed", "nicknamed", "quajtur", "njohur", "quhej", "quhet"]
)
_ASKING_WHICH = frozenset(["which", "what", "the", "a", "an", "cili", "cila", "cilat", "cilet"])
_RELATIVES = frozenset(["that", "qe"])  # "the circle that called itself Fire": the circle
_NOUNS_BEFORE_CALLING = 3  # the most words before a calling word: "the communist underground group"


# What a speaker adds to a question to stress it: "who were they exactly?", "where exactly is ...".
_AFTERTHOUGHTS = frozenset(["exactly", "precisely", "again", "anyway", "though", "please", "pls", "plz"])
# What, after "who was", asks for someone by where they stood: "who was in ...", "... behind ...".
_PLACED_BY = frozenset(
    ["in", "at", "on", "among", "behind", "with", "inside", "within", "under", "over", "against"]
)


NAME_AND_YEAR = "name and year"  # how a candidate named with a year it allows was found
OTHERWISE = "its name, with another year or number"  # how the one suggested instead was found


def named_with_year(base: FactBase, query: str) -> tuple[Entity, bool] | None:
    """The event a query names with a year ("the liberation of Tirana in 1944": the words but
    the year name it exactly), and whether its dates allow that year (in 1943 it would be
    another, which the sources do not know); None when the query is no such thing."""
    words = query.split()
    years = [w for w in words if len(w) == 4 and w.isdigit()]
    if len(years) != 1:
        return None
    rest = [w for w in words if w != years[0]]
    while rest and rest[-1].casefold() in _BOUNDS:  # "... in 1943", "... of 1942"
        rest.pop()
    events = [base.get(e) for e in base.index.lookup(" ".join(rest))]
    events = [e for e in events if e.kind is Kind.EVENT and e.bounds != (None, None)]
    if len(events) != 1:
        return None
    return events[0], _in_year(events[0], years[0])


def named_with_ordinal(base: FactBase, query: str) -> Entity | None:
    """The entry a query names with an ordinal past the first that its names do not hold
    ("the second Mukje conference": the words but the ordinal name the Mukje Conference
    exactly), if any: the query asks for another, which the sources do not know."""
    words = query.split()
    century = _of_centuries(query)
    counted = [w for w in words if any(_past_first(t) and t not in century for t in terms(w))]
    if not counted:
        return None
    named = list(base.index.lookup(" ".join(w for w in words if w not in counted)))
    if len(named) != 1:
        return None
    entity = base.get(named[0])
    numbered = ordinals(" ".join((entity.name, *entity.aliases)))
    return None if numbered & ordinals(" ".join(counted)) else entity


def _numbered_as_asked(
    base: FactBase, ranked: list[tuple[str, float, str]], query: str
) -> list[tuple[str, float, str]]:
    """The candidates whose names do not number them otherwise than the query does."""
    asked = ordinals(query)
    return [c for c in ranked if not numbered_otherwise(base.get(c[0]), asked)] if asked else ranked


def read_text(
    base: FactBase,
    query: str,
    prefer: Sequence[Kind],
    asked: bool | None = None,
    excluded: Set[str] = frozenset(),
) -> tuple[list[tuple[str, float, str]], str | None, list[Reading]]:
    """_read_text, without the entries whose names number them otherwise than the query does
    ("the 2nd corps" is not the 1st Corps); nothing is chosen when the one chosen was one."""
    ranked, chosen, readings = _read_text(base, query, prefer, asked, excluded)
    kept = _numbered_as_asked(base, ranked, query)
    return kept, chosen if any(c[0] == chosen for c in kept) else None, readings


def _read_text(
    base: FactBase,
    query: str,
    prefer: Sequence[Kind],
    asked: bool | None = None,
    excluded: Set[str] = frozenset(),
) -> tuple[list[tuple[str, float, str]], str | None, list[Reading]]:
    """The entities the words of the query lead to (id, score, how), best first; the one
    clearly ahead, if any; and the facts that hold the words (fact_readings). The entities are,
    in turn: those whose names hold every word; those of the facts that hold the words; those
    whose text holds every word. Only the command's kinds, when it has some. `asked`: whether
    the kinds are those of a question, which asks for something other than what it names
    (answers); by default, when they are those of `who`. Never an `excluded` one."""
    read = query_words(base, query)
    if read is None:
        return [], None, []
    groups = read.groups
    order = {kind: i for i, kind in enumerate(prefer)}
    succession = succession_asked(base, query)
    excluded = {*excluded, succession.named} if succession else excluded  # after Pariani: not Pariani
    readings, answers, chosen = fact_readings(base, query, prefer, read, asked, excluded)
    following = next_holder(base, succession)
    if following is not None and following.id not in excluded and (not order or following.kind in order):
        # Read from the words, as any answer the facts give: the user is told so (on stderr).
        answers = [(following.id, TEXT_SCORE, READ_AS), *(a for a in answers if a[0] != following.id)]
        return answers, following.id, readings
    if succession is not None:
        # Where the roles' dates do not say who came next, the words alone cannot ("replaced
        # Jacomoni" and "replaced by Pariani" hold the same words): only a description can.
        named = base.get(succession.named)
        said = [a[0] for a in answers if says_it_came(base.get(a[0]), named, succession.forward)]
        chosen = said[0] if len(said) == 1 else None
    by_name, chosen_by_name = _entity_search(base, _unowned(base, query, read), "names", order)
    if asked and answers and chosen_by_name and _words(query)[:1] in (["who"], ["whom"]):
        # "who commanded the General Staff": a question asks for someone other than what its
        # words name (answers), even by a name that holds them all ("UNÇ's command").
        by_name = []
    by_name = [c for c in by_name if c[0] not in excluded]
    if by_name:
        if chosen_by_name is None or chosen_by_name in excluded:  # "Liberation of Albania" ...
            by_name, chosen_by_name = _most_named(base, by_name, groups)
        return by_name, chosen_by_name, readings
    if answers:
        return answers, chosen, readings
    found, chosen = _entity_search(base, groups, "names description facts", order)
    return [c for c in found if c[0] not in excluded], None if chosen in excluded else chosen, readings


def _name_from(words: Sequence[str], at: int) -> int:
    """Where the name that ends at `at` begins: the capitalised words before it ("Francesco
    Jacomoni's")."""
    first = at
    while first and words[first - 1][:1].isupper():
        first -= 1
    return first


def _unowned(base: FactBase, query: str, read: Words) -> list[set[str]]:
    """The groups of a query but those of a possessive ("Abaz Kupi's Unity Front") or of a
    person named after "of" (_owner_after_of): whose it was need not be in the name of what it
    was, when two words or more remain."""
    words, owners = query.split(), set[str]()
    for at, word in enumerate(words):
        if word.endswith(POSSESSIVE):  # and the name it ends: "Abaz Kupi's"
            owners.update(t for owner in words[_name_from(words, at) : at + 1] for t in terms(owner))
        of_a_name = at and word.casefold() in _OF_IN_EITHER and _ends_a_name(base, words[at - 1])
        owner = _owner_after_of(base, words[at + 1 :]) if of_a_name else None
        if owner is not None:  # as typed, and as the fact base writes it: "abaz kupit"
            said, person = owner
            owners.update(t for name in (*said, person.name, *person.aliases) for t in terms(name))
    kept = [
        group for group, mine in zip(read.groups, read.own, strict=True) if not mine or not mine <= owners
    ]
    return kept if len(kept) >= 2 else read.groups


_OF_IN_ALBANIAN = frozenset(["i", "e", "te", "të"])  # "Legaliteti i ...", "bashkëshortja e ..."
_OF_IN_EITHER = _OF_IN_ALBANIAN | {"of"}  # "the Legality of ...", "Legaliteti i ..."
OWNER_WORDS = 3  # the most words of a person's name after "of", a title aside


def _owner_after_of(base: FactBase, words: Sequence[str]) -> tuple[Sequence[str], Entity] | None:
    """The words that open `words` (those after "of") and name a person, a title before the
    name with them, and the person: "Abaz Kupi" in "the Legality of Abaz Kupi", "major Kupit"
    in "Fronti i Unitetit i major Kupit"; None when no person is named so."""
    first = 1 if words[:1] and normalise(words[0].strip(_CLOSING)) in TITLES else 0
    for end in range(min(len(words), first + OWNER_WORDS), first, -1):
        said = " ".join(words[first:end]).strip(_CLOSING)
        person = _person_named(base, said) if said and said.casefold().split()[0] not in JOINING else None
        if person is not None:
            return words[:end], person
    return None


def _ends_a_name(base: FactBase, word: str) -> bool:
    """Whether a word may end the name of what a person's is, not a noun nor a word the fact
    base does not hold: "Legality", "Unitetit", not "village", "conference", "vendin"."""
    said = terms(word)
    known = word[:1].isupper() or bool(base.known_terms(said)) or any(synonyms_of(term) for term in said)
    known = known or any(_name_declined(base, term) for term in said)  # "legalitetit": Legaliteti's
    return bool(said) and known and not _noun_in_either(word)


def _person_named(base: FactBase, said: str) -> Entity | None:
    """The person words name, by a name or one slip from it (ONE_SLIP), as an Albanian case
    ending makes one ("abaz kupit"); else None."""
    index = base.index
    named = _named_alone(base, said, ())  # not "Peza", a village before it is a man's name
    if named is None and said.replace(" ", "").isalpha():
        ranked = rank(index.typos(said), index.kinds, _PEOPLE)
        chosen = decide(ranked, index.kinds, _PEOPLE)
        named = base.get(chosen) if chosen is not None and ranked[0][1] >= ONE_SLIP else None
    return named if named is not None and named.kind is Kind.PERSON else None


# A word that asks for the one who held a role next after (True), or last before, someone named.
SEQUENCE = {
    "after": True,
    "succeeded": True,
    "replaced": True,
    "replace": True,
    "replacing": True,
    "succeed": True,
    "followed": True,
    "relieve": True,  # "sent to relieve Jacomoni"
    "relieved": True,
    "relieving": True,
    "from": True,  # "took over from"
    "before": False,
    "preceded": False,
    # Albanian: "pas" (after; Gheg's "mbas", "mas"), "zëvendësoi" (replaced), "para" (before).
    "pas": True,
    "mbas": True,
    "mas": True,
    "zevendesoi": True,
    "zëvendësoi": True,
    "para": False,
}


def holder_beside(base: FactBase, query: str) -> Entity | None:
    """Who held a role next after (or last before) the one the query names, when the query
    asks so: "who became prime minister after Libohova" is whoever took up the role Libohova
    held (the same relation to the same entry, a role the words before "after" name) first
    after he did. By the start each source gives: one start is after another when neither of
    its bounds is earlier and one is later. None when the query asks no such thing or no one
    is clearly next."""
    return next_holder(base, succession_asked(base, query))


class Succession(NamedTuple):
    """A query that asks who held a role next after (`forward`) or last before a person it
    names (`named`, an id): the roles of theirs that the words around the name name."""

    named: str
    forward: bool
    roles: list[Fact]


def succession_asked(base: FactBase, query: str) -> Succession | None:
    """What a query asks of succession (SEQUENCE, then a person's name, and a role of theirs in
    the other words), or None: "who became prime minister after Libohova"."""
    words = _successor_as_after(query.split())
    at = next((i for i, word in enumerate(words) if _asks_next(words, i)), None)
    if at is None:
        return None
    named_by = _named_by(base, words, at)
    if named_by is not None:  # "the prime minister replaced by the fascist merlika": the one before him
        rest = words[:at] + words[named_by[1] :]
        return _succession(base, named_by[0], not _forward(words[at]), rest, True)
    named, end = _named_after(base, words, at + 1)
    described = named is None  # "the general who took over from the first Italian governor"
    if described:
        named = _holder_described(base, words[at + 1 :])
    rest = words[:at] + words[at + 1 if described else end :]
    forward, before = _forward(words[at]), False
    pronoun = _folded(words[at + 1]) in _HIM if at + 1 < len(words) else False
    if named is None and (_folded(words[at]) in _REPLACING or pronoun):  # "Libohova - who replaced him?"
        before_verb = _named_before(base, words, at)
        if before_verb is None:
            return None
        named, first, end = before_verb
        between = [_folded(word) for word in words[end:at] if _folded(word)]
        # "Jacomoni was replaced", "Jacomoni succeeded by whom": the one after.
        by = _folded(words[at + 1]) == "by" if at + 1 < len(words) else False
        passive = bool(between and set(between) <= _BEING | {"get", "gets", "u"}) or by
        subject = not passive and bool(_HE & set(between) or not between)
        if not (passive or subject) and _ASKING_FOR_SOMEONE.isdisjoint(between):
            return None  # "Bushati - the article says he followed ...": no question of it
        before = True
        rest = words[:first] + words[end:at] + words[at + 1 :]
        # "Pariani replaced", "whom did he replace?", "did Merlika replace": the one before.
        forward = forward != subject
    if named is None:
        return None
    return _succession(base, named, forward, rest, before)


def _succession(
    base: FactBase, named: str, forward: bool, rest: Sequence[str], before: bool
) -> Succession | None:
    """The succession asked of one named: in the roles of theirs the other words (`rest`) name,
    or, where they name none, in any of their roles when the name came `before` the verb."""
    # The role: the words around the name, and those of a description, which says it too.
    asked = set(terms(" ".join(rest)))
    asked |= {other for term in asked for other in synonyms_of(term)}  # premier: prime
    held = [fact for fact in base.get(named).facts if fact.property in ROLES]
    # The roles the words name, or a word one slip from theirs ("governer"); every role of theirs
    # when the words name none ("who succeeded Jacomoni?").
    asked |= {
        near
        for term in asked - base.known_terms(asked)
        if len(term) >= SLIP_LETTERS
        for near in base.terms_near(term)
    }
    roles = [fact for fact in held if not asked or _names_role(fact, asked)]
    roles = roles or (held if before else [])  # "Bushati, who came before him?": in any role
    return Succession(named, forward, roles) if roles else None


AFTER_BY = 2  # the most words between "by" and the name after it: "replaced by the fascist Merlika"


def _named_by(base: FactBase, words: Sequence[str], at: int) -> tuple[str, int] | None:
    """The one person named exactly after a verb of _REPLACING at `at` and "by", up to AFTER_BY
    words on ("replaced by the fascist merlika"), and where the name ends; None otherwise."""
    if _folded(words[at]) not in _REPLACING or at + 1 >= len(words) or _folded(words[at + 1]) != "by":
        return None
    for first in range(at + 2, min(len(words), at + 3 + AFTER_BY)):
        for end in range(len(words), first, -1):
            named = _named_alone(base, " ".join(words[first:end]).rstrip(_CLOSING), _PEOPLE)
            if named is not None and named.kind is Kind.PERSON:
                return named.id, end
    return None


# The words of SEQUENCE that are verbs, whose object a pronoun may stand for ("who replaced him"),
# or the Albanian clitic before them ("kush e zëvendësoi"): the one named before them.
_REPLACING = frozenset(["replaced", "replace", "succeeded", "succeed", "followed", "preceded", "zevendesoi"])


_HIM = frozenset(["him", "her", "them", "tij", "saj", "tyre"])  # "after him", "pas tij"
_HE = frozenset(["he", "she", "they", "ai", "ajo"])  # "whom did he replace?", "kë zëvendësoi ai?"


def _named_before(base: FactBase, words: Sequence[str], at: int) -> tuple[str, int, int] | None:
    """The one person the words before `at` name exactly, and where the name begins and ends
    (the longest run of words that names one): "the prime minister Eqrem Libohova - who
    replaced him?". None when they name none, or more than one."""
    spans = list[tuple[str, int, int]]()
    for first in range(at):
        for end in range(at, first, -1):
            named = _named_alone(base, " ".join(words[first:end]), _PEOPLE)
            if named is not None and named.kind is Kind.PERSON:
                spans.append((named.id, first, end))
                break
    return spans[0] if len({named for named, _, _ in spans}) == 1 else None


def _names_role(fact: Fact, asked: Set[str]) -> bool:
    """Whether terms name a role fact by a word of its value or role."""
    return not asked.isdisjoint(terms(f"{fact.value or ''} {fact.role or ''}"))


def _holder_described(base: FactBase, words: Sequence[str]) -> str | None:
    """The person a description after a word of SEQUENCE means, read as `who` reads it, from
    "the", "their" (_OWNING) or a possessive ("Rome's") to the end of its phrase (_PHRASE_ENDS):
    "the first Italian governor" and "Rome's first governor" are Jacomoni. None when it means
    no one person, or asks of succession itself."""
    end = next((i for i, word in enumerate(words) if i and word.casefold() in _PHRASE_ENDS), len(words))
    said = [word.rstrip(",?.!") for word in words[:end]]
    owning = said[:1] and (said[0].casefold() in _OWNING | _FIRST or said[0].endswith(POSSESSIVE))
    if not owning or any(_asks_next(said, i) for i in range(len(said))):
        return None  # "before in spain", "before Apr 41": no one described
    described = " ".join(said)
    try:
        person, _ = resolve(base, described, _PEOPLE)
        if person.kind is Kind.PERSON:
            return person.id
    except (NotFound, Ambiguous):
        pass
    noun = first_role(described)  # "the first puppet premier": the first of the government's
    if not noun:
        return None
    try:
        body, _ = resolve(base, described, (Kind.ORGANISATION,))
    except (NotFound, Ambiguous):
        return None
    return _first_to_start(base.referencing(body.id), _role_said(base, noun))


# What opens a description of someone: "the first Italian governor", "their first governor",
# and in notes "first puppet pm".
_OWNING = _POSSESSIVES | {"the"}
_FIRST = frozenset(["first", "original"])
# What ends the phrase of a description after "after" or "from": a verb or a place's preposition
# ("... after the first puppet premier was pushed out", "... the first governor in Tirana").
_PHRASE_ENDS = frozenset(["was", "were", "is", "had", "has", "got", "in", "at", "when", "who", "that", "as"])


_SUCCESSORS = {"successor": "after", "successors": "after", "predecessor": "before", "predecessors": "before"}
_SUCCESSORS |= {"replacement": "after", "replacements": "after"}  # "Jacomoni's replacement"


def _successor_as_after(words: list[str]) -> list[str]:
    """The words with what else says who came next said as SEQUENCE reads it: "NAME's
    successor" (predecessor), "successor of NAME" and "in (take) the place of NAME" as "after
    NAME" ("before NAME"), and "when the first governor was replaced" (_PUT_OUT) as "after the
    first governor was replaced"."""
    folded = [_folded(word) for word in words]
    for at, word in enumerate(folded):
        said = (
            _SUCCESSORS.get(word)
            or next(  # "replacment": one slip from "replacement"
                (
                    v
                    for k, v in _SUCCESSORS.items()
                    if k[:2] == word[:2] and slips_between(word, k, 1) is not None
                ),
                None,
            )
        )
        if said is not None and at and words[at - 1].endswith(POSSESSIVE):
            first = _name_from(words, at - 1)  # the whole name: "Francesco Jacomoni's"
            owner = [*words[first : at - 1], words[at - 1][:-2]]
            return [*words[:first], said, *owner, *words[at + 1 :]]
        if said is not None and at + 1 < len(words):  # "successor (of) Jacomoni"
            return [*words[:at], said, *words[at + 1 + (folded[at + 1] in ("of", "to", "for")) :]]
        instead = _in_place(folded[:at]) if word == "place" and folded[at + 1 : at + 2] == ["of"] else 0
        if instead:  # "in (the) place of Merlika", "take the place of ..."
            return [*words[: at - instead], "after", *words[at + 2 :]]
        if word == "when" and any(
            first in _BEING and second in _PUT_OUT for first, second in pairwise(folded[at + 2 : at + 9])
        ):
            return [*words[:at], "after", *words[at + 1 :]]  # "when the first PM got replaced"
    return words


def _in_place(before: Sequence[str]) -> int:
    """How many of the words before "place of" make it say instead of ("in", "in the", the
    "the" of "take the"), or 0."""
    if before[-1:] == ["in"]:
        return 1
    if before[-2:-1] == ["in"] and before[-1] == "the":
        return 2
    return 1 if before[-1:] == ["the"] and before[-2:-1] and before[-2] in _TAKING else 0


_TAKING = ("take", "took", "taking", "takes", "taken")


# What says one was put out of a role after "when ... was" (_successor_as_after).
_BEING = frozenset(["was", "were", "got", "been", "is"])
_PUT_OUT_WORDS = (
    "replaced removed dropped ousted dismissed recalled pushed moved sent sacked fired deposed toppled"
)
_PUT_OUT = frozenset(_PUT_OUT_WORDS.split())


def next_holder(base: FactBase, succession: Succession | None) -> Entity | None:
    """Who took up the roles asked next after (or last before) the person named, by the starts
    the sources give (holder_beside); None when no one is clearly next."""
    if succession is None:
        return None
    named, forward, roles = succession
    beside: set[str] = set()
    for held in roles:
        if not held.start or held.object is None:
            continue
        mine = _start(held.start)
        others = [
            (_start(fact.start), fact.subject)
            for fact in base.referencing(held.object)
            if fact.property == held.property
            and normalise(fact.value or "") == normalise(held.value or "")
            and fact.subject != named
            and fact.start
        ]
        later = [(s, who) for s, who in others if (_after(s, mine) if forward else _after(mine, s))]
        if later:
            first = min(later) if forward else max(later)
            if sum(start == first[0] for start, _ in later) > 1:
                return None  # two took it up together: no one is next
            beside.add(first[1])
    return base.get(beside.pop()) if len(beside) == 1 else None


def _forward(word: str) -> bool:
    """Whether the word asks who came after (else before): SEQUENCE."""
    return SEQUENCE[word.casefold().strip(_CLOSING)]


def says_it_came(entity: Entity, named: Entity, forward: bool) -> bool:
    """Whether an entity's description says it came after (or before) the one named: "General
    who replaced Jacomoni ..." came after Jacomoni; "... replaced by Alberto Pariani" came
    before Pariani."""
    said = normalise(entity.description).split()
    names = {w for text in (named.name, *named.aliases) for w in normalise(text).split()}
    for word, *rest in zip(said, said[1:], [*said[2:], ""], strict=False):  # each word, the two after
        if word in ("replaced", "succeeded"):  # "replaced X": after X; "replaced by X": before
            by = rest[0] == "by"
            if by != forward and rest[int(by)] in names:
                return True
        elif word == ("after" if forward else "before") and rest[0] in names:
            return True
    return False


def _asks_next(words: list[str], at: int) -> bool:
    """Whether the word at `at` asks who came next (SEQUENCE): "from" only after "took over"
    ("who took over from Jacomoni", "the general who took over as governor from Jacomoni")."""
    word = words[at].casefold().strip(_CLOSING)
    if word == "from":
        before = [w.casefold() for w in words[:at]]
        return any(pair in _TOOK_OVER for pair in pairwise(before))
    return word in SEQUENCE


_TOOK_OVER = frozenset((took, "over") for took in _TAKING)


NAME_WORDS = 3  # the most words a name misspelt within a question is sought in
_PEOPLE = (Kind.PERSON,)
_PLACES = (Kind.PLACE,)


def _named_after(base: FactBase, words: list[str], first: int) -> tuple[str | None, int]:
    """The person the words from `first` on begin with ("Merlika as prime minister"), and
    where the name ends: the longest run of words that names one exactly, else the longest of
    up to NAME_WORDS that names one with a slip ("Libbohova as ..."), else all of them read as
    a name, typos and all. An Albanian name declined is read without its ending ("pas
    Libohovës": after Libohova)."""
    index = base.index
    for end in range(len(words), first, -1):
        named = decide(
            rank(index.lookup(" ".join(words[first:end])), index.kinds), index.kinds, (Kind.PERSON,)
        )
        if named is not None:
            return named, end
    for form in sorted(_undeclined(_folded(words[first]))) if first < len(words) else ():
        named = decide(rank(index.find(form), index.kinds, _PEOPLE), index.kinds, _PEOPLE)
        if named is not None and index.kinds[named] is Kind.PERSON:  # "pas Libohovës": after Libohova
            return named, first + 1
    for end in range(min(len(words), first + NAME_WORDS), first, -1):  # "libbohova as prime minister"
        named = decide(rank(index.find(" ".join(words[first:end])), index.kinds), index.kinds, (Kind.PERSON,))
        if named is not None:
            return named, end
    ranked = rank(index.find(" ".join(words[first:])), index.kinds)
    return decide(ranked, index.kinds, (Kind.PERSON,)), len(words)


def _start(start: DateSpan) -> tuple[str, str]:
    """The first and last day a role may have begun ("" and "~" where the sources set none)."""
    return (start.earliest or "", start.latest or "~")


def _after(start: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether a start is after another: no bound of it earlier, and one later."""
    return start[0] >= other[0] and start[1] >= other[1] and start != other


def _entity_search(
    base: FactBase, groups: list[set[str]], columns: str, order: dict[Kind, int]
) -> tuple[list[tuple[str, float, str]], str | None]:
    """The entities whose text (in these columns) holds every group: those of the best
    preferred kind, by bm25, and the one ahead by TEXT_MARGIN."""
    found = base.text_search(groups, LISTED * 2, columns)
    if order:
        found = [f for f in found if Kind(f[1]) in order]
    if not found:
        return [], None
    best_kind = min(order.get(Kind(kind), len(order)) for _, kind, _ in found)
    # The strength of a match is -bm25: the higher, the better.
    pool = [(e, -score) for e, kind, score in found if order.get(Kind(kind), len(order)) == best_kind]
    pool.sort(key=lambda c: -c[1])
    ranked = [
        (entity_id, round(TEXT_SCORE * strength / pool[0][1], 1), READ_AS) for entity_id, strength in pool
    ]
    clear = len(pool) == 1 or pool[0][1] >= TEXT_MARGIN * pool[1][1]
    return ranked, pool[0][0] if clear else None


def _most_named(
    base: FactBase, ranked: list[tuple[str, float, str]], groups: list[set[str]]
) -> tuple[list[tuple[str, float, str]], str | None]:
    """Entities whose names hold every word, ranked again by the largest share of a name of
    theirs that the words make up, and the one with the largest, if one has: "when was
    Albania liberated" means the Liberation of Albania, not the 2nd Congress of the
    Anti-Fascist Council of National Liberation of Albania."""
    asked = set().union(*groups)
    entities = base.fetch([entity_id for entity_id, _, _ in ranked], "id")
    shares: dict[str, float] = {}
    for entity in entities.values():
        labels = [set(terms(label)) for label in (entity.name, *entity.aliases)]
        shares[entity.id] = max((len(label & asked) / len(label) for label in labels if label), default=0.0)
    best = max(shares.values())
    again = sorted(ranked, key=lambda c: (-shares[c[0]], -c[1]))
    rescored = [(e, round(TEXT_SCORE * shares[e] / best, 1), how) for e, _, how in again]
    top = [entity_id for entity_id, share in shares.items() if share == best]
    return rescored, top[0] if len(top) == 1 else None


class Reading(NamedTuple):
    """A fact that holds the words of a query: how well it gives the figure or the reason the
    query asks for (`counted`), how much of the words' weight it covers (0 to 1) and how
    strongly by bm25 (the higher, the better)."""

    fact: Fact
    counted: int  # 2: the figure of what is counted; 1: a figure, or a reason; 0: neither
    coverage: float
    strength: float
    whole: bool = False  # it holds every word the fact base knows, or a synonym of it


def fact_readings(
    base: FactBase,
    query: str,
    prefer: Sequence[Kind] = (),
    read: Words | None = None,
    asked: bool | None = None,
    excluded: Set[str] = frozenset(),
) -> tuple[list[Reading], list[tuple[str, float, str]], str | None]:
    """The facts that hold the words of a query, best first (readings); the entities they and
    the entities' own text answer (answers), never an `excluded` one; and the entity clearly
    ahead, if any.

    A fact or an entity must hold enough of the words (Weights.cover). `asked`: whether the
    kinds are those of a question (by default, when they are those of `who`)."""
    read = query_words(base, query) if read is None else read
    if read is None:
        return [], [], None
    counting = asks_a_number(query)
    # A word of few names names what holds it: "Jacomoni", however long its name (answers);
    # the facts of "Qemal Stafa" do not say his execution (Weights.only_names).
    capitalised = {t for word in query.split() if word[:1].isupper() for t in terms(word)}
    counted = base.index.names.word_counts(capitalised | {t for group in read.own for t in group})
    few = {word for word, n in counted.items() if n <= RARE_NAME}
    noun = asked_noun(query)
    noun = "" if _apposed(base, query.split(), noun) else noun
    weights = Weights(base, read, counting, few, noun, what_was_done(query) | named_after(query))
    units = counted_terms(query) if counting else set()
    found = readings(base, weights, counting, asks_why(query), units, _between(query))
    texts = entity_readings(base, weights)
    asked = Kind.PERSON in prefer if asked is None else asked
    subject = opens_with_name(base, query, prefer) if asked else None
    rare = few & capitalised
    when = asked_when(query)
    objects = asked and asks_for_an_object(query)
    periods = _periods(query)
    then = time_clause(query)
    head = described_head(query)
    return (
        found,
        *answers(
            base,
            found,
            texts,
            read,
            prefer,
            asked,
            rare,
            noun,
            when,
            excluded,
            objects,
            then,
            head,
            set(terms(query)),
            subject,
            periods[0] if len(periods) == 1 else None,
            first_role(query),
            asked and asks_for_an_agent(query),
        ),
    )


# A word of time ("how many partisans in summer 1943") weighs this much of what its rarity
# gives in a question for a figure: the figure's fact may be dated elsewhere, or not at all
# ("about 20 thousand partisans" in UNÇ).
DATED = 0.5
_TIME_WORDS = frozenset(terms(" ".join(name for name in MONTHS if name) + " spring summer autumn winter"))


def _dated(terms_of_word: set[str]) -> bool:
    """Whether a word of a query only says when: a year (four digits), a month, a season."""
    return bool(terms_of_word) and all(t in _TIME_WORDS or _year(t) for t in terms_of_word)


# The terms of the titles said only before a name ("king Zog", "marshal Tito"): they name with it.
_TITLE_TERMS = frozenset(t for title in _TITLES_ONLY_BEFORE for t in terms(title))


class Weights:
    """How much each word of a query weighs (the rarer in the facts, the more), and how much
    of that weight a text holds."""

    def __init__(
        self,
        base: FactBase,
        read: Words,
        counting: bool = False,
        named: Set[str] = frozenset(),
        noun: str = "",
        done: Set[str] = frozenset(),
    ) -> None:
        self.read = read
        # The years the query says, which a fact holds when it is dated within them (_years_of).
        self.years = {t for group in read.own for t in group if _year(t)}
        # The words that only name an entry (`named`: words of few names), each as a group.
        self.naming = [bool(mine) and mine <= named for mine in read.own]
        # A title said before such a word names with it: "king Zog", "marshal Tito".
        for at, mine in enumerate(read.own[:-1]):
            if mine and mine <= _TITLE_TERMS and self.naming[at + 1]:
                self.naming[at] = True
        self.asked = {t for group in read.groups for t in group}
        counts = base.term_counts(t for group in read.groups for t in group)
        total = base.identity["facts"] + 1
        # A question for a figure may set it in a time its fact does not give (DATED).
        self.weights = [
            (math.log(total / (1 + max(counts.get(t, 0) for t in group))) + 1)
            * (DATED if counting and _dated(mine) else 1.0)
            for group, mine in zip(read.groups, read.own, strict=True)
        ]
        # A word passed over weighs as much as the average known word, and no text holds it.
        self.whole = sum(self.weights) * (1 + read.passed / len(read.groups))
        # The groups a text must hold: an ordinal says which one ("the third congress"), and in
        # a short query the noun asked for (asked_noun) what it is ("the treaty of Tirana with
        # Italy"), and what a question asks when it was `done` (what_was_done: "crushed").
        short = len(read.groups) + read.passed <= SHORT_QUERY
        # The noun asked for stands in its group as typed, or (when the text lacks it: "pact")
        # as its synonyms.
        standing = set(synonyms_of(noun)) if noun else set()
        self.musts = [
            any(_past_first(t) for t in (mine or group))  # "e trete" (3rd), a synonym
            or (short and (noun in mine or bool(standing & group)))
            or bool((mine or group) & done)
            for group, mine in zip(read.groups, read.own, strict=True)
        ]

    def needed(self) -> list[set[str]]:
        """The groups of which a text must hold one to hold enough (cover): the rarest, until
        what the others weigh falls below COVERAGE of the whole. Searching for these first
        keeps a query with common words fast on a large fact base."""
        ranked = sorted(zip(self.weights, self.read.groups, strict=True), key=lambda pair: -pair[0])
        needed, rest = [], self.whole  # a word passed over is lacked by no text (cover)
        for weight, group in ranked:
            if rest < COVERAGE * self.whole:
                break
            needed.append(group)
            rest -= weight
        return needed

    def required(self) -> list[set[str]]:
        """The groups a text must hold each of to hold enough (cover): every one in a query of
        fewer than three words, else those whose lack alone weighs more than 1 - COVERAGE."""
        groups, _, passed = self.read
        if len(groups) + passed < 3:
            return list(groups)
        limit = (1 - COVERAGE) * self.whole
        weighed = zip(groups, self.weights, self.musts, strict=True)
        return [group for group, weight, must in weighed if must or weight > limit]

    def only_names(self, text: Set[str]) -> bool:
        """Whether a text holds, of the words, none but those that name an entry, while it lacks
        another: the facts of Qemal Stafa do not say "the execution of Qemal Stafa"."""
        held = [bool(group & text) for group in self.read.groups]
        said = [h for h, naming in zip(held, self.naming, strict=True) if not naming]
        return bool(said) and not any(said)

    def holds_all(self, text: Set[str]) -> bool:
        """Whether a text holds every word the fact base knows, or a synonym of it."""
        return all(group & text for group in self.read.groups)

    def cover(self, told: set[str], quoted: Set[str] = frozenset()) -> float | None:
        """The share of the words' weight a text holds, or None when it holds too little: it
        must hold every word, or (for three words or more, counting any passed over) so many
        that those it lacks weigh no more than 1 - COVERAGE of the whole, and every one it must
        (`musts`: an ordinal; in a short query, the noun asked for). A
        word the text says (`told`: names, value, role, description) weighs more than one only
        its quote holds (`quoted`); the word itself, more than a synonym of it."""
        groups, own, passed = self.read
        anywhere = told | quoted
        lacked = [
            (w, must)
            for group, w, must in zip(groups, self.weights, self.musts, strict=True)
            if not group & anywhere
        ]
        short = len(groups) + passed < 3 or 1 - sum(w for w, _ in lacked) / self.whole < COVERAGE
        if lacked and (short or any(must for _, must in lacked)):
            return None
        held = sum(
            w * max(_held_in(told, group, mine), QUOTED * _held_in(quoted, group, mine))
            for group, mine, w in zip(groups, own, self.weights, strict=True)
            if group & anywhere
        )
        return round(held / self.whole, 3)


SPAN_YEARS = 2  # a date over more years than this is too wide to say a year of it


def _years_of(spans: Iterable[DateSpan | None]) -> set[str]:
    """The years a fact's dates fall in, when the sources' wording leaves them unsaid ("On 17
    November": 1944): each of a span's years, if it covers SPAN_YEARS or fewer."""
    years: set[str] = set()
    for span in spans:
        if span is not None and span.earliest and span.latest:
            first, last = int(span.earliest[:4]), int(span.latest[:4])
            if last - first < SPAN_YEARS:
                years.update(str(year) for year in range(first, last + 1))
    return years


def _held_in(text: Set[str], group: Set[str], mine: Set[str]) -> float:
    """How fully a column of a text holds a word of a query: 1 for the word itself (a form of
    it: `mine`), SYNONYM for only a word that stands for it (`group`), 0 for neither. A column
    is weighed on what it holds itself: "led" in a description and "head" in a fact of
    another matter do not make "headed" held in full."""
    return 1.0 if mine & text else SYNONYM if group & text else 0.0


# Words that make a role another, lesser one: a fact that says one the query does not holds its
# words as a synonym would.
_SECOND = frozenset(terms("deputy vice assistant"))


def readings(
    base: FactBase,
    weights: Weights,
    counting: bool = False,
    why: bool = False,
    units: Set[str] = frozenset(),
    between: Set[str] = frozenset(),
) -> list[Reading]:
    """The facts that hold the words (Weights.cover), best first: those with a figure when one
    is asked (counting), of what the question counts (`units`: counted_terms) before others,
    or that give a reason when one is (why: _gives_a_reason), then by coverage, then by bm25."""
    found = []
    for fact, bm25 in base.fact_search(weights.read.groups, FACT_POOL, weights.needed(), weights.required()):
        subject = base.get(fact.subject)
        when = " ".join(span.wording for span in subject.dates)
        names, said, quote = (
            set(column.split())
            for column in fact_text(subject_names(subject.name, subject.aliases), fact, when)
        )
        # "how many Italian soldiers": a figure of Italians is one of the soldiers counted.
        of_counted = counting and fact.quantity is not None and _counts(fact.quantity.unit, units)
        if of_counted:
            said = said | units
        if weights.years:  # "in 1944": a fact dated then holds it, whatever its wording says
            said = said | (weights.years & _years_of((*subject.dates, fact.date, fact.start, fact.end)))
        if between and subject.kind is Kind.EVENT:  # "... brokered the talks between the Balli and ..."
            quote = quote | (between & _described(subject))
        coverage = weights.cover(names | said, quote)
        if coverage is not None and weights.only_names(names | said | quote):
            continue
        if coverage is not None and said & _SECOND - weights.asked:
            coverage = round(coverage * SYNONYM, 3)  # a deputy prime minister is no prime minister
        if coverage is not None:
            whole = weights.holds_all(names | said | quote)
            fits = int((counting and fact.quantity is not None) or (why and _gives_a_reason(fact)))
            found.append(Reading(fact, 2 if of_counted else fits, coverage, -bm25, whole))
    found.sort(key=lambda r: (-r.counted, -r.coverage, -r.strength))
    return found


_BETWEEN_ENDS = frozenset(["in", "at", "on", "during", "after", "before", "to", "who", "that"])


def _between(query: str) -> set[str]:
    """The terms of whom a query says something was between ("the talks between the Balli and
    the communists in 1943": Balli, communists), and those the sources use for them; the event
    the words describe may tell them in its own description."""
    words = _words(query)
    if "between" not in words:
        return set()
    said = list(takewhile(lambda word: word not in _BETWEEN_ENDS, words[words.index("between") + 1 :]))
    found = set(terms(" ".join(said)))
    return found | {other for term in found for other in synonyms_of(term)}


def _described(entity: Entity) -> set[str]:
    """The terms of an entity's description, and of its names."""
    return set(terms(" ".join([entity.description or "", entity.name, *entity.aliases])))


NAMED_FACTS = 200  # the most facts on an entry named that facts_on_named reads


def facts_on_named(base: FactBase, query: str, named: Sequence[str]) -> list[Reading]:
    """When no fact holds enough of a search's words but they name an entry: the facts on the
    entries `named` (their own, then the first NAMED_FACTS that name them) that hold others of
    the words, those with a figure first when one is asked, each with the share it holds of
    the weight of the words beside the name (Weights). "Which territorial question caused a
    dispute at the Mukje conference?" finds that a dispute arose there over Kosovo; "how many
    italians held the garrison at Leskovik", the figure: over 1000 Italians."""
    read = query_words(base, query) if named else None
    if read is None:  # a word the sources never use, maybe what they do not name ("Ciano")
        return []
    entities = [base.get(entity_id) for entity_id in named]
    if asks_how_long(query):  # "how many days did the Mukje conference last": its dates
        dated = [f for e in entities if e.kind is Kind.EVENT for f in e.facts if f.date is not None]
        if dated:
            return [Reading(fact, 1, 1.0, 0.0) for fact in dated]
    names = {t for e in entities for name in (e.name, *e.aliases) for t in terms(name)}
    beside = [(group, mine) for group, mine in zip(read.groups, read.own, strict=True) if not group & names]
    if not beside:
        return []
    weights = Weights(base, Words([group for group, _ in beside], [mine for _, mine in beside], 0))
    counting = asks_a_number(query)
    whole = sum(weights.weights)
    found: dict[tuple[str, str, str | None, str | None], Reading] = {}
    for entity in entities:
        for fact in (*entity.facts, *base.referencing(entity.id, NAMED_FACTS)):
            subject = base.get(fact.subject) if fact.subject != entity.id else entity
            columns = fact_text(subject_names(subject.name, subject.aliases), fact)
            text = {t for column in columns for t in column.split()}
            held = sum(
                w for group, w in zip(weights.read.groups, weights.weights, strict=True) if group & text
            )
            if held:
                figure = int(counting and fact.quantity is not None)
                key = (fact.subject, fact.property, fact.object, fact.value)
                found.setdefault(key, Reading(fact, figure, round(held / whole, 3), 0.0))
    return sorted(found.values(), key=lambda r: (-r.counted, -r.coverage))


def entity_readings(base: FactBase, weights: Weights) -> list[tuple[str, float, float, bool]]:
    """(id, coverage, strength, whole: Reading.whole) of the entities whose own text (names,
    description, what their facts say) holds the words (Weights.cover)."""
    found = []
    hits = base.entity_search(weights.read.groups, ENTITY_POOL, weights.needed(), weights.required())
    entities = base.fetch([entity_id for entity_id, _ in hits], "id")
    for entity_id, bm25 in hits:
        names, description, said = (set(column.split()) for column in entity_text(entities[entity_id]))
        # Its names and description sum it up; what its facts say is a bag of many things.
        coverage = weights.cover(names | description, said)
        if coverage is not None and not weights.only_names(names | description | said):
            found.append((entity_id, coverage, -bm25, weights.holds_all(names | description | said)))
    return found


def _of_its_time(entity: Entity, period: tuple[str, str] | None, words: Set[str] = frozenset()) -> bool:
    """Whether an entity may be what a query that gives a `period` asks for: an organisation,
    a place or an event; a person who held a role then, or of whose roles the sources date
    none ("who led the government in November 1943" is not the prime minister whose office
    ended by January 1943). Where the query's `words` name roles of the person's, those roles
    only: "who did the Germans make prime minister in November 1943" is not Hoxha, prime
    minister from October 1944, though he led the party then."""
    if period is None or entity.kind is not Kind.PERSON:
        return True
    roles = [fact for fact in entity.facts if _holds_role(fact)]
    named = [fact for fact in roles if not words.isdisjoint(terms(f"{fact.value or ''} {fact.role or ''}"))]
    dated = False
    for fact in named or roles:
        start, end = fact.held
        if start is None and end is None:
            continue
        dated = True
        if overlaps(start.earliest if start else None, end.latest if end else None, *period):
            return True
    return not dated


def answers(
    base: FactBase,
    found: list[Reading],
    texts: list[tuple[str, float, float, bool]],
    read: Words,
    prefer: Sequence[Kind],
    asked: bool,
    rare: Set[str] = frozenset(),
    noun: str = "",
    when_asked: tuple[str, str, str] | None = None,
    excluded: Set[str] = frozenset(),
    objects: bool = False,
    then: Set[str] = frozenset(),
    head: Set[str] = frozenset(),
    literal: Set[str] = frozenset(),
    subject: str | None = None,
    period: tuple[str, str] | None = None,
    first: str = "",
    agent: bool = False,
) -> tuple[list[tuple[str, float, str]], str | None]:
    """The entities the facts found and the entities' own texts answer, best first, as (id,
    score, how), and the one clearly ahead (by TEXT_MARGIN in strength), if any: each fact's
    subject and object, and each entity whose text holds the words, of the preferred kinds, by
    kind; among them those that are what the query asks for (`noun`: "which army", "the port
    next to ...") by name or type first; for a question (`asked`), those the query names
    (named_by: by the words typed, `read.own`, not their synonyms, or by the `rare` words of its
    names) last; then as their best fact or text ranks; then an event whose name says what the
    words do (_names_held, unless the query's `literal` terms name it); the strengths of those
    that rank alike added up. Never an `excluded` one. A question for what something was done
    to (`objects`: "who did the Italian governor ask for troops") takes as named the subject of
    each fact found that has an object; any question, what the words of a clause that only says
    when name (`then`: "... while the Përmet congress was still on"). An organisation a
    description's `head` names comes with the people (_order). The `subject` a query opens
    with the name of (opens_with_name) comes before all others the facts hold. Where the query
    gives one `period`, those of its time (_of_its_time) come before those of another. Of those
    alike, the one who first held the role a query asks the `first` holder of comes first
    (_earliest_holder)."""
    typed = read.own
    words = {t for forms in typed for t in forms}
    order = {kind: i for i, kind in enumerate(prefer)}
    best: dict[str, tuple[int, bool, int, tuple[bool, bool], bool, float, tuple[int, int], float]] = {}
    # Who did something to another, not who held a role in it ("who did the Germans make head
    # of government": the one who became a member of it is the answer, not a doer).
    doers = {r.fact.subject for r in found if r.fact.object and not _holds_role(r.fact)} if objects else set()
    # And who had it done to them, when the question asks who did it ("the general who took
    # over as governor": not Jacomoni, "replaced ... by Gen. Alberto Pariani").
    doers |= {r.fact.subject for r in found if _done_by_object(base, r.fact)} if agent else set()
    named = _people_named_in(base, found) if asked and Kind.PERSON in order else [()] * len(found)
    # Only organisations: a statement names other places and events than those it is of ("the
    # Mukje agreement ... was denounced at a meeting ... in Labinot" is not where it was signed).
    things = _things_named_in(base, found, noun, {Kind.ORGANISATION} & set(order), words if agent else set())
    support = [
        *(
            (e, r.counted, r.coverage, r.strength, r.whole)
            for r, people, thing in zip(found, named, things, strict=True)
            for e in dict.fromkeys((r.fact.subject, r.fact.object, *people, *thing))
        ),
        *((e, False, coverage, strength, whole) for e, coverage, strength, whole in texts),
    ]
    # Whether a person holds every word: then no organisation ranks as one (_order).
    personal = any(whole and base.get(e).kind is Kind.PERSON for e, *_, whole in support if e is not None)
    for entity_id, counted, coverage, strength, whole in support:
        if entity_id is None or entity_id in excluded:
            continue
        entity = base.get(entity_id)
        if order and entity.kind not in order:
            continue
        # A question asks for something other than what it names ("Hoxha's deputy").
        # Not what a description names in its head, which it describes ("the baba from
        # Martanesh who ran one of the groups").
        unnamed = not (
            (asked and (entity_id in doers or named_by(entity, words, rare)))
            or (then and named_by(entity, then, rare & then))
        ) or bool(head and named_by(entity, head, rare & head))
        # A question for a figure asks for what holds it first ("how many men in the 21st ...").
        key = (
            counted,
            entity_id == subject,
            -_order(entity, order, whole and not personal, words, head),
            (_of_its_time(entity, period, words), _is_a(entity, noun)),
            unnamed,
            coverage,
            _names_held(entity, read.groups, literal, rare | then),
        )
        held = best.get(entity_id)
        if held is None or held[:7] < key:
            best[entity_id] = (*key, strength)
        elif held[:7] == key:
            best[entity_id] = (*key, held[7] + strength)
    if not best:
        return [], None
    ordered = sorted(best.items(), key=lambda item: item[1], reverse=True)
    top = ordered[0][1]
    ranked, shown = [], TEXT_SCORE
    for entity_id, (*_, coverage, _, strength) in ordered:
        shown = min(shown, round(TEXT_SCORE * coverage / top[5] * min(1.0, strength / top[7]), 1))
        ranked.append((entity_id, shown, READ_AS))
    rivals = [scored for _, scored in ordered[1:] if scored[:5] == top[:5]]
    clear = not rivals or top[5:7] > rivals[0][5:7] or top[7] >= TEXT_MARGIN * rivals[0][7]
    tied = [entity_id for entity_id, scored in ordered if scored[:7] == top[:7]]
    if not clear and when_asked:
        dated = [e for e in tied if any(_began_or_ended_then(r.fact, e, when_asked) for r in found)]
        if len(dated) == 1:  # of those alike, the one whose own fact says it began (ended) then
            return _chosen_first(ranked, dated[0])
    near = [e for e, scored in ordered if scored[:5] == top[:5] and scored[5] >= NEAR * top[5]]
    earliest = _earliest_holder(base, near, first) if first else None
    if earliest:  # "the first commander of the partisan army": of those alike, who held it first
        return _chosen_first(ranked, earliest)
    leader = _leader_of_named(base, tied, words)
    if leader:  # "the head of the Balli Kombëtar": its leader, not the head of its delegation
        return _chosen_first(ranked, leader)
    if clear and rivals and top[5:7] == rivals[0][5:7] and asked and Kind.PERSON in order and not when_asked:
        # Ahead only by the strength its many facts add up to: a person's own summary says more
        # ("who led the communist side at Mukje": Dishnica, whose description says he led it,
        # not Gjinishi, whose other facts hold "led" and "communist" too).
        chosen = _one_of_alike(base, tied, typed, words, True, True)
        if chosen is not None:
            return _chosen_first(ranked, chosen)
    if clear:
        return ranked[:LISTED], ordered[0][0]
    place = _one_place_named(base, tied, words, rare) if prefer[:1] == (Kind.PLACE,) else None
    if place:  # "Mukje village near Kruja": of places alike, the one the words name, described
        return _chosen_first(ranked, place)
    # Not by the summaries when a date was asked and fits several: the date decides, or nothing.
    summing = not when_asked
    chosen = _one_of_alike(base, tied, typed, words, summing, asked and Kind.PERSON in order)
    if chosen is None:
        return ranked[:LISTED], None
    return _chosen_first(ranked, chosen)


def _one_place_named(
    base: FactBase, tied: Sequence[str], words: Set[str], rare: Set[str] = frozenset()
) -> str | None:
    """Of the entries a question for where fits alike, the one place its words name, which
    the rest of them describe; None when they name none of them, or several."""
    named = [e for e in tied if base.get(e).kind is Kind.PLACE and named_by(base.get(e), words, rare)]
    return named[0] if len(named) == 1 else None


VALUE_NAME_WORDS = 4  # the most words of a name _people_named_in looks for in a fact's value


def _named_in_statements(base: FactBase, found: Sequence[Reading], fewest: int) -> list[dict[str, Kind]]:
    """For each fact found, the entries its statement's words name by a name or alias of
    `fewest` to VALUE_NAME_WORDS words, from a capitalised one to a capitalised one (a mark after
    it aside), with their kinds; none for a fact of another property, whose value lists those it is not about
    ("included ... Legaliteti of Abaz Kupi")."""
    spans = []
    for reading in found:
        words = (reading.fact.value or "").split() if reading.fact.property == STATEMENT else []
        spans.append(
            [
                normalise(" ".join(words[at : at + size]).strip(_CLOSING))
                for at in range(len(words))
                if words[at][:1].isupper()
                for size in range(fewest, VALUE_NAME_WORDS + 1)
                if at + size <= len(words) and words[at + size - 1][:1].isupper()
            ]
        )
    keys = sorted({key for keys in spans for key in keys})
    named: dict[str, dict[str, Kind]] = {}
    for key, entity, kind, *_ in base.index.names.exact(keys) if keys else []:
        named.setdefault(key, {})[entity] = Kind(kind)
    return [{e: kind for key in keys for e, kind in named.get(key, {}).items()} for keys in spans]


def _people_named_in(base: FactBase, found: Sequence[Reading]) -> list[tuple[str, ...]]:
    """For each fact found, the people a statement names by a full name or alias of two words
    or more ("the 'government' ... with Rexhep bej Mitrovica"): a statement that names them
    answers for them as for its subject."""
    return [
        tuple(e for e, kind in named.items() if kind is Kind.PERSON)
        for named in _named_in_statements(base, found, 2)
    ]


def _things_named_in(
    base: FactBase, found: Sequence[Reading], noun: str, kinds: Set[Kind], deeds: Set[str] = frozenset()
) -> list[tuple[str, ...]]:
    """For each fact found whose subject is of none of the `kinds` asked for, and neither its
    subject nor its object a `noun` a description asks for, the one entry of those kinds that is
    one and that its statement names by one word or more: "the Yugoslav council the Mukje idea
    was copied from" is AVNOJ, which a statement of the Mukje Conference about the British
    emissaries names ("... similar to AVNOJ in Yugoslavia"). None where it names several, or
    for another fact: what a statement of Legaliteti names fought beside it. With no noun, when
    the question asks who did a deed, the one entry of the kinds a statement names as doing one
    of the `deeds` (the question's terms): "who argued at Mukje that Kosovo should join Albania"
    is the Balli, which a statement of Kosovo names ("... Balli Kombëtar argued ...")."""
    if not (noun or deeds) or not kinds:
        return [()] * len(found)
    about = [
        base.get(r.fact.subject).kind in kinds
        or any(
            _is_a(base.get(e), noun)
            for e in (r.fact.subject, r.fact.object)
            if e and noun and base.get(e).kind in kinds
        )
        for r in found
    ]
    told = [r for r, told in zip(found, about, strict=True) if not told]
    named = _named_in_statements(base, told, 1)
    such = iter(
        [
            e
            for e, kind in said.items()
            if kind in kinds
            and (_is_a(base.get(e), noun) if noun else _does(base.get(e), reading.fact, deeds))
        ]
        for said, reading in zip(named, told, strict=True)
    )
    things = [[] if told else next(such) for told in about]
    return [tuple(one) if len(one) == 1 else () for one in things]


def _does(entity: Entity, fact: Fact, deeds: Set[str]) -> bool:
    """Whether a fact's statement names an entity, by a name or alias, right before a word of
    one of the `deeds` (terms): "Balli Kombëtar argued" does "argued"."""
    said = normalise(fact.value or "")
    for name in (entity.name, *entity.aliases):
        key = normalise(name)
        for found in re.finditer(rf"\b{re.escape(key)} (\S+)", said):
            if not deeds.isdisjoint(terms(found[1])):
                return True
    return False


def _holds_role(fact: Fact) -> bool:
    """Whether a fact says its subject held a role over time (properties: member, leader,
    position)."""
    prop = PROPERTIES.get(fact.property)
    return prop is not None and prop.role


_DESCRIBING_WORDS = 2  # the fewest words of an event's name that describe it, not one that names


def _names_held(
    entity: Entity, groups: Sequence[Set[str]], typed: Set[str], aside: Set[str] = frozenset()
) -> tuple[int, int]:
    """How well an entity's names say what the groups of words (with their synonyms) do, the
    event a query describes: first, for an event, how many of the groups its names hold, when
    _DESCRIBING_WORDS or more, but those with a term `aside` (a rare name, a clause that says
    when): "when partisans blocked the german garrison in Tirana" is the blockade of the German
    garrison in Tirana, not the liberation of Tirana, whose facts tell of the blockade too;
    "death of Enver Hoxha" is not "Hoxha appointed Marshal". Then how many groups its type holds
    where its names also hold it: "the Italian armistice" is Italy's capitulation, not the
    Italian occupation, which ended with it. (0, 0) for an entity the query names as it is
    written (its terms, `typed`, hold a name of it), of which it asks something else by a word
    beside its name other than a year ("where was the Mukje agreement denounced"; not "when was
    Tirana liberated", "tirana liberation 1944")."""
    names = _name_terms(entity)
    if named_by(entity, typed) and any(not _year(term) for term in typed - names):
        return 0, 0  # it asks something else of what it names; "tirana liberation 1944" asks of it
    typed_as = names & set(terms(entity.type or ""))
    events = groups if entity.kind is Kind.EVENT else ()
    held = sum(1 for group in events if not names.isdisjoint(group) and aside.isdisjoint(group))
    held = held if held >= _DESCRIBING_WORDS else 0
    return held, sum(1 for group in groups if not typed_as.isdisjoint(group))


def _year(term: str) -> bool:
    """Whether a term is a year ("1944")."""
    return term.isdigit() and len(term) == 4


def _chosen_first(
    ranked: list[tuple[str, float, str]], chosen: str
) -> tuple[list[tuple[str, float, str]], str]:
    """The ranked entries (LISTED at most) with the chosen one first, and the chosen one."""
    first = next(c for c in ranked if c[0] == chosen)
    return [first, *(c for c in ranked if c is not first)][:LISTED], chosen


def _one_of_alike(
    base: FactBase,
    tied: Sequence[str],
    typed: Sequence[set[str]],
    words: Set[str],
    summing: bool,
    person: bool = False,
) -> str | None:
    """Of the entries a query fits alike (`tied`), the one whose own fact makes it a member
    or the leader of what the words name, whether or not the fact holds the other words:
    "who headed the regency council the Germans set up" (Biçoku, not Bushati, whose
    description says when the council replaced him). Else,
    when `summing` (no date was asked, which would decide instead), the one whose own summary
    (names, description) holds more of the words: "the Politburo member who led the partisan
    side at the talks" (Dishnica, not Gjinishi, whose fact quotes the sentence that names
    both). Of things other than people (not `person`), only one whose summary holds every
    word: "when was the party conference at Labinot in 1943" (not for "death of Enver
    Hoxha", which no event's summary says). None when neither decides, or when more than
    LISTED are alike: reading each one's facts would cost more than it tells (a name shared by
    many entries on a large base)."""
    if len(tied) > LISTED:  # too many alike to tell apart by their own facts
        return None
    members = {e for e in tied if any(_belongs_to_named(base, fact, words) for fact in base.get(e).facts)}
    if len(members) == 1:
        return members.pop()
    if not summing:
        return None
    summed = {e: _summed(base.get(e), typed) for e in tied}
    most = [e for e in tied if summed[e] == max(summed.values())]
    if len(most) != 1 or (not person and summed[most[0]] < len(typed)):
        return None
    return most[0]


NEAR = 0.9  # of the coverage of the best, what one that a query fits nearly as well holds


def _earliest_holder(base: FactBase, tied: Sequence[str], noun: str) -> str | None:
    """Of the people a query fits (nearly) alike (`tied`), the one who took up a role the `noun` names
    ("commander", and by its synonyms one the sources do not say, "premier": prime minister)
    clearly before every other took up theirs, by the starts the sources give; None when fewer
    than two have such a start, or none is first."""
    said = _role_said(base, noun)
    return _first_to_start([fact for entity_id in tied for fact in base.get(entity_id).facts], said)


def _role_said(base: FactBase, noun: str) -> set[str]:
    """The terms of a role a noun names: its own, or its synonyms' where the fact base does not
    say it ("premier": prime)."""
    said = set(terms(noun))
    return said if base.known_terms(said) else {other for term in said for other in synonyms_of(term)}


def _first_to_start(facts: Iterable[Fact], said: Set[str]) -> str | None:
    """Of the subjects of the role facts that name a role by the terms `said`, the one who took
    it up clearly before every other, by the starts the sources give; None when fewer than two
    have such a start, or none is first."""
    starts: dict[str, tuple[str, str]] = {}
    for fact in facts:
        if fact.property in ROLES and fact.start and _names_role(fact, said):
            start = _start(fact.start)
            starts[fact.subject] = min(starts.get(fact.subject, start), start)
    if len(starts) < 2:
        return None
    first = min(starts, key=starts.__getitem__)
    return first if all(_after(start, starts[first]) for e, start in starts.items() if e != first) else None


def _leader_of_named(base: FactBase, tied: Sequence[str], words: Set[str]) -> str | None:
    """Of the entries a query fits alike (`tied`, however far apart their strengths), when the
    words ask for a leader (_LEADING) and name an organisation whole, the one entry whose own
    fact makes it that organisation's leader; None when none or several are, or more than
    LISTED are alike."""
    if words.isdisjoint(_LEADING) or len(tied) > LISTED:
        return None
    leaders = [
        e for e in tied if any(_belongs_to_named(base, fact, words, LEADER_OF) for fact in base.get(e).facts)
    ]
    return leaders[0] if len(leaders) == 1 else None


def _summed(entity: Entity, typed: Sequence[set[str]]) -> float:
    """How many of a query's words (their own forms) an entity's names and description hold;
    half a word less for a description that makes it second in what it did, when the query
    does not: a deputy (_SECOND), or one who "co-led" (co-founded) with one who led."""
    said = {t for text in (entity.name, *entity.aliases, entity.description) for t in terms(text)}
    asked = {t for forms in typed for t in forms}
    shared = any(
        word[:3].casefold() == "co-" and not (_LEADING | SET_UP).isdisjoint(terms(word[3:]))
        for word in (entity.description or "").split()
    )
    second = bool(said & _SECOND - asked) or (shared and "co" not in asked)
    held = sum(1 for forms in typed if forms & said)
    return held - 0.5 if second else held


# The words that ask for a leader: those of the leader_of property's labels ("head", "led").
_LEADER = PROPERTIES[LEADER_OF]
_LEADING = frozenset(terms(f"{_LEADER.forward} {_LEADER.backward} {_LEADER.asked_as}"))


def _belongs_to_named(base: FactBase, fact: Fact, words: Set[str], *properties: str) -> bool:
    """Whether a fact makes its subject a member or the leader of an organisation (or of
    `properties`, when given) whose name (or an alias) the words say whole."""
    if fact.property not in (properties or (MEMBER_OF, LEADER_OF)) or fact.object is None:
        return False
    named = base.get(fact.object)
    return any(_said_whole(base, name, words) for name in (named.name, *named.aliases))


@functools.cache
def _kind_terms() -> frozenset[str]:
    """The terms of the nouns that say what kind of thing something is (NOUN_KINDS), found
    the first time a reading needs them: at import they would cost half a millisecond."""
    return frozenset(t for noun in NOUN_KINDS for t in terms(noun))


def _said_whole(base: FactBase, name: str, words: Set[str]) -> bool:
    """Whether words say a name whole, or all of it but the nouns that say what kind of thing it
    is, when what is left is held by few names (RARE_NAME): "the regency the Germans installed"
    says the Regency Council; "national liberation movement" does not say the National Front."""
    own = set(terms(name))
    rest = own - _kind_terms()
    if own <= words:
        return True
    if not rest or not rest <= words:
        return False
    counts = base.index.names.word_counts(rest)
    return all(counts.get(word, 0) <= RARE_NAME for word in rest)


def _order(entity: Entity, order: dict[Kind, int], whole: bool, words: Set[str], head: Set[str]) -> int:
    """Where an entity's kind comes in a command's preference. A `who` question prefers a
    person to an organisation, but not to one whose text alone holds every word of it (`whole`:
    no person's does) and that it does not name, or names in the `head` of a description
    (described_head): "who did Balli Kombëtar collaborate with after Italy capitulated" (the
    German forces), "who turned down the British request to land forces" (the General Staff),
    "the Yugoslav communists who called the Mukje deal counterrevolutionary" (their party)."""
    names = [set(terms(name)) for name in (entity.name, *entity.aliases)]
    if (
        entity.kind is Kind.ORGANISATION
        and order.get(Kind.PERSON) == 0
        and whole
        and (not any(name & words for name in names) or any(name & head for name in names))
    ):
        return 0
    return order.get(entity.kind, 0)


def described_head(query: str) -> frozenset[str]:
    """The terms of the words before the clause of a description (not a question) that names
    no person's noun there: "the Yugoslav communists who called ..." describes them, and "the
    Balli Kombëtar leader who ..." a person, not the Balli Kombëtar; empty otherwise. The
    clause opens with "who" or "that", with a preposition and "which" or "whom" ("the Greek
    partisan army to which ..."), or with "the", "a" or "an" after a noun ("the Greek partisan
    army the UNÇ sent envoys to")."""
    words = _words(query)
    at = next(
        (
            at
            for at, word in enumerate(words)
            if at
            and (
                word in ("who", "that")
                or (word in ("which", "whom") and words[at - 1] in _LEADS)
                or (word in _ARTICLES and _noun(words[at - 1]))
            )
        ),
        0,
    )
    if not at or words[0] in _QUESTION_WORDS:
        return frozenset()
    head = words[:at]
    if any(NOUN_KINDS.get(_noun(word)) is Kind.PERSON for word in head):
        return frozenset()
    # Its noun, last, as the words users swap for it: "the yugoslav commies" (communists).
    noun = {other for term in terms(head[-1]) for other in synonyms_of(term)}
    return frozenset(t for word in head for t in terms(word)) | noun


_ARTICLES = frozenset(["the", "a", "an"])


# Words that ask when something began (SET_UP and more), or when it ended ("the prime minister
# appointed in January 1943"), as their terms.
BEGAN = (
    SET_UP | frozenset(terms("appointed began elected installed")) | {"became", "become", "becomes"}
)  # stop words, which terms drops: matched as typed
ENDED = frozenset(terms("resigned ended dissolved died left"))


def said_words(query: str) -> set[str]:
    """A query's terms, and its words as typed (in lower case), stop words among them: what
    the lists of words that ask when (BEGAN, ENDED, SET_UP) are matched against."""
    return set(terms(query)) | {word.strip(".,;:?!").casefold() for word in query.split()}


def asked_when(query: str) -> tuple[str, str, str] | None:
    """("start" or "end", first day, last day) when a query asks who or what began or ended at
    one date it gives: "appointed in January 1943"; else None."""
    said = said_words(query)
    periods = _periods(query)
    began = bool(said & BEGAN) or _became_in_albanian(query) or _from_a_month(query)
    if len(periods) != 1 or began == bool(said & ENDED):
        return None
    return ("start" if began else "end", *periods[0])


# What says "became" in Albanian after its "u": "kush u bë kryeministër" (who became prime
# minister), Gheg's "u bo", "u emërua" (was appointed), "u zgjodh" (was elected), "u caktua".
_BECAME_IN_ALBANIAN = frozenset(["be", "bo", "emerua", "zgjodh", "caktua"])


_FROM = frozenset(["from", "since"])  # what says a role began at the date after it


def _from_a_month(query: str) -> bool:
    """Whether a query says "from" or "since" before a month: "who held the premiership from
    January 1943" asks who began to then."""
    said = [word.casefold() for word in query.split()]
    return any(word in _FROM and then.strip(_CLOSING) in _MONTH_NAMES for word, then in pairwise(said))


def _became_in_albanian(query: str) -> bool:
    """Whether a query says in Albanian that one became something: "kush u bë kryeministër"."""
    said = _folded_words(query.split())
    return any(word == "u" and then in _BECAME_IN_ALBANIAN for word, then in pairwise(said))


def _began_or_ended_then(fact: Fact, entity_id: str, when: tuple[str, str, str]) -> bool:
    """Whether a fact on this entity dates its beginning (or end) within the asked days: its
    own start (end), or its date when it happened on one; never a date it takes from an event."""
    which, first, last = when
    span = fact.date or (fact.start if which == "start" else fact.end)
    return (
        fact.subject == entity_id
        and span is not None
        and span.earliest is not None
        and span.latest is not None
        and first <= span.earliest
        and span.latest <= last
    )


def _name_terms(entity: Entity) -> set[str]:
    """The terms of an entity's name and aliases."""
    return set(terms(" ".join([entity.name, *entity.aliases])))


def named_by(entity: Entity, asked: Set[str], rare: Set[str] = frozenset()) -> bool:
    """Whether the words of a query name this entity: every word of a name of it, or a word of
    its names that few names hold ("Jacomoni"; not "river", which does not name the Shkumbin)."""
    for name in (entity.name, *entity.aliases):
        words = set(terms(normalise(name)))  # a title is no name ("Gen. Hoxha")
        if words and (words <= asked or words & rare):
            return True
    return False


# The kinds a question asks about, by its first word ("who created the Unity Front").
QUESTION_KINDS = {
    "who": (Kind.PERSON, Kind.ORGANISATION),
    "whom": (Kind.PERSON, Kind.ORGANISATION),
    "when": (Kind.EVENT,),
    "where": (Kind.PLACE, Kind.EVENT),
    # Albanian: "kush" (who), "kur" (when), "ku" (where).
    "kush": (Kind.PERSON, Kind.ORGANISATION),
    "kur": (Kind.EVENT,),
    "ku": (Kind.PLACE, Kind.EVENT),
}


# The kinds a "which ..." or "what ..." question asks about, by its noun ("which town").
_NOUNS = {
    Kind.PLACE: "town village city place region area country river port mountain pass capital location site"
    " hamlet district province valley harbour locality territory zone",
    Kind.ORGANISATION: "group party organisation organization newspaper paper unit brigade division army"
    " government state movement front force battalion body committee council org cell faction"
    " coalition alliance league association outfit executive delegation command corps staff headquarters"
    " mission regime administration authorities militia detachment regiment div bde bn regt"
    " circle network",
    Kind.EVENT: "battle event conference meeting operation offensive congress year date day strike"
    " demonstration massacre landing uprising march encirclement crossing liberation"
    " agreement proclamation formation expedition advance retreat occupation capitulation"
    " talks negotiations pact accord treaty truce surrender gathering assembly session"
    " summit campaign clash ambush siege revolt insurrection raid",
    Kind.PERSON: "man men woman person people general commander leader officer politician minister king"
    " marshal member founder head chairman secretary governor delegate deputy commissar teacher"
    " doctor soldier officer collaborator relative major colonel captain dictator guy fella chief hero"
    " envoy emissary mediator representative veteran premier pm commandant viceroy monarch boss ruler"
    " dude bloke chap lad gentleman individual fellow statesman schoolmaster schoolteacher assassin gunman"
    " diplomat negotiator chieftain priest cleric clergyman physician youngster boy cmdr cdr co oc"
    " goc cinc activist militant functionary traitor informer editor publisher spokesman brigadier",
}
NOUN_KINDS = {noun: kind for kind, nouns in _NOUNS.items() for noun in nouns.split()}
# Nouns of two kinds, the first as NOUN_KINDS has it: "the SS formation named after the hero"
# is a unit where an event is not asked for ("the formation of the 1st Brigade" is one).
_OTHER_KIND = {"formation": Kind.ORGANISATION}
_LEADS = ("in", "at", "from", "to", "on", "by", "with", "for")  # "in which city", "by whom"
# The words that may follow a place's name to set it in a time or a setting: "Vlorë in the
# war", "Gjirokastër during the Italian occupation" (placed_first).
_SETTING = frozenset([*_LEADS, "during", "near", "around", "before", "after", "under", "throughout"])
# The words after a name that begin what a query says of it (opens_with_name).
# And in Albanian: "Mithat Frashëri në konferencën e Mukjes", "Kupi dhe Legaliteti".
_SAYING = frozenset([*_SETTING, "and", "&", "ne", "me", "nga", "per", "pas", "gjate", "dhe", "prane"])
# The words that ask who or which in Albanian ("Vasil Laçi në kë qëlloi"): another.
_ASKING_IN_ALBANIAN = _WHICH_IN_ALBANIAN | {"kush", "ke", "kend", "kujt", "cfare"}
# What asks who or what the one just named was, in Albanian: "Skënder Muço kush ishte,
# ballist?", "grupi Zjarri çka ishte, komunist?", "ballistët kush ishin".
_WHO_WAS_THAT = [
    [asking, being] for asking in ("kush", "cka", "cfare") for being in ("ishte", "eshte", "ishin", "jane")
]
# Words a speaker may put before the question itself: "um, so, can you tell me who ...".
_SPOKEN_OPENERS = "um umm uh er erm hmm so well ok okay hey hi oh and please tell me can could you do i know"
_SPOKEN_OPENERS += " wait"
_OPENERS = frozenset(_SPOKEN_OPENERS.split())


_BOUNDS = frozenset(("who", "whom", "whose", "that", "which", "where", "when", *_LEADS, "of"))
# The words that tie the rest of a query to a name, as a description's words do not.
_TIES = _BOUNDS | frozenset(["after", "before", "as", "than", "under", "against", "besides", "like"])
# Words that are no name after a title ("the army major behind ...": _titles_name).
_NO_NAMES = STOP_WORDS | _TIES | _SETTING | {"behind", "beside", "across", "over", "into", "within", "beyond"}


# What opens a clause without "that" after a noun: "the battalion the Italian soldiers formed".
_CLAUSE_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "they", "he", "she", "we"])
# Past participles without "-ed", which open a clause after a noun as "-ed" ones do: "the Spanish
# Civil War veteran given command of ...", "the partisan leader shot in 1940".
_PARTICIPLE_WORDS = "given taken chosen sent made known held brought won born left kept told found shot"
_PARTICIPLES = frozenset(
    f"{_PARTICIPLE_WORDS} driven written put led run seen sworn fought lost begun".split()
)


def _words(query: str) -> list[str]:
    """A query's words in lower case, what a speaker says before the question (_OPENERS) and a
    leading preposition aside ("um, in which city")."""
    said = query.replace("?", " ").split()
    # A title before a name is part of the name, no noun of the description: "the underground
    # organisation Major Kupi set up" is an organisation, not a major.
    words = [
        word.casefold()
        for at, word in enumerate(said)
        if not (word[:1].isupper() and said[at + 1 : at + 2] != [] and said[at + 1][:1].isupper())
        or word.casefold().rstrip(".") not in TITLES
    ]
    while len(words) > 1 and words[0].rstrip(",") in _OPENERS:
        words = words[1:]
    words = words[1:] if words and words[0] in _LEADS else words
    if words:  # "where'd", "who's", "whereabouts", "who, ...": the question word itself
        first = words[0].rstrip(",;:")
        asked = re.sub(_CONTRACTED, "", first) if "'" in first or "’" in first else first
        asked = "where" if asked == "whereabouts" else asked
        words[0] = asked if asked in _QUESTION_WORDS else words[0]
    return words


_CONTRACTED = r"['’](s|d|re|ve|ll)$"  # a question word's contraction: where'd


def _noun(word: str) -> str:
    """The word as NOUN_KINDS knows it (a plural's s or a possessive's 's aside), or ""."""
    word = word.rstrip(".")  # "div.": written short
    forms = (word, word.removesuffix("s"), word.removesuffix("'s").removesuffix("’s"))
    return next((form for form in forms if form in NOUN_KINDS), "")


def _albanian_noun(word: str) -> str:
    """The noun (NOUN_KINDS) an Albanian noun with its article stands for, as English writes it
    with an "e" ("delegati": delegate) or through its synonyms ("grupi": group, "partia":
    party), or ""."""
    if _noun(word) or not word.endswith(("i", "a")):
        return ""
    if english := _noun(word[:-1] + "e"):  # "delegati": the delegate, not the delegation its stem is of
        return english
    others = synonyms().get(next(iter(terms(_folded(word))), ""), ())
    return next((_noun(other) for other in others if _noun(other)), "")


def _which_noun(words: Sequence[str]) -> str:
    """The first noun within three words of a leading "which" or "what" ("which town", "what
    underground organisation"), or within two of one further on that opens no clause ("the
    Mukje conference was made similar to which Yugoslav council", not "the man which the party
    sent"); "" also when a verb follows a leading one ("what did the agreement set up")."""
    if len(words) >= 2 and words[0] in _WHICH_SAID:
        following = [] if words[1] in ("did", "does", "do") else words[1:4]
    else:
        following = [
            w
            for at, which in enumerate(words[1:-1], 1)
            if which in _WHICH_SAID and words[at + 1] not in _CLAUSE_OPENERS  # not "which the party sent"
            for w in words[at + 1 : at + 3]
        ]
    albanian = not _WHICH_IN_ALBANIAN.isdisjoint(words)  # "ne cilin qytet": in which town
    nouns = [  # set apart by a comma or not: "which organization, made up of ..."
        _noun_in_either(w, declined=True)
        if albanian and _folded(w) not in _PLACE_ITSELF
        else _noun(w.rstrip(",;:"))
        for w in following
    ]
    first = next((at for at, noun in enumerate(nouns) if noun), len(nouns))
    while first + 1 < len(nouns) and nouns[first + 1]:  # "which fascist party member": a member
        first += 1
    after = words[2 + first : 3 + first] if first < len(nouns) and words[0] in _WHICH else []
    if after and after[0].endswith(_WHOSE) and not _noun(after[0]):
        # "which of king zog's family": a title before the name of whose it is, not what is asked
        return _which_noun([words[0], *words[3 + first :]])
    if 0 < first < len(nouns) and words[0] in _WHICH and following[first].endswith(_WHOSE):
        # "what was the party's paper": the paper, the noun after whose it is, if there is one
        # ("which town's garrison" asks for the town)
        return _which_noun([words[0], *words[2 + first :]]) or nouns[first]
    return nouns[first] if first < len(nouns) else ""


def _head_noun(words: Sequence[str], question: bool = False) -> str:
    """The head noun of a description: the last noun before any word that begins a clause or
    a phrase ("the Korca group teacher", "the seven member executive body set up at ...", "the
    man in charge of ..."), or, after a noun, a clause without "that" ("the battalion the
    Italian soldiers formed", "that division they named ...") or one that opens with a
    participle ("the field marshal commanding the occupation forces", "the SS division named
    after the national hero"). A possessive says whose it is: the noun after it is the head
    ("the party's first conference"), if there is one. A noun before a comma ends a
    description that more words follow, unless they ask (_asks_after): "the party newspaper,
    the people's voice", "the fascist party man, a leading collaborator, who was shot ...";
    not "the Mukje talks, who led them", nor "in the Provisional Government, the qeveria of
    1944, who was deputy prime minister?"; ""."""
    albanian = _albanian_noun(words[0]) if len(words) > 1 else ""
    if albanian:  # "grupi komunist i Korçës": the group, first as Albanian puts it
        return albanian
    head, owner, before = "", False, ""
    for at, word in enumerate(words):
        if not at and word in ("that", "this", "those", "these"):  # "that SS division ...": the
            continue
        # "the marshal commanding ...", "the division named after ...": a clause after the noun
        participle = bool(head and _noun(before)) and _participle(word)
        # "the organisation frasheri was leader of": a name and a verb after the noun, a clause
        subject = bool(head) and not owner and at + 1 < len(words) and words[at + 1] in _AUXILIARIES
        if _noun(word) and _titles_name(words, at):
            continue  # "the underground org major kupi made ...": a title, the org asked for
        if _noun(word):
            head, owner = _noun(word), word.endswith(POSSESSIVE)
        elif word in _BOUNDS or participle or subject or (head and not owner and word in _CLAUSE_OPENERS):
            break
        elif word.endswith(",") and _noun(word[:-1]):
            if len(words) - at > 2 and not _asks_after(words[at + 1 :], question):
                return _noun(word[:-1])  # "the party newspaper, the people's voice": a description ends
            if NOUN_KINDS[_noun(word[:-1])] is Kind.PERSON:  # "a fascist party member, who was shot"
                head, owner = _noun(word[:-1]), False
        before = before if _adverb(word) else word  # "the division cheekily named after ..."
    return head


def _titles_name(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a title (TITLES) before a name after a noun: "org major kupi"
    (not "the major who ...", "the general the Ballists ..."; before a noun, "the org general
    secretary", the noun is the head whatever the title)."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return (
        at > 0
        and bool(_noun(words[at - 1]))
        and words[at] in TITLES
        and after.isalpha()
        and after not in _NO_NAMES
        and not _participle(after)
    )


def _participle(word: str) -> bool:
    """Whether a word may be a participle that opens a clause after a noun: "commanding",
    "named", "given" (_PARTICIPLES)."""
    return word.endswith(("ing", "ed")) or word in _PARTICIPLES


def _asks_after(rest: Sequence[str], question: bool) -> bool:
    """Whether the words after a comma ask a question rather than go on describing: they open
    with a question word ("who led them"), or hold one in a `question` (ending with a question
    mark) or with a word that refers back ("..., who was its deputy head")."""
    if not rest or _QUESTION_WORDS.isdisjoint(rest):
        return False
    return rest[0] in _QUESTION_WORDS or question or not _BACK.isdisjoint(_as_said(rest))


_BRACKETED = re.compile(r"(\S+)\s*\([^()]*\)")


def _after_a_noun(found: re.Match[str]) -> str:
    """A word and the brackets after it, the brackets left out when they only add to a noun
    ("veteran (international brigades)"), not when they say what the word does not ("delegation
    lead (Politburo guy)")."""
    return found[1] if _noun(_folded(found[1])) else found[0]


def described_kinds(query: str, allowed: Sequence[Kind]) -> tuple[Kind, ...]:
    """The kind a description names by its head noun (_head_noun), or a question by the noun
    after "which" or "what", when it is one of `allowed`: "the man in charge of ..." is a
    person, "the monarchist movement headed by ..." and "which party was Hoxha general
    secretary of" an organisation, "the Adriatic port next to ..." a place; none without such
    a noun. Read without its asides ("patron is reading about the groups and asks: who ...")
    and what brackets add to a noun ("the veteran (international brigades) who ...")."""
    said = without_asides(re.sub(_BRACKETED, _after_a_noun, query).strip() or query)
    words, head = _words(said), _asked_in(said)
    if _asks_by_preposition(said):
        return ()  # "the Skanderbeg division was named after whom": not the division
    if words[:2] in (["what", "did"], ["what", "does"]) and Kind.ORGANISATION in allowed:
        return (Kind.ORGANISATION,)  # "what did the Anti-Fascist Committee become": a body, no one
    if not head or _role_first(words, head):
        return ()
    kinds = [NOUN_KINDS[head], *([_OTHER_KIND[head]] if head in _OTHER_KIND else [])]
    return next(((kind,) for kind in kinds if kind in allowed), ())


_GROUPS = frozenset(["men", "people"])  # nouns of many that are not plurals of one


def describes_a_group(query: str) -> bool:
    """Whether the noun a description is headed by (_asked) names many, who may be a body of
    their own: "the Italian soldiers who made their own battalion" (not "the Italian general
    the Ballists made a pact with")."""
    words, head = _words(query), _asked_in(query)
    return bool(head) and any(_noun(word) == head and (word != head or head in _GROUPS) for word in words)


def _role_first(words: Sequence[str], head: str) -> bool:
    """Whether a description written as notes, without "the" or "a", names a person's role
    before a noun of another kind: "Yugoslav commissar first assault brigade", "chairman
    Anti-Fascist Council Permet 1944" ask for the commissar, the chairman, where "the Korca group
    teacher" and "the seven member executive body" end with what they ask for. Not people, whose
    unit it may be ("italian soldiers partisan battalion"), nor whose it is ("kupi's men unit")."""
    if not _DETERMINERS.isdisjoint(words) or NOUN_KINDS[head] is Kind.PERSON:
        return False
    if any(_noun(word) == head and _participle(after) for word, after in pairwise(words)):
        return False  # "collaborator ss division named after ...": a clause says what the division is
    for word in words:
        noun = _noun(word)
        if noun == head:
            return False
        if noun and NOUN_KINDS[noun] is Kind.PERSON:
            return word == noun and noun not in _GROUPS  # not "italian soldiers partisan battalion"
    return False


def asked_noun(query: str) -> str:
    """The noun of a thing (not a person: their nouns are roles, which facts say) a query asks
    for, as a term: after "which" or "what" ("which army"), else the head of a description
    ("the Adriatic port next to Lezha"); "" when there is none, or the query is another
    question ("how many brigades ...")."""
    noun = _asked_in(query)
    if not noun or (NOUN_KINDS[noun] is Kind.PERSON and noun not in _RANKS):
        return ""
    return next(iter(terms(noun)), "")


# The nouns of people that say what one is, not what one did: "the Italian king".
_RANKS = frozenset(["king", "governor", "general", "marshal", "politician", "major", "colonel", "captain"])


def _asked(words: Sequence[str], question: bool = False) -> str:
    """The noun after "which" or "what", else the head noun of a description (of a `question`,
    which ends with a question mark: _head_noun); not the noun of another question: "how many
    men ..." counts men in something."""
    noun = _which_noun(words)
    if not noun and words and words[0] not in _QUESTION_WORDS:
        noun = _head_noun(words, question)
    return noun


def _asked_in(query: str) -> str:
    """_asked() of a query's words."""
    return _asked(_words(query), query.rstrip().endswith("?"))


_WHICH = frozenset(["which", "what"])
_WHICH_SAID = _WHICH | _WHICH_IN_ALBANIAN
_QUESTION_WORDS = frozenset(["who", "whom", "whose", "what", "which", "when", "where", "why", "how"])
# The Albanian question words: those that ask who or which, "kur" (when), "ku" (where), "sa"
# (how many), "si" (how), "çka" (what).
_ALBANIAN_QUESTION_WORDS = _ASKING_IN_ALBANIAN | {"kur", "ku", "sa", "si", "cka"}
# The words a question set apart after a name may open with (_asked_of_named_first): "kush e
# kryesonte" (who chaired it), "me kë në krye" (with whom at its head).
_OPENING_A_QUESTION = _QUESTION_WORDS | _ALBANIAN_QUESTION_WORDS | {"me"}
# And those "ish" follows as "ishte" (_ish_as_was), with Gheg's "q", "qe" (që, that).
_BEFORE_ISH_AS_WAS = _ALBANIAN_QUESTION_WORDS | {"q", "qe"}


def _is_a(entity: Entity, noun: str) -> bool:
    """Whether an entity's names or type say it is a `noun` (a term): the Albanian National
    Liberation Army is an army, Zëri i Popullit (a newspaper) a newspaper, and so a paper (a
    synonym)."""
    return bool(noun) and not _names_and_type(entity).isdisjoint((noun, *synonyms_of(noun)))


# What asks for a figure: "how many ...", "how big was ...", "the number of ...", and the
# nouns that name one ("the population of Albania", "the partisans' strength").
_HOW_MANY = frozenset(
    ("how", word) for word in ("many", "much", "big", "large", "strong", "numerous", "long", "old")
)
# The words that make a question of "how" ("how big", "how long"): they say what kind of
# answer is wanted, not what it is about.
_HOW_WORDS = frozenset([word for _, word in _HOW_MANY] + ["old", "far", "great", "heavy", "high"])
# Words that only ask for a figure, and so name nothing to find: "total strength of the army",
# "count of partisan detachments", "albanian war dead total", "leskovik garrison size".
_TOTALS = frozenset(["total", "totals", "count", "tally", "overall", "size", "gjithsej", "gjithsejt"])
_FIGURES = frozenset(["population", "strength", "casualties", "losses", "toll", *_TOTALS])


_WHY = frozenset(["why", "pse", "reason", "reasons"])  # "why ...", "the reason for ...", "pse ..."
# What says a reason in a fact's words or its quote: "did not recognize ..., because ...".
_BECAUSE = (" because ", " due to ", " owing to ", " as a result ", " in order to ", " caused ")


def asks_why(query: str) -> bool:
    """Whether a question asks for a reason: "why did the Mukje agreement fail", "the reason the
    Allies did not recognise ...", "how come ..."."""
    words = query.casefold().replace("?", " ").replace(",", " ").split()
    return not _WHY.isdisjoint(words) or ("how", "come") in set(pairwise(words))


def _gives_a_reason(fact: Fact) -> bool:
    """Whether a fact's words or a quote of it say why (_BECAUSE)."""
    texts = [fact.value or "", *(c.quote for c in fact.citations)]
    return any(marker in f" {text.casefold()} " for text in texts for marker in _BECAUSE)


COUNTED_WORDS = 3  # the most words of what a question for a figure counts


def counted_terms(query: str) -> set[str]:
    """The terms of what a question for a figure counts: the words after "how many", "how
    much" or "the number of", up to a small word ("how many Italian soldiers were ...":
    italian, soldier)."""
    words = [word.strip("?,.!").casefold() for word in query.split()]
    for at, pair in enumerate(pairwise(words)):
        if pair in _HOW_MANY or pair == ("number", "of"):
            counted = []
            for word in words[at + 2 : at + 2 + COUNTED_WORDS]:
                if word in STOP_WORDS:  # "were", "in", "of" (every auxiliary is one)
                    break
                counted.append(word)
            return {t for word in counted for t in terms(word)}
    return set()


def _counts(unit: str, counted: Set[str]) -> bool:
    """Whether a figure's unit ("Italians") is of what a question counts (its terms, with
    their synonyms)."""
    said = set(terms(unit))
    return any(_holds(said, term) for term in counted)


def asks_a_number(query: str) -> bool:
    """Whether a question asks for a figure (_HOW_MANY, _FIGURES, "the number of ...")."""
    words = query.casefold().replace("?", " ").split()
    pairs = set(pairwise(words))
    return bool(pairs & _HOW_MANY) or ("number", "of") in pairs or not _FIGURES.isdisjoint(words)


# The units a question of how long something lasted counts in: "how many days", "how many weeks".
_UNITS_OF_DURATION = frozenset(["days", "weeks", "months", "years"])


def asks_how_long(query: str) -> bool:
    """Whether a question asks how long something lasted: "how long", "how many days (weeks,
    months, years)", "for how many days"."""
    words = [_folded(word) for word in query.split()]
    return any(
        first == "how" and (second == "long" or (second == "many" and third in _UNITS_OF_DURATION))
        for first, second, third in zip(words, [*words[1:], ""], [*words[2:], "", ""], strict=True)
    )


# The verbs that say, with "as" after them, only what someone was: "acted as", "served as"
# (not "acting as", which the sources say of the Regency Council).
_BEING_AS = frozenset(["acted", "serve", "serves", "served", "serving"])


# The words that give a name "after" someone: no time.
_NAMING = frozenset(["named", "called", "renamed", "titled"])
# What "after" may follow that says no time: "named after", "go after the garrison" (attack it).
_GOING = _NAMING | _GOING_BY | frozenset(["come", "comes", "came", "coming"])
_SELVES = frozenset(["itself", "themselves", "himself", "herself"])


def _calls_by_name(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is "called" or "named" before a capitalised name ("a village
    called Mukje", "the circle that called itself Fire"), which it only introduces: not
    "called for", "called the deal a ...", "named after"."""
    if at >= len(words) or _folded(words[at]) not in _NAMING:
        return False
    after = at + 1 + (at + 1 < len(words) and _folded(words[at + 1]) in _SELVES)  # "called itself Fire"
    return after < len(words) and words[after].lstrip(_OPENING)[:1].isupper()


# The words that open a clause that only says when something else happened.
_THEN = frozenset(["while", "whilst", "during", "before", "after", "until", "since", "when", "once"])


_PASSIVE = frozenset(["was", "were"])


def what_was_done(query: str) -> set[str]:
    """The terms of what a question asks when it was done, said last ("when was the Unity Front
    of Abaz Kupi crushed?": crushed): what the event's facts must say, not only the names
    around it; empty for another question."""
    words = _words(query)
    if len(words) < 4 or words[0] != "when" or words[1] not in _PASSIVE:
        return set()
    return _done_by(words[-1].strip(".,!"))


def _done_by(word: str) -> set[str]:
    """The terms of a word that says what was done, a past participle ("crushed"); empty for
    another word."""
    return set(terms(word)) if word.endswith("ed") and word.isalpha() else set()


def _done_as(word: str) -> set[str]:
    """_done_by, or for a word users swap only for past participles ("zerschlagen": crushed;
    not "front": head, led), the terms of those."""
    swapped = [other for key in terms(word) for other in synonyms().get(key, [])]
    participles = bool(swapped) and all(other.endswith("ed") for other in swapped)
    return _done_by(word) or ({t for other in swapped for t in terms(other)} if participles else set())


_DONE_TO = (Kind.ORGANISATION, Kind.PLACE)  # what an event may be done to
# Verbs of doing, which say that the thing described happened, not what was done to it: "when
# was the sabotage of the telephone lines carried out".
_DOING = frozenset(terms("carried committed undertook undertaken done made performed conducted held"))


DONE_WORDS = 4  # the fewest words of "when was X crushed"


def done_to_described(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The event in which what a when-question describes had done to it what the question
    asks: "When was the underground front of Major Abaz Kupi crushed?" and "when the
    underground coalition of anti-fascist groups was broken up" are the crushing of the Unity
    Front. The words between "when was" (or "when") and the verb are read as the name of an
    organisation or a place (the Unity Front), unless a question word opens a clause in them;
    the answer is the one event whose facts name it (a participant) and that names it whole, and
    whose name, or else whose name and description, say the verb or a word for it ("smashed",
    "broken up"); not a verb of doing (_DOING), which says that the thing described itself
    happened. The question may end at the first comma or question mark, before a clause that
    says when or a word beside it ("..., after Yugoslavia and Greece went down?", "...? patron
    question"). None otherwise."""
    first = _first_clause(query)
    found = done_to_described(base, first, prefer) if first else None
    if found is not None:
        return found
    asked = _deed_asked(query.rstrip("?!. ").split()) if prefer[:1] == (Kind.EVENT,) else None
    if asked is None:
        return None
    said, done = asked
    if not done - _DOING or not said or not _QUESTION_WORDS.isdisjoint(_as_said(said)):
        return None  # "when was the Peza conference where the movement was created": the conference
    try:
        thing, _ = resolve(base, " ".join(said), _DONE_TO)
    except (NotFound, Ambiguous):
        return None
    forms = done | {other for term in done for other in synonyms_of(term)}
    tied = {f.subject for f in base.referencing(thing.id, NAMED_FACTS)}
    names = [set(terms(name)) for name in (thing.name, *thing.aliases)]
    events = [
        e
        for e in (base.get(e) for e in sorted(tied))
        if e.kind is Kind.EVENT and any(name <= set(terms(f"{e.name} {e.description}")) for name in names)
    ]
    for told in (lambda e: e.name, lambda e: f"{e.name} {e.description}"):  # its name first
        doing = [e for e in events if not forms.isdisjoint(terms(told(e)))]
        if doing:
            break
    if len(doing) != 1:
        return None
    return doing[0], (Candidate(doing[0], TEXT_SCORE, True, READ_AS),)


def _deed_asked(words: list[str]) -> tuple[list[str], set[str]] | None:
    """The words that describe what a question for when says had something done to it, and the
    terms of what was done: "when was SAID crushed", "when SAID was crushed", the terse "SAID
    crushed when", and "(when was) the suppression of SAID", a noun of the deed; who did it
    aside ("... broken up by the Italians"). None for a query of none of these forms."""
    folded = [word.casefold() for word in words]
    terse = folded[-1:] == ["when"] and len(words) >= DONE_WORDS
    if terse:  # "Kupi underground front crushed when"
        words, folded = words[:-1], folded[:-1]
    if "by" in folded[-AGENT_WORDS:-1]:  # "... broken up by the Italians": the deed before it
        cut = len(folded) - 1 - folded[::-1].index("by")
        if not any(_done_by(word) for word in words[cut + 1 :]):  # not "created by Kupi crushed"
            words, folded = words[:cut], folded[:cut]
    if not words:  # ".", "by the Italians": nothing done
        return None
    last = tuple(folded[-2:])
    verb = 2 if last in phrases() else 1  # "broken up"
    done = {t for other in phrases()[last] for t in terms(other)} if verb == 2 else _done_as(words[-1])
    if terse:
        return words[:-verb], done
    # The words before the noun of a deed: "when was the", "the".
    opening = next((len(o) for o in _BEFORE_A_DEED if folded[: len(o)] == o), 0)
    # "the suppression of SAID": a noun of what was done to it, not of an event ("the battle of")
    deed = len(folded) > opening + 2 and folded[opening + 1] == "of"
    if deed and _kind_of_noun(folded[opening]) is None:
        noun, said = folded[opening], words[opening + 2 :]
        # What it was done to is named before a word that says more: "... from the Germans".
        more = next((at for at, word in enumerate(said) if at and word.casefold() in _MORE), len(said))
        said = said[:more]
        return said, {t for term in terms(noun) for t in (term, *synonyms_of(term))}
    if len(words) < DONE_WORDS or folded[0] != "when":
        return None
    if folded[1] in _PASSIVE:  # "when was ... crushed"
        return words[2:-verb], done
    if folded[-verb - 1] in _PASSIVE:  # "when ... was crushed"
        return words[1 : -verb - 1], done
    return None


AGENT_WORDS = 4  # the most words of "by the Italians" and the word before it
_MORE = frozenset(["from", "by", "in", "after", "during", "before", "at", "on"])
_BEFORE_A_DEED = (["when", "was", "the"], ["when", "were", "the"], ["the"])


def _first_clause(query: str) -> str:
    """A query's words up to its first comma, semicolon or question mark, when more follow and
    they are DONE_WORDS or more: what a clause or an aside after it leaves asked; else ""."""
    first = re.split(r"[,;?]", query, maxsplit=1)[0]
    return first if first != query and len(first.split()) >= DONE_WORDS else ""


_DID = frozenset(["did", "do", "does"])
DEED_WORDS = 6  # the most words of the name of the event a deed was done to


_RELATIVE_PLACE = (["where"], ["in", "which"], ["at", "which"])


def _place_as_where(words: list[str]) -> list[str]:
    """A description of a place by what was done there read as a where-question: "the village
    where (in which) the communists denounced the deal" as "where did the communists denounced
    the deal"; other words as they are."""
    for at, word in enumerate(words[:-2]):
        noun = _noun(_folded(word))
        if not noun or NOUN_KINDS[noun] is not Kind.PLACE:
            continue
        for relative in _RELATIVE_PLACE:
            after = at + 1 + len(relative)
            if [_folded(w) for w in words[at + 1 : after]] == relative:
                return ["where", "did", *words[after:]]
    return words


def done_to_event(base: FactBase, query: str) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The event in which an event a when- or where-question names had done to it what the
    question says: "where did the communists denounce the Mukje deal" and "where was the Mukje
    deal denounced" ask for the meeting of the Central Committee in Labinot (and the second
    conference of the movement, held there too), not the Mukje agreement, whose own facts tell
    of it as well. A name follows the verb ("the ...", "Mukje ..."); the answer is each other
    event with a fact about the named one whose words say the verb ("denounce") or a word for
    it: Ambiguous where several (where() answers with their one place), None where none."""
    first = _first_clause(query)  # "Where exactly was the Mukje agreement denounced, at ...?"
    found = done_to_event(base, first) if first else None
    if found is not None:
        return found
    words = [word.strip("?!.,") for word in query.split()]
    words = [word for word in words if _folded(word) not in _AFTERTHOUGHTS]  # "where exactly was ..."
    place = _place_as_where(words)  # "the village where the communists denounced ..."
    described, words = place != words, place
    if len(words) < DONE_WORDS or _folded(words[0]) not in _WHEN_OR_WHERE:
        return None
    if _folded(words[1]) == "u":  # Albanian's passive: "ku u denoncua marrëveshja e Mukjes (nga ...)"
        said = list(takewhile(lambda word: _folded(word) != "nga", words[3:]))
        if not said or _kind_of_noun(said[0]) is not Kind.EVENT:
            return None  # "kur u dorëzua Italia": what Italy did (surrendered), not a deed done to it
        # Its noun says "the" by its ending (marrëveshja: the agreement).
        return _one_deed(base, query, _deeds(base, words[2], ["the", *said]))
    # "where was the Mukje deal (formally) denounced", "where was the meeting that denounced the
    # Mukje deal", "where did the communists denounce the Mukje deal"
    passive = _folded(words[1]) in _PASSIVE
    by = [_folded(word) for word in words[-AGENT_WORDS:-1]]
    if passive and "by" in by:  # "where was the Mukje accord denounced by the communists"
        words = words[: len(words) - AGENT_WORDS + by.index("by")]
    splits = [len(words) - 1] if passive else []
    if passive or _folded(words[1]) in _DID:
        splits += range(3, len(words) - 1)
    for at in splits:  # the verb's place: last in the passive, and each from the fourth word
        deeds = _deeds(base, words[at], words[2:-1] if at == len(words) - 1 else words[at + 1 :])
        if passive and len(deeds) > 1:  # "where was the meeting that denounced ...": the meeting
            deeds = _named_most(base, deeds, words[2:at])
        places = {f.object for deed in deeds for f in base.get(deed).facts if f.property == LOCATION}
        if described and len(places) != 1:
            continue  # "the village where ...": one village, which the deeds must share
        if deeds:
            return _one_deed(base, query, deeds)
    return None


def _one_deed(
    base: FactBase, query: str, deeds: Sequence[str]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The one event of `deeds` (ids) read from a query, Ambiguous where several, None where none."""
    read = [(deed, TEXT_SCORE, READ_AS) for deed in deeds]
    if len(deeds) > 1:
        raise Ambiguous(query, candidates_of(base, read, None), len(deeds))
    return (base.get(deeds[0]), candidates_of(base, read, deeds[0])) if deeds else None


def _deeds(base: FactBase, verb: str, said: Sequence[str]) -> list[str]:
    """The other events with a fact about the event the words `said` name ("the Mukje deal", of
    at most DEED_WORDS, from "the" or a capital) whose words say the `verb` ("denounce") or a
    word for it; none for a noun ("... the agreement the communists later rejected")."""
    named = bool(said) and (_folded(said[0]) in _DETERMINERS or said[0][:1].isupper())
    forms = set(terms(verb)) if named and len(said) <= DEED_WORDS and not _noun(_folded(verb)) else set()
    forms |= {other for term in forms for other in synonyms_of(term)}
    if not forms or not base.known_terms(forms):
        return []
    try:
        event, _ = resolve(base, " ".join(said), (Kind.EVENT,))
    except (NotFound, Ambiguous):
        return []
    if event.kind is not Kind.EVENT or not _name_terms(event).isdisjoint(terms(verb)):
        return []  # "when was the agreement of mukje": a word of its name, not a deed
    return sorted(
        {
            fact.subject
            for fact in base.referencing(event.id, NAMED_FACTS)
            if base.get(fact.subject).kind is Kind.EVENT
            and not forms.isdisjoint(terms(f"{fact.value or ''} {fact.role or ''}"))
        }
    )


def _named_most(base: FactBase, entity_ids: Sequence[str], words: Sequence[str]) -> list[str]:
    """Of several entries, the one whose name holds the most of the words, when one does ("the
    second conference of the movement"); else all of them."""
    said = set(terms(" ".join(words)))
    held = {e: len(said & _name_terms(base.get(e))) for e in entity_ids}
    most = max(held.values())
    best = [e for e, n in held.items() if n == most]
    return best if most and len(best) == 1 else list(entity_ids)


def time_clause(query: str) -> set[str]:
    """The terms of a clause that says when ("when did the Germans begin the operation while
    the Përmet congress was on": Përmet, congress), from a word of _THEN after the first one
    to the end; empty when there is none. Not "after" a name's giving: "the division named
    after the national hero"."""
    words = _words(query)
    at = next(
        (at for at, word in enumerate(words) if at > 0 and word in _THEN and words[at - 1] not in _NAMING),
        len(words),
    )
    return set(terms(" ".join(words[at + 1 :])))


def asks_for_an_object(query: str) -> bool:
    """Whether a question asks for what someone or something was done to: "who did the
    Italian governor ask for troops", "whom did the Germans appoint". Not a description with
    a clause after its noun ("the dictator the governor asked for troops"): a fact may say
    it either way ("the committee the agreement created" is the subject of its facts)."""
    words = _words(query)
    return len(words) >= 4 and words[0] in ("who", "whom") and words[1] in ("did", "does", "do")


# The words that are no verb of a deed after "who" ("who was ...", "who got replaced").
_NO_DEED = _AUXILIARIES | {"got", "get", "gets", "been", "be", "whom", "else", "exactly"}


def asks_for_an_agent(query: str) -> bool:
    """Whether a query asks who did a deed, by "who" and the verb ("the general who took over
    as governor", "who replaced the first governor"): not who had it done to them, by "by" or
    an auxiliary ("who was replaced", "replaced by whom")."""
    words = _words(query)
    return "by" not in words and any(
        word == "who" and following not in _NO_DEED for word, following in pairwise(words)
    )


def _done_by_object(base: FactBase, fact: Fact) -> bool:
    """Whether a fact's statement says its subject had a deed done to it by its object, in the
    passive: "Replaced as Italian governor by Gen. Alberto Pariani."."""
    if fact.object is None or fact.property != STATEMENT:
        return False
    said = normalise(fact.value or "").split()
    if "by" not in said:
        return False
    other = base.get(fact.object)
    names = {word for text in (other.name, *other.aliases) for word in normalise(text).split()}
    by = said.index("by")
    return not names.isdisjoint(said[by + 1 : by + 1 + AGENT_WORDS])


def asks_what_was_done(query: str) -> bool:
    """Whether a question asks what someone or something did ("what did the Mukje agreement
    set up", "which did ..."): it asks for something other than what it names, of any kind."""
    words = _words(query)
    return len(words) >= 3 and words[0] in ("what", "which") and words[1] in ("did", "does", "do")


def asked_kinds(query: str) -> tuple[Kind, ...]:
    """The kinds a question asks about, by its first word ("who", "when", "where"; after a
    preposition: "in which", "by whom") or by the noun after "which" or "what" ("which town",
    "what underground organisation"), without what is said beside it (without_asides); none for
    other words."""
    said = without_asides(query)
    words = _words(said)
    if words[:2] in (["what", "happened"], ["what", "happens"]):  # "what happened near Drashovica"
        return (Kind.EVENT,)
    if len(words) >= 2 and words[0] in ("which", "what"):
        noun = _which_noun(words)
        return (NOUN_KINDS[noun],) if noun else ()
    last = [w for w in _words(re.split(_APART, said)[-1]) if w not in _AFTERTHOUGHTS]
    if len(words) > len(last) == 1 and last[0] in QUESTION_KINDS:
        return QUESTION_KINDS[last[0]]  # "the 1st Assault Division crossed the Shkumbin - where?"
    return QUESTION_KINDS.get(words[0], ()) if words else ()  # "where's": _words reads "where"
