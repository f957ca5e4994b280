"""The tables' own drawing draws what rich.table.Table draws with the same column widths."""

import io
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from albres.output import writer
from albres.output.tables import _Grid
from albres.output.text import styled

WORDS = st.sampled_from(
    [
        "Kupi",
        "Balli",
        "Kombëtar",
        "1943",
        "[004 ¶12]",
        "",
        "—",
        "Përmet",
        "a-very-long-unbroken-word-of-forty-letters",
        "戦争",
    ]
)
CELL = st.lists(
    st.tuples(
        st.lists(WORDS, max_size=12).map(" ".join),
        st.sampled_from(["", "bold", "dim", "cyan", "italic dim"]),
        st.sampled_from(["", "\n"]),
    ),
    max_size=3,
)
COLUMN = st.fixed_dictionaries(
    {},
    optional={
        "justify": st.just("right"),
        "no_wrap": st.just(True),
        "ratio": st.integers(1, 5),
        "width": st.integers(4, 24),
        "min_width": st.integers(1, 12),
    },
)


def drawn(renderable: Any, width: int, color: bool) -> str:
    buffer = io.StringIO()
    writer.display(color="always" if color else "never", page=False)
    writer.console(buffer, width).print(renderable)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(
    columns=st.lists(
        st.tuples(st.sampled_from(["Date", "Event", "Score", "Source", "Name / ID"]), COLUMN),
        min_size=1,
        max_size=5,
    ),
    rows=st.lists(st.lists(CELL, min_size=5, max_size=5), max_size=4),
    width=st.integers(60, 140),
    color=st.booleans(),
)
@example(
    columns=[("Score", {"justify": "right"}), ("Source", {"no_wrap": True}), ("Event", {"ratio": 1})],
    rows=[
        [
            [("12", "bold", "")],
            [("[004 ¶12]", "cyan", "\n"), ("[004 ¶9]", "cyan", "")],
            [("Kupi " * 30, "", "")],
        ]
    ],
    width=80,
    color=True,
)
def test_a_grid_draws_what_rich_draws(
    columns: list[tuple[str, dict[str, Any]]],
    rows: list[list[list[tuple[str, str, str]]]],
    width: int,
    color: bool,
) -> None:
    grid = _Grid(columns, expand=True)
    for row in rows:
        grid.add_row(
            *(styled(*((text + end, style) for text, style, end in cell)) for cell in row[: len(columns)])
        )
    laid_out = grid._settings(width)
    if laid_out is None:
        return  # stacked, not drawn as a table
    assert drawn(grid, width, color) == drawn(grid.rich_table(laid_out), width, color)


@pytest.fixture(autouse=True)
def display_restored() -> Any:
    before = dict(writer._DISPLAY)
    yield
    writer._DISPLAY.update(before)
