"""The events evaluation: scoring functions on hand-made predictions, and a small gold run."""

from __future__ import annotations

import pytest

from dateline.evaluation import events as ev


def _event(type_, confidence=0.5, actor=None, recipient=None, negated=False, **extra):
    return {
        "type": type_, "quad": ev.QUAD[type_], "confidence": confidence, "negated": negated, "actor": actor, "recipient": recipient, **extra
    }


def test_pentacode_takes_the_most_confident_live_event():
    assert ev.pentacode([]) == 0
    assert ev.pentacode([_event("ASSAULT", 0.9, negated=True)]) == 0
    assert ev.pentacode([_event("ASSAULT", 0.4), _event("CONSULT", 0.8)]) == 1
    assert ev.pentacode([_event("SANCTION", 0.9)]) == 4


def test_macro_f1_counts_predicted_only_labels():
    assert ev.macro_f1([1, 2], [1, 2]) == 1.0
    assert ev.macro_f1([1, 1], [1, 0]) == pytest.approx((2 / 3 + 0.0) / 2)


def test_score_gsr_types_arguments_and_spans():
    text = "Syria shelled Lebanon."
    rows = [
        {"text": text, "event": "ASSAULT", "actor": [{"actorText": "Syria", "code": "SYR", "sector": "GOV"}],
         "recipient": [{"actorText": "Lebanon", "code": "LBN"}]},
        {"text": "Japan met China.", "event": "CONSULT",
         "actor": [{"actorText": "Japan", "code": "JAP"}, {"actorText": "China", "code": "CHN"}], "recipient": []},
    ]
    predictions = [
        [
            _event(
                "ASSAULT",
                actor={"span": [0, 5], "country": "SYR", "sector": "GOV"},
                recipient={"span": [14, 21], "country": "LBN", "sector": None},
            ),
            _event("ACCUSE", 0.1),
        ],
        [],
    ]
    scores = ev.score_gsr(rows, predictions)
    assert scores["per_type"]["ASSAULT"]["f1"] == 1.0
    assert scores["per_type"]["ACCUSE"]["fp"] == 1
    assert scores["per_type"]["CONSULT"]["fn"] == 1
    assert scores["quad_accuracy"] == 0.5
    assert scores["actor_country_accuracy"] == 0.5  # the second sentence has no event: counted wrong
    assert scores["recipient_country_accuracy"] == 1.0
    assert scores["actor_span"]["tp"] == 1 and scores["actor_span"]["fn"] == 1
    assert scores["pentacode_no_event"] == 1


def test_score_seed_matches_type_mode_and_countries():
    expected = [{"type": "CONSULT", "mode": "phone", "actor_country": "RUS", "recipient_country": "FRA"}, {"type": "REJECT"}]
    got = ev.score_seed(expected, [_event("CONSULT", mode="phone", actor={"country": "RUS"}, recipient={"country": "FRA"})])
    assert got[0]["found"] and got[0]["all_right"]
    assert not got[1]["found"]


def test_report_has_the_metric_names():
    results = {
        "plover_gsr": ev.score_gsr([], []),
        "anchors": ev.ANCHORS,
    }
    text = ev.report(results)
    for name in ("macro F1", "quad accuracy", "pentacode macro F1", "actor country accuracy", "span F1"):
        assert name in text


def test_evaluate_on_gold_sample(gold, nlp):
    results = ev.evaluate(str(gold), limit=15, nlp=nlp)
    assert results["plover_gsr"]["sentences"] == 15
    assert results["plover_gsr"]["micro"]["f1"] > 0.3


def test_arguments_are_scored_on_the_top_event_not_the_gold_type_one():
    rows = [{"text": "Syria shelled Lebanon.", "event": "ASSAULT", "actor": [{"actorText": "Syria", "code": "SYR"}], "recipient": []}]
    predictions = [[_event("CONSULT", 0.9, actor={"country": "RUS"}), _event("ASSAULT", 0.5, actor={"country": "SYR"})]]
    scores = ev.score_gsr(rows, predictions)
    assert scores["actor_country_accuracy"] == 0.0  # the top event's actor is wrong
    assert scores["gold_type_reading"]["actor_country_accuracy"] == 1.0  # labelled second reading
