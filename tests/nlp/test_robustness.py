"""Messy input never crashes the pipeline, and every offset it emits indexes into the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import Article
from dateline.nlp import analyze_records

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "``", "''", "\n\n", "\n", " ", ",", ".", ":", "—",
    "he said", "said", "Zelensky", "President", "Kiev", "Paris, Texas", "on Tuesday", "last week",
    "the Russian army", "withdrew from", "according to", "police arrested", "protesters",
    "2022-03-30", "12:30 p.m.", "weekly", "its 34th day", "Ky.", "W.Va.", "N.Y.", "U.S.", "(AP)",
    "ATHENS, Ga. —", "she", "they", "sanctions against", "talks with", "🙂", "\u200b", "\t", "ü",
]


def check_offsets(record: dict) -> None:
    n = len(record["text"])

    def span_ok(span) -> None:
        if span is None:
            return
        if span and isinstance(span[0], list):
            for part in span:
                span_ok(part)
            return
        start, end = span
        assert 0 <= start <= end <= n

    for entity in record["entities"]:
        span_ok(entity["mentions"])
    for quote in record["quotes"]:
        span_ok(quote["content"])
        span_ok(quote["cue"])
        span_ok(quote["speaker"])
    for item in record["places"] + record["times"]:
        span_ok([item["start"], item["end"]])
        assert record["text"][item["start"] : item["end"]] == item["text"]
    for event in record["events"]:
        span_ok(event["evidence"])
        for role in ("actor", "recipient"):
            if event[role]:
                span_ok(event[role]["span"])


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=12), min_size=1, max_size=60), st.sampled_from([None, "2022-03-30"]))
def test_messy_text_never_crashes(nlp, pieces, date) -> None:
    text = "".join(pieces)
    if not text.strip():
        return
    [record] = list(analyze_records(nlp, [Article(text=text, date=date)]))
    assert "error" not in record, record.get("error")
    check_offsets(record)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“" * 200,
        "“Unclosed quote that runs on and on, he said. " * 30,
        "said said said said “ ” “ ” ' ' '' `` '' « » »",
        "A" * 5000,
        "\n".join(["Kiev"] * 300),
        ". " * 2000,
        "He said. She said. They said. It said.",
    ],
    ids=["only-marks", "unclosed", "cue-soup", "one-long-word", "many-lines", "dots", "pronouns"],
)
def test_pathological_texts(nlp, text) -> None:
    [record] = list(analyze_records(nlp, [Article(text=text, date="2022-03-30")]))
    assert "error" not in record, record.get("error")
    check_offsets(record)
