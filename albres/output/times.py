"""A fact's time, one rule for every format: the words of a table's When column, the JSON
`time` object and the CSV's EDTF column all read it from fact_time.

A fact is placed in time by its own date, or by its start and its end (either may be missing:
the sources did not give it); a fact with no time of its own on an event (someone taking part)
is placed by the event's dates, each a claim cited to its own source. Where those claims
differ, every one is shown with its citation, once, and marked "sources differ".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from albres import dates
from albres.model import Citation, DateSpan, Entity, Fact
from albres.properties import DATE
from albres.record import NamedTuple

DIFFER = "sources differ"


class Claim(NamedTuple):
    """One source's statement of when: an EDTF, the source's words, and where it is said."""

    edtf: str
    wording: str
    citations: tuple[Citation, ...]
    words: str = ""  # albres's words for it, where its EDTF alone would say less

    @property
    def text(self) -> str:
        return self.words or dates.describe(self.edtf)


class FactTime(NamedTuple):
    """When a fact holds: from the fact itself or from its event, as one or more claims."""

    of: str  # "fact" or "event"
    claims: tuple[Claim, ...]
    bounded: tuple[bool, bool] = (False, False)  # its start, its end known only by bounds

    @property
    def differ(self) -> bool:
        return len({claim.edtf for claim in self.claims}) > 1

    @property
    def start(self) -> str:
        """Whether the sources give when it began: "given", "bounded" (no earlier or no later
        than a day, or between two) or "not given"."""
        if self.bounded[0]:
            return "bounded"
        return "not given" if any(claim.edtf.startswith(("/", "../")) for claim in self.claims) else "given"

    @property
    def end(self) -> str:
        """Whether the sources give when it ended, in the same words as `start`."""
        if self.bounded[1]:
            return "bounded"
        return "not given" if any(claim.edtf.endswith(("/", "/..")) for claim in self.claims) else "given"


def _edge(span: DateSpan, side: int) -> str:
    """The start (side 0) or end (side -1) of a span's EDTF, for joining two spans in one."""
    return span.edtf.split("/")[side]


def fact_time(fact: Fact, related: dict[str, Entity] | None = None, perspective: str = "") -> FactTime | None:
    """When a fact holds, or None where neither it nor its event is dated. A fact read from
    its own subject's side (the event itself) does not borrow the event's dates."""
    if fact.date:
        return FactTime("fact", (Claim(fact.date.edtf, fact.date.wording, fact.citations),))
    if fact.start or fact.end:
        start = _edge(fact.start, 0) if fact.start else ""
        end = _edge(fact.end, -1) if fact.end else ""
        wording = " – ".join(span.wording for span in (fact.start, fact.end) if span)
        # Each end in its own words: an end known only as "October-December 1944" stays so.
        words = _span_words(fact.start, fact.end) if fact.start and fact.end else ""
        claim = Claim(f"{start}/{end}", wording, fact.citations, words)
        bounded = tuple(bool(span and _bounded(span.edtf)) for span in (fact.start, fact.end))
        return FactTime("fact", (claim,), (bounded[0], bounded[1]))
    subject = related.get(fact.subject) if related else None
    if subject is None or fact.subject == perspective:
        return None
    return event_time(subject.facts)


def _span_words(start: DateSpan, end: DateSpan) -> str:
    """A start and an end in words, each no more precise than the sources: "November 1943 -
    October-December 1944"; an end the sources only bound, "ended between ... and ...".
    """
    began, ended = _bounded(start.edtf), _bounded(end.edtf)
    if not began and not ended:
        return f"{dates.describe(start.edtf)} – {dates.describe(end.edtf)}"
    first = f"began {began}" if began else f"from {dates.describe(start.edtf)}"
    last = f"ended {ended}" if ended else f"until {dates.describe(end.edtf)}"
    return f"{first}, {last}"


def _bounded(edtf: str) -> str:
    """An end the sources only bound, in words: "between X and Y" for an interval, "by Y" for
    one that has only a last day; "" for a date."""
    low, slash, high = edtf.partition("/")
    if not slash or high in ("", ".."):
        return ""
    if low in ("", ".."):
        return f"by {dates.describe(high)}"
    return f"between {dates.describe(low)} and {dates.describe(high)}"


def event_time(facts: Iterable[Fact]) -> FactTime | None:
    """An event's time: each of its date facts a claim; None when it has none."""
    told = tuple(
        Claim(f.date.edtf, f.date.wording, f.citations) for f in facts if f.property == DATE and f.date
    )
    return FactTime("event", told) if told else None


def cite(citations: tuple[Citation, ...] | list[Citation], sep: str = " ") -> str:
    """Compact citations: [004 ¶12] [000 ¶1]."""
    return sep.join(dict.fromkeys(f"[{c.source} ¶{c.paragraph}]" for c in citations))


def time_words(time: FactTime | None) -> str:
    """A fact's time in words for a table: one line, or, where the sources differ, each
    source's date over its citation, then "sources differ"."""
    if time is None:
        return ""
    if not time.differ:
        return time.claims[0].text
    lines = [f"{claim.text}\n{cite(claim.citations)}" for claim in time.claims]
    return "\n".join([*dict.fromkeys(lines), DIFFER])


def time_text(time: FactTime | None) -> str:
    """A fact's time on one line (JSON, CSV): each claim's date in words, joined by "or"."""
    return " or ".join(dict.fromkeys(claim.text for claim in time.claims)) if time else ""


def borrowed_citations(time: FactTime | None) -> list[Citation]:
    """The citations of an event's date that a fact borrows (once the dates agree: where they
    differ, each stands beside its own date)."""
    if time is None or time.of == "fact" or time.differ:
        return []
    return [c for claim in time.claims for c in claim.citations]


def time_edtf(time: FactTime | None) -> str:
    """The EDTF of a fact's time, each claim's where the sources differ, space-separated."""
    return " ".join(dict.fromkeys(claim.edtf for claim in time.claims)) if time else ""


def _claim_json(claim: Claim) -> dict[str, Any]:
    earliest, latest = dates.bounds(claim.edtf)
    return {
        "edtf": claim.edtf,
        "wording": claim.wording,
        "text": claim.text,
        "earliest": earliest,
        "latest": latest,
        "citations": [
            {"source": c.source, "paragraph": c.paragraph, "quote": c.quote} for c in claim.citations
        ],
    }


def time_json(time: FactTime | None) -> dict[str, Any] | None:
    """A fact's one time object: its EDTF (null where the sources differ: each claim has its
    own), the source's words, albres's words, the first and last day over every claim, whether
    its start and end are given, where it comes from (the fact or its event), whether the
    sources differ, and each claim with its citations."""
    if time is None:
        return None
    claims = [_claim_json(claim) for claim in time.claims]
    earliest, latest = dates.hull((c["earliest"], c["latest"]) for c in claims)
    return {
        "edtf": None if time.differ else time.claims[0].edtf,  # one EDTF, or none: see claims
        "wording": " / ".join(dict.fromkeys(claim.wording for claim in time.claims)),
        "text": time_text(time),
        "earliest": earliest,
        "latest": latest,
        "start": time.start,
        "end": time.end,
        "of": time.of,
        "sources_differ": time.differ,
        "claims": claims,
    }
