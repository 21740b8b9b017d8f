"""Issue 16: a publication date at the calendar's ends (year 1, year 9999) never crashes times."""

from __future__ import annotations

import pytest

from dateline.ingest import Article
from dateline.nlp import analyze_records

TEXT = (
    "Yesterday the mayor said the attack happened last week, on Monday, three days ago and a year "
    "ago; talks will go on next year, in two days, tomorrow, next month and this weekend. "
    "It began in December, on 3 January, on the 5th, the day after, last month and in the spring."
)


@pytest.mark.parametrize("date", ["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30"])
def test_calendar_edge_dates_are_analysed(nlp, date: str) -> None:
    [record] = analyze_records(nlp, [Article(text=TEXT, date=date, id="edge")])
    assert "error" not in record, record.get("error")
    assert len(record["times"]) >= 5
