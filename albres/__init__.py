"""albres: cited answers on the Albanian resistance, 1939-1944, from a curated fact base.

The library API: load a fact base and ask it questions; no click, no rich.

    >>> import albres
    >>> base = albres.load()
    >>> albres.who(base, "Abaz Kupi").entity.id
    'person:abaz-kupi'

The questions are imported when first asked for (PEP 562): a listing need not load the
reading of words (albres.query, albres.resolver), which every look-up does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from albres._version import __version__
from albres.errors import AlbresError, Ambiguous, FactBaseError, NotFound, QueryError
from albres.factbase import FactBase, load

if TYPE_CHECKING:
    from albres.listings import conflicts, events, on, sources, timeline
    from albres.query import graph, search, show, when, where, who
    from albres.resolver import candidates, resolve

_LATER = {
    **dict.fromkeys(["conflicts", "events", "on", "sources", "timeline"], "albres.listings"),
    **dict.fromkeys(["graph", "search", "show", "when", "where", "who"], "albres.query"),
    **dict.fromkeys(["candidates", "resolve"], "albres.resolver"),
}

__all__ = [
    "AlbresError",
    "Ambiguous",
    "FactBase",
    "FactBaseError",
    "NotFound",
    "QueryError",
    "__version__",
    "candidates",
    "conflicts",
    "events",
    "graph",
    "load",
    "on",
    "resolve",
    "search",
    "show",
    "sources",
    "timeline",
    "when",
    "where",
    "who",
]


def __getattr__(name: str) -> Any:
    """A question of the API, imported when first asked for."""
    if name in _LATER:
        return getattr(__import__(_LATER[name], fromlist=[name]), name)
    raise AttributeError(f"module 'albres' has no attribute {name!r}")
