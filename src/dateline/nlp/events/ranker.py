"""A learned filter over the rule coder's events: a logistic model's probability that an event
is right becomes its ``confidence``, and events under the model's threshold are dropped.

The weights live in ``data/events/filter.json`` (written by ``scripts/train_event_filter.py``);
scoring is a dot product in pure Python, so the runtime needs no scikit-learn. The features are
computed here, by one function, from what the component has at run time: the Doc, the finished
record and the trigger token. The training script calls the same function.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from dateline.nlp import extensions
from dateline.nlp.events.arguments import PRONOUNS
from dateline.nlp.events.lexicon import QUAD

#: where the shipped model lives (inside the package)
FILTER_RESOURCE = ("dateline.data", "events/filter.json")
MODALITIES = ("asserted", "future", "demanded", "hypothetical", "denied")
#: the trigger's dependency label, in a few groups (a main-clause verb, a complement, a modifier ...)
DEP_GROUPS: dict[str, str] = {
    "ROOT": "root",
    "ccomp": "complement", "xcomp": "complement", "pcomp": "complement",
    "advcl": "adjunct", "acl": "adjunct", "relcl": "adjunct",
    "conj": "conj",
    "nsubj": "argument", "nsubjpass": "argument", "dobj": "argument", "pobj": "argument", "attr": "argument",
    "appos": "argument", "dative": "argument", "oprd": "argument",
    "compound": "modifier", "amod": "modifier", "npadvmod": "modifier", "nmod": "modifier", "poss": "modifier",
}
DEP_GROUP_NAMES = ("root", "complement", "adjunct", "conj", "argument", "modifier", "other")
#: scales that put counts and distances roughly in [0, 1], so one regularization fits all features
SENTENCE_EVENTS_CAP = 5
DISTANCE_CAP = 20
SENTENCE_LENGTH_CAP = 60
CONFIDENCE_FLOOR, CONFIDENCE_CEILING = 0.05, 0.99


def feature_names() -> list[str]:
    """Every feature, in the model's order (a feature a record lacks is 0)."""
    names = [f"type={t}" for t in sorted(QUAD)] + [f"modality={m}" for m in MODALITIES]
    names += [f"dep={g}" for g in DEP_GROUP_NAMES]
    names += [
        "negated", "trigger_verb", "trigger_noun", "rule_confidence_logit",
        "actor_named", "actor_implied", "actor_country", "actor_sector", "actor_pronoun", "actor_outside_sentence",
        "actor_distance",
        "recipient_named", "recipient_implied", "recipient_country", "recipient_sector",
        "in_quote", "in_direct_quote", "reported", "has_date", "has_place",
        "sentence_events", "first_sentence", "sentence_length",
    ]
    return names


def _logit(confidence: float) -> float:
    """The rules' confidence on the log-odds scale (clipped as the rules clip it, to [0.05, 0.99])."""
    p = min(max(confidence, CONFIDENCE_FLOOR), CONFIDENCE_CEILING)
    return math.log(p / (1.0 - p))


def _party(prefix: str, record: dict[str, Any] | None) -> dict[str, float]:
    record = record or {}
    named = bool(record.get("span"))
    return {
        f"{prefix}_named": float(named),
        f"{prefix}_implied": float(not named and bool(record.get("country") or record.get("sector"))),
        f"{prefix}_country": float(bool(record.get("country"))),
        f"{prefix}_sector": float(bool(record.get("sector"))),
    }


def _actor_position(doc: Doc, actor: dict[str, Any] | None, trigger: Token | None) -> dict[str, float]:
    """Is the actor a pronoun, named outside the trigger's sentence, how far from the trigger."""
    span = (actor or {}).get("span")
    if not span or trigger is None:
        return {}
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return {}
    sent = trigger.sent
    distance = min(abs(trigger.i - t.i) for t in words)
    return {
        "actor_pronoun": float(len(words) == 1 and words[0].lower_ in PRONOUNS),
        "actor_outside_sentence": float(not (sent.start <= words[0].i < sent.end)),
        "actor_distance": min(distance, DISTANCE_CAP) / DISTANCE_CAP,
    }


