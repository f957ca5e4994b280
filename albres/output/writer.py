"""The one writer: everything albres prints goes to stdout or stderr through here."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from albres.output.text import literal

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def write_text(text: str) -> None:
    """Text on stdout, UTF-8."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def write_json(doc: dict[str, Any]) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    import json

    sys.stdout.buffer.write(json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    sys.stdout.flush()


def write_jsonl(items: Sequence[dict[str, Any]]) -> None:
    """One JSON object a line on stdout."""
    import json

    out = sys.stdout.buffer
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n")
    sys.stdout.flush()


def console() -> Console:
    """A Rich console on stdout that reads no markup, emoji codes or highlights into the text."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False)


def write_renderables(renderables: Iterable[RenderableType], *, soft_wrap: bool = False) -> None:
    """Rich renderables on stdout, one after another."""
    out = console()
    for renderable in renderables:
        out.print(renderable, soft_wrap=soft_wrap)


def print_message(message: str) -> None:
    """One line on stderr, with control characters made visible (no Rich: errors must be cheap)."""
    line = literal(message.replace("\n", " "))
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
