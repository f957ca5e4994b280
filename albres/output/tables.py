"""Tables for a person reading a terminal: one function per result, and the dispatch to them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from albres import dates
from albres.model import (
    Answer,
    Candidate,
    ConflictList,
    Coverage,
    Entity,
    EntityList,
    EventList,
    Exported,
    Fact,
    OnDate,
    Result,
    SearchResult,
    SourceList,
    SourceParagraph,
    Timeline,
    ValidationReport,
)
from albres.output.phrases import RenderContext, fact_phrase, fact_when
from albres.output.text import NARROW, count, styled
from albres.output.timeline import timeline_renderables
from albres.output.times import DIFFER, FactTime, borrowed_citations, cite, event_time, fact_time, time_words
from albres.output.writer import write_renderables

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, RenderableType, RenderResult
    from rich.segment import Segment
    from rich.style import Style
    from rich.text import Text


ID_WIDTH = 48  # an id up to this long keeps its line whole in a table (the longest: 44)
WORD_MAX = ID_WIDTH  # a longer word may be split: none of the fact base's is, an id included


class _Grid:
    """A table that, on a terminal too narrow for columns, prints each row as a stack of lines."""

    def __init__(self, columns: Sequence[tuple[str, dict[str, Any]]], expand: bool) -> None:
        self.columns = columns
        self.expand = expand
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        self.rows.append(cells)

    def _settings(self, width: int) -> list[tuple[str, dict[str, Any]]] | None:
        """Each column's width, so that no word is split: a column is at least as wide as its
        longest word (a no_wrap column, its longest line); a column given a width gives up what
        it must, down to that, before any word would split; the ratio columns share the rest.
        None where even that does not fit: the rows are then stacked."""
        settings = [dict(given) for _, given in self.columns]
        least, want = [], []
        for i, given in enumerate(settings):
            texts = [self.columns[i][0], *(cells[i].plain for cells in self.rows)]
            lines = max(len(line) for text in texts for line in text.splitlines() or [""])
            words = max(len(word) for text in texts for word in text.split() or [""])
            least.append(lines if given.get("no_wrap") else min(words, WORD_MAX))
            want.append(max(given.get("width") or given.get("min_width") or lines, least[i]))
        if not self.expand:
            return [
                (h, {**given, "min_width": low}) for (h, given), low in zip(self.columns, least, strict=True)
            ]
        budget = width - 3 * (len(settings) - 1)  # a space of padding either side of a one-space rule
        shared = [i for i, given in enumerate(settings) if "ratio" in given]
        if sum(least) > budget:
            return None
        fixed = {i: want[i] for i in range(len(settings)) if i not in shared}
        while sum(fixed.values()) + sum(least[i] for i in shared) > budget:  # give up what it can
            k = max(fixed, key=lambda n: fixed[n] - least[n])
            fixed[k] -= 1
        rest = budget - sum(fixed.values())
        shares = dict(
            zip(
                shared,
                _share(rest, [settings[i]["ratio"] for i in shared], [least[i] for i in shared]),
                strict=True,
            )
        )
        widths = {**fixed, **shares}
        if not shared:  # no ratio column takes the rest: the last does
            widths[len(settings) - 1] += rest
        kept = [{k: v for k, v in given.items() if k not in ("ratio", "min_width")} for given in settings]
        return [(header, {**kept[i], "width": widths[i]}) for i, (header, _) in enumerate(self.columns)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        columns = self._settings(options.max_width)
        if options.max_width < NARROW or columns is None:
            for cells in self.rows:
                yield Text("\n").join(cell for cell in cells if cell.plain)
                yield Text("")
            return
        if not self.expand:  # Rich finds each column's width from its cells
            yield self.rich_table(columns)
            return
        yield from _draw_row(console, columns, [Text(header) for header, _ in columns], header=True)
        yield from _rule(sum(given["width"] for _, given in columns) + 3 * (len(columns) - 1))
        for cells in self.rows:
            yield from _draw_row(console, columns, cells, header=False)

    def rich_table(self, columns: Sequence[tuple[str, dict[str, Any]]]) -> RenderableType:
        """These rows as a rich.table.Table with these column settings."""
        from rich import box
        from rich.table import Table

        # expand: the table takes the terminal's width and shares it by the columns' ratios.
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=self.expand)
        for header, settings in columns:
            table.add_column(header, overflow="fold", **settings)
        for cells in self.rows:
            table.add_row(*cells)
        return table


def _draw_row(
    console: Console, columns: Sequence[tuple[str, dict[str, Any]]], cells: Sequence[Text], header: bool
) -> Iterator[Segment]:
    """One row of cells as rich.table.Table draws it when every column's width is given (box
    SIMPLE_HEAD, no edge, a space either side of a one-space divider; headers at the foot of
    their row, other cells at the top), at a third of its cost (measured: 9 ms instead of 28 ms
    for the events of 1943): each cell is wrapped once, and nothing is measured. A test holds
    it to Table's output."""
    from rich.segment import Segment

    style = console.get_style("table.header" if header else "")
    last = len(columns) - 1
    drawn = [
        _cell_lines(console, cell, given, style, int(n > 0), int(n < last))
        for n, (cell, (_, given)) in enumerate(zip(cells, columns, strict=True))
    ]
    height = max(len(lines) for lines in drawn)
    for n, (lines, (_, given)) in enumerate(zip(drawn, columns, strict=True)):
        blank = [Segment(" " * (given["width"] + int(n > 0) + int(n < last)), style)]
        blanks = [blank] * (height - len(lines))
        drawn[n] = blanks + lines if header else lines + blanks
    divider = Segment(" ")
    for number in range(height):
        for n, lines in enumerate(drawn):
            if n:
                yield divider
            yield from lines[number]
        yield Segment.line()


