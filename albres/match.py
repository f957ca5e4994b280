"""Name matching: normal forms of names, ranked candidates, and the decision which one is meant."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from albres.model import Kind

# Titles and articles the sources put before names; a query matches with or without them.
TITLES = frozenset(
    {
        *("the", "mr", "sir", "dr", "doctor", "baba", "bej", "bey", "king"),
        *("gen", "general", "major", "maj", "col", "colonel", "marshal", "field", "air", "vice"),
    }
)
_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ‘`´′"), None)

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
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    kept = [w for w in words if w not in TITLES]
    return " ".join(kept or words)


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


def _add(
    index: dict[str, dict[str, tuple[float, str]]], key: str, entity_id: str, score: float, how: str
) -> None:
    found = index.setdefault(key, {})
    if found.get(entity_id, (0.0, ""))[0] < score:
        found[entity_id] = (score, how)


def _merge(found: dict[str, tuple[float, str]], more: dict[str, tuple[float, str]]) -> None:
    """Keep the better score of each entity."""
    for entity_id, scored in more.items():
        if found.get(entity_id, (0.0, ""))[0] < scored[0]:
            found[entity_id] = scored


def _content_words(key: str) -> set[str]:
    return {stem(word) for word in key.split() if word not in LINKING_WORDS}


def allowed_edits(length: int) -> int:
    """How many wrong, missing, doubled or swapped letters a query of this length may carry."""
    return 0 if length < 4 else 1 if length < 8 else 2 if length < 14 else 3


class NameIndex:
    """Every name and alias of a fact base under its normal forms, for exact and fuzzy look-up."""

    def __init__(self, names: Iterable[tuple[str, Kind, str, tuple[str, ...]]]) -> None:
        self.kinds: dict[str, Kind] = {}
        # normal form -> {entity id: (score, how)}: names, aliases, word orders, surnames, given names
        self.exact: dict[str, dict[str, tuple[float, str]]] = {}
        # Albanian definite/indefinite forms folded (stem) -> {entity id: (score, how)}
        self.forms: dict[str, dict[str, tuple[float, str]]] = {}
        self.full_names: set[str] = set()
        for entity_id, kind, name, aliases in names:
            self.kinds[entity_id] = kind
            for label in (name, *aliases):
                key = normalise(label)
                if not key:
                    continue
                words = key.split()
                self.full_names.add(key)
                _add(self.exact, key, entity_id, NAME, "name" if label == name else "alias")
                _add(self.exact, " ".join(sorted(words)), entity_id, WORD_ORDER, "word order")
                _add(self.forms, stem(key), entity_id, FORM, "form")
                if kind is Kind.PERSON and len(words) >= 2:
                    # Initials ("Pollo S.") are no names to look a person up by.
                    if len(words[-1]) > 2:
                        _add(self.exact, words[-1], entity_id, SURNAME, "surname")
                        _add(self.forms, stem(words[-1]), entity_id, SURNAME - 1, "surname")
                    if len(words[0]) > 2:
                        _add(self.exact, words[0], entity_id, GIVEN_NAME, "given name")
        self.keys: list[str] = list(self.exact)
        self._by_word: dict[str, set[str]] | None = None

    def lookup(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for every entity the query names exactly or by a known form."""
        key = normalise(query)
        found: dict[str, tuple[float, str]] = {}
        if key:
            _merge(found, self.exact.get(key, {}))
            _merge(found, self.exact.get(" ".join(sorted(key.split())), {}))
            _merge(found, self.forms.get(stem(key), {}))
        return found

    def find(self, query: str) -> dict[str, tuple[float, str]]:
        """The candidates a name may mean: its exact and known forms, else names holding all its
        words and names within a few slips of it (rapidfuzz is imported only then)."""
        found = self.lookup(query)
        if not found:
            found = self.words(query)
            _merge(found, self.typos(query))
        return found

    def words(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names that hold every word of a query of two words or more
        ("Tirana demonstration"), scored by how much of the name the query covers."""
        wanted = _content_words(normalise(query))
        found: dict[str, tuple[float, str]] = {}
        if len(wanted) < 2:
            return found
        if self._by_word is None:
            self._by_word = {}
            for key in self.full_names:
                for word in _content_words(key):
                    self._by_word.setdefault(word, set()).add(key)
        keys = set.intersection(*(self._by_word.get(word, set()) for word in wanted))
        for key in keys:
            score = WORDS + (NAME - 5 - WORDS) * len(wanted) / len(_content_words(key))
            _merge(found, {entity_id: (round(score, 1), "words") for entity_id in self.exact[key]})
        return found

    def typos(self, query: str) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names within a few typing slips of the query."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        key = normalise(query)
        edits = allowed_edits(len(key))
        found: dict[str, tuple[float, str]] = {}
        if not edits:
            return found
        for form in {key, " ".join(sorted(key.split()))}:
            for matched, distance, _ in process.extract(
                form, self.keys, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                slips = {
                    entity_id: (exact_score - TYPO_PENALTY * distance, f"spelling ({how})")
                    for entity_id, (exact_score, how) in self.exact[matched].items()
                }
                _merge(found, slips)
        return found

    def similar(self, query: str, limit: int, *, partial: bool = False) -> dict[str, tuple[float, str]]:
        """Entity id -> (score, how) for names that resemble the query as a whole, or (partial)
        that contain something like it: the first for "did you mean", the second for search."""
        from rapidfuzz import fuzz, process

        key = normalise(query)
        found: dict[str, tuple[float, str]] = {}
        if not key:
            return found
        for matched, score, _ in process.extract(
            key,
            self.keys,
            scorer=fuzz.WRatio if partial else fuzz.QRatio,
            score_cutoff=SUGGEST_MIN,
            limit=limit * 4,
        ):
            for entity_id in self.exact[matched]:
                if found.get(entity_id, (0.0, ""))[0] < score:
                    found[entity_id] = (round(score, 1), "resemblance")
        return found


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
    enough, so that `who Peza` means the man and `where Peza` the village.
    """
    good = [c for c in ranked if c[1] >= MATCH_MIN]
    preferred = [c for c in good if kinds[c[0]] in prefer]
    pool = preferred or good
    if not pool:
        return None
    if len(pool) == 1 or pool[0][1] - pool[1][1] >= MARGIN:
        return pool[0][0]
    return None
