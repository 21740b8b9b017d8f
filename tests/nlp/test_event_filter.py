"""The learned events filter: the shipped model, its pure-Python scorer, the component's flags,
and a smoke run of its training script."""

from __future__ import annotations

import importlib.util
import json
import math
from importlib import resources
from pathlib import Path

import pytest
import spacy

from dateline.nlp.events.ranker import EventFilter, event_features, feature_names, features_for, filter_from_json, load_filter

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_event_filter.py"


def _shipped() -> dict:
    return json.loads(resources.files("dateline.data").joinpath("events/filter.json").read_text(encoding="utf-8"))


def _event(confidence: float, type_: str = "ASSAULT", modality: str = "asserted") -> dict:
    return {
        "type": type_, "mode": None, "actor": {"span": [0, 6], "country": "SOM", "sector": "REB"}, "recipient": None,
        "date": None, "place": None, "negated": False, "modality": modality, "evidence": [[0, 30]],
        "confidence": confidence, "reported_by": None,
    }


def test_shipped_model_is_small_and_names_known_features():
    data = _shipped()
    assert len(data["features"]) == len(data["weights"]) > 0
    assert set(data["features"]) <= set(feature_names())
    assert 0.0 <= data["threshold"] < 1.0
    assert not set(data["data"]["stories"]) & {"voa-7686618", "voa-8006503", "voa-6180932", "voa-6203091", "voa-6202743", "voa-6203525"}


@pytest.mark.parametrize("confidence", [0.05, 0.3, 0.55, 0.99])
def test_probability_is_the_logistic_formula(confidence):
    data = _shipped()
    model = load_filter()
    feats = event_features(spacy.blank("en")("x"), _event(confidence), None, 2)
    weights = dict(zip(data["features"], data["weights"], strict=True))
    z = data["intercept"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    assert model.probability(feats) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)


def test_probability_rises_with_the_rules_confidence():
    model = load_filter()
    doc = spacy.blank("en")("x")
    low, high = (model.probability(event_features(doc, _event(c), None, 1)) for c in (0.1, 0.9))
    assert 0.0 <= low < high <= 1.0


def test_filter_drops_a_low_scored_record_and_sets_confidence():
    model = EventFilter({"rule_confidence_logit": 1.0}, 0.0, 0.5, {})
    doc = spacy.blank("en")("Rebels attacked a convoy near Mogadishu.")
    sure, unsure = _event(0.9), _event(0.1)
    kept = model.apply(doc, [sure, unsure], {})
    assert kept == [sure]
    assert sure["confidence"] == pytest.approx(0.9)


def test_calibrate_only_keeps_every_record_in_unit_range():
    model = EventFilter({"rule_confidence_logit": 40.0, "negated": -80.0}, 5.0, 0.5, {}, drop=False)
    events = [_event(0.05), _event(0.99), {**_event(0.5), "negated": True}]
    kept = model.apply(spacy.blank("en")("x"), events, {})
    assert len(kept) == 3
    assert all(0.0 <= e["confidence"] <= 1.0 for e in kept)


def test_mismatched_weights_are_refused():
    with pytest.raises(ValueError, match="feature names"):
        filter_from_json({"features": ["a", "b"], "weights": [1.0], "intercept": 0.0, "threshold": 0.5})


def test_features_count_events_in_a_sentence():
    doc = spacy.blank("en")("x")
    rows = features_for(doc, [_event(0.5), _event(0.6), {**_event(0.7), "evidence": [[40, 60]]}], {})
    assert rows[0]["sentence_events"] == rows[1]["sentence_events"] > rows[2]["sentence_events"]


@pytest.mark.model
def test_component_flags(nlp):
    from dateline.nlp.events.component import EventsComponent

    assert EventsComponent(nlp, "e", learned_filter=False).event_filter is None
    assert EventsComponent(nlp, "e").event_filter.drop is False
    assert EventsComponent(nlp, "e", drop_unlikely=True).event_filter.drop is True


@pytest.mark.model
def test_pipeline_events_carry_probabilities_and_known_features(nlp):
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc
    from dateline.nlp.events.component import extract_events

    text = "Somali forces attacked al-Shabaab positions on Monday. The government denied the claims, officials said."
    doc = nlp(make_doc(nlp, Article(text=text, date="2024-05-06")))
    assert doc._.events and all(0.0 <= e["confidence"] <= 1.0 for e in doc._.events)
    seen: list[dict] = []

    class Recorder:
        def apply(self, doc, events, triggers):
            seen.extend(features_for(doc, events, triggers))
            return events

    extract_events(doc, event_filter=Recorder())
    assert seen and all(set(row) <= set(feature_names()) for row in seen)
    assert any("trigger_verb" in row for row in seen)


@pytest.mark.gold
@pytest.mark.model
def test_training_script_smoke(gold, tmp_path):
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_event_filter", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "filter.json"
    script.main(["--gold", str(gold), "--limit", "3", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["weights"]) and len(data["data"]["stories"]) == 3
    assert data["data"]["events"] >= data["data"]["matched"] > 0
    assert load_filter(out).threshold == data["threshold"]
