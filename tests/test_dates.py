from __future__ import annotations

import calendar
import datetime
import re
import time

import pytest
from edtf import parse_edtf
from hypothesis import given, settings
from hypothesis import strategies as st

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
        ("1941-11-08/", "from 8 November 1941, end not given"),
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


# Month ends and leap years: 1900 is no leap year (divisible by 100), 2000 is (by 400), 1944 is (by 4).
@pytest.mark.parametrize(
    ("edtf", "earliest", "latest"),
    [
        ("1943-01", "1943-01-01", "1943-01-31"),
        ("1943-02", "1943-02-01", "1943-02-28"),
        ("1900-02", "1900-02-01", "1900-02-28"),
        ("2000-02", "2000-02-01", "2000-02-29"),
        ("1943-04", "1943-04-01", "1943-04-30"),
        ("1943-12", "1943-12-01", "1943-12-31"),
        ("1943-01-31", "1943-01-31", "1943-01-31"),
        ("1944-02-29", "1944-02-29", "1944-02-29"),
        ("2000-02-29", "2000-02-29", "2000-02-29"),
        ("1943-04-30", "1943-04-30", "1943-04-30"),
        ("1943-12-31", "1943-12-31", "1943-12-31"),
        ("1943-08-01?", "1943-08-01", "1943-08-01"),
        ("1943-08-01%", "1943-08-01", "1943-08-01"),
        ("1943~", "1943-01-01", "1943-12-31"),
    ],
)
def test_bounds_end_on_the_last_day_of_the_month(edtf: str, earliest: str, latest: str) -> None:
    assert dates.bounds(edtf) == (earliest, latest)
    assert dates.is_valid(edtf)


# Every sub-year grouping; a winter runs from December into February of the next year.
@pytest.mark.parametrize(
    ("edtf", "earliest", "latest"),
    [
        ("1943-21", "1943-03-01", "1943-05-31"),
        ("1943-22", "1943-06-01", "1943-08-31"),
        ("1943-23", "1943-09-01", "1943-11-30"),
        ("1943-24", "1943-12-01", "1944-02-29"),
        ("1944-24", "1944-12-01", "1945-02-28"),
        ("1899-24", "1899-12-01", "1900-02-28"),
        ("1999-24", "1999-12-01", "2000-02-29"),
        ("1943-25", "1943-03-01", "1943-05-31"),
        ("1943-26", "1943-06-01", "1943-08-31"),
        ("1943-27", "1943-09-01", "1943-11-30"),
        ("1943-28", "1943-12-01", "1944-02-29"),
        ("1943-29", "1943-09-01", "1943-11-30"),
        ("1943-30", "1943-12-01", "1944-02-29"),
        ("1943-31", "1943-03-01", "1943-05-31"),
        ("1943-32", "1943-06-01", "1943-08-31"),
        ("1943-33", "1943-01-01", "1943-03-31"),
        ("1943-34", "1943-04-01", "1943-06-30"),
        ("1943-35", "1943-07-01", "1943-09-30"),
        ("1943-36", "1943-10-01", "1943-12-31"),
        ("1943-37", "1943-01-01", "1943-04-30"),
        ("1943-38", "1943-05-01", "1943-08-31"),
        ("1943-39", "1943-09-01", "1943-12-31"),
        ("1943-40", "1943-01-01", "1943-06-30"),
        ("1943-41", "1943-07-01", "1943-12-31"),
        ("1943-24?", "1943-12-01", "1944-02-29"),
    ],
)
def test_bounds_of_seasons_and_parts_of_a_year(edtf: str, earliest: str, latest: str) -> None:
    assert dates.bounds(edtf) == (earliest, latest)


