from __future__ import annotations

import pytest

from albres import dates


@pytest.mark.parametrize(
    ("edtf", "earliest", "latest"),
    [
        ("1943", "1943-01-01", "1943-12-31"),
        ("1940-08", "1940-08-01", "1940-08-31"),
        ("1944-02", "1944-02-01", "1944-02-29"),
        ("1943-08-01", "1943-08-01", "1943-08-01"),
        ("1943-08-01/1943-08-03", "1943-08-01", "1943-08-03"),
        ("1940-22", "1940-06-01", "1940-08-31"),
        ("1941-23", "1941-09-01", "1941-11-30"),
        ("1943-24", "1943-12-01", "1944-02-29"),
        ("1943-33", "1943-01-01", "1943-03-31"),
        ("1941-41", "1941-07-01", "1941-12-31"),
        ("1940-08~", "1940-08-01", "1940-08-31"),
        ("1943?", "1943-01-01", "1943-12-31"),
        ("1943-05/1943-07", "1943-05-01", "1943-07-31"),
    ],
)
def test_bounds(edtf: str, earliest: str, latest: str) -> None:
    assert dates.bounds(edtf) == (earliest, latest)


def test_open_and_unknown_ends_have_no_bound() -> None:
    assert dates.bounds("1941-11-08/") == ("1941-11-08", None)
    assert dates.bounds("../1944") == (None, "1944-12-31")


@pytest.mark.parametrize(
    "bad", ["", "1943-13", "1943-02-30", "1943-08-03/1943-08-01", "August 1943", "/", "1943-42"]
)
def test_bad_strings_are_rejected(bad: str) -> None:
    assert not dates.is_valid(bad)
    with pytest.raises(dates.DateError):
        dates.bounds(bad)


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1943", "1943"),
        ("1940-08", "August 1940"),
        ("1940-22", "summer 1940"),
        ("1943-08-01/1943-08-03", "1–3 August 1943"),
        ("1943-02-17/1943-02-22", "17–22 February 1943"),
        ("1943-05/1943-07", "May–July 1943"),
        ("1940-08~", "about August 1940"),
        ("1941-41", "second half of 1941"),
        ("1941-11-08/", "from 8 November 1941"),
    ],
)
def test_describe_never_adds_precision(edtf: str, words: str) -> None:
    assert dates.describe(edtf) == words


def test_overlap_of_a_season_with_years() -> None:
    summer = dates.bounds("1940-22")
    assert dates.overlaps(*summer, "1940-01-01", "1940-12-31")
    assert not dates.overlaps(*summer, "1941-01-01", "1941-12-31")
    winter = dates.bounds("1943-24")
    assert dates.overlaps(*winter, "1944-01-01", "1944-12-31")
    assert dates.overlaps(*winter, "1943-01-01", "1943-12-31")


def test_overlap_with_unbounded_ends() -> None:
    assert dates.overlaps("1941-11-08", None, "1944-01-01", "1944-12-31")
    assert not dates.overlaps(None, "1940-12-31", "1941-01-01", "1941-12-31")


def test_query_dates_need_both_bounds() -> None:
    assert dates.parse_query(" 1943-08 ") == ("1943-08-01", "1943-08-31")
    with pytest.raises(dates.DateError):
        dates.parse_query("1943/")
