"""Value rules of the times component added for the TempEval-3 conventions: spelled-out years,
year-earlier adjectives, month years by tense window, holidays, quarters ended, rates, tense cues."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.times import normalize as tn
from dateline.nlp.times.component import extract_times
from dateline.nlp.times.grammar import find, normalize, year_number

PUB = "2022-03-30"  # a Wednesday


@pytest.mark.parametrize(
    "phrase,tense,expected",
    [
        # spelled-out years (broadcast transcripts)
        ("nineteen ninety-six", "past", ("DATE", "1996")),
        ("nineteen eighty-four", "past", ("DATE", "1984")),
        ("the year two thousand", "past", ("DATE", "2000")),
        ("March nineteen seventy-nine", "past", ("DATE", "1979-03")),
        ("the summer of nineteen sixty-nine", "past", ("DATE", "1969-SU")),
        # a month (and day) without a year: nearest within a tense-dependent window
        ("November", "past", ("DATE", "2021-11")),  # eight months ahead: last year's
        ("April", "past", ("DATE", "2022-04")),  # next month, even in a past-tense clause
        ("Nov. 3", "past", ("DATE", "2021-11-03")),
        ("May 5", "past", ("DATE", "2022-05-05")),
        ("January", "future", ("DATE", "2023-01")),
        ("Oct. 23", "nearest", ("DATE", "2021-10-23")),
        # holidays: "last", and the nearer one without tense
        ("last Christmas", "future", ("DATE", "2021-12-25")),
        ("next Thanksgiving", "past", ("DATE", "2022-11-24")),
        ("Christmas", "nearest", ("DATE", "2021-12-25")),
        ("Independence Day", "nearest", ("DATE", "2022-07-04")),
        # reference words
        ("then current", "past", ("DATE", "PAST_REF")),
    ],
)
def test_value_rules(phrase, tense, expected):
    assert normalize(phrase, PUB, tense) == expected


@pytest.mark.parametrize(
    "text,spans",
    [
        ("In nineteen ninety-one he was convicted.", ["nineteen ninety-one"]),
        ("They sold two thousand copies.", []),  # a count, not a year
        ("by the year two thousand", ["the year two thousand"]),
        ("in an editorial on Saturday, April 25: the court", ["Saturday, April 25"]),
        ("compared with year-earlier profit of $3 million", ["year-earlier"]),
        ("Results ended Sept. 30: profit rose", ["Sept. 30"]),
    ],
)
def test_spans(text, spans):
    assert [c.text for c in find(text)] == spans


@pytest.mark.parametrize("text,year", [("1996", 1996), ("nineteen ninety-six", 1996), ("nineteen oh five", 1905),
                                       ("two thousand", 2000), ("two thousand and one", 2001), ("eighteen twelve", 1812)])
def test_year_number(text, year):
    assert year_number(text) == year


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)), month=st.integers(1, 12),
       ahead=st.integers(0, 11))
def test_year_within_stays_inside_the_window(day, month, ahead):
    year = tn.year_within(day, month, None, ahead)
    months = (year * 12 + month) - (day.year * 12 + day.month)
    assert -11 <= months <= 11
    assert months <= ahead or months <= 0


# -- rules that read the parse -------------------------------------------------------------


def _times(nlp, text, date=PUB):
    doc = nlp(text)
    doc._.article = {"date": date}
    return {(t["text"], t["type"], t["value"]) for t in extract_times(doc, date)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The company will save $2 million a year in costs.", ("a year", "SET", "P1Y")),
        ("It flies four flights a week to Bombay.", ("a week", "SET", "P1W")),
        ("He offered him a week to withdraw.", ("a week", "DURATION", "P1W")),  # no amount: a duration
    ],
)
def test_rates_are_sets(bare_nlp, text, expected):
    assert expected in _times(bare_nlp, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the past perfect: the Friday already gone, though "scheduled"
        ("The offer had been scheduled to expire Friday.", ("Friday", "DATE", "2022-03-25")),
        # moved to a later date: the coming one, though the verb is past
        ("Officials postponed the hearing until Monday.", ("Monday", "DATE", "2022-04-04")),
        ("The court has scheduled a hearing Thursday.", ("Thursday", "DATE", "2022-03-31")),
        ("Trading is to resume Tuesday.", ("Tuesday", "DATE", "2022-04-05")),
    ],
)
def test_tense_cues(bare_nlp, text, expected):
    assert expected in _times(bare_nlp, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Profit rose in the quarter ended Sept. 30.", ("the quarter", "DATE", "2021-Q3")),
        ("Profit rose in the first quarter. The latest period included a gain.", ("The latest period", "DATE", "2022-Q1")),
        ("Profit rose in the first quarter, compared with year-earlier profit.", ("year-earlier", "DATE", "2021-Q1")),
        ("Sales rose, compared with year-earlier sales.", ("year-earlier", "DATE", "2021")),
    ],
)
def test_quarter_talk(bare_nlp, text, expected):
    assert expected in _times(bare_nlp, text)
