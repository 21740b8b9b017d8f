"""Scoring the times component with the TempEval-3 metrics on TimeML gold (TBAQ) and the seed.

Each TimeML document's plain text is run through the pipeline with its DCT as the publication
date; predicted TIMEX3 spans are matched one-to-one to gold spans (relaxed: any overlap;
strict: the same span), and type and value are compared on the relaxed matches.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import EvalDataError
from dateline.evaluation.common import command_line, gold_path, gold_root, prf, table

#: the TimeML development set, relative to the gold root
TBAQ = "times/tempeval3_tbaq"
#: the seed article and its expected records, relative to the gold root's parent
SEED_TEXT = "seed/000_69507c40d49164b4.txt"
SEED_EXPECTED = "seed/expected.json"


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class GoldDoc:
    id: str
    dct: str | None
    text: str
    timexes: list[Timex] = field(default_factory=list)


def _walk(element: ET.Element, pieces: list[str], offset: int, timexes: list[Timex]) -> int:
    """Append the element's character content to pieces; record TIMEX3 spans; return the new offset."""
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, pieces, offset, timexes)
        if child.tag == "TIMEX3":
            timexes.append(Timex(start, offset, "".join(child.itertext()), child.get("type") or "", child.get("value") or ""))
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(path: str | Path) -> GoldDoc:
    """One TimeML file: the plain text of <TEXT>, its DCT (YYYY-MM-DD) and its TIMEX3 spans."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvalDataError(path=f"{path} ({exc})") from exc
    dct_el = root.find("DCT/TIMEX3")
    dct = (dct_el.get("value") or "")[:10] if dct_el is not None else None
    text_el = root.find("TEXT")
    if text_el is None:
        raise EvalDataError(path=f"{path} (no <TEXT>)")
    pieces: list[str] = []
    timexes: list[Timex] = []
    _walk(text_el, pieces, 0, timexes)
    docid = root.findtext("DOCID") or Path(path).stem
    return GoldDoc(docid.strip(), dct or None, "".join(pieces), sorted(timexes, key=lambda t: (t.start, t.end)))


def load_tbaq(gold: str | None = None, limit: int | None = None) -> list[GoldDoc]:
    """The TBAQ documents (TimeBank then AQUAINT, sorted by name), at most ``limit`` of them."""
    folder = gold_path(TBAQ, gold)
    files = sorted(folder.glob("*/*.tml")) if folder.is_dir() else [folder]
    if not files:
        raise EvalDataError(path=str(folder))
    if limit:
        # spread a limited sample over both subsets rather than taking the first folder only
        step = max(1, len(files) // limit)
        files = files[::step][:limit]
    return [read_timeml(f) for f in files]


def match(gold: Sequence[Timex], pred: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose spans overlap, greatest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p["end"]) - max(g.start, p["start"])
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _neg, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, text: str, gold: Sequence[Timex], pred: Sequence[dict[str, Any]]) -> None:
        pairs = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.relaxed += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            self.strict += (g.start, g.end) == (p["start"], p["end"])
            self.type_ok += g.type == p["type"]
            self.value_ok += g.value == p["value"]
            if g.value != p["value"] or g.type != p["type"] or (g.start, g.end) != (p["start"], p["end"]):
                context = text[max(0, g.start - 60):g.end + 40].replace("\n", " ")
                self.errors.append({"doc": doc_id, "kind": "mismatch", "gold": [g.text, g.type, g.value],
                                    "pred": [p["text"], p["type"], p["value"]], "context": context})
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                context = text[max(0, g.start - 40):g.end + 40].replace("\n", " ")
                self.errors.append({"doc": doc_id, "kind": "missed", "gold": [g.text, g.type, g.value], "context": context})
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                context = text[max(0, p["start"] - 40):p["end"] + 40].replace("\n", " ")
                self.errors.append({"doc": doc_id, "kind": "spurious", "pred": [p["text"], p["type"], p["value"]], "context": context})

    def metrics(self) -> dict[str, Any]:
        relaxed = prf(self.relaxed, self.pred - self.relaxed, self.gold - self.relaxed)
        strict = prf(self.strict, self.pred - self.strict, self.gold - self.strict)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "relaxed": relaxed,
            "strict": strict,
            "type_accuracy": type_acc,
            "value_accuracy": value_acc,
            "type_f1": relaxed["f1"] * type_acc,
            "value_f1": relaxed["f1"] * value_acc,
        }


def times_pipeline() -> Any:
    """The configured model with the times component alone (what this evaluation measures;
    the other dateline components neither feed nor change it)."""
    from dateline.config import load_config
    from dateline.nlp.model import load_model
    from dateline.nlp.times import component as times  # noqa: F401  (registers the factory)

    config = load_config()
    nlp = load_model(config["pipeline"]["models"])
    nlp.add_pipe("dateline_times", config=dict(config["components"].get("times") or {}))
    return nlp


def _pipeline(nlp: Any) -> Any:
    return times_pipeline() if nlp is None else nlp


def predict(nlp: Any, texts_and_dates: Iterable[tuple[str, str | None]]) -> list[list[dict[str, Any]]]:
    """The times records of each (text, publication date), run through ``nlp``."""
    from dateline.ingest.article import Article
    from dateline.nlp.pipeline import make_doc

    docs = (make_doc(nlp, Article(text=text, date=date)) for text, date in texts_and_dates)
    return [list(doc._.times or []) for doc in nlp.pipe(docs, batch_size=16)]


def seed_gold(gold: str | None = None) -> tuple[str, str | None, list[Timex]] | None:
    """The seed article's body, date and expected (non-optional) times, or None if absent."""
    root = gold_root(gold).parent
    text_path, expected_path = root / SEED_TEXT, root / SEED_EXPECTED
    if not (text_path.exists() and expected_path.exists()):
        return None
    from dateline.ingest.readers import read_txt

    articles = [a for a in read_txt(text_path) if hasattr(a, "text")]
    if not articles:
        return None
    article = articles[0]
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    timexes = [
        Timex(t["span"][0], t["span"][1], t["text"], t["type"], t["value"])
        for t in expected.get("times", [])
        if not t.get("optional")
    ]
    return article.text, expected.get("date") or article.date, timexes


