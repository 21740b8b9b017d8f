"""The times component: TIMEX3 normalization (pure), extraction on parsed Docs, clause dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.times import normalize as tn
from dateline.nlp.times.component import extract_times, find_anchor
from dateline.nlp.times.grammar import find, normalize

PUB = "2022-03-30"  # a Wednesday

# phrase, tense of its clause, expected (type, value) against PUB
PHRASES = [
    ("Tuesday", "past", ("DATE", "2022-03-29")),
    ("Tuesday", "future", ("DATE", "2022-04-05")),
    ("Wednesday", "past", ("DATE", "2022-03-30")),
    ("last Friday", "past", ("DATE", "2022-03-25")),
    ("next Monday", "past", ("DATE", "2022-04-04")),
    ("today", "past", ("DATE", "2022-03-30")),
    ("yesterday", "past", ("DATE", "2022-03-29")),
    ("tomorrow", "future", ("DATE", "2022-03-31")),
    ("the day before yesterday", "past", ("DATE", "2022-03-28")),
    ("last week", "past", ("DATE", "2022-W12")),
    ("this week", "past", ("DATE", "2022-W13")),
    ("next week", "future", ("DATE", "2022-W14")),
    ("last month", "past", ("DATE", "2022-02")),
    ("earlier this month", "past", ("DATE", "2022-03")),
    ("next year", "future", ("DATE", "2023")),
    ("last year", "past", ("DATE", "2021")),
    ("two days ago", "past", ("DATE", "2022-03-28")),
    ("three weeks ago", "past", ("DATE", "2022-W10")),
    ("five years ago", "past", ("DATE", "2017")),
    ("a decade ago", "past", ("DATE", "201")),
    ("last summer", "past", ("DATE", "2021-SU")),
    ("this spring", "past", ("DATE", "2022-SP")),
    ("the third quarter", "future", ("DATE", "2022-Q3")),
    ("the first quarter of 2021", "past", ("DATE", "2021-Q1")),
    ("the 1990s", "past", ("DATE", "199")),
    ("the 20th century", "past", ("DATE", "19")),
    ("March 3", "past", ("DATE", "2022-03-03")),
    ("Feb. 24, 2022", "past", ("DATE", "2022-02-24")),
    ("24 February 2022", "past", ("DATE", "2022-02-24")),
    ("February 2021", "past", ("DATE", "2021-02")),
    ("1998", "past", ("DATE", "1998")),
    ("Christmas", "future", ("DATE", "2022-12-25")),
    ("Thanksgiving", "past", ("DATE", "2021-11-25")),
    ("this morning", "past", ("TIME", "2022-03-30TMO")),
    ("last night", "past", ("TIME", "2022-03-29TNI")),
    ("tonight", "future", ("TIME", "2022-03-30TNI")),
    ("10:30 a.m.", "past", ("TIME", "2022-03-30T10:30")),
    ("5 p.m. Tuesday", "past", ("TIME", "2022-03-29T17:00")),
    ("noon Saturday", "future", ("TIME", "2022-04-02T12:00")),
    ("three days", "past", ("DURATION", "P3D")),
    ("the past two months", "past", ("DURATION", "P2M")),
    ("five-year", "past", ("DURATION", "P5Y")),
    ("several years", "past", ("DURATION", "PXY")),
    ("2 1/2 years", "past", ("DURATION", "P2Y6M")),
    ("48 hours", "past", ("DURATION", "PT48H")),
    ("nearly an hour", "past", ("DURATION", "PT1H")),
    ("weekly", "past", ("SET", "P1W")),
    ("daily", "past", ("SET", "P1D")),
    ("every month", "past", ("SET", "P1M")),
    ("each Thursday", "past", ("SET", "XXXX-WXX-4")),
    ("now", "past", ("DATE", "PRESENT_REF")),
    ("right now", "past", ("DATE", "PRESENT_REF")),
    ("recently", "past", ("DATE", "PAST_REF")),
    ("the future", "future", ("DATE", "FUTURE_REF")),
]


@pytest.mark.parametrize("phrase,tense,expected", PHRASES)
def test_normalize_phrases(phrase, tense, expected):
    assert normalize(phrase, PUB, tense) == expected


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("Tuesday", ("DATE", "XXXX-WXX-2")),
        ("last week", ("DATE", "XXXX-WXX")),
        ("today", ("DATE", "XXXX-XX-XX")),
        ("March 3", ("DATE", "XXXX-03-03")),
        ("1998", ("DATE", "1998")),
        ("three days", ("DURATION", "P3D")),
    ],
)
def test_unknown_publication_date_leaves_x(phrase, expected):
    assert normalize(phrase, None) == expected


@pytest.mark.parametrize(
    "text,spans",
    [
        ("He spoke on Tuesday.", ["Tuesday"]),  # the preposition stays out
        ("Profit rose in the third quarter.", ["the third quarter"]),
        ("Its third-quarter profit rose", ["third-quarter"]),
        ("over the past two months", ["the past two months"]),
        ("The 6-year-old boy", []),  # an age is not a duration
        ("about five hours", ["five hours"]),
        ("since Feb. 24", ["Feb. 24"]),
        ("at 6 a.m. Monday", ["6 a.m. Monday"]),
    ],
)
def test_spans_follow_timeml(text, spans):
    assert [c.text for c in find(text)] == spans


VALUE_CASES = ["2022-03-30", "2022-W12", "2022-Q1", "2022-SU", "199", "19", "P1W", "PT5H30M", "P2Y6M", "PXY",
               "PRESENT_REF", "XXXX-WXX-2", "2022-03-29TNI", "2022-03-30T10:30", "XXXX-XX-XX", "2022-W13-WE"]


@pytest.mark.parametrize("value", VALUE_CASES)
def test_validator_accepts_timex3_values(value):
    assert tn.is_valid(value)


@pytest.mark.parametrize("value", ["2022-13-01", "2022-W54", "P", "yesterday", "2022-03-30T25:00", "PT", "2022-Q5"])
def test_validator_rejects_malformed_values(value):
    assert not tn.is_valid(value)


WORDS = st.sampled_from(
    ["last", "next", "this", "the", "Friday", "week", "month", "year", "quarter", "two", "three", "days", "ago", "early",
     "March", "3", "1998", "summer", "third", "every", "daily", "morning", "p.m.", "10", "nearly", "past", "decade", "s", "-",
     "nineteen", "ninety-six", "two thousand", "in", "year-earlier", "Christmas", "ended", "Sept."]
)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=5),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)),
    tense=st.sampled_from(["past", "future", "nearest"]),
)
def test_every_emitted_value_is_valid_and_deterministic(words, day, tense):
    from dateline.nlp.times.grammar import Context, interpret

    text = " ".join(words)
    for cand in find(text):
        first = interpret(cand, Context(dct=day, direction=tense))
        again = interpret(cand, Context(dct=day, direction=tense))
        assert first == again
        kind, value = first
        assert kind in ("DATE", "TIME", "DURATION", "SET")
        assert tn.is_valid(value), (text, cand.text, value)


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)), wd=st.integers(1, 7))
def test_weekday_resolution_brackets_the_date(day, wd):
    past = dt.date.fromisoformat(tn.weekday(day, wd, "past"))
    future = dt.date.fromisoformat(tn.weekday(day, wd, "future"))
    assert 0 <= (day - past).days < 7 and 0 <= (future - day).days < 7
    assert past.isoweekday() == future.isoweekday() == wd


def test_known_anchor_needs_matching_context_and_date():
    text = "Russia's invasion of Ukraine continues."
    assert find_anchor("On its 34th day, the full-scale invasion", text, dt.date(2022, 3, 30)) == dt.date(2022, 2, 24)
    assert find_anchor("On its 34th day, the full-scale invasion", text, dt.date(2021, 3, 30)) is None
    assert find_anchor("On its 34th day, the invasion", "A story about gardening.", dt.date(2022, 3, 30)) is None


# -- on parsed Docs --------------------------------------------------------------------------


def _doc(bare_nlp, text, date):
    doc = bare_nlp(text)
    doc._.article = {"date": date}
    return doc


def test_extract_times_on_a_parsed_doc(bare_nlp):
    text = "Zelensky said on Tuesday that talks will resume next week. On its 34th day, the full-scale invasion of Ukraine goes on."
    times = extract_times(_doc(bare_nlp, text, PUB), PUB)
    got = {(t["text"], t["type"], t["value"]) for t in times}
    assert ("Tuesday", "DATE", "2022-03-29") in got
    assert ("next week", "DATE", "2022-W14") in got
    assert ("its 34th day", "DATE", "2022-03-29") in got
    for t in times:
        assert text[t["start"]:t["end"]] == t["text"]
        assert set(t) == {"start", "end", "text", "type", "value"}


def test_tense_picks_the_weekday(bare_nlp):
    past = extract_times(_doc(bare_nlp, "The minister resigned on Friday.", PUB), PUB)
    future = extract_times(_doc(bare_nlp, "The minister will resign on Friday.", PUB), PUB)
    assert past[0]["value"] == "2022-03-25"
    assert future[0]["value"] == "2022-04-01"


@pytest.mark.parametrize("text", ["It may rain later.", "They march on the capital."])
def test_modal_and_verb_are_not_months(bare_nlp, text):
    assert [t for t in extract_times(_doc(bare_nlp, text, PUB), PUB) if t["text"].lower() in ("may", "march")] == []


def test_unanchored_count_stays_unresolved(bare_nlp):
    times = extract_times(_doc(bare_nlp, "On its 34th day, the festival drew crowds.", PUB), PUB)
    assert [t["value"] for t in times if t["text"] == "its 34th day"] == ["XXXX-XX-XX"]


def test_clause_dates_map_verbs_to_their_dates(bare_nlp):
    from dateline.nlp.times.component import TimesComponent

    doc = _doc(bare_nlp, "Troops withdrew on Tuesday. Officials met today.", PUB)
    TimesComponent(bare_nlp, "t")(doc)
    by_word = {doc[i].text: value for i, value in doc._.clause_dates.items()}
    assert by_word["withdrew"] == "2022-03-29"
    assert by_word["met"] == "2022-03-30"


def test_no_publication_date(bare_nlp):
    times = extract_times(_doc(bare_nlp, "They met on Tuesday and will meet again in two weeks.", None), None)
    assert [t["value"] for t in times] == ["XXXX-WXX-2", "P2W"]


def test_rule_prefilter_finds_what_every_rule_finds_everywhere(monkeypatch):
    """NEEDS lets a rule skip windows without its words (speed); it must never lose a match."""
    from dateline.nlp.times import grammar as timex_grammar

    text = " ".join(
        f"The committee met {phrase} and again in Mondays sessions twice a week, at 5 p.m. EST, "
        f"nearly four years ago, for the past 18 months, in the year-earlier quarter, each spring."
        for phrase, _, _ in PHRASES
    )
    with_filter = [(c.start, c.end, c.rule) for c in timex_grammar.find(text)]
    monkeypatch.setattr(timex_grammar, "NEEDS", {})
    without = [(c.start, c.end, c.rule) for c in timex_grammar.find(text)]
    assert with_filter == without and len(without) > len(PHRASES)
