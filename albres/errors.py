"""The exceptions albres raises; the command line maps each to an exit code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from albres.model import Candidate


def quoted(text: str, limit: int = 60) -> str:
    """A user's text for a one-line message: quoted, escapes visible, cut to a readable length."""
    shown = repr(text if len(text) <= limit else text[:limit] + "…")
    return shown if len(text) <= limit else f"{shown} ({len(text):,} characters)"


def valid_unicode(text: str) -> bool:
    """Whether text can be written as UTF-8: no lone surrogate, as an argument that was not
    UTF-8 or a "\\ud800" escape in JSON would leave."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class AlbresError(Exception):
    """Any error albres reports to its user."""


class FactBaseError(AlbresError):
    """The fact base is missing, unreadable or inconsistent."""


class IndexDamaged(FactBaseError):
    """The index of a fact base failed while being read; it is removed, to be built anew."""

    def __init__(self, path: str | None, problem: object) -> None:
        where = path or "in memory"
        super().__init__(f"the index {where} is damaged ({problem}); it is built anew on the next call")
        self.path = path


class QueryError(AlbresError):
    """A query or option value albres cannot use."""


class NotFound(AlbresError):
    """No entity matches the query closely enough."""

    def __init__(self, query: str, suggestions: tuple[Candidate, ...] = (), message: str = "") -> None:
        super().__init__(message or f"nothing in the fact base matches {quoted(query)}")
        self.query = query
        self.suggestions = suggestions


class Ambiguous(AlbresError):
    """Several entities match the query about equally well."""

    def __init__(self, query: str, candidates: tuple[Candidate, ...], total: int) -> None:
        listed = "" if total == len(candidates) else f" (the first {len(candidates)} listed)"
        if total == 1:  # one candidate, not clearly meant ("the governor who came after Pariani")
            said = f"{quoted(query)} may mean the entry listed, but not clearly"
        else:
            said = f"{quoted(query)} matches {total} entries about equally well{listed}"
        super().__init__(said)
        self.query = query
        self.candidates = candidates
        self.total = total


class OutputError(Exception):
    """Writing to stdout did not work; not an AlbresError, for nothing more can be written."""


class OutputClosed(OutputError):
    """The reader of stdout went away (a broken pipe, as with `| head -1`): not a failure."""


class OutputFailed(OutputError):
    """The output could not be written (stdout, or the file `export` writes): a full disk, an
    I/O error, a closed descriptor, a folder one may not write in."""


def checked(text: str, what: str) -> str:
    """A user's text, or QueryError when it is blank or not valid Unicode."""
    if not valid_unicode(text):
        raise QueryError(f"{what} is not valid UTF-8: {quoted(text)}")
    if not text.strip():
        raise QueryError(f"give {what}")
    return text