@pytest.mark.parametrize(
    ("edtf", "earliest", "latest"),
    [
        ("../1944", None, "1944-12-31"),
        ("/1944", None, "1944-12-31"),
        ("1941-11-08/..", "1941-11-08", None),
        ("1941-11-08/", "1941-11-08", None),
        ("../1944-24", None, "1945-02-28"),
        ("1943-08-01/1943-08-01", "1943-08-01", "1943-08-01"),
        ("1943-08/1943-08-15", "1943-08-01", "1943-08-15"),
        ("1943-24/1944-01", "1943-12-01", "1944-01-31"),
    ],
)
def test_bounds_of_intervals(edtf: str, earliest: str | None, latest: str | None) -> None:
    assert dates.bounds(edtf) == (earliest, latest)
    assert dates.is_valid(edtf)


@pytest.mark.parametrize(
    "bad",
    [
        "1900-02-29",
        "1943-02-29",
        "1943-04-31",
        "1943-08-00",
        "1943-00-10",
        "1943-13-01",
        "1943-00",
        "1943-20",
        "943",
        "1943-8",
        "1943-08-01T10:00",
        "1943-08-01??",
        "..",
        "../..",
        "/..",
        "../",
        "1943/1944/1945",
        "1943//1945",
        "1943-08-02/1943-08-01",
        "1945/1943-24",
    ],
)
def test_more_bad_strings_are_rejected_naming_the_whole_string(bad: str) -> None:
    assert not dates.is_valid(bad)
    with pytest.raises(dates.DateError, match=re.escape(repr(bad))):
        dates.bounds(bad)


@pytest.mark.parametrize("bad", ["", "/", "1943-13", "1943-02-30", "August 1943", "1943-42"])
def test_errors_name_the_string(bad: str) -> None:
    with pytest.raises(dates.DateError, match=re.escape(repr(bad))):
        dates.bounds(bad)


def test_an_unreadable_end_of_an_interval_is_named() -> None:
    with pytest.raises(dates.DateError, match=re.escape(repr("1943-02-29"))):
        dates.bounds("1943-02-29/1943-03")
    with pytest.raises(dates.DateError, match=re.escape(repr("1943-13"))):
        dates.bounds("1943-01/1943-13")


@pytest.mark.parametrize(
    ("earliest", "latest", "start", "end", "shared"),
    [
        # Sharing exactly one day, at either end.
        ("1943-01-01", "1943-06-30", "1943-06-30", "1943-12-31", True),
        ("1943-06-30", "1943-12-31", "1943-01-01", "1943-06-30", True),
        ("1943-06-30", "1943-06-30", "1943-06-30", "1943-06-30", True),
        # A day apart, either way round.
        ("1943-01-01", "1943-06-29", "1943-06-30", "1943-12-31", False),
        ("1943-07-01", "1943-12-31", "1943-01-01", "1943-06-30", False),
        # Unbounded ends on every side.
        (None, "1943-06-30", "1943-06-30", "1943-12-31", True),
        (None, "1943-06-29", "1943-06-30", "1943-12-31", False),
        ("1943-07-01", None, "1943-01-01", "1943-07-01", True),
        ("1943-07-02", None, "1943-01-01", "1943-07-01", False),
        ("1943-01-01", "1943-12-31", None, "1943-01-01", True),
        ("1943-01-01", "1943-12-31", None, "1942-12-31", False),
        ("1943-01-01", "1943-12-31", "1943-12-31", None, True),
        ("1943-01-01", "1943-12-31", "1944-01-01", None, False),
        (None, None, "1943-01-01", "1943-12-31", True),
        ("1943-01-01", "1943-12-31", None, None, True),
        (None, "1943-12-31", None, "1940-01-01", True),
        ("1943-01-01", None, "1950-01-01", None, True),
    ],
)
def test_overlaps_at_every_boundary(
    earliest: str | None, latest: str | None, start: str | None, end: str | None, shared: bool
) -> None:
    assert dates.overlaps(earliest, latest, start, end) is shared
    assert dates.overlaps(start, end, earliest, latest) is shared


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("1943", "1943-01-01", "1943-12-31"),
        ("1943-08-01", "1943-08-01", "1943-08-01"),
        ("\t1944-02\n", "1944-02-01", "1944-02-29"),
        ("1943-24", "1943-12-01", "1944-02-29"),
        ("1943-08-01/1943-08-03", "1943-08-01", "1943-08-03"),
    ],
)
def test_parse_query(text: str, earliest: str, latest: str) -> None:
    assert dates.parse_query(text) == (earliest, latest)


