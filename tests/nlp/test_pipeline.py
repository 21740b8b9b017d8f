"""Running the pipeline over a stream: order kept, failures isolated, date carried on the Doc."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.errors import MissingText
from dateline.ingest import Article, Failure
from dateline.nlp import analyze_docs, analyze_records
from dateline.nlp.extensions import publication_date


@Language.component("test_fail_on_boom")
def fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("exploded on purpose")
    return doc


@pytest.fixture
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("test_fail_on_boom")
    return nlp


def items():
    return [
        Article(text="one", id="1", date="2022-03-30"),
        Failure(MissingText(where="x:2", reason=""), "x:2"),
        Article(text="BOOM two", id="2"),
        Article(text="three", id="3"),
        Article(text="BOOM four", id="4"),
        Failure(MissingText(where="x:6", reason=""), "x:6"),
    ]


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_order_and_isolated_failures(blank_nlp, batch_size) -> None:
    out = list(analyze_docs(blank_nlp, items(), batch_size=batch_size))
    assert [item.id if isinstance(item, Article) else item.where for item, _, _ in out] == ["1", "x:2", "2", "3", "4", "x:6"]
    assert [doc is not None for _, doc, _ in out] == [True, False, False, True, False, False]
    boom = out[2][2]
    assert boom.error.code == "E200" and "exploded on purpose" in str(boom.error)
    assert publication_date(out[0][1]) == "2022-03-30"


def test_records_for_failures_say_why(blank_nlp) -> None:
    records = list(analyze_records(blank_nlp, items()))
    assert [("error" in r) for r in records] == [False, True, True, False, True, True]
    assert records[2]["id"] == "2" and records[2]["error_code"] == "E200"
    assert records[0]["text"] == "one" and records[0]["entities"] == []


def test_error_handler_is_restored(blank_nlp) -> None:
    before = blank_nlp.default_error_handler
    list(analyze_docs(blank_nlp, items()))
    assert blank_nlp.default_error_handler is before


def test_empty_stream(blank_nlp) -> None:
    assert list(analyze_docs(blank_nlp, [])) == []
