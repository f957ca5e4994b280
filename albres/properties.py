"""The vocabulary: every property a fact may have, and the fact base's format, declared once.

Phrases (output/phrases.py), the checks (factbase/check.py, validate.py), the JSON Schema
(factbase/schema.py), the index's rows (factbase/index.py), the graph's edges (output/graph.py)
and the queries' rules all read this table; no other module spells a property's name.
This module imports nothing from albres, so that every other module may import it.
"""

from albres.record import NamedTuple

FORMAT_VERSION = 1
# Entity id prefixes and the kind (model.Kind's value) each stands for.
ID_PREFIXES = {"person": "person", "org": "organisation", "place": "place", "event": "event"}
TEXT_FIELDS = ("value", "role", "measure", "dispute")
DATE_FIELDS = ("date", "start", "end")
# What a date holds: its EDTF and the source's wording. Its earliest and latest days are
# derived from the EDTF wherever they are needed, never stored beside it.
SPAN_MEMBERS = ("edtf", "wording")
# How approximate a figure is, as the sources word it.
APPROXIMATIONS = (
    "exact",
    "about",
    "over",
    "under",
    "at least",
    "several",
    "dozens",
    "hundreds",
    "tens",
    "thousands",
)

# The names, for the modules whose rules single one out.
DATE = "date"
LOCATION = "location"
PARTICIPANT = "participant"
MEMBER_OF = "member_of"
LEADER_OF = "leader_of"
POSITION = "position"
FOUNDED = "founded"
DISSOLVED = "dissolved"
PART_OF = "part_of"
FIGURE = "figure"
NAME = "name"
DESCRIBED_AS = "described_as"
AIM = "aim"
INCLUDED = "included"
OUTCOME = "outcome"
CREATED = "created"
REJECTED = "rejected"
HOSTED_BY = "hosted_by"
ASKED = "asked"
PART_OF_EVENT = "part_of_event"
STATEMENT = "statement"


class Property(NamedTuple):
    """How one property reads, what it ties, and which rules it takes part in.

    forward: its label read from the subject's side ("member of"); backward: from the
    object's side ("member:"); shape: how output/phrases.py builds the sentence (see there);
    relation: the kind of edge it draws in a graph (None: not drawn); role: a role held over
    time (queried by date in `on`); places: it puts its subject somewhere (location, part_of);
    place_link: it ties a person or organisation to an event and so to the event's place;
    subjects: the kinds of entity it belongs on (validate warns elsewhere); needs: a field a
    fact of this property should carry (validate warns without it); forward_value: the label
    when the fact names a value rather than an entity; backward_from_event: the label from the
    object's side when the subject is an event; asked_as: other words a user asks for it by,
    which its facts' full text holds beside its labels ("the head of the Balli Kombëtar").
    """

    name: str
    description: str
    forward: str
    backward: str
    shape: str = "object"
    relation: str | None = None
    role: bool = False
    places: bool = False
    place_link: bool = False
    subjects: frozenset[str] = frozenset()
    needs: str = ""
    forward_value: str = ""
    backward_from_event: str = ""
    asked_as: str = ""


PROPERTIES: dict[str, Property] = {
    p.name: p
    for p in (
        Property(DATE, "when an event took place", "date", "", shape="dated"),
        Property(LOCATION, "where the subject is or took place", "located at", "here:", relation="location",
                 places=True, backward_from_event="event here:"),
        Property(PARTICIPANT, "an entity that took part in an event", "participant", "took part in",
                 shape="role_colon", relation="participation", place_link=True,
                 subjects=frozenset({"event"})),
        Property(MEMBER_OF, "membership of an organisation", "member of", "member:", relation="membership",
                 role=True, place_link=True),
        Property(LEADER_OF, "leadership of an organisation or unit", "leader of", "led by", shape="role_of",
                 relation="leadership", role=True, place_link=True, asked_as="head chief"),
        Property(POSITION, "an office held", "position", "office held by", shape="office",
                 relation="position", role=True),
        Property(FOUNDED, "the event at which an organisation was founded", "founded at", "founded at this:",
                 relation="founding", place_link=True, forward_value="founded"),
        Property(DISSOLVED, "how or when an organisation ended", "dissolved", "dissolved at this:"),
        Property(PART_OF, "a place inside another", "part of", "includes", relation="location", places=True),
        Property(FIGURE, "a number the sources give", "figure", "", shape="count", needs="quantity"),
        Property(NAME, "another name, with its history", "name", "", shape="value"),
        Property(DESCRIBED_AS, "how a source characterises the subject, in a few words", "described as",
                 "about this:", shape="value"),
        Property(AIM, "what an organisation, meeting or agreement set out to do: its programme, task or "
                 "terms", "aim:", "about this:", shape="value", asked_as="aims goal purpose objective point"),
        Property(INCLUDED, "the people, groups or forces an organisation, gathering or operation included",
                 "included", "about this:", shape="value"),
        Property(OUTCOME, "what came of an event, or of an organisation in the end", "outcome:",
                 "about this:", shape="value"),
        Property(CREATED, "an organisation the subject created, set up or proclaimed", "created",
                 "created by", relation="created"),
        Property(REJECTED, "an agreement, government or demand the subject denounced, condemned or did not "
                 "recognise", "rejected", "rejected by", relation="rejected"),
        Property(HOSTED_BY, "the organisation that harboured a mission", "harboured by", "harboured",
                 relation="harboured by"),
        Property(ASKED, "a request or demand made of someone (the object), or a public call (the value)",
                 "asked", "asked by", relation="asked", forward_value="called for"),
        Property(PART_OF_EVENT, "a larger event (an offensive, a conference) this event was part of",
                 "part of", "includes", relation="part of", subjects=frozenset({"event"})),
        Property(STATEMENT, "a cited statement that fits no other property", "", "about this:",
                 shape="value"),
    )
}  # fmt: skip

ROLES = tuple(p.name for p in PROPERTIES.values() if p.role)
PLACING = tuple(p.name for p in PROPERTIES.values() if p.places)
PLACE_LINKS = tuple(p.name for p in PROPERTIES.values() if p.place_link)