@pytest.mark.parametrize(
    "text", ["1943/", "../1943", "/1943", "1943/..", "1943-13", "", "1943-02-29", "May 1943"]
)
def test_parse_query_errors_name_the_query(text: str) -> None:
    with pytest.raises(dates.DateError, match=re.escape(repr(text))):
        dates.parse_query(text)


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1943-01", "January 1943"),
        ("1943-12", "December 1943"),
        ("1943-08-01", "1 August 1943"),
        ("1943-12-31", "31 December 1943"),
        ("0800", "800"),
        ("1943-21", "spring 1943"),
        ("1943-24", "winter 1943"),
        ("1943-29", "spring (southern hemisphere) 1943"),
        ("1943-36", "fourth quarter of 1943"),
        ("1943-39", "last third of 1943"),
        # Qualifiers: ~ approximate, ? uncertain, % both.
        ("1943~", "about 1943"),
        ("1943?", "1943 (uncertain)"),
        ("1943%", "about 1943 (uncertain)"),
        ("1943-08-01?", "1 August 1943 (uncertain)"),
        ("1943-22%", "about summer 1943 (uncertain)"),
        # Open and unknown ends.
        ("../1944", "until 1944, start not given"),
        ("/1944", "until 1944, start not given"),
        ("../1944-05?", "until May 1944 (uncertain), start not given"),
        ("1941/..", "from 1941, end not given"),
        ("1941-11-08/", "from 8 November 1941, end not given"),
        # Days of two months in one year; of two years.
        ("1943-08-30/1943-09-02", "30 August – 2 September 1943"),
        ("1943-12-30/1944-01-02", "30 December 1943 – 2 January 1944"),
        # Months of two years, even the same month.
        ("1943-12/1944-01", "December 1943 – January 1944"),
        ("1943-08/1944-08", "August 1943 – August 1944"),
        # Shapes that do not pair up.
        ("1943/1944", "1943 – 1944"),
        ("1943/1944-05", "1943 – May 1944"),
        ("1943-05/1944", "May 1943 – 1944"),
        ("1943-05~/1943-07", "about May 1943 – July 1943"),
        ("1943-08-01/1943-09", "1 August 1943 – September 1943"),
    ],
)
def test_describe_each_shape(edtf: str, words: str) -> None:
    assert dates.describe(edtf) == words


def test_describe_leaves_unreadable_strings_as_they_are() -> None:
    assert dates.describe("August 1943") == "August 1943"


# Properties over random dates, checked against the standard library and the edtf package.
days = st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(2999, 12, 31))


def _iso(moment: time.struct_time) -> str:
    return f"{moment.tm_year:04d}-{moment.tm_mon:02d}-{moment.tm_mday:02d}"


@given(days, st.sampled_from(["", "?", "~", "%"]))
def test_a_day_is_its_own_bounds(day: datetime.date, qualifier: str) -> None:
    iso = day.isoformat()
    assert dates.bounds(iso + qualifier) == (iso, iso)
    assert dates.describe(iso) == f"{day.day} {calendar.month_name[day.month]} {day.year}"


