"""The Python API on the real model: analyze() returns a contract record."""

import pytest

import dateline


@pytest.mark.model
def test_analyze_returns_a_contract_record() -> None:
    text = "The Kremlin said on Monday that President Vladimir Putin spoke with Emmanuel Macron."
    record = dateline.analyze(text, date="2022-03-30", title="Call", id="x1")
    assert record["schema"] == 1 and record["id"] == "x1" and record["title"] == "Call"
    assert record["text"] == text and record["date"] == "2022-03-30"
    assert {"entities", "quotes", "places", "times", "events"} <= set(record)
    names = {e["name"] for e in record["entities"]}
    assert "Vladimir Putin" in names


@pytest.mark.model
def test_analyze_without_date() -> None:
    record = dateline.analyze("Nothing happened.")
    assert record["date"] is None and record["id"] == dateline.Article(text="Nothing happened.").id
