"""How facts read in tables: the phrase of each property (from albres.properties), dates in
words, and compact citations."""

from __future__ import annotations

from typing import Any

from albres import dates
from albres.model import DateSpan, Entity, Fact, Kind
from albres.output.times import fact_time, time_words
from albres.properties import PROPERTIES, Property


class RenderContext:
    """What renderers need from the fact base beyond a result: source titles and disputes, and
    which fact base answered (its content hash and size, for JSON)."""

    def __init__(
        self,
        sources: dict[str, tuple[str, str]],
        disputes: dict[str, str],
        quotes: bool = False,
        factbase: dict[str, Any] | None = None,
    ) -> None:
        self.sources = sources
        self.disputes = disputes
        self.quotes = quotes
        self.factbase = factbase


def span_text(span: DateSpan | None) -> str:
    """A date in words, no more precise than its EDTF."""
    return dates.describe(span.edtf) if span else ""


def fact_when(fact: Fact, related: dict[str, Entity] | None = None, perspective: str = "") -> str:
    """The date column of a fact: its date, or its start and end; for another event's fact
    with no date of its own (someone taking part, a place), the event's dates (times.py)."""
    return time_words(fact_time(fact, related, perspective))


# Shapes whose role (or value) takes the place of the property's label; see fact_phrase.
_LABELLED_BY_ROLE = ("office", "role_of", "role_colon")


def fact_phrase(fact: Fact, perspective: str, related: dict[str, Entity]) -> str:
    """What a fact says, read from the side of the entity being shown.

    The property's shape (albres.properties) says how: "object" (label, then the object or
    value), "value" (label, then the value), "office" (the office, of the object),
    "role_of" (the role, of the object), "role_colon" (the role, a colon, the object),
    "count" (what is counted: the number), "dated" (the source's wording).
    """
    if perspective not in (fact.subject, fact.object):  # a third party's fact: say it whole
        return f"{related[fact.subject].name}: {fact_phrase(fact, fact.subject, related)}"
    prop = PROPERTIES[fact.property]
    if fact.subject != perspective:
        subject = related[fact.subject]
        from_event = prop.backward_from_event and subject.kind is Kind.EVENT
        verb = prop.backward_from_event if from_event else prop.backward
        held = fact.value if prop.shape == "office" and fact.value else fact.role
        return f"{verb} {subject.name}".strip() + _as(held, prop)
    target = related[fact.object].name if fact.object else ""
    if prop.shape == "count":
        label = f"{fact.measure}: " if fact.measure else ""
        return f"{label}{fact.value or quantity_words(fact)}"
    if prop.shape == "dated":
        return f"dated “{fact.date.wording}”" if fact.date else f"dated {fact.value or ''}".strip()
    if prop.shape == "office":
        words = [fact.value or prop.forward]
        if target:
            words.append(f"of {target}")
    elif prop.shape == "role_of":
        words = [f"{fact.role} of" if fact.role else prop.forward, target or fact.value or ""]
    elif prop.shape == "role_colon":
        words = [f"{fact.role or prop.forward}:", target or fact.value or ""]
    elif prop.shape == "value":
        words = [prop.forward, fact.value or target]
    else:
        words = [prop.forward if target else prop.forward_value or prop.forward, target or fact.value or ""]
        if fact.value and target and fact.value != target:
            words.append(f"– {fact.value}")
    said = " ".join(w for w in words if w)
    if prop.shape in _LABELLED_BY_ROLE or not fact.role:
        return said
    # The role an entity played in a relation ("took part in X, as delegate"); a note on a
    # value ("name Mukaj (local usage)") stays in parentheses.
    return said + _as(fact.role, prop) if target else f"{said} ({fact.role})"


def relation_label(fact: Fact) -> str:
    """What a fact says of its subject, without its object's name: the label of a graph's edge
    from subject to object ("leader of", "founder of", "delegate", "located at")."""
    prop = PROPERTIES[fact.property]
    if prop.shape == "office":
        return f"{fact.value or prop.forward} of"
    if prop.shape == "role_of":
        return f"{fact.role} of" if fact.role else prop.forward
    if prop.shape == "role_colon":
        return fact.role or prop.forward
    return (prop.forward or prop.forward_value) + _as(fact.role, prop)


def _as(role: str | None, prop: Property) -> str:
    """A role after what the fact says (", as delegate"): never in parentheses, which a name or
    the role itself may hold already; nothing when the property's label says it ("member")."""
    if not role or role == prop.name or role in f"{prop.forward} {prop.backward}".replace(":", "").split():
        return ""
    return f", as {role}"


def quantity_words(fact: Fact) -> str:
    quantity = fact.quantity
    if quantity is None:
        return ""
    amount = int(quantity.amount) if float(quantity.amount).is_integer() else quantity.amount
    prefix = "" if quantity.approximation == "exact" else f"{quantity.approximation} "
    return f"{prefix}{amount:,} {quantity.unit}"