def _quote_at(doc: Doc, char: int) -> dict[str, Any] | None:
    for quote in extensions.get(doc, "quotes"):
        for part in quote.get("content") or []:
            if isinstance(part, (list, tuple)) and len(part) == 2 and part[0] <= char < part[1]:
                return quote
    return None


def event_features(doc: Doc, event: dict[str, Any], trigger: Token | None, sentence_events: int) -> dict[str, float]:
    """The features of one finished event record (its trigger token, when known)."""
    feats: dict[str, float] = {
        f"type={event.get('type')}": 1.0,
        f"modality={event.get('modality')}": 1.0,
        "negated": float(bool(event.get("negated"))),
        "rule_confidence_logit": _logit(float(event.get("confidence") or 0.0)),
        "reported": float(event.get("reported_by") is not None),
        "has_date": float(bool(event.get("date"))),
        "has_place": float(bool(event.get("place"))),
        "sentence_events": min(sentence_events, SENTENCE_EVENTS_CAP) / SENTENCE_EVENTS_CAP,
    }
    feats.update(_party("actor", event.get("actor")))
    feats.update(_party("recipient", event.get("recipient")))
    if trigger is not None:
        feats[f"dep={DEP_GROUPS.get(trigger.dep_, 'other')}"] = 1.0
        feats["trigger_verb"] = float(trigger.pos_ in ("VERB", "AUX"))
        feats["trigger_noun"] = float(trigger.pos_ in ("NOUN", "PROPN"))
        sent = trigger.sent
        feats["first_sentence"] = float(sent.start == 0)
        feats["sentence_length"] = min(len(sent), SENTENCE_LENGTH_CAP) / SENTENCE_LENGTH_CAP
        quote = _quote_at(doc, trigger.idx)
        feats["in_quote"] = float(quote is not None)
        feats["in_direct_quote"] = float(quote is not None and quote.get("kind") == "direct")
        feats.update(_actor_position(doc, event.get("actor"), trigger))
    return feats


def features_for(doc: Doc, events: list[dict[str, Any]], triggers: dict[int, Token]) -> list[dict[str, float]]:
    """Each event's features; ``triggers`` maps ``id(event)`` to its trigger token."""
    per_sentence = Counter(tuple(e["evidence"][0]) for e in events if e.get("evidence"))
    return [
        event_features(doc, e, triggers.get(id(e)), per_sentence[tuple(e["evidence"][0])] if e.get("evidence") else 1)
        for e in events
    ]


@dataclass(frozen=True)
class EventFilter:
    """A logistic model over ``feature_names()``: P(event right) = sigmoid(intercept + w . x)."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    meta: dict[str, Any]
    #: drop the events under the threshold (else only their confidence becomes the probability)
    drop: bool = True

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def apply(self, doc: Doc, events: list[dict[str, Any]], triggers: dict[int, Token]) -> list[dict[str, Any]]:
        """The events the model keeps (all, unless ``drop``), each with its probability as its confidence."""
        kept = []
        for event, feats in zip(events, features_for(doc, events, triggers), strict=True):
            p = self.probability(feats)
            if self.drop and p < self.threshold:
                continue
            event["confidence"] = round(p, 2)
            kept.append(event)
        return kept


def filter_from_json(data: dict[str, Any], drop: bool = True) -> EventFilter:
    names, weights = data["features"], data["weights"]
    if len(names) != len(weights):
        raise ValueError(f"filter.json: {len(names)} feature names but {len(weights)} weights")
    meta = {k: v for k, v in data.items() if k not in ("features", "weights", "intercept", "threshold")}
    weights_by_name = dict(zip(names, map(float, weights), strict=True))
    return EventFilter(weights_by_name, float(data["intercept"]), float(data["threshold"]), meta, drop)


def load_filter(path: str | Path | None = None, drop: bool = True) -> EventFilter | None:
    """The model at ``path`` (default: the package's filter.json), or None when there is none."""
    if path is not None:
        file = Path(path)
        return filter_from_json(json.loads(file.read_text(encoding="utf-8")), drop) if file.is_file() else None
    resource = resources.files(FILTER_RESOURCE[0]).joinpath(FILTER_RESOURCE[1])
    if not resource.is_file():
        return None
    return filter_from_json(json.loads(resource.read_text(encoding="utf-8")), drop)