@given(days, st.sampled_from(["", "?", "~", "%"]))
def test_a_month_runs_from_its_first_to_its_last_day(day: datetime.date, qualifier: str) -> None:
    first = day.replace(day=1)
    last = (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
    assert dates.bounds(f"{day.year:04d}-{day.month:02d}{qualifier}") == (first.isoformat(), last.isoformat())


@settings(max_examples=25)
@given(days, st.sampled_from(["", "?", "~", "%"]), st.booleans())
def test_bounds_agree_with_the_edtf_package(day: datetime.date, qualifier: str, whole_year: bool) -> None:
    text = (f"{day.year:04d}" if whole_year else f"{day.year:04d}-{day.month:02d}") + qualifier
    parsed = parse_edtf(text)
    assert dates.bounds(text) == (_iso(parsed.lower_strict()), _iso(parsed.upper_strict()))


@given(st.integers(min_value=1000, max_value=2998), st.integers(min_value=21, max_value=41))
def test_a_grouping_is_whole_months_of_real_days(year: int, group: int) -> None:
    earliest, latest = dates.bounds(f"{year:04d}-{group}")
    assert earliest is not None
    assert latest is not None
    first, last = datetime.date.fromisoformat(earliest), datetime.date.fromisoformat(latest)
    assert first.year == year
    assert first.day == 1
    assert (last + datetime.timedelta(days=1)).day == 1
    assert 2 <= (last.year - first.year) * 12 + last.month - first.month <= 5
    assert last.year == year + (first.month == 12)


@given(days, days)
def test_intervals_of_two_days(one: datetime.date, other: datetime.date) -> None:
    text = f"{one.isoformat()}/{other.isoformat()}"
    if one <= other:
        assert dates.bounds(text) == (one.isoformat(), other.isoformat())
    else:
        assert not dates.is_valid(text)


@given(days, days, days, days)
def test_overlaps_means_a_shared_day(
    a: datetime.date, b: datetime.date, c: datetime.date, d: datetime.date
) -> None:
    (first, second), (third, fourth) = sorted([a, b]), sorted([c, d])
    shared = max(first, third) <= min(second, fourth)
    assert (
        dates.overlaps(first.isoformat(), second.isoformat(), third.isoformat(), fourth.isoformat()) is shared
    )


@pytest.mark.parametrize("text", ["1943-13", "1943-13-01", "1943-00", "1943-42", "1943-21-01"])
def test_describe_shows_what_it_cannot_read_as_it_stands(text: str) -> None:
    assert dates.describe(text) == text


@pytest.mark.parametrize(
    ("edtf", "wording"),
    [("1943-08-01/1943-08-01", "1 August 1943"), ("1943/1943", "1943"), ("1943-22/1943-22", "summer 1943")],
)
def test_an_interval_from_a_date_to_itself_reads_as_the_date(edtf: str, wording: str) -> None:
    assert dates.describe(edtf) == wording


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], (None, None)),
        ([(None, None)], (None, None)),
        ([("1943-01-01", None), (None, "1944-01-01")], ("1943-01-01", "1944-01-01")),
        (
            [(None, "1944-01-01"), ("1943-05-01", "1943-06-01"), ("1942-01-01", None)],
            ("1942-01-01", "1944-01-01"),
        ),
    ],
)
def test_hull_takes_the_first_start_and_the_last_end(
    spans: list[tuple[str | None, str | None]], expected: tuple[str | None, str | None]
) -> None:
    assert dates.hull(spans) == expected


# Any date of the subset albres reads: a year, a month, a day or a sub-year grouping (21-41),
# the first three with a qualifier (the edtf package reads no qualified grouping).
WINTERS = {24, 28, 30}  # the groupings that run from December into the next year


@st.composite
def single_dates(draw: st.DrawFn) -> str:
    day = draw(days)
    shape = draw(st.sampled_from(["year", "month", "day", "grouping"]))
    if shape == "grouping":
        return f"{day.year:04d}-{draw(st.integers(min_value=21, max_value=41))}"
    text = {"year": f"{day.year:04d}", "month": day.isoformat()[:7], "day": day.isoformat()}[shape]
    return text + draw(st.sampled_from(["", "?", "~", "%"]))


def _bounds(text: str) -> tuple[str, str]:
    """The bounds of a single date, which has both."""
    earliest, latest = dates.bounds(text)
    assert earliest is not None
    assert latest is not None
    return earliest, latest


