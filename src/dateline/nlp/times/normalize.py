"""TIMEX3 value arithmetic: calendar units shifted from a reference date and written as TimeML values.

Pure functions (no spaCy): the grammar in timex_grammar decides what an expression means, this
module turns "the week before 2022-03-30" into "2022-W12". ``None`` as a date means "unknown"
and yields X placeholders (XXXX-XX-XX), never a guess.
"""

from __future__ import annotations

import datetime as dt
import re

#: a valid TIMEX3 value (TimeML 1.2.1): dates and times at any granularity, durations, references
VALUE_RE = re.compile(
    r"""^(?:
      PRESENT_REF|PAST_REF|FUTURE_REF
    | P(?=[\dX.]|T)(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|E|C|L|DE|CE|ML))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?
    | PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+
    | (?:[\dX]{2}|[\dX]{3}|[\dX]{4})                      # century, decade, year
      (?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?
            |W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7X]|WE))?
            |Q[1-4X]|H[12X]|SP|SU|FA|WI))?
      (?:T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?))?
    | XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?
    )$""",
    re.X,
)

UNKNOWN_DAY = "XXXX-XX-XX"

#: duration letters of calendar units, and how many months / days they span


def is_valid(value: str) -> bool:
    """True when ``value`` is a well-formed TIMEX3 value."""
    return bool(VALUE_RE.match(value))


def parse_date(value: str | None) -> dt.date | None:
    """'2022-03-30' (or a longer ISO timestamp) -> date; anything else -> None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by n units (D, W, M, Q, Y, E=decade, C=century)."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(day, n)
    if unit == "Q":
        return add_months(day, 3 * n)
    if unit == "Y":
        return add_months(day, 12 * n)
    if unit == "E":
        return add_months(day, 120 * n)
    if unit == "C":
        return add_months(day, 1200 * n)
    raise ValueError(f"unknown unit {unit!r}")


def season_of(day: dt.date) -> tuple[int, str]:
    """Meteorological season (the year of a winter is that of its January... as TimeML writes it)."""
    month = day.month
    if month in (3, 4, 5):
        return day.year, "SP"
    if month in (6, 7, 8):
        return day.year, "SU"
    if month in (9, 10, 11):
        return day.year, "FA"
    return (day.year if month == 12 else day.year - 1), "WI"


def fmt(day: dt.date | None, unit: str) -> str:
    """``day`` written at the granularity of ``unit`` (D, W, M, Q, Y, E, C, H, SP...), X if unknown."""
    if day is None:
        return {"D": UNKNOWN_DAY, "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX", "E": "XXX", "C": "XX"}.get(unit, "XXXX")
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "E":
        return f"{day.year:04d}"[:3]
    if unit == "C":
        return f"{day.year:04d}"[:2]
    if unit == "S":
        year, season = season_of(day)
        return f"{year:04d}-{season}"
    raise ValueError(f"unknown unit {unit!r}")


def relative(day: dt.date | None, unit: str, n: int) -> str:
    """The unit ``n`` steps from the one containing ``day`` ("last week" = relative(d, "W", -1))."""
    if day is None:
        return fmt(None, unit)
    return fmt(shift(day, unit, n), unit)


def weekday(day: dt.date | None, iso_weekday: int, direction: str) -> str:
    """The named weekday nearest ``day``: the last one (this one included) when direction is 'past',
    the next one (today included) when 'future', the closer of the two when 'nearest';
    XXXX-WXX-N when the date is unknown."""
    if day is None:
        return f"XXXX-WXX-{iso_weekday}"
    delta = iso_weekday - day.isoweekday()
    if direction == "future":
        delta %= 7
    elif direction == "nearest":
        delta = min(delta % 7, -((-delta) % 7), key=abs)
    else:
        delta = -((-delta) % 7)
    return (day + dt.timedelta(days=delta)).isoformat()


def month_day(day: dt.date | None, month: int, dom: int | None, direction: str, year: int | None = None) -> str:
    """A month (and day) with the year taken from ``year``, else the nearest in ``direction`` from ``day``."""
    if year is None:
        if day is None:
            return f"XXXX-{month:02d}" + (f"-{dom:02d}" if dom else "")
        year = day.year
        target = (month, dom or 1)
        here = (day.month, day.day if dom else 1)
        if direction == "future" and target < here:
            year += 1
        elif direction == "past" and target > here:
            year -= 1
        elif direction == "nearest":
            # the month within six months of the reference, either side
            months_ahead = (month - day.month) % 12
            if months_ahead > 6 and month > day.month:
                year -= 1
            elif months_ahead <= 6 and month < day.month:
                year += 1
    if dom:
        try:
            dt.date(year, month, dom)
        except ValueError:
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{dom:02d}"
    return f"{year:04d}-{month:02d}"


def year_within(day: dt.date, month: int, dom: int | None, ahead: int) -> int:
    """The year of the month (and day) nearest ``day`` when it may lie at most ``ahead`` months in the
    future: further ahead, the past occurrence is meant ("last seen Nov. 3" in a May article)."""
    if (month, dom or 0) == (day.month, 0) or (month == day.month and dom is not None and dom <= day.day):
        return day.year
    months_ahead = (month - day.month) % 12
    if month == day.month:  # later this month, or eleven months back
        return day.year if ahead >= 0 else day.year - 1
    if months_ahead <= ahead:
        return day.year + (1 if month < day.month else 0)
    return day.year - (1 if month > day.month else 0)


def nth_weekday(year: int, month: int, nth: int, iso_weekday: int) -> dt.date:
    """The nth (1-based; -1 = last) given weekday of a month ("the fourth Thursday of November")."""
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (iso_weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    offset = (last.isoweekday() - iso_weekday) % 7
    return last - dt.timedelta(days=offset)


def duration(amount: float | str, letter: str) -> str:
    """P3D, PT5H, P2Y6M, PXW: a TIMEX3 duration from an amount (or 'X') and a unit letter.

    ``letter`` is one of S, MIN, H (time units) or D, W, M, Q, Y, or a multiple like 10Y.
    """
    time_unit = letter in ("S", "MIN", "H")
    code = {"MIN": "M"}.get(letter, letter)
    mult_match = re.match(r"(\d+)([A-Z]+)$", code)
    mult = 1
    if mult_match:
        mult, code = int(mult_match.group(1)), mult_match.group(2)
    prefix = "PT" if time_unit else "P"
    if amount == "X":
        return f"{prefix}X{code}" if mult == 1 else f"{prefix}X{'E' if mult == 10 else 'C' if mult == 100 else code}"
    total = float(amount) * mult
    if total == int(total):
        return f"{prefix}{int(total)}{code}"
    # fractions: 2 1/2 years -> P2Y6M; 5 1/2 hours -> PT5H30M
    whole = int(total)
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "S": ("S", 1), "Q": ("M", 3)}
    sub, factor = smaller.get(code, (code, 1))
    rest = round((total - whole) * factor)
    head = f"{prefix}{whole}{code}" if whole else prefix
    if code == "D" and sub == "H":
        return f"{head}T{rest}H"
    return f"{head}{rest}{sub}"
