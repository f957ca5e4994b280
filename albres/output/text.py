"""Text from the data or the user made safe to print, and styled for Rich without markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

NARROW = 60  # below this many columns, rows are stacked instead of drawn as a table


def literal(text: str, keep: str = "\n") -> str:
    """Text with control and format characters (escape sequences, bidi marks) made visible,
    but for those in `keep` (a newline)."""
    return "".join(c if c.isprintable() or c in keep else repr(c)[1:-1] for c in text)


def styled(*parts: tuple[str, str]) -> Text:
    """Rich text from (content, style) parts, each content made literal: never read as markup."""
    from rich.text import Text

    text = Text()
    for content, style in parts:
        text.append(literal(content), style=style)
    return text


def count(n: int, one: str, many: str = "") -> str:
    """ "1 event", "2 events", "3 entities"."""
    return f"{n} {one if n == 1 else many or one + 's'}"
