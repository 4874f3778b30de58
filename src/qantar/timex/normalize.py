"""Value expressions: how a rule turns what it matched into a TIMEX3 value.

A rule's `value` is a small call expression over the normalized values of the words it
matched, e.g. `at(weekday({weekday}, {direction}), {daypart})`. The functions are the
same for every language; `{group}` is replaced by the normalized value of that group
(its word-list value, or the matched text for a plain regex group, or "" when an
optional group did not match) before the expression is evaluated.

Functions (arguments are strings; "" means "not given"):
  weekday(n[, dir])   the day of ISO weekday n: by the news convention the most recent one
                      on or before the DCT, or the first on or after it when the sentence
                      speaks of the future (a language's `future_cue` words: will, skal,
                      on määrä) or the weekday ends a span (mod ON_OR_BEFORE: until
                      Friday); dir `future` = the next one after the DCT, `past` = the
                      last one before it
  day(k)              the DCT plus k days (`day(-1)` yesterday)
  context()           the day of the paragraph's latest day-precise time expression
                      before this one, else the DCT day (for a bare day part or clock time)
  part(p)             a bare day part p on the context() day; a night with no day before
                      it in the paragraph is the night before the DCT (news: "overnight")
  date(y, m[, d])     a calendar date; y `?` = the year of month m nearest the DCT
  year(y)             a year
  at(d, part)         a day d at a day part (MO, AF, EV, NI...) or clock hour `23`/`23:30`
  clock(h[, m, part]) a clock time on the context() day; a later day part moves an hour
                      before noon into the afternoon (`6 illalla` 18:00, `6 aamulla` 06:00)
  dur(n, unit)        a duration of n units: Y M W D (date) or H MIN S (time); n `X` = some
  ref(r)              PAST_REF / PRESENT_REF / FUTURE_REF
  weekly(n)           every ISO weekday n (SET `XXXX-WXX-n`)
  daily(part)         every day at day part `part` (SET `XXXX-XX-XXTEV`)
  weekend(w)          the weekend of ISO week `2022-W01-WE`: w `this` the last one begun on or
                      before the DCT (or the coming one when the sentence speaks of the
                      future), `last` the one before that, `next` the one after the DCT
  range(a, b)         from a to b: the value is the duration, `range_begin`/`range_end`
                      the two ends (b moves to the next day when it is before a)
  shift(k, unit)      the DCT moved by k units D W M Y (`shift(-3, D)` three days ago), as
                      precise as the unit: a day, a week `2021-W52`, a month, a year
  period(Uk)          the week/month/year k units from the DCT's (`period(W-1)` last week)
  prev(d)             the day before day d (a night before a day begins the day before)
  years(a, b)         from year a to year b: the duration `P30Y`, with the two years as ends
  between(a, b)       from day a to day b: the duration in weeks when whole (`P2W`), else
                      in days, with the two days as ends (b in the next year when before a)

Without a DCT nothing relative is guessed: `weekday(3)` is `XXXX-WXX-3`, `day(-1)` is
`XXXX-XX-XX`, `date(?, 01, 5)` is `XXXX-01-05`. A two-digit year is this century's.
A date that is not in the calendar (`31.02.2022`, `5.13.2022`) raises NotADate: the
text was not a date after all, and the match is dropped.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

UNKNOWN_DAY = "XXXX-XX-XX"
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_DATE_UNITS = ("Y", "M", "W", "D")
_TOKEN = re.compile(r"\s*([A-Za-z_]\w*)\s*\(|\s*([(),])|\s*([^(),]*)")


class ExpressionError(ValueError):
    """A value expression that cannot be parsed or evaluated (the message says why)."""


class NotADate(ExpressionError):
    """The matched numbers name no calendar day (a numeric pattern matched something else)."""


@dataclass
class Result:
    value: str
    anchor: str | None = None  # "dct", or the id of the time expression resolved against
    range_begin: str | None = None
    range_end: str | None = None


@dataclass
class Call:
    name: str
    args: list = field(default_factory=list)  # of Call or str


def parse(expression: str) -> Call:
    """Parse `name(arg, name(arg), ...)`; atoms are any text without `(),`."""
    tokens = [(m[1], m[2], m[3]) for m in _TOKEN.finditer(expression) if any(m.groups())]
    node, rest = _parse_call(tokens, expression)
    if rest:
        raise ExpressionError(f"unexpected text after the call in {expression!r}")
    if not isinstance(node, Call):
        raise ExpressionError(f"{expression!r} is not a call such as day(0)")
    return node


def _parse_call(tokens, expression):
    if not tokens:
        raise ExpressionError(f"{expression!r} ends too early")
    name, punct, atom = tokens[0]
    if name is None:
        if punct:
            raise ExpressionError(f"unexpected {punct!r} in {expression!r}")
        return atom.strip(), tokens[1:]
    if name not in FUNCTIONS:
        raise ExpressionError(f"unknown function {name!r} in {expression!r}; known: {', '.join(sorted(FUNCTIONS))}")
    args, rest = [], tokens[1:]
    while True:
        if rest and rest[0][1] in (",", ")"):
            arg = ""
        else:
            arg, rest = _parse_call(rest, expression)
        args.append(arg)
        if not rest:
            raise ExpressionError(f"missing ')' in {expression!r}")
        if rest[0][1] == ")":
            return _checked(Call(name, args), expression), rest[1:]
        rest = rest[1:]


def _checked(call: Call, expression: str) -> Call:
    """The call, if its arguments fit the function's signature (`c` a call, `a` an atom,
    lowercase required, uppercase optional)."""
    signature = SIGNATURES[call.name]
    required = sum(kind.islower() for kind in signature)
    args = call.args[:-1] if call.args == [""] else call.args
    if not required <= len(args) <= len(signature):
        raise ExpressionError(f"{call.name}() takes {required}..{len(signature)} arguments in {expression!r}")
    for kind, arg in zip(signature, args):
        if kind.lower() == "c" and not isinstance(arg, Call):
            raise ExpressionError(f"{call.name}() needs a call such as day(0) where it has {arg!r} in {expression!r}")
        if kind.lower() == "a" and isinstance(arg, Call):
            raise ExpressionError(f"{call.name}() needs a word or {{group}} where it has {arg.name}() in {expression!r}")
    call.args = args
    return call


def calls(node) -> set[str]:
    """The names of the functions an expression calls."""
    if isinstance(node, str):
        return set()
    return {node.name}.union(*(calls(arg) for arg in node.args))


def templates(node) -> list[str]:
    """The `{group}` names an expression refers to."""
    if isinstance(node, str):
        return re.findall(r"\{(\w+)\}", node)
    return [name for arg in node.args for name in templates(arg)]


@dataclass(frozen=True)
class Anchors:
    """What relative expressions are resolved against: the DCT, and the day of the latest
    day-precise time expression before this one in the paragraph (`context_id`)."""

    dct: dt.date | None
    context: str | None = None
    context_id: str | None = None
    future: bool = False  # the sentence speaks of the future (a bare weekday is the next one)


def evaluate(node: Call, groups: dict[str, str], anchors: Anchors) -> Result:
    """The value of a parsed expression, `{group}` atoms filled from `groups`."""
    args = [
        evaluate(arg, groups, anchors) if isinstance(arg, Call)
        else re.sub(r"\{(\w+)\}", lambda m: groups.get(m[1]) or "", arg).strip()
        for arg in node.args
    ]
    result = FUNCTIONS[node.name](anchors, *args)
    if result.anchor is None:
        result.anchor = next((a.anchor for a in args if isinstance(a, Result) and a.anchor), None)
    return result


def _int(text, what: str) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        raise ExpressionError(f"{what} must be a number, got {text!r}") from None


def _weekday(anchors, number, direction=""):
    dct = anchors.dct
    number = _int(number, "weekday")
    if not 1 <= number <= 7:
        raise ExpressionError(f"weekday must be 1..7, got {number}")
    if dct is None:
        return Result(f"XXXX-WXX-{number}")
    back = (dct.isoweekday() - number) % 7
    if direction == "future":
        delta = (number - dct.isoweekday()) % 7 or 7
    elif direction == "past":
        delta = -(back or 7)
    elif direction == "" and anchors.future:
        delta = (number - dct.isoweekday()) % 7
    elif direction == "":
        delta = -back
    else:
        raise ExpressionError(f"weekday direction must be future or past, got {direction!r}")
    return Result((dct + dt.timedelta(days=delta)).isoformat(), anchor="dct")


def _day(anchors, offset):
    if anchors.dct is None:
        return Result(UNKNOWN_DAY)
    return Result((anchors.dct + dt.timedelta(days=_int(offset, "day offset"))).isoformat(), anchor="dct")


def _context(anchors):
    if anchors.context:
        return Result(anchors.context, anchor=anchors.context_id)
    return _day(anchors, "0")


def _full_year(year: str) -> int:
    number = _int(year, "year")
    return 2000 + number if len(year) == 2 else number


def _date(anchors, year, month, day=""):
    dct = anchors.dct
    month = _int(month, "month")
    if not 1 <= month <= 12:
        raise NotADate(f"no month {month}")
    if day and not 1 <= _int(day, "day") <= (29 if month == 2 else calendar.monthrange(2001, month)[1]):
        raise NotADate(f"no day {day} in month {month}")
    day_part = f"-{_int(day, 'day'):02d}" if day else ""
    if year not in ("", "?"):
        year = _full_year(year)
        if day and _int(day, "day") > calendar.monthrange(year, month)[1]:
            raise NotADate(f"no day {day} in {year}-{month:02d}")
        return Result(f"{year:04d}-{month:02d}{day_part}")
    if dct is None:
        return Result(f"XXXX-{month:02d}{day_part}")
    # The nearest such month to the DCT: December read in January is last year's.
    best = min((dct.year - 1, dct.year, dct.year + 1),
               key=lambda y: abs((y - dct.year) * 12 + month - dct.month))
    return Result(f"{best:04d}-{month:02d}{day_part}", anchor="dct")


def _year(anchors, year):
    return Result(f"{_int(year, 'year'):04d}")


def _clock_text(part: str) -> str:
    hour, _, minute = part.partition(":")
    hour, minute = _int(hour, "hour"), _int(minute or "0", "minute")
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        raise ExpressionError(f"no such clock time {part!r}")
    return f"{hour:02d}:{minute:02d}"


def _at(anchors, day, part):
    if not part:
        return day
    part = part if part.isalpha() else _clock_text(part)
    return Result(f"{day.value}T{part}", anchor=day.anchor)


_AFTER_NOON = {"AF", "EV"}


def _clock(anchors, hour, minute="", part=""):
    hour_number = _int(hour, "hour")
    if hour_number < 12 and (part in _AFTER_NOON or (part == "NI" and hour_number >= 6)):
        hour = str(hour_number + 12)
    return _at(anchors, _context(anchors), f"{hour}:{minute or '0'}")


def _part(anchors, part):
    if part == "NI" and not anchors.context and anchors.dct is not None:
        return _at(anchors, _day(anchors, "-1"), part)
    return _at(anchors, _context(anchors), part)


def _dur(anchors, number, unit):
    if number != "X":
        number = str(_int(number, "duration amount"))
    if unit in _DATE_UNITS:
        return Result(f"P{number}{unit}")
    if unit in _TIME_UNITS:
        return Result(f"PT{number}{_TIME_UNITS[unit]}")
    raise ExpressionError(f"duration unit must be one of {', '.join((*_DATE_UNITS, *_TIME_UNITS))}, got {unit!r}")


def _ref(anchors, which):
    if which not in ("PAST", "PRESENT", "FUTURE"):
        raise ExpressionError(f"ref must be PAST, PRESENT or FUTURE, got {which!r}")
    return Result(f"{which}_REF")


def _weekly(anchors, number):
    return Result(f"XXXX-WXX-{_int(number, 'weekday')}")


def _weekend(anchors, which):
    if which not in ("this", "last", "next"):
        raise ExpressionError(f"weekend must be this, last or next, got {which!r}")
    dct = anchors.dct
    if dct is None:
        return Result("XXXX-WXX-WE")
    saturday = dct + dt.timedelta(days=6 - dct.isoweekday())  # this ISO week's
    begun, week = saturday <= dct, dt.timedelta(weeks=1)
    if which == "next" or (which == "this" and anchors.future):
        saturday += week if which == "next" and begun else dt.timedelta(0)
    elif not begun:  # the last one begun
        saturday -= week
    if which == "last":
        saturday -= week
    year, week, _ = saturday.isocalendar()
    return Result(f"{year:04d}-W{week:02d}-WE", anchor="dct")


def _daily(anchors, part):
    return _at(anchors, Result(UNKNOWN_DAY), part)


def _minutes(value: str) -> tuple[str, int]:
    """(day, minutes since midnight) of a `dayThh:mm` value."""
    day, _, clock = value.partition("T")
    if not re.fullmatch(r"\d{2}:\d{2}", clock):
        raise ExpressionError(f"range ends must be clock times, got {value!r}")
    return day, int(clock[:2]) * 60 + int(clock[3:])


def _range(anchors, begin, end):
    (begin_day, begin_min), (end_day, end_min) = _minutes(begin.value), _minutes(end.value)
    length = end_min - begin_min
    end_value = end.value
    if length <= 0:  # "from 23 to 7": the end is on the next day
        length += 24 * 60
        if end_day != UNKNOWN_DAY:
            next_day = dt.date.fromisoformat(end_day) + dt.timedelta(days=1)
            end_value = f"{next_day.isoformat()}T{end.value.partition('T')[2]}"
    hours, minutes = divmod(length, 60)
    value = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return Result(value, anchor=begin.anchor, range_begin=begin.value, range_end=end_value)


def _shifted(dct: dt.date, offset: int, unit: str) -> str:
    """The DCT's day, week, month or year moved by `offset` units, at that unit's precision."""
    if unit == "D":
        return (dct + dt.timedelta(days=offset)).isoformat()
    if unit == "W":
        year, week, _ = (dct + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        months = dct.year * 12 + dct.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Y":
        return f"{dct.year + offset:04d}"
    raise ExpressionError(f"unit must be one of D W M Y, got {unit!r}")


_UNKNOWN = {"D": UNKNOWN_DAY, "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}


def _shift(anchors, offset, unit):
    if unit not in _UNKNOWN:
        raise ExpressionError(f"unit must be one of D W M Y, got {unit!r}")
    if offset.lstrip("+-") == "X":  # "some days ago": no day to name
        return Result("PAST_REF" if offset.startswith("-") else "FUTURE_REF")
    offset = _int(offset.replace("+", ""), "offset")
    if anchors.dct is None:
        return Result(_UNKNOWN[unit])
    return Result(_shifted(anchors.dct, offset, unit), anchor="dct")


def _period(anchors, code):
    match = re.fullmatch(r"([DWMY])([+-]?\d+)", code)
    if not match:
        raise ExpressionError(f"period must be a unit D W M Y and an offset such as W-1, got {code!r}")
    return _shift(anchors, match[2], match[1])


def _prev(anchors, day):
    value, _, part = day.value.partition("T")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        value = (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
    elif re.fullmatch(r"XXXX-WXX-[1-7]", value):
        value = f"XXXX-WXX-{(int(value[-1]) - 2) % 7 + 1}"
    else:
        value = UNKNOWN_DAY
    return Result(value + (f"T{part}" if part else ""), anchor=day.anchor)


def _years(anchors, first, last):
    first, last = _int(first, "year"), _int(last, "year")
    if last <= first:
        raise NotADate(f"{first} to {last} is no span of years")
    return Result(f"P{last - first}Y", range_begin=f"{first:04d}", range_end=f"{last:04d}")


def _between(anchors, first, last):
    begin, end = first.value, last.value
    if not (re.fullmatch(r"[\dX]{4}-\d{2}-\d{2}", begin) and re.fullmatch(r"[\dX]{4}-\d{2}-\d{2}", end)):
        raise ExpressionError(f"between() needs two days, got {begin!r} and {end!r}")
    year = begin[:4] if begin[:4].isdigit() else "2001"  # no year: count in a common year
    start = dt.date.fromisoformat(year + begin[4:])
    stop = dt.date.fromisoformat((end[:4] if end[:4].isdigit() else year) + end[4:])
    if stop <= start:
        stop = stop.replace(year=stop.year + 1)
    days = (stop - start).days
    value = f"P{days // 7}W" if days % 7 == 0 else f"P{days}D"
    return Result(value, anchor=first.anchor, range_begin=begin, range_end=end)


# name -> argument kinds: c = a call, a = an atom; uppercase = optional.
SIGNATURES = {
    "weekday": "aA",
    "day": "a",
    "context": "",
    "date": "aaA",
    "year": "a",
    "at": "ca",
    "clock": "aAA",
    "part": "a",
    "dur": "aa",
    "ref": "a",
    "weekly": "a",
    "daily": "a",
    "weekend": "a",
    "range": "cc",
    "shift": "aa",
    "period": "a",
    "prev": "c",
    "years": "aa",
    "between": "cc",
}

FUNCTIONS = {
    "weekday": _weekday,
    "day": _day,
    "context": _context,
    "date": _date,
    "year": _year,
    "at": _at,
    "clock": _clock,
    "part": _part,
    "dur": _dur,
    "ref": _ref,
    "weekly": _weekly,
    "daily": _daily,
    "weekend": _weekend,
    "range": _range,
    "shift": _shift,
    "period": _period,
    "prev": _prev,
    "years": _years,
    "between": _between,
}