def evaluate(gold: str | None = None, limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    """TempEval-3 metrics of the pipeline's times on TBAQ and on the seed article."""
    docs = load_tbaq(gold, limit)
    nlp = _pipeline(nlp)
    predictions = predict(nlp, ((d.text, d.dct) for d in docs))
    tally = Tally()
    by_type: dict[str, Tally] = {}
    for doc, pred in zip(docs, predictions, strict=True):
        tally.add(doc.id, doc.text, doc.timexes, pred)
    results: dict[str, Any] = {"tbaq": tally.metrics(), "documents": len(docs)}
    results["tbaq"]["by_gold_type"] = _by_type(docs, predictions, by_type)
    results["errors"] = tally.errors
    seed = seed_gold(gold)
    if seed is not None:
        text, date, timexes = seed
        seed_tally = Tally()
        seed_tally.add("seed", text, timexes, predict(nlp, [(text, date)])[0])
        results["seed"] = seed_tally.metrics()
        results["seed_errors"] = seed_tally.errors
    return results


def _by_type(docs: Sequence[GoldDoc], predictions: Sequence[list[dict[str, Any]]], tallies: dict[str, Tally]) -> dict[str, Any]:
    """Recall and value accuracy per gold type (which kinds of expression are missed or mis-valued)."""
    counts: Counter[str] = Counter()
    found: Counter[str] = Counter()
    valued: Counter[str] = Counter()
    for doc, pred in zip(docs, predictions, strict=False):
        for gi, pi in match(doc.timexes, pred):
            found[doc.timexes[gi].type] += 1
            valued[doc.timexes[gi].type] += doc.timexes[gi].value == pred[pi]["value"]
        for t in doc.timexes:
            counts[t.type] += 1
    return {k: {"gold": counts[k], "recall": found[k] / counts[k], "value_accuracy": valued[k] / found[k] if found[k] else 0.0}
            for k in sorted(counts)}


#: published figures, for the report (EVAL.md)
ANCHORS = [
    ("HeidelTime, TempEval-3 test", "-", "-", 77.6),
    ("HeidelTime, 40-doc TBAQ sample", 92.6, 82.8, 74.8),
    ("SUTime, TempEval-3 test", "-", "-", 67.4),
]


def report(results: dict[str, Any]) -> str:
    """The metrics as Markdown tables: TBAQ, the seed, the anchors, and per-type breakdown."""
    rows = []
    for name in ("tbaq", "seed"):
        if name not in results:
            continue
        m = results[name]
        label = f"TBAQ ({results['documents']} docs)" if name == "tbaq" else "seed"
        rows.append([label, m["gold"], m["predicted"], 100 * m["relaxed"]["precision"], 100 * m["relaxed"]["recall"],
                     100 * m["relaxed"]["f1"], 100 * m["strict"]["f1"], 100 * m["type_accuracy"],
                     100 * m["value_accuracy"], 100 * m["value_f1"]])
    header = ["set", "gold", "predicted", "relaxed P", "relaxed R", "relaxed F1", "strict F1",
              "type accuracy", "value accuracy", "value F1"]
    out = ["## Times (TempEval-3 metrics)", "", table(rows, header), "", "Anchors:", ""]
    out.append(table([[n, r, s, v] for n, r, s, v in ANCHORS], ["system", "relaxed F1", "strict F1", "value F1"]))
    by_type = results.get("tbaq", {}).get("by_gold_type")
    if by_type:
        out += ["", "Per gold type (TBAQ):", ""]
        out.append(table([[k, v["gold"], 100 * v["recall"], 100 * v["value_accuracy"]] for k, v in by_type.items()],
                         ["type", "gold", "recall", "value accuracy"]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    command_line(
        evaluate, report, __doc__ or "", 'the gold root (shared/eval) or the TBAQ folder', 'score at most this many TBAQ documents', argv
    )


if __name__ == "__main__":
    main()
