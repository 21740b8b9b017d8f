"""The TIMEX3 grammar: regular expressions that find time expressions and say what they mean.

``find(text)`` returns candidate spans (TimeML span conventions: leading prepositions out,
determiners and modifiers like "the past", "nearly", "early" in); ``interpret`` turns one
candidate into (type, value) given a Context (publication date, tense, document references).
Vocabulary comes from data/times/en.toml and data/times/holidays.tsv. No spaCy here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dateline.data import read_toml, read_tsv
from dateline.nlp.times import normalize as tn
from dateline.nlp.words import cardinals

# -- vocabulary ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The English vocabulary of data/times/en.toml, plus the holidays table."""
    lex = dict(read_toml("times/en.toml"))
    lex["holidays"] = {row["name"].strip().lower(): row["rule"].strip() for row in read_tsv("times/holidays.tsv")}
    return lex


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


LEX = lexicon()
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
NUMBERS: dict[str, Any] = LEX["numbers"]
ORDINALS: dict[str, int] = LEX["ordinals"]
UNITS: dict[str, str] = LEX["units"]
PARTS: dict[str, str] = LEX["parts_of_day"]
SEASONS: dict[str, str] = LEX["seasons"]
REFERENCES: dict[str, str] = LEX["references"]
SETS: dict[str, str] = LEX["sets"]
HOLIDAYS: dict[str, str] = LEX["holidays"]

#: the full name of each month is its longest spelling; the others are abbreviations ("Sept.")
FULL_MONTHS = [max((k for k, v in MONTHS.items() if v == n), key=len) for n in range(1, 13)]
ABBR_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
MONTH = rf"(?:{_alt(FULL_MONTHS)}|(?:{_alt(ABBR_MONTHS)})\.)"
MONTH_LOOSE = rf"(?:{_alt(FULL_MONTHS)}|(?:{_alt(ABBR_MONTHS)})\.?)"
WEEKDAY = rf"(?:{_alt([w for w in WEEKDAYS if len(w) > 4])}|(?:{_alt([w for w in WEEKDAYS if len(w) <= 4])})\.)"
UNITS_RE = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))"


#: one..nine, twenty..ninety, ten..nineteen: the number words of en.toml, not written twice
SMALL = cardinals(1, 9)
TENS = cardinals(20, 90, 10)
WORDNUM = (
    rf"(?:(?:{_alt(TENS)})(?:[- ](?:{_alt(SMALL)}))?"
    rf"|(?:a|one|two|three|four|five)\s+hundred"
    rf"|{_alt([w for w in NUMBERS if w not in ('a', 'an')])})"
)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?(?!\d)|{WORDNUM}(?:\s+and\s+a\s+half)?|an?)"
ORDINAL = rf"(?:\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)|{_alt(ORDINALS)})"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand"
TEENS = cardinals(10, 19)
SPELLED_YY = rf"(?:(?:{_alt(TENS)})(?:[- ](?:{_alt(SMALL)}))?|{_alt(TEENS)}|oh[- ](?:{_alt(SMALL)}))"
SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[\s-]+{SPELLED_YY}(?![\w-])"
    rf"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\byear\s)|(?<=\bof\s))two\s+thousand(?:\s+(?:and\s+)?(?:{_alt(TEENS)}|{_alt(SMALL)}))?(?![\w-]|\s+(?:years?|people|dollars|troops|soldiers|hundred|miles|men|women)\b))"
)
YEAR_ANY = rf"(?:{YEAR}|{SPELLED_YEAR})"
#: modifiers TimeML keeps inside the span ("nearly four years"); "about", "within" stay out
APPROX = (
    r"(?:approximately|roughly|nearly|almost|more\s+than|over(?!\s+the\b)|less\s+than|at\s+least|at\s+most"
    r"|up\s+to|no\s+more\s+than|no\s+less\s+than|barely|fully|well\s+over|close\s+to|upwards\s+of)"
)
EDGE = (
    r"(?:early|late|mid-?|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of"
    r"|the\s+remainder\s+of|end\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
)
CLOCK = (
    r"(?:(?P<hh>[01]?\d|2[0-4])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)"
    r"|(?P<hh2>[01]?\d|2[0-4]):(?P<mm2>[0-5]\d)(?![\d:])"
    r"|(?P<hh3>[01]?\d)\s+o'clock(?:\s+in\s+the\s+(?P<part3>morning|afternoon|evening))?"
    r"|(?P<hh4>[01]?\d)\s+in\s+the\s+(?P<part4>morning|afternoon|evening)"
    r"|(?P<named>noon|midnight|midday))"
)
TZ = r"(?:[ECMP][SD]T|GMT|UTC|local\s+time)"
DAYREF = rf"(?:{WEEKDAY}|today|yesterday|tomorrow|{MONTH_LOOSE}\s+{DAYNUM})"
PARTS_RE = r"(?:morning|afternoon|evening|night)"
SEASON = rf"(?:{_alt(SEASONS)})"


# -- candidates ------------------------------------------------------------------------------


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.string[self.start:self.end]


