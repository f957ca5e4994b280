"""Tables for readers and curators of the sources: a paragraph with the spans its facts quote
(`read`), and how much of each source the facts quote (`coverage`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from albres.model import Coverage, SourceParagraph
from albres.output.phrases import fact_phrase, fact_when
from albres.output.text import count, styled

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text


def marked(result: SourceParagraph) -> Text:
    """The paragraph as the file has it, each quoted span between `[N>` and `<N]` and, on a
    terminal, underlined; spans may nest or cross."""
    from rich.text import Text

    base = result.start
    marks: dict[int, list[str]] = {}
    for span in result.spans:
        marks.setdefault(span.start - base, []).append(f"[{span.number}>")
    for span in reversed(result.spans):
        marks.setdefault(span.end - base, []).insert(0, f"<{span.number}]")
    covered = [False] * len(result.text)
    for span in result.spans:
        for i in range(span.start - base, span.end - base):
            covered[i] = True
    text = Text()
    for i, char in enumerate(result.text):
        for mark in marks.get(i, ()):
            text.append_text(styled((mark, "bold cyan")))
        text.append_text(styled((char, "underline" if covered[i] else "")))
    for mark in marks.get(len(result.text), ()):
        text.append_text(styled((mark, "bold cyan")))
    return text


def paragraph_renderables(result: SourceParagraph) -> Iterator[RenderableType]:
    """The paragraph with its spans marked, then each span's quote and the facts that cite it."""
    source = result.source
    yield styled((f"{source.id} ¶{result.number}", "bold"), (f"  {source.title}", ""))
    end = result.start + len(result.text)
    yield styled((f"{source.file}, characters {result.start}–{end}", "dim"))
    yield styled(("", ""))
    yield marked(result)
    yield styled(("", ""))
    if not result.spans:
        yield styled(("No fact quotes this paragraph.", "italic"))
        return
    from rich.padding import Padding

    for span in result.spans:
        yield styled((f"[{span.number}> ", "bold cyan"), (f"“{' '.join(span.exact.split())}”", "italic"))
        for fact in span.facts:
            when = fact_when(fact, result.related).replace("\n", " / ")
            said = fact_phrase(fact, "", result.related)
            yield Padding(styled((said, ""), (f"  ({when})" if when else "", "dim")), (0, 0, 0, 4))


def coverage_renderables(result: Coverage) -> Iterator[RenderableType]:
    """For each paragraph: its sentences, how many a fact quotes, and those none quotes."""
    from rich.box import SIMPLE_HEAD
    from rich.table import Table

    table = Table(box=SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for header in ("Source", "¶", "Sentences", "Quoted", "%"):
        table.add_column(header, justify="left" if header == "Source" else "right")
    for p in result.paragraphs:
        share = 100.0 * p.quoted / p.sentences if p.sentences else 100.0
        style = "" if not p.unquoted else "yellow"
        table.add_row(
            *(styled((cell, style)) for cell in (p.source, str(p.number), str(p.sentences), str(p.quoted))),
            styled((f"{share:.0f}", style)),
        )
    yield table
    total = sum(p.sentences for p in result.paragraphs)
    quoted = sum(p.quoted for p in result.paragraphs)
    yield styled((f"{quoted} of {count(total, 'sentence')} quoted ({result.percent:.1f} %)", "bold"))
    for p in result.paragraphs:
        for sentence in p.unquoted:
            yield styled((f"{p.source} ¶{p.number}: ", "yellow"), (sentence, ""))
    if result.minimum is not None:
        verdict = "below" if result.short else "at or above"
        yield styled(
            (f"{verdict} the minimum of {result.minimum:g} %", "bold red" if result.short else "green")
        )
