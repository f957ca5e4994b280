"""The timeline chart: events as bars on a time axis that fits the terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from albres.dates import MONTHS, day_number
from albres.model import Timeline
from albres.output.phrases import span_text
from albres.output.text import NARROW, count, literal, styled

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType


class _Chart:
    """Events as bars on a time axis that fits the terminal: one row an event, a bar over the
    whole extent its dates allow (a season, a month), years and months marked on the axis."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        from rich.table import Table
        from rich.text import Text

        rows = self.timeline.events.rows
        width = options.max_width
        label_width = max(12, min(34, width // 3, max((len(r.event.name) for r in rows), default=12)))
        bar_width = width - label_width - 1
        if width < NARROW - 10:  # too narrow to draw: a list
            for row in rows:
                yield Text(literal(f"{'; '.join(span_text(f.date) for f in row.dates)}  {row.event.name}"))
            return
        first, last = day_number(self.timeline.earliest), day_number(self.timeline.latest)
        span = max(last - first + 1, 1)

        def column(iso: str) -> int:
            return min(bar_width - 1, max(0, (day_number(iso) - first) * bar_width // span))

        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(width=label_width, overflow="fold")
        grid.add_column(width=bar_width, no_wrap=True)
        years, ticks, months = self._axis(column, bar_width)
        grid.add_row(Text(""), Text(years, style="bold"))
        if months.strip():
            grid.add_row(Text(""), Text(months, style="dim"))
        grid.add_row(Text(""), Text(ticks, style="dim"))
        low, high = self.timeline.earliest, self.timeline.latest
        for row in rows:
            bar = [" "] * bar_width
            before = row.earliest is None or row.earliest < low
            after = row.latest is None or row.latest > high
            start = 0 if before or row.earliest is None else column(row.earliest)
            stop = bar_width - 1 if after or row.latest is None else column(row.latest)
            for x in range(start, stop + 1):
                # A known extent is solid; past a known start with no end given, a thin line.
                bar[x] = "█" if row.latest or (x == start and not before) else "─"
            if before:
                bar[0] = "◂"
            if after:
                bar[-1] = "▸"
            when = "; ".join(dict.fromkeys(span_text(f.date) for f in row.dates))
            label = Text(literal(row.event.name))
            label.append(f"\n{when}", style="dim")
            grid.add_row(label, Text("".join(bar), style="cyan"))
        yield grid

    def _axis(self, column: Callable[[str], int], width: int) -> tuple[str, str, str]:
        """A line of years, a line of month names (where each has room: "Jan", else "J") and a
        line of ticks: │ at each year, · at each month where it fits."""
        low, high = int(self.timeline.earliest[:4]), int(self.timeline.latest[:4])
        years, ticks, months = [" "] * width, [" "] * width, [" "] * width
        room = width // max(1, (high - low + 1) * 12)  # columns a month has, about
        letters = 3 if room >= 4 else 1 if room >= 2 else 0
        months_fit = width // max(1, (high - low + 1) * 12) >= 2
        for year in range(low, high + 1):
            for month in range(1, 13):
                iso = f"{year:04d}-{month:02d}-01"
                if not self.timeline.earliest <= iso <= self.timeline.latest:
                    continue
                x = column(iso)
                name = MONTHS[month][:letters]
                if name and x + len(name) <= width and all(c == " " for c in months[x : x + len(name) + 1]):
                    months[x : x + len(name)] = name
                if month == 1 or x == 0:
                    ticks[x] = "│"
                    label = str(year)
                    if x + len(label) <= width and all(c == " " for c in years[x : x + len(label) + 1]):
                        years[x : x + len(label)] = label
                elif months_fit and ticks[x] == " ":
                    ticks[x] = "·"
        return "".join(years), "".join(ticks), "".join(months)


def timeline_renderables(result: Timeline) -> Iterator[RenderableType]:
    """The chart, or a line saying there is nothing to draw."""
    if not result.events.rows:
        yield styled(("No dated events match.", "italic"))
        return
    yield _Chart(result)
    yield styled(
        (
            f"{count(len(result.events.rows), 'event')}; a bar covers every day the sources' dates allow,",
            "dim",
        )
    )
    yield styled(("◂ and ▸ run on past the chart; ─▸ is an end the sources do not give.", "dim"))
