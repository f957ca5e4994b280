"""Name matching: normal forms of names, ranked candidates, and the decision which one is meant."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from albres.model import Kind

# Titles and articles the sources put before names; a query matches with or without them.
TITLES = frozenset(
    {
        *("the", "mr", "sir", "dr", "doctor", "baba", "bej", "beu", "bey", "beg", "king"),
        *("gen", "general", "major", "maj", "col", "colonel", "marshal", "field", "air", "vice"),
    }
)
_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ‘`´′"), None)
# For ASCII text: apostrophes dropped, letters lower-cased, every other sign a space.
_ASCII_FOLD = {
    **{n: " " for n in range(128) if not chr(n).isalnum()},
    **{ord(c): c.lower() for c in map(chr, range(128)) if c.isupper()},
    **dict.fromkeys((ord("'"), ord("`"))),
}

# Scores of the exact layers, out of 100.
NAME, WORD_ORDER, FORM, SURNAME, GIVEN_NAME = 100.0, 99.0, 96.0, 90.0, 88.0
WORDS = 75.0  # the least a name scores that holds every word of the query
LINKING_WORDS = frozenset({"of", "in", "at", "on", "and", "for", "to", "by", "from"})
MATCH_MIN = 75.0  # a candidate below this is only a "did you mean" suggestion
SUGGEST_MIN = 65.0
MARGIN = 4.0  # how far the best must lead the next to be picked
TYPO_PENALTY = 10.0  # score lost for each wrong, missing, doubled or swapped letter


def normalise(text: str) -> str:
    """Case, diacritics, apostrophes, punctuation, spacing and titles folded away."""
    # ASCII folds the same way at a fraction of the cost: there are no diacritics to take off.
    words = text.translate(_ASCII_FOLD).split() if text.isascii() else fold(text)
    kept = [w for w in words if w not in TITLES]
    return " ".join(kept or words)


def plain(text: str) -> str:
    """A text with case, diacritics and apostrophes folded away ("Përgjithshëm": pergjithshem)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> list[str]:
    """The words of any text with case, diacritics, apostrophes and punctuation folded away."""
    return "".join(c if c.isalnum() else " " for c in plain(text)).split()


def stem(key: str) -> str:
    """A normalised key with Albanian definite/indefinite endings folded (Korça, Korçë -> korc)."""
    words = []
    for word in key.split():
        if len(word) >= 4 and word[-1] in "aeiu":
            word = word[:-1]
        if len(word) >= 5 and word.endswith("er"):
            word = word[:-2] + "r"
        words.append(word)
    return " ".join(words)


def _merge(found: dict[str, tuple[float, str]], more: dict[str, tuple[float, str]]) -> None:
    """Keep the better score of each entity."""
    for entity_id, scored in more.items():
        if found.get(entity_id, (0.0, ""))[0] < scored[0]:
            found[entity_id] = scored


def content_words(key: str) -> set[str]:
    """The words of a normalised name that carry meaning, in their folded forms."""
    return {stem(word) for word in key.split() if word not in LINKING_WORDS}


# Words a question is made of that say nothing about what is asked.
_STOP = """a about after against all also an and any are as at be been before between but by
can could did do does during for from had has have he her his how in into is it its many me
more much my no not of on or our she so than that the their them then there these they this
those to under until was we were what when where which while who whom whose why will with
within would you man person became become happen happened up out
didnt dont doesnt isnt wasnt werent arent wont couldnt wouldnt hadnt hasnt havent
made make makes kept keep keeps got get gets supposed meant ne
whend whered whod whats whos wheres whens hows whys somebody someone
figure figures give gives given say says sources approx approximately approximate roughly around
circa ballpark overall total course kingdom round
still yet even just really actually ever very quite afterwards afterward subsequently whilst
date dates day days once him himself herself itself themselves wartime
guy guys lad lads bloke chap fellow dude thing things stuff ok okay lol like
um umm uh er erm hmm ee eh hey hi please pls plz thanks thx tell fella fellas whatever confirm verify wait
check checking lutem ju faleminderit
wut wat wot yo getting every should shall might must gonna wanna gotta
article articles feature piece story claim claims claimed mention mentions mentioned written account
accounts text writer author book books wikipedia documentary film podcast homework essay
fine enough sure correct right true false exactly precisely morning afternoon evening good thank know
need doing patron patrons script draft spelling subject ref said
bro bruh mate cheers asap idk tbh imo fyi kindly advise curious curiosity anyone anybody
think believe guess wonder wondering recall remember correctly rightly
if whether though although am im ive now too nor
your yours yourself yourselves myself ours ourselves hers theirs
always read needed citation proper real nearly everyone everybody reckon finally gjithnje gjithnji
everything anything something neper
wann wo wer wie welche welcher welches welchem welchen der das den dem des ein eine einer einem
einen und oder mit bei nach zum zur vom aus bis wurde wurden haben ist sind waren genau bitte
stattfinden stattgefunden fand statt eigentlich insgesamt auch noch sich mann prozent
pak"""
STOP_WORDS = frozenset(_STOP.split())


