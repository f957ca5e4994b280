"""EDTF date strings: their earliest/latest bounds, overlap tests and human wording.

Supports the subset of the Extended Date/Time Format (ISO 8601-2) the fact base
uses: years, months, days, seasons and sub-year groupings (Level 1 and 2),
whole-date qualifiers (? ~ %) and intervals with known, open (..) or unknown
('') ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)$")

# Sub-year groupings (EDTF 21-41) as (first month, last month, wording).
# Winter starts in December of the year given and ends in February of the next.
_GROUPS: dict[int, tuple[int, int, str]] = {
    21: (3, 5, "spring"),
    22: (6, 8, "summer"),
    23: (9, 11, "autumn"),
    24: (12, 14, "winter"),
    25: (3, 5, "spring"),
    26: (6, 8, "summer"),
    27: (9, 11, "autumn"),
    28: (12, 14, "winter"),
    29: (9, 11, "spring (southern hemisphere)"),
    30: (12, 14, "summer (southern hemisphere)"),
    31: (3, 5, "autumn (southern hemisphere)"),
    32: (6, 8, "winter (southern hemisphere)"),
    33: (1, 3, "first quarter of"),
    34: (4, 6, "second quarter of"),
    35: (7, 9, "third quarter of"),
    36: (10, 12, "fourth quarter of"),
    37: (1, 4, "first third of"),
    38: (5, 8, "second third of"),
    39: (9, 12, "last third of"),
    40: (1, 6, "first half of"),
    41: (7, 12, "second half of"),
}

MONTHS = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class DateError(ValueError):
    """An EDTF string albres cannot read."""


def _days_in(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar (as `calendar` counts them, without
    its 13 ms import: every look-up derives its dates' bounds)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _month_end(year: int, month: int) -> str:
    while month > 12:
        year, month = year + 1, month - 12
    return f"{year:04d}-{month:02d}-{_days_in(year, month):02d}"


def _single_bounds(text: str) -> tuple[str, str]:
    match = _DATE.match(text)
    if not match:
        raise DateError(f"not an EDTF date: {text!r}")
    year_s, part_s, day_s, _qualifier = match.groups()
    year = int(year_s)
    if part_s is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    part = int(part_s)
    if day_s is None:
        if 1 <= part <= 12:
            return f"{year:04d}-{part:02d}-01", _month_end(year, part)
        if part in _GROUPS:
            first, last, _ = _GROUPS[part]
            return f"{year:04d}-{first:02d}-01", _month_end(year, last)
        raise DateError(f"month or season out of range in {text!r}")
    day = int(day_s)
    if not 1 <= part <= 12 or not 1 <= day <= _days_in(year, part):
        raise DateError(f"no such day: {text!r}")
    return f"{year:04d}-{part:02d}-{day:02d}", f"{year:04d}-{part:02d}-{day:02d}"


def bounds(edtf: str) -> tuple[str | None, str | None]:
    """Earliest and latest ISO day an EDTF string allows; None for an open or unknown end."""
    if "/" not in edtf:
        return _single_bounds(edtf)
    start, _, end = edtf.partition("/")
    if "/" in end or (start in ("", "..") and end in ("", "..")):
        raise DateError(f"not an EDTF interval: {edtf!r}")
    earliest = None if start in ("", "..") else _single_bounds(start)[0]
    latest = None if end in ("", "..") else _single_bounds(end)[1]
    if earliest and latest and earliest > latest:
        raise DateError(f"interval ends before it starts: {edtf!r}")
    return earliest, latest


def is_valid(edtf: str) -> bool:
    """Whether albres can read this EDTF string."""
    try:
        bounds(edtf)
    except DateError:
        return False
    return True


def overlaps(earliest: str | None, latest: str | None, start: str | None, end: str | None) -> bool:
    """Whether [earliest, latest] and [start, end] share a day; None is unbounded."""
    return (latest is None or start is None or latest >= start) and (
        end is None or earliest is None or earliest <= end
    )


def hull(spans: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """The first earliest day and the last latest day among (earliest, latest) bounds; None
    where no bound gives one."""
    earliest, latest = None, None
    for low, high in spans:
        if low is not None and (earliest is None or low < earliest):
            earliest = low
        if high is not None and (latest is None or high > latest):
            latest = high
    return earliest, latest


def day_number(iso: str) -> int:
    """Days since 0001-01-01 of an ISO day (YYYY-MM-DD), counting from 1."""
    from datetime import date

    return date.fromisoformat(iso).toordinal()


def parse_query(text: str) -> tuple[str, str]:
    """Bounds of a date typed by a user (YYYY, YYYY-MM, YYYY-MM-DD or any EDTF)."""
    earliest, latest = bounds(text.strip())
    if earliest is None or latest is None:
        raise DateError(f"give a whole date, not an open interval: {text!r}")
    return earliest, latest


_MONTH_NUMBERS = {name.casefold(): number for number, name in enumerate(MONTHS) if name}


def spoken(text: str) -> list[tuple[str, str]]:
    """Bounds of each date a text says in words: "28 November 1939", "January 1943", "1943"
    (a year standing alone, or a month or a day before one)."""
    found = []
    words = [w.strip(".,;:?!()").casefold() for w in text.split()]
    for at, word in enumerate(words):
        if not (len(word) == 4 and word.isdigit()):
            continue
        edtf, month = word, _MONTH_NUMBERS.get(words[at - 1]) if at else None
        if month:
            edtf = f"{word}-{month:02d}"
            day = words[at - 2] if at > 1 and words[at - 2].isdigit() else ""
            if day and 1 <= int(day) <= _days_in(int(word), month):
                edtf += f"-{int(day):02d}"
        found.append(parse_query(edtf))
    return found


def _describe_single(text: str) -> str:
    match = _DATE.match(text)
    if not match:
        return text
    year_s, part_s, day_s, qualifier = match.groups()
    if part_s is not None and not (1 <= int(part_s) <= 12 or (day_s is None and int(part_s) in _GROUPS)):
        return text  # no such month or season: shown as it stands
    year = str(int(year_s))
    if part_s is None:
        words = year
    else:
        part = int(part_s)
        if day_s is not None:
            words = f"{int(day_s)} {MONTHS[part]} {year}"
        elif part <= 12:
            words = f"{MONTHS[part]} {year}"
        else:
            words = f"{_GROUPS[part][2]} {year}"
    if qualifier in ("~", "%"):
        words = "about " + words
    if qualifier in ("?", "%"):
        words += " (uncertain)"
    return words


def describe(edtf: str) -> str:
    """Human wording of an EDTF string, never more precise than the string itself."""
    if "/" not in edtf:
        return _describe_single(edtf)
    start, _, end = edtf.partition("/")
    if start in ("", ".."):
        return f"until {_describe_single(end)}, start not given"
    if end in ("", ".."):
        return f"from {_describe_single(start)}, end not given"
    first, last = _describe_single(start), _describe_single(end)
    if first == last:  # 1943/1943 is 1943
        return first
    a, b = first.split(" "), last.split(" ")
    # 1 August 1943 / 3 August 1943 -> 1–3 August 1943; 17 February / 22 February alike.
    if len(a) == len(b) == 3 and a[1:] == b[1:]:
        return f"{a[0]}–{b[0]} {a[1]} {a[2]}"
    if len(a) == len(b) == 3 and a[2] == b[2]:
        return f"{a[0]} {a[1]} – {b[0]} {b[1]} {b[2]}"
    if len(a) == len(b) == 2 and a[1] == b[1] and a[0] in MONTHS and b[0] in MONTHS:
        return f"{a[0]}–{b[0]} {a[1]}"
    return f"{first} – {last}"
