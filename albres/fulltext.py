"""What the full text of the index holds: the words of each entity and of each fact.

The index (factbase/index.py) stores these words in two FTS5 tables, and the resolver reads
them back through the same functions to tell which words of a query a fact covers, so that
what is indexed and what is checked are one rule. Every word goes through match.terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from typing import Any

from albres.match import terms
from albres.model import Entity, Fact
from albres.properties import DATE, PROPERTIES

# The columns of each table and their weights in bm25 ranking.
ENTITY_COLUMNS = {"names": 10.0, "description": 4.0, "facts": 3.0}
FACT_COLUMNS = {"names": 2.0, "said": 3.0, "quote": 1.0}
# A fact's row is its entity's row shifted left, plus its place among the entity's facts.
FACT_BITS = 20
MAX_FACTS = 1 << FACT_BITS  # facts one entity may have (check.py refuses more)


def fact_row(entity_row: int, k: int) -> int:
    """The full-text row of the k-th fact of the entity in `entity_row`."""
    return (entity_row << FACT_BITS) | k


def fact_place(row: int) -> tuple[int, int]:
    """(entity row, k) of a fact's full-text row."""
    return row >> FACT_BITS, row & (MAX_FACTS - 1)


def subject_dates(record: dict[str, Any]) -> str:
    """The wording of the dates an entity record's date facts give."""
    return " ".join(
        f["date"]["wording"] for f in record.get("facts", ()) if f["property"] == DATE and f.get("date")
    )


def id_words(entity_id: str) -> str:
    """The words of an id ("person:abaz-kupi" -> "abaz kupi"): how a fact names its object
    without reading the object's record."""
    return entity_id.partition(":")[2].replace("-", " ")


def _said(get: Callable[[str], Any]) -> list[str]:
    """What a fact says besides its quote: its value, role, measure, the words of its object's
    id and the wording of its dates."""
    said = [get(field) or "" for field in ("value", "role", "measure")]
    if get("object"):
        said.append(id_words(get("object")))
    for field in ("date", "start", "end"):
        span = get(field)
        if span:
            said.append(span["wording"] if isinstance(span, dict) else span.wording)
    return said


@lru_cache(maxsize=1 << 12)
def _text(part: str) -> str:
    """The terms of a string that recurs from fact to fact (a name, a label, a date's wording,
    a quote), joined by spaces, found once while it recurs."""
    return " ".join(terms(part))


def _column(parts: Iterable[str]) -> str:
    """The terms of `parts` joined by spaces, as terms() finds them in the parts' join: it takes
    each whitespace-separated token on its own, so each part's terms are its own."""
    return " ".join(filter(None, map(_text, parts)))


def entity_text(entity: dict[str, Any] | Entity) -> tuple[str, str, str]:
    """The full text of an entity (a record or a model Entity) in the columns of
    ENTITY_COLUMNS: its names, its description and what its facts say (not their quotes:
    those are in each fact's row)."""
    if isinstance(entity, Entity):
        names, description = [entity.name, *entity.aliases], entity.description
        said = [w for fact in entity.facts for w in _said(partial(getattr, fact))]
    else:
        names, description = [entity["name"], *entity.get("aliases", ())], entity["description"]
        said = [w for fact in entity.get("facts", ()) for w in _said(fact.get)]
    return _column(names), " ".join(terms(description)), _column(said)


# An alias of more words than this describes its entity rather than names it ("first bigger
# battle of UNÇ's detachments with German troops"): each fact's names leave it out, or every
# fact of the entity would hold its words.
ALIAS_WORDS = 3


def subject_names(name: str, aliases: Iterable[str]) -> tuple[str, ...]:
    """The names a fact's row gives its subject: its name, and its aliases that are names
    (ALIAS_WORDS), so that a fact is found by any name of what it is about ("UNÇ")."""
    return (name, *(alias for alias in aliases if len(alias.split()) <= ALIAS_WORDS))


def fact_text(
    subject_names: Sequence[str], fact: dict[str, Any] | Fact, when: str = ""
) -> tuple[str, str, str]:
    """The full text of one fact (a record or a model Fact) in the columns of FACT_COLUMNS:
    the names of its subject (subject_names: "UNÇ" is the Albanian National Liberation Army,
    whose strength a fact gives) and of its object, what it says (with its property's labels, "leader
    of", "led by", and `when`: the wording of its subject's dates, so that each fact on an
    event is found by the event's date) and the quotes it cites."""
    if isinstance(fact, Fact):
        get: Callable[[str], Any] = partial(getattr, fact)
        quotes = [c.quote for c in fact.citations]
    else:
        get = fact.get
        quotes = [c["quote"] for c in fact["citations"]]
    names = [*subject_names, id_words(get("object")) if get("object") else ""]
    prop = PROPERTIES.get(get("property"))
    labels = [prop.forward, prop.backward, prop.forward_value, prop.asked_as] if prop else []
    return _column(names), _column([*labels, *_said(get), when]), _column(quotes)