# The words that join the words of a name ("Communist Party of Albania", "Bashkimi i Kombit").
JOINING = frozenset(["the", "a", "an", "of", "i", "e", "te", "se", "and"])
INITIALS = range(2, 7)  # how many letters the initials of a name may have ("BK", "AFCNL")


# The Albanian letters written with two ("Partia Komuniste e Shqipërisë": PKSH).
_DIGRAPHS = ("sh", "zh", "xh", "th", "dh", "gj", "nj", "ll", "rr")


def initials(name: str) -> set[str]:
    """The first letters of the words of a name, those that join them and numbers aside, folded
    ("Anti-Fascist Council of National Liberation": afcnl), when they are INITIALS long: as
    English writes them, and as Albanian does, a letter written with two taken whole
    ("Partia Komuniste e Shqipërisë": pks, pksh)."""
    words = [w for w in fold(name) if w not in JOINING and w[0].isalpha()]
    spelled = {
        "".join(w[0] for w in words),
        "".join(w[:2] if w[:2] in _DIGRAPHS else w[0] for w in words),
    }
    return {letters for letters in spelled if len(letters) in INITIALS}


def terms(text: str) -> list[str]:
    """The words of free text that a search can match, in order: folded as names are (case,
    diacritics, apostrophes), stop words dropped, a plural -s, -ed, -ing and the Albanian endings
    folded. What is indexed and what is asked go through this one function."""
    return [term for token in text.split() for term in _token_terms(token)]


# The case endings Albanian joins to initials with a hyphen ("LNÇ-së", "PKSH-ja", "UNÇ-në").
_CASE_ENDING_WORDS = "i in it ja je ne në ni s se së es ës t ve u"
_CASE_ENDINGS = frozenset(_CASE_ENDING_WORDS.split())
_AFTER_WORD = '?!.,;:)]}"”’»'  # what may close a word: punctuation, quotes, brackets
POSSESSIVE = ("'s", "\u2019s")  # what ends a word that says whose: "Zog's"


def undeclined(token: str) -> str:
    """A token without the case ending Albanian joins to initials with a hyphen ("LNÇ-së",
    "PKSH-ja": the initials), and with what closes it ("UNÇ-ja?": "UNÇ?"); else as it is."""
    word = token.rstrip(_AFTER_WORD)
    initials, dash, ending = word.partition("-")
    if dash and initials.isupper() and len(initials) in INITIALS and ending.casefold() in _CASE_ENDINGS:
        return initials + token[len(word) :]
    return token


@functools.lru_cache(maxsize=1 << 14)
def _token_terms(token: str) -> tuple[str, ...]:
    """The terms of one whitespace-separated token ("Vërlaci," -> verlac): a text's words
    recur, so each is folded once (this cache halves the time an index takes to build; 16k
    tokens keep 93% of the hits at 100k entities, in 4 MB where 131k took 30 MB at 1M). A
    possessive's 's is no part of the word ("Zog's": zog)."""
    token = undeclined(token.rstrip(_AFTER_WORD))
    token = token[:-2] if token[-2:].casefold() in POSSESSIVE else token
    words = token.translate(_ASCII_FOLD).split() if token.isascii() else fold(token)
    found = []
    for word in words:
        if word in STOP_WORDS or len(word) < 2:
            continue
        if len(word) >= 5 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) >= 6 and word.endswith(("ed", "ing")):  # headed, heading -> head
            word = word[: -2 if word.endswith("ed") else -3]
        found.append(stem(word))
    return tuple(found)


# The fewest letters a query has in which a wrong, extra or swapped letter is a slip: in a
# shorter one, it spells another name as often as not ("Fier", a town the sources never name,
# is not "Fire", the group Zjarri's English name, nor "Peja", a town in Kosovo, Peza). Only a
# letter left out is ("Hoxa": Hoxha).
CHANGE_FROM = 5


def allowed_edits(length: int) -> int:
    """How many wrong, missing, doubled or swapped letters a query of this length may carry."""
    return 0 if length < 4 else 1 if length < 8 else 2 if length < 14 else 3


