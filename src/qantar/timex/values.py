"""The TIMEX3 value grammar: which `value` strings are well formed for each timex type.

Written from the TimeML TIMEX3 guidelines (ISO 8601 with TimeML's extensions):

- DATE  `2022`, `2022-01`, `2022-01-05`, `2022-W01`, `2022-W01-3`, `2022-W01-WE` (weekend),
        `2022-Q1`, `2022-H1`,
        `2022-WI` (season), decades/centuries `199`, `19`, any field written with `X`
        placeholders (`XXXX-01-05`, `XXXX-WXX-3`, `20XX`), a day part after a day
        (`2022-01-05TEV`), or `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`;
- TIME  a day (as above) + `T` + `hh`, `hh:mm` or `hh:mm:ss` (optionally a zone `Z`,
        `+01:00`) or a day part;
- DURATION `P2D`, `P2W`, `PT15M`, `P1Y2M`, `PXD`: at least one component, `T` before the
        hour/minute/second components;
- SET   a DATE, TIME or DURATION value (`XXXX-WXX-3` weekly on ISO weekday 3, `P1D` daily).

Day parts are TIMEX3's: MO (morning), MI (midday), AF (afternoon), EV (evening),
NI (night), DT (daytime).
"""

import calendar
import re

DAY_PARTS = ("MO", "MI", "AF", "EV", "NI", "DT")
REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

_YEAR = re.compile(r"^(?:\d{4}|\d{3}X|\d{2}XX|XXXX|\d{3}|\d{2})$")  # year, or decade/century
_DAY = re.compile(
    r"^(?P<year>[\dX]{2,4})"
    r"(?:-(?:(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?"
    r"|W(?P<week>\d{2}|XX)(?:-(?P<weekday>[1-7X]|WE))?"
    r"|Q[1-4X]|H[12X]|SP|SU|FA|WI))?$"
)
_CLOCK = re.compile(r"^(?P<h>\d{2})(?::(?P<m>\d{2})(?::(?P<s>\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$")
_DURATION = re.compile(
    r"^P(?:(?P<date>(?:[\dX.]+Y)?(?:[\dX.]+M)?(?:[\dX.]+W)?(?:[\dX.]+D)?)"
    r"(?:T(?P<time>(?:[\dX.]+H)?(?:[\dX.]+M)?(?:[\dX.]+S)?))?)$"
)
_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)?|X)$")


def _day_ok(text: str, *, needs_day: bool) -> bool:
    """A calendar value; with `needs_day`, one precise to the day (for T suffixes)."""
    match = _DAY.match(text)
    if not match or not _YEAR.match(match["year"]):
        return False
    if len(match["year"]) < 4 and len(text) > len(match["year"]):
        return False  # a decade or century has no month, week or day
    month, day, week = match["month"], match["day"], match["week"]
    if month and month != "XX" and not 1 <= int(month) <= 12:
        return False
    if week and week != "XX" and not 1 <= int(week) <= 53:
        return False
    if day and day != "XX":
        limit = 31
        if month and month != "XX" and match["year"].isdigit():
            limit = calendar.monthrange(int(match["year"]), int(month))[1]
        elif month and month != "XX":
            limit = 29 if int(month) == 2 else calendar.monthrange(2001, int(month))[1]
        if not 1 <= int(day) <= limit:
            return False
    if needs_day:  # a weekend (`2022-W01-WE`) is two days, not one
        return bool(day or match["weekday"] not in (None, "WE"))
    return True


def _clock_ok(text: str) -> bool:
    match = _CLOCK.match(text)
    if not match:
        return False
    hour, minute = int(match["h"]), int(match["m"] or 0)
    second = float(match["s"] or 0)
    if hour == 24:
        return minute == 0 and second == 0
    return hour < 24 and minute < 60 and second < 61


def _date(value: str) -> bool:
    if value in REFS:
        return True
    day, sep, part = value.partition("T")
    if sep:
        return part in DAY_PARTS and _day_ok(day, needs_day=True)
    return _day_ok(day, needs_day=False)


def _time(value: str) -> bool:
    if value in REFS:
        return True
    day, sep, clock = value.partition("T")
    if not sep:
        return False
    if day and not _day_ok(day, needs_day=True):
        return False
    return clock in DAY_PARTS or _clock_ok(clock)


def _duration(value: str) -> bool:
    match = _DURATION.match(value)
    if not match:
        return False
    date, time = match["date"] or "", match["time"]
    if time == "":  # a `T` with nothing after it
        return False
    components = re.findall(r"([\dX.]+)[YMWDHS]", date + (time or ""))
    return bool(components) and all(_NUMBER.match(number) for number in components)


_GRAMMARS = {
    "DATE": _date,
    "TIME": _time,
    "DURATION": _duration,
    "SET": lambda value: _date(value) or _time(value) or _duration(value),
}


def is_well_formed(timex_type: str, value: str | None) -> bool:
    """Whether `value` is a well-formed TIMEX3 value for a timex of `timex_type`.

    Unknown types and missing values are not well formed.
    """
    check = _GRAMMARS.get(timex_type)
    return bool(check and isinstance(value, str) and value and check(value))


def day_of(value: str | None) -> str | None:
    """The day of a value precise to the day (`2022-01-05TEV` -> `2022-01-05`,
    `XXXX-WXX-3` -> itself), else None (`2022`, `P2D`, `PRESENT_REF`)."""
    if not value or value.startswith("P") or value in REFS:
        return None
    day = value.partition("T")[0]
    return day if day and _day_ok(day, needs_day=True) else None