@dataclass
class Context:
    """What an expression is resolved against."""

    dct: dt.date | None = None
    #: 'past' or 'future': the tense of the clause the expression sits in ('past' by default in news)
    direction: str = "past"
    #: the last resolved date per granularity in the document so far ('D', 'Q', 'Y' ...)
    refs: dict[str, str] = field(default_factory=dict)
    #: the sentence holding the expression, for cues like "quarter" in "a year earlier"
    sentence: str = ""


Rule = tuple[str, re.Pattern[str]]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.X)


#: rules in priority order (an earlier rule wins between candidates of the same length)
RULES: list[Rule] = [
    ("clock", _c(rf"\b(?:(?P<mod>around|about|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
                 rf"{CLOCK}(?:\s+(?P<tz>{TZ}))?(?:,?\s+(?:on\s+)?(?P<day>{DAYREF}))?(?![\w%])")),
    ("daypart", _c(rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?P<rel>this|last|yesterday|tomorrow|today|tonight|{WEEKDAY})\s+"
                   rf"(?:(?P<mod2>early|late|mid-?)\s*)?(?P<part>{PARTS_RE})(?P<plural>s)?\b")),
    ("daypart_word", _c(rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?P<part>overnight|tonight|(?:mid-?\s*)?afternoon)\b"
                        rf"(?:\s+(?P<day>yesterday|today|tomorrow|{WEEKDAY}))?")),
    ("date", _c(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<edge>{EDGE})\s+)?(?:(?P<m>{MONTH_LOOSE})\s+(?P<d>{DAYNUM})(?!\d|:\d)"
                rf"|(?:the\s+)?(?P<d2>{DAYNUM})\s+(?:of\s+)?(?P<m2>{MONTH}))"
                rf"(?:,?\s+(?P<y>{YEAR})(?!\d))?\b")),
    ("numeric_date", _c(r"\b(?:(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                        r"|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)?\d\d))\b")),
    ("month", _c(rf"\b(?:(?P<edge>{EDGE})\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|that)\s+)?(?P<m>{MONTH})"
                 rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR_ANY})|(?P<yrel>this|last|next)\s+year))?(?![\w-])")),
    ("year", _c(rf"\b(?:(?P<edge>{EDGE})\s+)?(?:(?P<fiscal>fiscal|calendar|(?:the\s+)?(?:fiscal\s+)?year)\s+)?"
                rf"(?P<y>{YEAR})(?!\d|%|\s*-\s*\d|[,.]\d|'?s\b)")),
    ("spelled_year", _c(rf"\b(?:(?P<det>the\s+year)\s+)?(?P<body>(?P<y>{SPELLED_YEAR}))")),
    ("decade", _c(r"\b(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?:(?P<y>1[0-9]\d0|20\d0)'?s|'(?P<yy>\d0)s)\b")),
    ("century", _c(rf"\b(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<n>{ORDINAL})[\s-]+century\b")),
    ("quarter", _c(rf"\b(?:(?P<det>the|this|last|next|that)\s+(?!\w+-(?:quarter|half)))?"
                   rf"(?:(?P<yrel>(?:comparable\s+)?year-(?:earlier|ago)|this\s+year's|last\s+year's|next\s+year's"
                   rf"|(?P<y>{YEAR})(?:'s)?|fiscal\s+(?P<fy>{YEAR})(?:'s)?)\s+)?"
                   rf"(?:fiscal[- ]?)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
                   rf"(?:fiscal[- ]?)?(?P<unit>quarter|half)s?"
                   rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<yrel2>this|last|next)\s+year))?\b")),
    ("season", _c(rf"\b(?:(?P<edge>early|late|mid-?)\s*)?(?:(?P<rel>this|last|next|the|this\s+past|this\s+coming|that)\s+)"
                  rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR_ANY}))?\b"
                  rf"|\b(?P<s2>summer|winter|spring|autumn)(?:\s+(?:of\s+)?(?P<y2>{YEAR}))?\b")),
    ("holiday", _c(rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<h>{_alt(HOLIDAYS)})(?:'s)?(?:\s+(?P<y>{YEAR}))?\b")),
    ("day_rel", _c(r"\b(?:(?P<edge>early|late|earlier|later)\s+)?"
                   r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)\b")),
    ("ago", _c(rf"\b(?:(?P<mod>{APPROX})\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNITS_RE})s?\s+"
               rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously)\b(?!\s+(?:the|a|an|he|she|they|it|we|I)\b)")),
    ("unit_rel", _c(rf"\b(?:(?P<edge>{EDGE})\s+)?"
                    rf"(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+coming|the\s+current|the\s+latest|the\s+following"
                    rf"|this\s+past|this\s+coming|the\s+same|that|the|a)\s+"
                    rf"(?P<unit>week|weekend|month|year|quarter|decade|century|period)(?![\w-])")),
    ("year_end", _c(r"\b(?:the\s+)?year(?:'s)?[\s-]end\b")),
    ("year_ago_period", _c(r"\b(?:the|a)\s+(?:comparable\s+|same\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year|prior\s+year)\s+"
                           r"(?:(?P<ord>first|second|third|fourth)\s+)?(?P<unit>quarter|period|nine\s+months|six\s+months)\b")),
    ("year_ago_adj", _c(r"\b(?:year-earlier|year-ago)(?=\s+[a-z])")),
    ("named_year", _c(r"\bthe\s+(?P<which>fiscal|full|current|calendar|latest|current\s+fiscal|latest\s+fiscal|previous\s+fiscal)"
                      r"\s+year\b")),
    ("duration", _c(rf"\b(?:(?P<mod>{APPROX})\s+)?(?:the\s+)?"
                    rf"(?:(?P<rel>past|last|next|first|coming|previous|latest|following|final|remaining|initial|same|other)\s+)?"
                    rf"(?P<num>{NUM})(?:\s+(?:more|additional|straight|consecutive|full|long|trading|business|calendar|working|more))?[\s-]+(?P<unit>{UNITS_RE})(?P<pl>s)?"
                    rf"(?P<tail>\s+or\s+so|-long)?\b(?![\s-]old\b)")),
    ("vague", _c(rf"\b(?:(?P<mod>{APPROX})\s+)?(?:the\s+)?(?P<q>recent|coming|past|last|next|few|several|many|previous|early|first)"
                 rf"\s+(?P<unit>{UNITS_RE})s\b")),
    ("bare_units", _c(r"\b(?P<lead>for|within|in|over|after|than|lasted|took|takes|take|last)\s+"
                      r"(?P<body>(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries))\b")),
    ("set", _c(rf"\b(?:(?P<word>{_alt(SETS)})"
               rf"|(?P<every>every|each)\s+(?:other\s+)?(?P<what>{UNITS_RE}|{WEEKDAY}|{MONTH}|{PARTS_RE}|{SEASON})"
               rf"|(?P<lead>once|twice|times|thrice)\s+(?P<body>(?:a|an|per)\s+(?P<unit>{UNITS_RE}))|(?P<wds>{WEEKDAY})s(?:\s+(?P<wdpart>{PARTS_RE})s)?|(?P<wd2>{WEEKDAY})\s+(?P<wdpart2>{PARTS_RE})s)\b")),
    ("reference", _c(rf"\b(?P<w>{_alt(REFERENCES)})\b(?!-)")),
    ("weekday", _c(rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?(?P<wd>{WEEKDAY})(?![\w-])")),
    ("ordinal_day", _c(rf"\b(?:(?P<det>its|the)\s+|(?:their|his|her|our)\s+)(?P<body>(?P<n>{ORDINAL})\s+(?P<unit>day|week|month|year))\b")),
    ("day_after", _c(r"\b(?P<w>the\s+(?:day|week|month|year|night|morning)\s+(?:after|before))\s+(?!yesterday|today|tomorrow)")),
]

RULE_ORDER = {name: i for i, (name, _) in enumerate(RULES)}


#: every expression holds one of these words: the rules only run in windows around them (speed)
TRIGGER_WORDS = frozenset(
    [w.split()[0] for w in (*MONTHS, *WEEKDAYS, *SEASONS, *PARTS, *SETS, *HOLIDAYS)]
    + [w.split()[-1] for w in REFERENCES]
    + [
        u + s
        for u in ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "weekend", "half")
        for s in ("", "s")
    ]
    + ["eighteen", "nineteen", "thousand"]
    + ["century", "centuries", "today", "yesterday", "tomorrow", "tonight", "now", "recent", "every", "each", "times", "once",
       "twice", "millennium", "millennia", "noon", "midnight", "midday", "overnight"]
)
CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o'clock|in\s+the\s+(?:morning|afternoon|evening))", re.I)
WORD = re.compile(r"[A-Za-z]+|\d+[:/-]?")
WINDOW = 48


def windows(text: str) -> list[tuple[int, int]]:
    """Merged character ranges around trigger words (and years, clock times), widened to white space."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    triggers = TRIGGER_WORDS
    for m in WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            if not (len(word) == 4 and word[:2] in ("16", "17", "18", "19", "20")) and word[-1] not in ":/-" \
                    and not text.startswith("0s", m.end() - 1) and not CLOCK_AFTER.match(text, m.end()):
                continue
        elif word.lower() not in triggers:
            continue
        start = max(0, m.start() - WINDOW)
        end = min(n, m.end() + WINDOW)
        while end < n and not text[end].isspace():
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(w.lower() for phrase in phrases for w in LETTERS.findall(phrase))


LETTERS = re.compile(r"[A-Za-z]+")
_UNIT_WORDS = _words(
    *(u + s for u in ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade")
      for s in ("", "s")),
    "century", "centurys", "centurie", "centuries", "millennium", "millenniums", "millennia", "millennias",
)
_MONTH_WORDS = _words(*MONTHS)
_WEEKDAY_WORDS = _words(*WEEKDAYS) | {w.lower() + "s" for w in WEEKDAYS}
#: words every match of a rule holds (one at least): a rule runs only in the windows that hold one
#: (speed; rules absent here run everywhere). Each set follows its rule's pattern above.
NEEDS: dict[str, frozenset[str]] = {
    "daypart": _words("morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights"),
    "daypart_word": _words("overnight", "tonight", "afternoon", "midafternoon"),
    "date": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "century": _words("century"),
    "quarter": _words("quarter", "quarters", "half", "halfs"),
    "season": _words(*SEASONS, "summer", "winter", "spring", "autumn"),
    "holiday": _words(*HOLIDAYS),
    "day_rel": _words("today", "yesterday", "tomorrow"),
    "ago": _UNIT_WORDS,
    "unit_rel": _words("week", "weekend", "month", "year", "quarter", "decade", "century", "period"),
    "year_end": _words("year"),
    "year_ago_period": _words("year"),
    "year_ago_adj": _words("year"),
    "named_year": _words("year"),
    "duration": _UNIT_WORDS,
    "vague": _UNIT_WORDS,
    "bare_units": _words("days", "weeks", "months", "years", "decades", "hours", "minutes", "centuries"),
    "set": _words(*SETS, "every", "each", "once", "twice", "times", "thrice") | _WEEKDAY_WORDS,
    "reference": _words(*REFERENCES),
    "weekday": _WEEKDAY_WORDS,
    "ordinal_day": _words("day", "week", "month", "year"),
    "day_after": _words("day", "week", "month", "year", "night", "morning"),
}


def find(text: str) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the earlier rule, then the leftmost."""
    found: list[Candidate] = []
    ranges = windows(text)
    words = [frozenset(w.lower() for w in LETTERS.findall(text, lo, hi)) for lo, hi in ranges]
    for name, pattern in RULES:
        needs = NEEDS.get(name)
        spans = ranges if needs is None else [r for r, w in zip(ranges, words, strict=True) if not needs.isdisjoint(w)]
        for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
            use_body = "body" in pattern.groupindex and m.group("body") and not ("det" in pattern.groupindex and m.group("det"))
            start, end = m.span("body") if use_body else m.span()
            # trailing white space or a dangling period (not one of "a.m."/"Aug.") stays out
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                found.append(Candidate(start, end, name, m))
    found.sort(key=lambda c: (-(c.end - c.start), RULE_ORDER[c.rule], c.start))
    taken: list[Candidate] = []
    for cand in found:
        if any(cand.start < t.end and t.start < cand.end for t in taken):
            continue
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


# -- interpretation --------------------------------------------------------------------------


def number(words: str) -> float | str | None:
    """'twenty four' -> 24, 'a few' -> 'X', '2 1/2' -> 2.5; None if it is not a number."""
    w = re.sub(r"\s+", " ", words.lower().strip())
    if w in NUMBERS:
        return NUMBERS[w]
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", "")) if "." in w else int(w.replace(",", ""))
    frac = re.fullmatch(r"(\d+) (\d)/(\d)", w)
    if frac:
        return int(frac.group(1)) + int(frac.group(2)) / int(frac.group(3))
    half = re.fullmatch(r"(.+) and a half", w)
    if half:
        base = number(half.group(1))
        return base + 0.5 if isinstance(base, (int, float)) else None
    total = 0
    for part in re.split(r"[- ]", w):
        if part in ("and",):
            continue
        if part == "hundred":
            total = max(total, 1) * 100
        elif part in NUMBERS and isinstance(NUMBERS[part], (int, float)):
            total += NUMBERS[part]
        else:
            return None
    return total or None


def year_number(text: str) -> int:
    """'1996' -> 1996; 'nineteen ninety-six' -> 1996; 'two thousand one' -> 2001."""
    words = re.sub(r"[\s-]+", " ", text.lower().strip())
    if words.isdigit():
        return int(words)
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].replace("and", "").strip()
        return 2000 + int(number(rest) or 0) if rest else 2000
    head, _, rest = words.partition(" ")
    century = int(NUMBERS[head])
    rest = rest.replace("oh ", "").strip()
    return century * 100 + int(number(rest) or 0)


def unit_letter(unit: str) -> str:
    """'weeks' -> 'W', 'minutes' -> 'MIN', 'decades' -> '10Y'."""
    u = unit.lower()
    u = {"centurie": "century", "centuries": "century", "millennia": "millennium"}.get(u, u)
    u = u[:-1] if u.endswith("s") and u[:-1] in UNITS else u
    letter = UNITS.get(u, "D")
    return "MIN" if u == "minute" else letter


#: calendar unit of a unit word, for granular values ("two weeks ago" -> a week value)
CAL = {"day": "D", "night": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
       "century": "C", "centurie": "C", "weekend": "W"}


def _cal(unit: str) -> str | None:
    u = unit.lower().rstrip("s")
    return CAL.get(u)


def _dir(rel: str | None, ctx: Context) -> str:
    rel = (rel or "").lower()
    if rel in ("last", "this past", "past"):
        return "past"
    if rel in ("next", "this coming", "coming"):
        return "future"
    return ctx.direction


def _edge_mod(edge: str | None) -> str | None:
    e = re.sub(r"\s+", " ", (edge or "").lower())
    return {"early": "START", "late": "END", "mid": "MID", "mid-": "MID", "the end of": "END", "end of": "END",
            "the beginning of": "START", "the start of": "START", "the middle of": "MID"}.get(e)


Interpretation = tuple[str, str]

#: how many months ahead of the publication date a month (or month and day) without a year may lie,
#: by the tense of its clause; further ahead, the past one is meant. A past-tense clause still
#: reaches a little ahead ("the summit set for April", "declared a dividend payable Dec. 15").
AHEAD_DAY = {"past": 2, "nearest": 6, "future": 11}
AHEAD_MONTH = AHEAD_DAY


def _clock(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    if g.get("named"):
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["named"].lower()]
    else:
        hh = g.get("hh") or g.get("hh2") or g.get("hh3") or g.get("hh4") or "0"
        mm = g.get("mm") or g.get("mm2") or "00"
        hour = int(hh)
        ampm = (g.get("ampm") or "").lower()
        part = (g.get("part3") or g.get("part4") or "").lower()
        if (ampm.startswith("p") or part in ("afternoon", "evening")) and hour < 12:
            hour += 12
        if ampm.startswith("a") and hour == 12:
            hour = 0
        hhmm = f"{hour:02d}:{mm}"
    day = _day_value(g.get("day"), ctx) if g.get("day") else tn.fmt(ctx.dct, "D")
    return "TIME", f"{day}T{hhmm}"


def _day_value(words: str, ctx: Context) -> str:
    """today / yesterday / tomorrow / a weekday / 'Nov. 9' as a day value."""
    w = words.lower().strip()
    if w in ("today", "tonight"):
        return tn.fmt(ctx.dct, "D")
    if w == "yesterday":
        return tn.relative(ctx.dct, "D", -1)
    if w == "tomorrow":
        return tn.relative(ctx.dct, "D", 1)
    key = w.rstrip(".")
    if key in WEEKDAYS:
        return tn.weekday(ctx.dct, WEEKDAYS[key], ctx.direction)
    md = re.match(rf"({MONTH_LOOSE})\s+(\d+)", w, re.I)
    if md:
        return tn.month_day(ctx.dct, MONTHS[md.group(1).rstrip(".").lower()], int(md.group(2)), ctx.direction)
    return tn.UNKNOWN_DAY


def _daypart(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    part = PARTS[g["part"].lower().replace("mid-", "").replace("mid", "").strip()] if g.get("part") else "NI"
    rel = (g.get("rel") or g.get("day") or "").lower()
    if g.get("plural"):
        if rel.rstrip(".") in WEEKDAYS:
            return "SET", f"XXXX-WXX-{WEEKDAYS[rel.rstrip('.')]}T{part}"
        return "SET", "P1D"
    if rel == "last" and part == "NI":
        day = tn.relative(ctx.dct, "D", -1)
    elif rel in ("", "this", "today", "tonight", "the", "that"):
        day = tn.fmt(ctx.dct, "D")
    else:
        day = _day_value(rel, ctx)
    if g["part"].lower() == "overnight":
        day = tn.relative(ctx.dct, "D", -1) if ctx.direction == "past" else day
    # "Friday night" is annotated as a DATE in TimeML news, "this morning" as a TIME
    kind = "DATE" if rel.rstrip(".") in WEEKDAYS else "TIME"
    return kind, f"{day}T{part}"


def _date(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    month = MONTHS[(g.get("m") or g.get("m2")).rstrip(".").lower()]
    day = int(re.match(r"\d+", g.get("d") or g.get("d2")).group())
    year = int(g["y"]) if g.get("y") else None
    if year is None and g.get("wd") and ctx.dct is not None:
        # a weekday pins the year: the candidate year within one of the publication year
        wd = WEEKDAYS[g["wd"].rstrip(".").lower()]
        for y in (ctx.dct.year, ctx.dct.year + 1, ctx.dct.year - 1):
            try:
                if dt.date(y, month, day).isoweekday() == wd:
                    year = y
                    break
            except ValueError:
                break
    # a month and day are the ones nearest the publication date: tense misleads ("declared a
    # dividend payable Dec. 15" is this December's, in a past-tense sentence)
    if year is None and ctx.dct is not None:
        year = tn.year_within(ctx.dct, month, day, AHEAD_DAY[ctx.direction if ctx.direction in AHEAD_DAY else "nearest"])
    value = tn.month_day(ctx.dct, month, day, "nearest", year)
    if _edge_mod(g.get("edge")) and len(value) > 7:
        value = value[:7]
    return "DATE", value


def _numeric_date(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    if g.get("y"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    else:
        y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
    return "DATE", tn.month_day(ctx.dct, mo, d, ctx.direction, y)


def _month(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    month = MONTHS[g["m"].rstrip(".").lower()]
    year = year_number(g["y"]) if g.get("y") else None
    yrel = (g.get("yrel") or "").lower()
    if yrel and ctx.dct:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[yrel]
    rel = (g.get("rel") or "").lower()
    direction = _dir(rel, ctx)
    if year is None and ctx.dct is not None and rel in ("last", "next", "this past", "this coming"):
        # "last April" is the April before this month; "next April" the one after it
        year = ctx.dct.year
        if rel in ("last", "this past") and month >= ctx.dct.month:
            year -= 1
        if rel in ("next", "this coming") and month <= ctx.dct.month:
            year += 1
    if year is None and rel == "this" and ctx.dct is not None:
        year = ctx.dct.year
    if year is None and ctx.dct is not None:
        year = tn.year_within(ctx.dct, month, None, AHEAD_MONTH[direction if direction in AHEAD_MONTH else "nearest"])
    return "DATE", tn.month_day(ctx.dct, month, None, direction, year)


def _year(m: re.Match[str], ctx: Context) -> Interpretation:
    return "DATE", m.group("y")


def _spelled_year(m: re.Match[str], ctx: Context) -> Interpretation:
    return "DATE", f"{year_number(m.group('y')):04d}"


def _year_ago_adj(m: re.Match[str], ctx: Context) -> Interpretation:
    """'year-earlier results': the same period a year before; a quarter when quarters are discussed."""
    q = ctx.refs.get("Q") or (tn.relative(ctx.dct, "Q", -1) if ctx.dct and re.search(r"\bquarter", ctx.sentence, re.I) else None)
    if q:
        return "DATE", f"{int(q[:4]) - 1:04d}{q[4:]}"
    return "DATE", tn.relative(ctx.dct, "Y", -1)


def _decade(m: re.Match[str], ctx: Context) -> Interpretation:
    if m.group("y"):
        return "DATE", m.group("y")[:3]
    yy = int(m.group("yy"))
    century = 19 if ctx.dct is None or yy > ctx.dct.year % 100 else 20
    return "DATE", f"{century}{yy // 10}"


def _century(m: re.Match[str], ctx: Context) -> Interpretation:
    n_text = m.group("n").lower()
    n = ORDINALS.get(n_text) or int(re.match(r"\d+", n_text).group())
    return "DATE", f"{n - 1:02d}"


def _quarter(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    ordinal = g["ord"].lower()
    unit = g["unit"].lower()
    idx = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(ordinal)
    if idx is None:  # final / last
        idx = 4 if unit == "quarter" else 2
    year: int | None = None
    if g.get("y") or g.get("fy") or g.get("y2"):
        year = int(g.get("y") or g.get("fy") or g.get("y2"))
    elif ctx.dct is not None:
        year = ctx.dct.year
        yrel = (g.get("yrel") or g.get("yrel2") or "").lower()
        det = (g.get("det") or "").lower()
        if "year-earlier" in yrel or "year-ago" in yrel or yrel.startswith("last") or yrel == "last":
            year -= 1
        elif yrel.startswith("next") or yrel == "next":
            year += 1
        elif det == "last" or (det != "next" and ctx.direction == "past" and (idx - 1) * 3 + 1 > ctx.dct.month and not yrel):
            # a quarter that has not begun yet, in a past-tense clause: last year's
            year -= 1
    if m.group(0).rstrip().lower().endswith("s") and not g.get("det"):
        return "SET", f"XXXX-{'Q' if unit == 'quarter' else 'H'}{idx}"
    head = f"{year:04d}" if year is not None else "XXXX"
    return "DATE", f"{head}-{'Q' if unit == 'quarter' else 'H'}{idx}"


def _season(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    season = SEASONS[(g.get("s") or g.get("s2")).lower()]
    year_text = g.get("y") or g.get("y2")
    if year_text:
        return "DATE", f"{year_number(year_text):04d}-{season}"
    if ctx.dct is None:
        return "DATE", f"XXXX-{season}"
    order = ["SP", "SU", "FA", "WI"]
    cur_year, cur = tn.season_of(ctx.dct)
    rel = (g.get("rel") or "").lower()
    direction = _dir(rel, ctx)
    year = ctx.dct.year
    if rel in ("this", "the", "that", ""):
        # this summer: the one of this year, before or after
        year = ctx.dct.year
        if season == "WI" and ctx.dct.month <= 2:
            year -= 1
    elif direction == "past":
        year = cur_year if order.index(season) < order.index(cur) else cur_year - 1
    else:
        year = cur_year if order.index(season) > order.index(cur) else cur_year + 1
    return "DATE", f"{year:04d}-{season}"


def _holiday(m: re.Match[str], ctx: Context) -> Interpretation:
    rule = HOLIDAYS[re.sub(r"\s+", " ", m.group("h").lower())]
    fixed = re.fullmatch(r"(\d\d)-(\d\d)", rule)
    nth = re.fullmatch(r"(\d\d)-(-?\d)-(\d)", rule)
    nums = [int(x) for x in (fixed or nth).groups()]  # type: ignore[union-attr]
    month = nums[0]
    year = int(m.group("y")) if m.group("y") else None

    def on(y: int) -> dt.date:
        if len(nums) == 2:
            return dt.date(y, month, nums[1])
        return tn.nth_weekday(y, month, nums[1], nums[2])

    if year is None:
        if ctx.dct is None:
            return "DATE", f"XXXX-{month:02d}" + (f"-{nums[1]:02d}" if len(nums) == 2 else "")
        year = ctx.dct.year
        direction = _dir(m.group("rel"), ctx)
        if direction == "past" and on(year) > ctx.dct:
            year -= 1
        elif direction == "future" and on(year) < ctx.dct:
            year += 1
        elif direction not in ("past", "future"):  # no tense: the nearer one ("Thanksgiving" in January)
            dct = ctx.dct
            year = min((year - 1, year, year + 1), key=lambda y: abs((on(y) - dct).days))
    return "DATE", on(year).isoformat()


def _day_rel(m: re.Match[str], ctx: Context) -> Interpretation:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if w == "the day before yesterday":
        return "DATE", tn.relative(ctx.dct, "D", -2)
    if w == "the day after tomorrow":
        return "DATE", tn.relative(ctx.dct, "D", 2)
    return "DATE", _day_value(w, ctx)


def _ago(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    amount = number(g["num"])
    unit = g["unit"].lower()
    cal = _cal(unit)
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if cal is None:  # hours, minutes: a time of day we cannot pin
        return "DURATION", tn.duration(amount if amount is not None else "X", unit_letter(unit))
    if not isinstance(amount, (int, float)) or amount != int(amount):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    base = ctx.dct
    if direction in ("earlier", "later", "before", "after"):
        # relative to the time under discussion; quarter talk keeps quarter granularity
        if cal == "Y" and (ctx.refs.get("Q") or (ctx.dct and re.search(r"\bquarter\b", ctx.sentence, re.I))):
            q = ctx.refs.get("Q") or tn.relative(ctx.dct, "Q", -1)
            return "DATE", f"{int(q[:4]) + sign * int(amount):04d}{q[4:]}"
        ref = tn.parse_date(ctx.refs.get("D"))
        base = ref or base
    elif cal == "Y" and ctx.dct is not None and ("Q" in ctx.refs or re.search(r"\bquarter\b", ctx.sentence, re.I)):
        # "profit rose from a year ago": the same quarter a year before (the latest reported one)
        q = ctx.refs.get("Q") or tn.relative(ctx.dct, "Q", -1)
        return "DATE", f"{int(q[:4]) + sign * int(amount):04d}{q[4:]}"
    return "DATE", tn.relative(base, cal, sign * int(amount))


def _unit_rel(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    if rel == "a":
        return "DURATION", tn.duration(1, unit_letter(unit)) if unit in CAL else "PXX"
    ended = re.match(rf"\s+end(?:ed|ing)\s+(?P<m>{MONTH_LOOSE})", m.string[m.end():m.end() + 20], re.I)
    if unit == "quarter" and rel in ("the", "that", "the same", "the latest") and ended and ctx.dct is not None:
        # "the quarter ended Sept. 30": the quarter that month closes, the latest one before publication
        month = MONTHS[ended.group("m").rstrip(".").lower()]
        year = ctx.dct.year - (1 if month > ctx.dct.month else 0)
        return "DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "period":
        if rel in ("the latest", "the same", "the", "that", "the current") and (
            "Q" in ctx.refs or re.search(r"\bquarter", ctx.sentence, re.I)
        ):
            return "DATE", ctx.refs.get("Q") or tn.relative(ctx.dct, "Q", -1)
        return "DURATION", "PXX"
    cal = _cal(unit) or "Y"
    if rel == "the" and unit == "year" and re.match(r"\s+(?:ended|ending)\b", m.string[m.end():m.end() + 10]):
        # "the year ended March 31": a fiscal year, i.e. a one-year span
        return "DURATION", "P1Y"
    if unit == "weekend":
        if ctx.dct is None:
            return "DATE", "XXXX-WXX-WE"
        if rel in ("next", "this coming", "the coming") or (rel in ("this", "the") and ctx.direction == "future"):
            sat = ctx.dct + dt.timedelta(days=(6 - ctx.dct.isoweekday()) % 7)
        else:
            sat = (
                ctx.dct - dt.timedelta(days=(ctx.dct.isoweekday() - 6) % 7 or 7)
                if ctx.dct.isoweekday() < 6
                else ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 6)
            )
        y, w, _ = sat.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}-WE"
    offset = 0
    if rel in ("last", "the past", "the previous", "this past"):
        offset = -1
    elif rel in ("next", "the coming", "the following", "this coming"):
        offset = 1
    elif rel == "the latest" and cal == "Q":
        offset = -1
    elif rel in ("the", "that", "the same") and cal == "Q":
        if "Q" in ctx.refs:
            return "DATE", ctx.refs["Q"]
        offset = -1
    elif rel in ("the", "that", "the same") and cal in ctx.refs:
        return "DATE", ctx.refs[cal]
    if rel in ("the past", "the previous") and cal in ("Y", "M", "W", "Q"):
        offset = -1
    return "DATE", tn.relative(ctx.dct, cal, offset)


def _year_end(m: re.Match[str], ctx: Context) -> Interpretation:
    return "DATE", tn.fmt(ctx.dct, "Y")


def _year_ago_period(m: re.Match[str], ctx: Context) -> Interpretation:
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit in ("nine months", "six months"):
        return "DURATION", f"P{9 if unit.startswith('nine') else 6}M"
    if m.group("ord") and ctx.dct is not None:
        idx = ["first", "second", "third", "fourth"].index(m.group("ord").lower()) + 1
        return "DATE", f"{ctx.dct.year - 1:04d}-Q{idx}"
    q = ctx.refs.get("Q") or (tn.relative(ctx.dct, "Q", -1) if ctx.dct else None)
    if q is None:
        return "DATE", "XXXX-QX"
    return "DATE", f"{int(q[:4]) - 1:04d}{q[4:]}"


def _named_year(m: re.Match[str], ctx: Context) -> Interpretation:
    which = re.sub(r"\s+", " ", m.group("which").lower())
    if which == "previous fiscal":
        return "DATE", tn.relative(ctx.dct, "Y", -1)
    return "DATE", tn.fmt(ctx.dct, "Y")


def _duration(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    amount = number(g["num"])
    unit = g["unit"].lower()
    letter = unit_letter(unit)
    if amount is None:
        amount = "X"
    if letter == "Q" and amount != "X" and (g.get("rel") or "").lower() in ("next",):
        return "DURATION", tn.duration(3 * amount, "M")
    return "DURATION", tn.duration(amount, letter)


def _vague(m: re.Match[str], ctx: Context) -> Interpretation:
    q = m.group("q").lower()
    unit = m.group("unit").lower()
    if q == "recent" and unit.startswith("year"):
        return "DATE", "PAST_REF"
    return "DURATION", tn.duration("X", unit_letter(unit))


def _bare_units(m: re.Match[str], ctx: Context) -> Interpretation:
    return "DURATION", tn.duration("X", unit_letter(m.group("unit")))


def _set(m: re.Match[str], ctx: Context) -> Interpretation:
    g = m.groupdict()
    if g.get("word"):
        return "SET", SETS[g["word"].lower()]
    if g.get("every"):
        what = g["what"].lower().rstrip(".")
        if what in WEEKDAYS:
            return "SET", f"XXXX-WXX-{WEEKDAYS[what]}"
        if what in MONTHS:
            return "SET", f"XXXX-{MONTHS[what]:02d}"
        if what in PARTS:
            return "SET", f"XXXX-XX-XXT{PARTS[what]}"
        if what in SEASONS:
            return "SET", f"XXXX-{SEASONS[what]}"
        letter = unit_letter(what)
        return "SET", tn.duration(1, letter if letter != "Q" else "Q")
    if g.get("unit"):
        return "SET", tn.duration(1, unit_letter(g["unit"]))
    wd = (g.get("wds") or g.get("wd2") or "").lower().rstrip(".")
    part = g.get("wdpart") or g.get("wdpart2")
    return "SET", f"XXXX-WXX-{WEEKDAYS[wd]}" + (f"T{PARTS[part.lower()]}" if part else "")


def _reference(m: re.Match[str], ctx: Context) -> Interpretation:
    return "DATE", REFERENCES[re.sub(r"\s+", " ", m.group("w").lower())]


def _weekday(m: re.Match[str], ctx: Context) -> Interpretation:
    rel = (m.group("rel") or "").lower()
    wd = WEEKDAYS[m.group("wd").rstrip(".").lower()]
    if ctx.dct is not None and rel in ("next", "this coming", "coming"):
        delta = (wd - ctx.dct.isoweekday()) % 7 or 7
        return "DATE", (ctx.dct + dt.timedelta(days=delta)).isoformat()
    if ctx.dct is not None and rel in ("last", "this past", "past"):
        delta = (ctx.dct.isoweekday() - wd) % 7 or 7
        return "DATE", (ctx.dct - dt.timedelta(days=delta)).isoformat()
    return "DATE", tn.weekday(ctx.dct, wd, _dir(rel, ctx))


def _ordinal_day(m: re.Match[str], ctx: Context) -> Interpretation:
    # resolved against an anchor by the component (it knows the sentence and the anchors table)
    return "DATE", tn.fmt(None, _cal(m.group("unit")) or "D")


def _day_after(m: re.Match[str], ctx: Context) -> Interpretation:
    unit = m.group("w").split()[1].lower()
    return ("TIME" if unit in ("night", "morning") else "DATE"), tn.fmt(None, _cal(unit) or "D")


INTERPRETERS: dict[str, Callable[[re.Match[str], Context], Interpretation]] = {
    "clock": _clock, "daypart": _daypart, "daypart_word": _daypart, "date": _date, "numeric_date": _numeric_date,
    "month": _month, "year": _year, "spelled_year": _spelled_year, "year_ago_adj": _year_ago_adj, "decade": _decade, "century": _century,
    "quarter": _quarter, "season": _season,
    "holiday": _holiday, "day_rel": _day_rel, "ago": _ago, "unit_rel": _unit_rel, "year_end": _year_end,
    "year_ago_period": _year_ago_period, "named_year": _named_year,
    "duration": _duration, "vague": _vague, "bare_units": _bare_units, "set": _set, "reference": _reference,
    "weekday": _weekday, "ordinal_day": _ordinal_day, "day_after": _day_after,
}


def interpret(cand: Candidate, ctx: Context) -> Interpretation:
    """(TIMEX3 type, value) of one candidate; values the context cannot fix keep X placeholders."""
    try:
        kind, value = INTERPRETERS[cand.rule](cand.match, ctx)
    except (OverflowError, ValueError):  # a date near year 1 or 9999 shifted off the calendar
        kind, value = INTERPRETERS[cand.rule](cand.match, Context(direction=ctx.direction, sentence=ctx.sentence))
    if not tn.is_valid(value):  # never emit a malformed value
        value = {"DURATION": "PXX", "SET": "PXX"}.get(kind, tn.UNKNOWN_DAY)
    return kind, value


def normalize(text: str, pub_date: str | None, tense: str = "past") -> Interpretation | None:
    """(type, value) of a whole phrase ('last week', 'two days ago') against a publication date,
    or None when the grammar does not read the whole phrase as one expression."""
    for cand in find(text):
        if cand.start == 0 and cand.end == len(text.rstrip()):
            return interpret(cand, Context(dct=tn.parse_date(pub_date), direction=tense))
    return None