def slips_between(a: str, b: str, most: int) -> int | None:
    """How many wrong, missing, extra or swapped letters turn `a` into `b` (the optimal string
    alignment distance, as rapidfuzz's OSA counts them) when that is at most `most`, else None.

    A typo is sought among a few hundred keys; counting them here, where most are ruled out by
    their length or their letters, costs less than importing rapidfuzz (about 15 ms)."""
    n, m = len(a), len(b)
    # A slip changes the letters one string has and the other lacks by two at most.
    if abs(n - m) > most or len(set(a) ^ set(b)) > 2 * most:
        return None
    far = most + 1
    before = previous = list(range(m + 1))
    for i in range(1, n + 1):
        letter = a[i - 1]
        current = [far] * (m + 1)
        current[0] = best = i
        for j in range(max(1, i - most), min(m, i + most) + 1):  # beyond, more than `most` slips
            other = b[j - 1]
            cost = min(previous[j - 1] + (letter != other), previous[j] + 1, current[j - 1] + 1)
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                cost = min(cost, before[j - 2] + 1)  # two letters swapped
            current[j] = cost
            best = min(best, cost)
        if best > most:  # no later row does better: a swap costs what a change does
            return None
        before, previous = previous, current
    return previous[m] if previous[m] <= most else None


def _lacking(form: str, most: int) -> re.Pattern[str]:
    """A pattern that matches a key with more than `most` letters `form` lacks: each is a
    wrong or an extra letter, a slip, so such a key is none of the form's slips."""
    letters = re.escape("".join(sorted(set(form))))
    return re.compile(f"(?:[{letters}]*[^{letters}]){{{most + 1}}}")


EXACT, FORMS = 0, 1  # the two layers of keys: normal forms, and forms with endings folded


def name_keys(kind: Kind, name: str, aliases: Iterable[str]) -> Iterator[tuple[int, str, float, str]]:
    """(layer, key, score, how) for every way a query may name an entity exactly."""
    for label in (name, *aliases):
        key = normalise(label)
        if not key:
            continue
        words = key.split()
        yield EXACT, key, NAME, "name" if label == name else "alias"
        yield EXACT, " ".join(sorted(words)), WORD_ORDER, "word order"
        yield FORMS, stem(key), FORM, "form"
        if kind is Kind.PERSON and len(words) >= 2:
            # Initials ("Pollo S.") are no names to look a person up by.
            if len(words[-1]) > 2:
                yield EXACT, words[-1], SURNAME, "surname"
                yield FORMS, stem(words[-1]), SURNAME - 1, "surname"
            if len(words[0]) > 2:
                yield EXACT, words[0], GIVEN_NAME, BY_GIVEN_NAME


BY_GIVEN_NAME = "given name"  # how a person is found by the first word of their name alone
BY_WORDS = "words"  # how an entity is found by a name that holds every word of the query


# A row of the names table: (key, entity id, kind, score, how).
Row = tuple[str, str, str, float, str]


class Names(Protocol):
    """Where the keys of a fact base are kept: the SQLite index (factbase.index.SqlNames).

    `candidates(key, edits)` are the keys a typo of `key` may stand for (every key within
    `edits` letters of its length, or on a large fact base a pre-filtered few; `edits` None:
    any key that may resemble it)."""

    def exact(self, keys: Sequence[str]) -> list[Row]: ...
    def forms(self, key: str) -> list[Row]: ...
    def candidates(self, key: str, edits: int | None) -> list[str]: ...
    def keys_with_words(self, words: Sequence[str]) -> list[str]: ...
    def near_words(self, word: str, slips: int = 1) -> set[str]: ...
    def word_counts(self, words: Iterable[str]) -> dict[str, int]: ...


