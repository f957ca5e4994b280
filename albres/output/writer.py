"""The one writer: everything albres prints goes to stdout or stderr through here.

A reader that goes away (a broken pipe) raises OutputClosed, and any other failure to write
stdout (a full disk, an I/O error, a closed descriptor) raises OutputFailed; the command line
turns them into exit 0 and exit 74. Text is always valid UTF-8: a lone surrogate (from an
argument that was not UTF-8, or a "\\ud800" escape in the data) is written as U+FFFD.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO

from albres.errors import OutputClosed, OutputFailed
from albres.output.text import literal

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


@contextmanager
def _stdout() -> Iterator[BinaryIO]:
    """stdout's bytes, with every way of failing to write them turned into an OutputError."""
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        raise OutputFailed("stdout is closed")
    try:
        yield sys.stdout.buffer
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise OutputClosed from None
        raise OutputFailed(error.strerror or str(error)) from None
    except ValueError as error:  # a closed file
        raise OutputFailed(str(error)) from None


# Characters JSON may carry raw but a terminal would act on: DEL, the C1 controls, and the
# invisible format characters (bidi overrides and isolates, line and paragraph separators,
# the byte order mark). In JSON they are written as \\u escapes: the same text to a parser.
_JSON_ESCAPES = {
    n: f"\\u{n:04x}"
    for n in (
        0x7F,
        *range(0x80, 0xA0),
        0x200E,
        0x200F,
        *range(0x2028, 0x202F),
        *range(0x2066, 0x206A),
        0xFEFF,
    )
}


def json_text(value: Any, *, indent: int | None = None) -> bytes:
    """A JSON value as UTF-8 bytes that are safe on a terminal (see _JSON_ESCAPES)."""
    import json

    return utf8(json.dumps(value, ensure_ascii=False, indent=indent).translate(_JSON_ESCAPES))


def utf8(text: str) -> bytes:
    """Text as UTF-8, a lone surrogate as U+FFFD (the one policy for every format)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def write_text(text: str) -> None:
    """Text on stdout, UTF-8."""
    with _stdout() as out:
        out.write(utf8(text))


def write_json(doc: dict[str, Any]) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    with _stdout() as out:
        out.write(json_text(doc, indent=2) + b"\n")


def write_jsonl(items: Sequence[dict[str, Any]]) -> None:
    """One JSON object a line on stdout."""
    with _stdout() as out:
        for item in items:
            out.write(json_text(item) + b"\n")


def console() -> Console:
    """A Rich console on stdout that reads no markup, emoji codes or highlights into the text,
    and leaves a broken pipe to this module (Rich would exit 1)."""
    from rich.console import Console

    class Quiet(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise OutputClosed

    return Quiet(markup=False, emoji=False, highlight=False)


def write_renderables(renderables: Iterable[RenderableType], *, soft_wrap: bool = False) -> None:
    """Rich renderables on stdout, one after another."""
    with _stdout():
        out = console()
        for renderable in renderables:
            out.print(renderable, soft_wrap=soft_wrap)


def print_message(message: str) -> None:
    """One line on stderr, with control characters made visible (no Rich: errors must be cheap).
    A stderr that cannot be written is let be: there is nowhere else to say so."""
    line = literal(message.replace("\n", " "))
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
