"""The entities evaluation: B-cubed, alignment, MEANTIME reading."""

from __future__ import annotations

import pytest

from dateline.evaluation import entities as ev


def test_bcubed_perfect_and_merged():
    assert ev.bcubed(["a", "a", "b"], ["x", "x", "y"])["f1"] == pytest.approx(1.0)
    merged = ev.bcubed(["a", "a", "b"], ["x", "x", "x"])
    assert merged["recall"] == pytest.approx(1.0)
    assert merged["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    split = ev.bcubed(["a", "a"], ["x", "y"])
    assert (split["precision"], split["recall"]) == (pytest.approx(1.0), pytest.approx(0.5))


def test_align_prefers_the_head():
    # gold "aircraft maker Boeing" [0, 21]: the mention covering its last character wins
    predicted = [(0, 14, "org:maker"), (15, 21, "org:boeing")]
    assert ev.align([(0, 21)], predicted) == ["org:boeing"]
    assert ev.align([(30, 35)], predicted) == [None]


def test_unmatched_gold_mentions_are_singletons():
    docs = [
        {"id": "d", "mentions": [{"span": (0, 5), "text": "Apple", "instance": "A"}, {"span": (10, 15), "text": "Apple", "instance": "A"}]}
    ]
    missed = ev.score_documents(docs, [[(0, 5, "org:apple")]])
    assert missed["unmatched"] == 1 and missed["recall"] == pytest.approx(0.5)
    given = ev.score_documents(docs, [[(0, 5, "org:apple")]], fallback=lambda text: "org:apple")
    assert given["f1"] == pytest.approx(1.0)


def test_detokenize_offsets():
    tokens = [
        ("1", "0", "Apple"), ("2", "0", "wins"), ("3", "1", "March"),
        ("4", "2", "Apple"), ("5", "2", "'s"), ("6", "2", "profit"), ("7", "2", ",")
    ]
    text, spans = ev._detokenize(tokens)
    assert text == "Apple wins\n\nApple's profit,"
    assert text[slice(*spans["4"])] == "Apple" and "3" not in spans


def test_meantime_reads(gold):
    docs = ev.load_meantime(gold / ev.MEANTIME, limit=2)
    assert len(docs) == 2
    for doc in docs:
        assert doc["date"] and doc["mentions"]
        for mention in doc["mentions"]:
            assert doc["text"][slice(*mention["span"])] == mention["text"]