class NameIndex:
    """Looks names up among the keys of a fact base: exactly, by their words, with typing slips."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.kinds: dict[str, Kind] = {}

    def _scored(self, rows: Iterable[Row]) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how), the best row of each entity; notes each entity's kind."""
        found: dict[str, tuple[float, str]] = {}
        for _, entity_id, kind, score, how in rows:
            self.kinds[entity_id] = Kind(kind)
            _merge(found, {entity_id: (round(score, 1), how)})
        return found

    def lookup(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for every entity the query names exactly or by a known form."""
        key = normalise(query)
        if not key:
            return {}
        rows = [*self.names.exact([key, " ".join(sorted(key.split()))]), *self.names.forms(stem(key))]
        return self._scored(rows)

    def find(self, query: str) -> dict[str, tuple[float, str]]:
        """The candidates a name may mean: its exact and known forms, else names holding all its
        words and names within a few slips of it."""
        found = self.lookup(query)
        if not found and "-" in query:  # "Mustafa Merlika-Kruja": a double surname, one of it known
            found = self.double_names(query)
        if not found:
            found = self.words(query)
            _merge(found, self.typos(query))
        return found

    def double_names(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for the names a query gives with one word of two joined by a
        hyphen, the other left out ("Mustafa Merlika-Kruja": Mustafa Merlika)."""
        words = query.split()
        found: dict[str, tuple[float, str]] = {}
        for at, word in enumerate(words):
            parts = word.split("-")
            if len(parts) == 2 and all(part[:1].isupper() for part in parts):
                for part in parts:
                    said = " ".join([*words[:at], part, *words[at + 1 :]])
                    _merge(
                        found,
                        {e: (min(score, FORM), "double name") for e, (score, _) in self.lookup(said).items()},
                    )
        return found

    def words(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names that hold every word of a query of two words or more
        ("Tirana demonstration"), scored by how much of the name the query covers."""
        wanted = content_words(normalise(query))
        if len(wanted) < 2:
            return {}
        counts = {key: len(content_words(key)) for key in self.names.keys_with_words(sorted(wanted))}
        # A name scores the more, the more of its words the query gives.
        score = {key: WORDS + (NAME - 5 - WORDS) * len(wanted) / n for key, n in counts.items()}
        rows = self.names.exact(list(counts))
        return self._scored((k, e, kind, score[k], BY_WORDS) for k, e, kind, s, _ in rows if s == NAME)

    def typos(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names within a few typing slips of the query."""
        key = normalise(query)
        edits = allowed_edits(len(key))
        if not edits:
            return {}
        keys = self.names.candidates(key, edits)
        slips: dict[str, float] = {}
        for form in {key, " ".join(sorted(key.split()))}:
            foreign = _lacking(form, edits)
            for matched in keys:
                if foreign.match(matched):  # a quick test that rules out most on a large base
                    continue
                if len(form) < CHANGE_FROM and len(matched) <= len(form):
                    continue  # a letter of four changed makes another name: Peja, not Peza
                distance = slips_between(form, matched, edits)
                if distance is not None:
                    slips[matched] = min(slips.get(matched, 99.0), TYPO_PENALTY * distance)
        rows = self.names.exact(list(slips))
        return self._scored((k, e, kind, s - slips[k], f"spelling ({how})") for k, e, kind, s, how in rows)

    def similar(self, query: str, limit: int, *, partial: bool = False) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names that resemble the query as a whole, or (partial)
        that contain something like it: the first for "did you mean", the second for search."""
        key = normalise(query)
        if not key:
            return {}
        from rapidfuzz import fuzz, process

        scorer = fuzz.WRatio if partial else fuzz.QRatio
        matches = process.extract(
            key, self.names.candidates(key, None), scorer=scorer, score_cutoff=SUGGEST_MIN, limit=limit * 4
        )
        scores = {matched: score for matched, score, _ in matches}
        rows = self.names.exact(list(scores))
        return self._scored((k, e, kind, scores[k], "resemblance") for k, e, kind, _, _ in rows)


def rank(
    found: dict[str, tuple[float, str]], kinds: dict[str, Kind], prefer: Sequence[Kind] = ()
) -> list[tuple[str, float, str]]:
    """(id, score, how) best first: by score, then the preferred kinds, then id."""
    order = {kind: i for i, kind in enumerate(prefer)}
    return sorted(
        ((entity_id, score, how) for entity_id, (score, how) in found.items()),
        key=lambda c: (-c[1], order.get(kinds[c[0]], len(order)), c[0]),
    )


def decide(
    ranked: list[tuple[str, float, str]], kinds: dict[str, Kind], prefer: Sequence[Kind] = ()
) -> str | None:
    """The id a query clearly means, or None when no candidate is ahead of the rest.

    Candidates of the preferred kinds are judged among themselves when any is good
    enough, so that `who Peza` means the man and `where Peza` the village; among those
    alike, the one of the kind asked for first, when it is the only one: `who Skanderbeg`
    means the man, not the division named after him.
    """
    good = [c for c in ranked if c[1] >= MATCH_MIN]
    preferred = [c for c in good if kinds[c[0]] in prefer]
    pool = preferred or good
    if not pool:
        return None
    if len(pool) == 1 or pool[0][1] - pool[1][1] >= MARGIN:
        return pool[0][0]
    alike = [c for c in pool if pool[0][1] - c[1] < MARGIN]
    first = [c for c in alike if kinds[c[0]] is prefer[0]] if preferred else []
    return first[0][0] if len(first) == 1 else None


# The words that ask when something was set up, as their terms ("set up": "set").
SET_UP = frozenset(terms("founded formed created established constituted started set"))