def _edtf_package_bounds(text: str) -> tuple[str, str]:
    parsed = parse_edtf(text)
    return _iso(parsed.lower_strict()), _iso(parsed.upper_strict())


@settings(max_examples=200)
@given(single_dates())
def test_bounds_of_any_single_date_agree_with_the_edtf_package(text: str) -> None:
    """Known difference: winter. The edtf package ends a winter on 31 December of the year
    given; albres runs it into February of the next year, as a winter does."""
    earliest, latest = dates.bounds(text)
    theirs = _edtf_package_bounds(text)
    if len(text) == 7 and int(text[5:]) in WINTERS:
        assert earliest == theirs[0]
        assert (latest or "")[:7] == f"{int(text[:4]) + 1:04d}-02"  # to the end of February
        assert theirs[1] == f"{text[:4]}-12-31"
    else:
        assert (earliest, latest) == theirs


@settings(max_examples=200)
@given(single_dates(), single_dates(), st.sampled_from(["both", "open", "unknown"]))
def test_bounds_of_intervals_agree_with_the_edtf_package(first: str, second: str, end: str) -> None:
    """An interval runs from its start's first day to its end's last day, as the edtf package
    bounds each end (it reads no Level 2 grouping inside an interval, so each end is read
    alone). Known differences: winter, as above; and an open (..) or unknown ('') end, which
    the edtf package cannot bound or fills in ten years on, where albres leaves it unbounded
    (None), so that no answer rests on an end the sources do not give."""
    low, high = sorted([first, second], key=_bounds)
    text = f"{low}/{high}" if end == "both" else f"{low}/{'..' if end == 'open' else ''}"
    earliest, latest = dates.bounds(text)
    assert earliest == _edtf_package_bounds(low)[0]
    if end != "both":
        assert latest is None
    elif len(high) == 7 and int(high[5:]) in WINTERS:
        assert latest == _bounds(high)[1] > _edtf_package_bounds(high)[1]
    else:
        assert latest == _edtf_package_bounds(high)[1]


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12))
def test_month_lengths_are_the_gregorian_calendars(year: int, month: int) -> None:
    assert (
        dates.bounds(f"{year:04d}-{month:02d}")[1]
        == f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    )


@pytest.mark.parametrize(
    ("month", "last"),
    [("1943-02", 28), ("1944-02", 29), ("1900-02", 28), ("2000-02", 29), ("1943-04", 30), ("1943-12", 31)],
)
def test_the_last_day_of_february_and_of_short_and_long_months(month: str, last: int) -> None:
    assert dates.bounds(month)[1] == f"{month}-{last:02d}"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the prime minister appointed in January 1943", [("1943-01-01", "1943-01-31")]),
        ("on 28 November 1939.", [("1939-11-28", "1939-11-28")]),
        ("in 1944?", [("1944-01-01", "1944-12-31")]),
        ("february 1944", [("1944-02-01", "1944-02-29")]),  # a leap year
        ("between 1941 and 1943", [("1941-01-01", "1941-12-31"), ("1943-01-01", "1943-12-31")]),
        ("30 February 1943", [("1943-02-01", "1943-02-28")]),  # no such day: the month
        ("May 31 1944", [("1944-01-01", "1944-12-31")]),  # a day after its month is not read
        ("28 November 1939", [("1939-11-28", "1939-11-28")]),
        ("from 1 January 1943", [("1943-01-01", "1943-01-01")]),
        ("by 31 January 1943", [("1943-01-31", "1943-01-31")]),
        ("1943 until January", [("1943-01-01", "1943-12-31")]),  # a month after its year is not read
        ("January 1943 on page 28", [("1943-01-01", "1943-01-31")]),
        ("0 March 1943", [("1943-03-01", "1943-03-31")]),
        ("the 1st Brigade, 300 killed", []),
        ("", []),
    ],
)
def test_dates_said_in_words(text: str, found: list[tuple[str, str]]) -> None:
    assert dates.spoken(text) == found
