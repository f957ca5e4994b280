"""albres: cited answers on the Albanian resistance, 1939-1944, from a curated fact base.

The library API: load a fact base and ask it questions; no click, no rich.

    >>> import albres
    >>> base = albres.load()
    >>> albres.who(base, "Abaz Kupi").entity.id
    'person:abaz-kupi'
"""

from albres._version import __version__
from albres.errors import AlbresError, Ambiguous, FactBaseError, NotFound, QueryError
from albres.factbase import FactBase, load
from albres.query import (
    conflicts,
    events,
    graph,
    on,
    search,
    show,
    sources,
    timeline,
    when,
    where,
    who,
)
from albres.resolver import candidates, resolve

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