def _cell_lines(
    console: Console, cell: Text, given: dict[str, Any], style: Style, left: int, right: int
) -> list[list[Segment]]:
    """A cell wrapped to its column's width, each line padded to it and by `left` and `right`."""
    from rich.segment import Segment

    width = given["width"]
    justify, no_wrap = given.get("justify", "left"), given.get("no_wrap")
    before = [Segment(" " * left, style)] if left else []
    after = [Segment(" " * right, style)] if right else []
    drawn = []
    for line in _lines(console, cell, width, justify, no_wrap):
        pad = " " * (width - line.cell_len)
        if not (line.spans or line.style or style):  # unstyled: one segment, as it is written
            drawn.append([Segment(" " * left + line.plain + pad + " " * right)])
        else:
            drawn.append(
                [*before, *Segment.apply_style(line.render(console), style), Segment(pad, style), *after]
            )
    return drawn


def _lines(
    console: Console, cell: Text, width: int, justify: JustifyMethod, no_wrap: bool | None
) -> Sequence[Text]:
    """A cell's lines at a width, as Text.wrap makes them (left or right justified, long words
    folded). Most cells fit on one line, which is padded as wrap pads it (right justified:
    its trailing spaces off, spaces before it) rather than at wrap's cost, which is most of
    a table's."""
    plain = cell.plain
    if cell.cell_len > width or "\n" in plain or "\t" in plain or justify not in ("left", "right"):
        return list(cell.wrap(console, width, justify=justify, overflow="fold", no_wrap=no_wrap))
    line = cell.copy()
    if justify == "right":
        line.rstrip()
        line.pad_left(width - line.cell_len)
    else:
        line.pad_right(width - line.cell_len)
    return [line]


def _rule(width: int) -> Iterator[Segment]:
    """The line under the headers."""
    from rich.segment import Segment

    yield Segment("─" * width)
    yield Segment.line()


