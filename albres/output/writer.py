"""The one writer: everything albres prints goes to stdout or stderr through here.

A reader that goes away (a broken pipe) raises OutputClosed, and any other failure to write
stdout (a full disk, an I/O error, a closed descriptor) raises OutputFailed; the command line
turns them into exit 0 and exit 74. Text is always valid UTF-8: a lone surrogate (from an
argument that was not UTF-8, or a "\\ud800" escape in the data) is written as U+FFFD.
"""

from __future__ import annotations

import errno
import re
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

_JSON_UNSAFE = frozenset(map(chr, _JSON_ESCAPES))


def json_text(value: Any, *, indent: int | None = None) -> bytes:
    """A JSON value as UTF-8 bytes that are safe on a terminal (see _JSON_ESCAPES)."""
    import json

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Nearly no text holds one: looking costs a tenth of translating (measured).
    return utf8(text if _JSON_UNSAFE.isdisjoint(text) else text.translate(_JSON_ESCAPES))


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


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def cell(text: str, fmt: str) -> str:
    """A cell made safe: control characters visible (a TSV cell's tab, newline and carriage
    return escaped, with its backslashes), and a cell a spreadsheet would run as a formula
    written with a leading apostrophe, as OWASP advises against CSV injection: "=1+1", "+1",
    "@SUM(A1)", "-x", "-1+1" (but "-12" and "-1,200.5" are numbers)."""
    text = literal(text) if fmt == "csv" else literal(text, "\t\n\r").translate(_TSV_ESCAPES)
    if text[:1] in ("=", "+", "@") or (text[:1] == "-" and not re.fullmatch(_NEGATIVE, text)):
        return "'" + text
    return text


# A cell that is only a negative number is no formula. A string: re compiles it when a table is
# first written as CSV, not on every call.
_NEGATIVE = r"-\d[\d,]*(\.\d+)?"


def write_rows(header: Sequence[str], rows: Iterable[Sequence[str]], fmt: str) -> None:
    """Rows on stdout as CSV (RFC 4180: quoted where needed, CRLF line ends) or TSV (a tab
    between cells, a newline after each row, and tab, newline, carriage return and backslash
    in a cell written \\t, \\n, \\r and \\\\). Control characters are made visible in both, and a
    cell that a spreadsheet would run as a formula starts with an apostrophe."""
    import io

    buffer = io.StringIO()
    if fmt == "csv":
        import csv

        out = csv.writer(buffer, lineterminator="\r\n")
        out.writerow(header)
        out.writerows([cell(value, fmt) for value in row] for row in rows)
    else:
        for row in [header, *rows]:
            buffer.write("\t".join(cell(value, fmt) for value in row) + "\n")
    with _stdout() as stream:
        stream.write(utf8(buffer.getvalue()))


# How tables are drawn: colour ("auto": on a terminal, unless NO_COLOR; "always"; "never"), and
# whether a table written to a terminal goes through a pager. Set by the command line.
_DISPLAY = {"color": "auto", "page": True}


def display(*, color: str | None = None, page: bool | None = None) -> None:
    """Choose how tables are drawn (see _DISPLAY)."""
    if color is not None:
        _DISPLAY["color"] = color
    if page is not None:
        _DISPLAY["page"] = page


def console(file: Any = None, width: int | None = None) -> Console:
    """A Rich console (on stdout, or on `file`) that reads no markup, emoji codes or highlights
    into the text, colours as display() says, and leaves a broken pipe to this module (Rich
    would exit 1)."""
    from rich.console import Console

    class Quiet(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise OutputClosed

    color = _DISPLAY["color"]
    options: dict[str, Any] = {"color_system": None} if color == "never" else {}
    return Quiet(
        file=file,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=True if color == "always" or file is not None else None,
        **options,
    )


def pager() -> str | None:
    """The command to page a table through, as git chooses it: $ALBRES_PAGER, else $PAGER,
    else less (with LESS=FRX unless LESS is set: quit when it fits one screen, keep colours,
    leave the screen as it was); None when stdout is no terminal, TERM is dumb, paging is
    off (--no-pager, or a pager of "" or "cat"), or no such program is found."""
    if not _DISPLAY["page"] or sys.stdout is None or not sys.stdout.isatty():
        return None
    import os
    import shutil

    if os.environ.get("TERM") == "dumb":
        return None
    chosen = os.environ.get("ALBRES_PAGER", os.environ.get("PAGER", "less"))
    if chosen.strip() in ("", "cat"):
        return None
    program = chosen.split()[0]
    return chosen if shutil.which(program) else None


def write_renderables(renderables: Iterable[RenderableType], *, soft_wrap: bool = False) -> None:
    """Rich renderables on stdout, one after another; through a pager on a terminal."""
    command = pager()
    if command is not None:
        _page(command, renderables, soft_wrap)
        return
    with _stdout():
        out = console()
        for renderable in renderables:
            out.print(renderable, soft_wrap=soft_wrap)


def _page(command: str, renderables: Iterable[RenderableType], soft_wrap: bool) -> None:
    """Draw the renderables for the terminal's width and hand them to the pager; quitting the
    pager early is no error."""
    import io
    import os
    import shutil
    import subprocess

    buffer = io.StringIO()
    out = console(buffer, shutil.get_terminal_size().columns)
    for renderable in renderables:
        out.print(renderable, soft_wrap=soft_wrap)
    env = {**os.environ}
    env.setdefault("LESS", "FRX")
    with subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env) as process:
        try:
            if process.stdin is not None:
                process.stdin.write(utf8(buffer.getvalue()))
                process.stdin.close()
        except BrokenPipeError:
            pass


def print_message(message: str) -> None:
    """One line on stderr, with control characters made visible (no Rich: errors must be cheap).
    A stderr that cannot be written is let be: there is nowhere else to say so."""
    line = literal(message.replace("\n", " "))
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