def _share(width: int, ratios: Sequence[int], least: Sequence[int]) -> list[int]:
    """`width` shared by ratio, each share at least its least (which fit together)."""
    shares = [max(low, width * ratio // sum(ratios)) for ratio, low in zip(ratios, least, strict=True)]
    while sum(shares) > width:  # the shares raised to their least: taken from the others
        k = max(range(len(shares)), key=lambda n: shares[n] - least[n])
        shares[k] -= 1
    if shares:
        shares[0] += width - sum(shares)  # what rounding left over
    return shares


def _widest(cells: Sequence[str], cap: int) -> int:
    """The width of the widest line among cells, at most cap: so short dates never wrap."""
    return min(max((len(line) for cell in cells for line in cell.splitlines()), default=4), cap)


def _table(*columns: tuple[str, dict[str, Any]], expand: bool = True) -> _Grid:
    return _Grid(columns, expand)


def _fact_cell(
    fact: Fact, perspective: str, result_related: dict[str, Entity], context: RenderContext
) -> Text:
    parts = [(fact_phrase(fact, perspective, result_related), "")]
    if fact.dispute:
        parts.append((f"  [{DIFFER}]", "bold yellow"))
    if context.quotes:
        for citation in fact.citations:
            parts.append((f"\n“{citation.quote}”", "italic dim"))
    return styled(*parts)


def _entity_header(entity: Entity) -> Iterator[RenderableType]:
    kind = entity.kind.value + (f", {entity.type}" if entity.type else "")
    yield styled((entity.name, "bold"), (f"  ({kind})  {entity.id}", "dim"))
    if entity.aliases:
        yield styled(("also: ", "dim"), (", ".join(entity.aliases), ""))
    yield styled((entity.description, ""))


def answer_renderables(result: Answer, context: RenderContext) -> Iterator[RenderableType]:
    """The header and fact table of a who / when / where / show answer."""
    yield from _entity_header(result.entity)
    if result.silence:
        yield styled(("\n" + result.silence[0].upper() + result.silence[1:] + ".", "italic"))
        return
    times = [fact_time(fact, result.related, result.entity.id) for fact in result.facts]
    whens = [time_words(time) for time in times]
    table = _table(
        ("When", {"width": _widest(whens, 20)}),
        ("Fact", {"ratio": 3}),
        ("Source", {"no_wrap": True}),
    )
    # One row for what reads the same at the same time (each source saying it): their citations
    # together.
    rows: dict[tuple[str, str, str | None], tuple[Fact, FactTime | None]] = {}
    for fact, time, when in zip(result.facts, times, whens, strict=True):
        key = (when, fact_phrase(fact, result.entity.id, result.related), fact.dispute)
        first, _ = rows.setdefault(key, (fact, time))
        if first is not fact:
            rows[key] = (first._replace(citations=(*first.citations, *fact.citations)), time)
    previous = ""
    for (when, _, _), (fact, time) in rows.items():
        if not when and previous:  # the undated facts come last, under a heading
            table.add_row(styled(("undated", "bold")), styled(("", "")), styled(("", "")))
        previous = when
        table.add_row(
            styled((when, "")),
            _fact_cell(fact, result.entity.id, result.related, context),
            styled((cite([*fact.citations, *borrowed_citations(time)], "\n"), "cyan")),
        )
    yield styled(("", ""))
    yield table
    disputed = sorted({f.dispute for f in result.facts if f.dispute})
    for dispute in disputed:
        yield styled((f"{DIFFER}: ", "bold yellow"), (context.disputes.get(dispute, dispute), ""))


def events_renderables(result: EventList, context: RenderContext) -> Iterator[RenderableType]:
    """A chronological table of events, with the citation of each date."""
    if not result.rows:
        yield styled(("No events match.", "italic"))
        return
    times = [event_time(row.dates) for row in result.rows]
    whens = [time_words(time) or "date not given" for time in times]
    table = _table(
        ("Date", {"width": _widest(whens, 20)}),
        ("Event", {"ratio": 5}),
        ("Type", {"min_width": max(len(r.event.type or "") for r in result.rows)}),
        ("Place", {"ratio": 3}),
        ("Source", {"no_wrap": True}),
    )
    for row, time, when in zip(result.rows, times, whens, strict=True):
        # Where the sources differ, each date stands over its own citation in the Date column.
        cited = "" if time and time.differ else "\n".join(cite(f.citations, "\n") for f in row.dates)
        places = ", ".join(
            dict.fromkeys(result.related[f.object].name if f.object else (f.value or "") for f in row.places)
        )
        table.add_row(
            styled((when, "" if row.dates else "dim")),
            styled((row.event.name, "")),
            styled((row.event.type or "", "")),
            styled((places, "")),
            styled((cited, "cyan")),
        )
    yield table
    yield styled((count(len(result.rows), "event"), "dim"))


def _id_width(ids: Iterable[str]) -> int:
    """The width that keeps the longest of these ids on one line, up to ID_WIDTH."""
    return min(max((len(i) for i in ids), default=10), ID_WIDTH)


def candidates_table(found: Sequence[Candidate]) -> _Grid:
    """Candidates with score, kind, name and id, and description; ✓ marks the match."""
    table = _table(
        ("Score", {"justify": "right"}),
        ("Kind", {}),
        ("Name / ID", {"width": _id_width(c.entity.id for c in found)}),
        ("Description", {"ratio": 1}),
    )
    for candidate in found:
        entity = candidate.entity
        mark = "✓ " if candidate.match else ""
        table.add_row(
            styled((f"{mark}{candidate.score:.0f}", "bold" if candidate.match else "")),
            styled((entity.kind.value, "")),
            styled((entity.name, ""), ("\n" + entity.id, "dim")),
            styled((entity.description, "")),
        )
    return table


def search_renderables(result: SearchResult, context: RenderContext) -> Iterator[RenderableType]:
    """The facts that hold the words of a search, then the entries it found."""
    if result.facts:
        whens = [fact_when(hit.fact, result.related) for hit in result.facts]
        table = _table(
            ("Score", {"justify": "right"}),
            ("When", {"width": _widest(whens, 20)}),
            ("Fact", {"ratio": 3}),
            ("Source", {"no_wrap": True}),
        )
        for hit, when in zip(result.facts, whens, strict=True):
            table.add_row(
                styled((f"{hit.score:.0f}", "")),
                styled((when, "")),
                _fact_cell(hit.fact, "", result.related, context),
                styled((cite(hit.fact.citations, "\n"), "cyan")),
            )
        yield styled(("Facts", "bold"))
        yield table
        yield styled(("", ""))
        yield styled(("Entries", "bold"))
    yield candidates_table(result.candidates)


def entities_renderables(result: EntityList) -> Iterator[RenderableType]:
    """Every entity listed: kind, name and id, description."""
    name_column = {"width": _id_width(e.id for e in result.entities)}
    table = _table(("Kind", {}), ("Name / ID", name_column), ("Description", {"ratio": 1}))
    for entity in result.entities:
        table.add_row(
            styled((entity.kind.value, "")),
            styled((entity.name, ""), ("\n" + entity.id, "dim")),
            styled((entity.description, "")),
        )
    yield table
    yield styled((count(len(result.entities), "entry", "entries"), "dim"))


def sources_renderables(result: SourceList) -> Iterator[RenderableType]:
    """The source documents and how much of the fact base cites each."""
    table = _table(
        ("ID", {}),
        ("Title", {}),
        ("Facts", {"justify": "right"}),
        ("Citations", {"justify": "right"}),
        expand=False,
    )
    for item in result.sources:
        table.add_row(
            styled((item.source.id, "")),
            styled((item.source.title, "")),
            styled((str(item.facts), "")),
            styled((str(item.citations), "")),
        )
    yield table
    for item in result.sources:
        yield styled((f"{item.source.id}: ", "bold"), (f"{item.source.file} — {item.source.provenance}", ""))


def validation_renderables(result: ValidationReport) -> Iterator[RenderableType]:
    """Each problem on a line (level, JSON path, message), then a summary."""
    for problem in result.problems:
        style = "bold red" if problem.level == "error" else "yellow"
        yield styled(
            (f"{problem.level}: ", style),
            (f"{problem.where}: " if problem.where else "", "cyan"),
            (problem.message, ""),
        )
    summary = (
        f"{count(result.errors, 'error')}, {count(result.warnings, 'warning')} in "
        f"{count(result.entities, 'entity', 'entities')} and {count(result.facts, 'fact')}"
    )
    yield styled((f"{os.path.join(result.folder, 'factbase.json')}: {summary}", "bold"))


def conflicts_renderables(result: ConflictList, context: RenderContext) -> Iterator[RenderableType]:
    """Each disagreement: its summary, then each source's claim beside its quote."""
    if not result.conflicts:
        yield styled(("The sources agree on everything in this fact base.", "italic"))
    for n, conflict in enumerate(result.conflicts):
        if n:
            yield styled(("", ""))
        yield styled((conflict.dispute.summary, "bold"), (f"  {conflict.dispute.id}", "dim"))
        table = _table(("Source", {"no_wrap": True}), ("Claim", {"ratio": 1}), ("Quote", {"ratio": 1}))
        for fact in conflict.claims:
            subject = result.related[fact.subject].name
            claim = f"{subject}: {fact_phrase(fact, fact.subject, result.related)}"
            when = fact_when(fact)
            table.add_row(
                styled((cite(fact.citations, "\n"), "cyan")),
                styled((f"{claim} ({when})" if when else claim, "")),
                styled(
                    *[
                        (f"“{c.quote}”\n" if k < len(fact.citations) - 1 else f"“{c.quote}”", "italic")
                        for k, c in enumerate(fact.citations)
                    ]
                ),
            )
        yield table


def on_date_renderables(result: OnDate, context: RenderContext) -> Iterator[RenderableType]:
    """The events under way on a date, then the roles held then (or possibly held)."""
    yield styled((f"On {dates.describe(result.query)}", "bold"))
    yield styled(("", ""))
    yield styled(("Under way", "bold"))
    yield from events_renderables(result.events, context)
    yield styled(("", ""))
    yield styled(("Roles held", "bold"))
    if not result.roles:
        yield styled(("The sources name no role held then.", "italic"))
        return
    table = _table(
        ("Who", {"ratio": 1}), ("Role", {"ratio": 2}), ("Held", {"ratio": 1}), ("Source", {"no_wrap": True})
    )
    for role in result.roles:
        fact = role.fact
        held = fact_when(fact) + ("" if role.certain else "\n(possibly)")
        table.add_row(
            styled((result.related[fact.subject].name, "")),
            styled((fact_phrase(fact, fact.subject, result.related), "")),
            styled((held, "" if role.certain else "dim")),
            styled((cite(fact.citations, "\n"), "cyan")),
        )
    yield table
    yield styled(("(possibly): the sources' dates leave open whether it was held on that date.", "dim"))


def print_table(result: Result, context: RenderContext) -> None:
    """Draw a result for a person reading a terminal."""
    if isinstance(result, Answer):
        renderables: Iterator[RenderableType] = answer_renderables(result, context)
    elif isinstance(result, EventList):
        renderables = events_renderables(result, context)
    elif isinstance(result, ValidationReport):
        renderables = validation_renderables(result)
    elif isinstance(result, ConflictList):
        renderables = conflicts_renderables(result, context)
    elif isinstance(result, Timeline):
        renderables = timeline_renderables(result)
    elif isinstance(result, OnDate):
        renderables = on_date_renderables(result, context)
    elif isinstance(result, SearchResult):
        renderables = search_renderables(result, context)
    elif isinstance(result, SourceList):
        renderables = sources_renderables(result)
    elif isinstance(result, EntityList):
        renderables = entities_renderables(result)
    elif isinstance(result, Exported):
        counts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
        renderables = iter([styled((f"wrote {result.path} ({result.format}): {counts}", ""))])
    elif isinstance(result, SourceParagraph):
        from albres.output.reading import paragraph_renderables

        renderables = paragraph_renderables(result)
    elif isinstance(result, Coverage):
        from albres.output.reading import coverage_renderables

        renderables = coverage_renderables(result)
    else:
        raise TypeError(f"no table for {type(result).__name__}")
    # A validation report keeps its lines whole.
    write_renderables(renderables, soft_wrap=isinstance(result, ValidationReport))


def print_candidates(found: Sequence[Candidate]) -> None:
    """The candidates of an ambiguous query, as a table on stdout."""
    write_renderables([candidates_table(found)])
