"""Entity evaluation: cross-document coreference on MEANTIME (B-cubed) and the seed's entities.

MEANTIME (Wikinews, CC BY 4.0; ``entities/meantime/intra_cross-doc_annotation``) gives every
entity mention a corpus-level ``instance_id``: the gold identity. We score how well
``entities[].key`` reproduces it across all documents of the set, with B-cubed P/R/F1.

What is scored (documented choices):

* Gold mentions: ENTITY_MENTIONs that REFER_TO an ENTITY of type PER, ORG or LOC with an
  ``instance_id``, and that are *named*: ``syntactic_type`` NAM (416 mentions in airbus + apple).
  With this definition the string-match baseline over spaCy's mentions scores EVAL.md's 0.79.
  (``named="loose"`` also takes PRE.NAM and untyped capitalized mentions from the
  cross-document pass.)
* The text fed to dateline is rebuilt from MEANTIME's tokens (title paragraph, then the body
  after the date line), detokenized; the date is the document creation time.
* Over dateline's own mentions (``system``): each gold mention is aligned to one predicted
  mention (any span of any ``entities[].mentions``) that overlaps it: preferably one covering
  the gold span's last character (the head), then the largest overlap, then the shorter span.
  Its predicted identity is that entity's ``key``. A gold mention with no
  overlapping prediction is a missed mention: it becomes a singleton of its own (it costs
  recall whenever its gold cluster has other members). Predicted mentions that overlap no gold
  mention are not scored: MEANTIME annotates only entities taking part in annotated events, so
  an unannotated name is not an error.
* Given gold mentions (``gold_mentions``): every gold mention is scored; its key is the key of
  the dateline entity overlapping it, or, where dateline has none, the canonical key computed
  from the mention's own text (``dateline.nlp.entities.data.name_key``).
* Baselines (EVAL.md): "the same normalized string is the same entity", over spaCy's own
  mentions (``baseline_system``) and over the gold mentions (``baseline_gold``).

The seed check reports what ``seed/expected.json`` asks of entities: no place typed
PERSON/ORG, every "Zelensky" mention under one key, and each expected person's country and
sector.
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dateline.errors import EvalDataError
from dateline.evaluation.common import gold_path, table

MEANTIME = "entities/meantime/intra_cross-doc_annotation"
SCORED_TYPES = {"PER", "ORG", "LOC"}
NAMED_SYNTACTIC_TYPES = {"NAM"}
_PRONOUNS = {
    "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her",
    "hers", "it", "its", "they", "them", "their", "theirs", "own", "who", "which", "that",
    "where", "this", "these", "those",
}
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


# -- reading MEANTIME ----------------------------------------------------------------------


def _detokenize(tokens: Sequence[tuple[str, str, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """(t_id, sentence, text) tokens -> text and t_id -> (start, end).

    Sentence 0 is the title (its own paragraph); sentence 1 is the date line (left out).
    """
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length = 0
    previous: str | None = None
    previous_sentence: str | None = None
    quote_open = False
    for t_id, sentence, raw in tokens:
        if sentence == "1":
            continue
        token = raw
        if token in ("``", "''"):
            token = '"'
        if previous_sentence is not None and sentence != previous_sentence and previous_sentence == "0":
            sep = "\n\n"
        elif (
            previous is None
            or raw in _NO_SPACE_BEFORE
            or previous in _NO_SPACE_AFTER
            or (raw.startswith("'") and len(raw) <= 3)
            or (quote_open and (raw == '"' or previous == '"'))
        ):
            sep = ""
        else:
            sep = " "
        if raw == '"':
            quote_open = not quote_open
        parts.append(sep)
        length += len(sep)
        spans[t_id] = (length, length + len(token))
        parts.append(token)
        length += len(token)
        previous, previous_sentence = raw, sentence
    return "".join(parts), spans


def _is_named(syntactic_type: str | None, text: str, loose: bool = False) -> bool:
    if syntactic_type in NAMED_SYNTACTIC_TYPES:
        return True
    if not loose:
        return False
    if syntactic_type in ("PRE.NAM",):
        return True
    if syntactic_type:  # NOM, PRO, APP, CONJ, ...: not a bare name
        return False
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    return words[0].lower() not in _PRONOUNS | {"the", "a", "an"}


def read_meantime_file(path: Path) -> dict[str, Any]:
    """One MEANTIME document: id, topic, text, date and its scored gold mentions."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), t.get("sentence", ""), t.text or "") for t in root.iter("token")]
    text, spans = _detokenize(tokens)
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        raise EvalDataError(path=f"{path} (no Markables/Relations)")
    mentions: dict[str, tuple[str | None, list[str]]] = {}
    entities: dict[str, dict[str, str]] = {}
    date = None
    for element in markables:
        if element.tag == "ENTITY_MENTION":
            mentions[element.get("m_id", "")] = (element.get("syntactic_type"), [a.get("t_id", "") for a in element])
        elif element.tag == "ENTITY":
            entities[element.get("m_id", "")] = dict(element.attrib)
        elif element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            date = (element.get("value") or "")[:10] or None
    gold: list[dict[str, Any]] = []
    for relation in relations:
        if relation.tag != "REFERS_TO":
            continue
        target = relation.find("target")
        entity = entities.get(target.get("m_id", "") if target is not None else "")
        if not entity or entity.get("ent_type") not in SCORED_TYPES or not entity.get("instance_id"):
            continue
        for source in relation.findall("source"):
            syntactic_type, t_ids = mentions.get(source.get("m_id", ""), (None, []))
            located = [spans[t] for t in t_ids if t in spans]
            if not located:
                continue
            start, end = min(s for s, _ in located), max(e for _, e in located)
            if not _is_named(syntactic_type, text[start:end]):
                continue
            gold.append({"span": (start, end), "text": text[start:end], "instance": entity["instance_id"], "type": entity["ent_type"]})
    gold.sort(key=lambda m: m["span"])
    return {"id": root.get("doc_id") or path.stem, "topic": path.parent.name, "text": text, "date": date, "mentions": gold}


def load_meantime(root: Path, limit: int | None = None) -> list[dict[str, Any]]:
    files = sorted(root.glob("*/*.xml"))
    if not files:
        raise EvalDataError(path=f"{root} (no */*.xml)")
    if limit:  # an even sample across topics
        by_topic: dict[str, list[Path]] = defaultdict(list)
        for f in files:
            by_topic[f.parent.name].append(f)
        files = [f for i in range(limit) for fs in by_topic.values() if i < len(fs) for f in [fs[i]]][:limit]
    return [read_meantime_file(f) for f in files]


# -- scoring -------------------------------------------------------------------------------


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of one clustering against another, item by item."""
    if not gold:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mentions": 0}
    gold_members: dict[str, set[int]] = defaultdict(set)
    predicted_members: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted, strict=False)):
        gold_members[g].add(i)
        predicted_members[p].add(i)
    precision = recall = 0.0
    for g, p in zip(gold, predicted, strict=False):
        shared = len(gold_members[g] & predicted_members[p])
        precision += shared / len(predicted_members[p])
        recall += shared / len(gold_members[g])
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "mentions": len(gold)}


def align(gold_spans: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int, str]]) -> list[str | None]:
    """For each gold span, the identity of the best predicted span (None: none overlaps).

    Best: one that covers the gold span's last character (the head of an English name phrase:
    "aircraft maker Boeing" is Boeing), then the largest overlap, then the shorter span."""
    result: list[str | None] = []
    for gs, ge in gold_spans:
        best: tuple[int, int, str] | None = None
        best_score = (0, 0, 0)
        for ps, pe, identity in predicted:
            overlap = min(ge, pe) - max(gs, ps)
            if overlap <= 0:
                continue
            score = (int(ps < ge <= pe), overlap, -(pe - ps))
            if score > best_score:
                best, best_score = (ps, pe, identity), score
        result.append(best[2] if best else None)
    return result


def score_documents(
    docs: Sequence[dict[str, Any]], predictions: Sequence[Sequence[tuple[int, int, str]]], fallback=None
) -> dict[str, float]:
    """B-cubed over all documents' gold mentions. ``fallback(text)`` keys unmatched gold mentions
    (given-gold-mentions mode); without it an unmatched mention is a singleton (missed)."""
    gold_ids: list[str] = []
    predicted_ids: list[str] = []
    missed = 0
    for doc, predicted in zip(docs, predictions, strict=False):
        mentions = doc["mentions"]
        aligned = align([m["span"] for m in mentions], predicted)
        for n, (mention, identity) in enumerate(zip(mentions, aligned, strict=True)):
            gold_ids.append(mention["instance"])
            if identity is None:
                missed += 1
                identity = fallback(mention["text"]) if fallback else f"#missed:{doc['id']}:{n}"
            predicted_ids.append(identity)
    result = bcubed(gold_ids, predicted_ids)
    result["unmatched"] = missed
    return result


def normalized_string(text: str) -> str:
    """The baseline's identity: lower case words, a leading 'the' and a trailing 's dropped."""
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*['’]s$", "", text)
    return " ".join(re.findall(r"\w+", text.lower()))


def entity_spans(entities: Iterable[dict[str, Any]], types: Iterable[str] | None = None) -> list[tuple[int, int, str]]:
    wanted = set(types) if types else None
    return [
        (int(s), int(e), str(ent["key"]))
        for ent in entities
        if wanted is None or ent.get("type") in wanted
        for s, e in ent.get("mentions", [])
    ]


# -- the seed ------------------------------------------------------------------------------


def seed_check(nlp, root: Path) -> dict[str, Any]:
    """The seed's entity expectations, each as a named pass/fail with what was found."""
    from dateline.ingest.article import Article  # noqa: PLC0415
    from dateline.ingest.readers import read_txt  # noqa: PLC0415
    from dateline.nlp.pipeline import make_doc  # noqa: PLC0415

    seed_dir = root.parent / "seed"
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    articles = [a for a in read_txt(seed_dir / Path(expected["article"]).name)] if expected.get("article") else []
    article = next((a for a in articles if isinstance(a, Article)), None)
    if article is None:
        raise EvalDataError(path=str(seed_dir / str(expected.get("article"))))
    doc = nlp(make_doc(nlp, article))
    text = doc.text
    entities = doc._.entities or []
    checks: list[dict[str, Any]] = []
    places = {"Kiev", "Kyiv", "Donbass", "Donbas", "Chernihiv", "Chernigov"}
    wrong = sorted(
        {
            f"{text[s:e]}={ent['type']}"
            for ent in entities
            if ent["type"] in ("PERSON", "ORG")
            for s, e in ent["mentions"]
            if text[s:e] in places
        }
    )
    checks.append({"check": "no place typed PERSON/ORG", "ok": not wrong, "found": ", ".join(wrong) or "-"})
    zelensky_keys = sorted(
        {ent["key"] for ent in entities for s, e in ent["mentions"] if "Zelensk" in text[s:e]}
    )
    zelensky_spans = [m.start() for m in re.finditer(r"Zelensk", text)]
    covered = [
        any(s <= start < e for ent in entities for s, e in ent["mentions"]) for start in zelensky_spans
    ]
    checks.append(
        {
            "check": "every Zelensky mention under one key",
            "ok": len(zelensky_keys) == 1 and all(covered),
            "found": f"{', '.join(zelensky_keys)} ({sum(covered)}/{len(covered)} covered)",
        }
    )
    for spec in expected.get("entities", []):
        if spec.get("type") not in ("PERSON", "ORG") or "country" not in spec:
            continue
        words = spec["name"].split()
        probe = words[-1] if spec["type"] == "PERSON" else spec["name"]
        match = next((ent for ent in entities if any(probe in text[s:e] for s, e in ent["mentions"]) and ent["type"] == spec["type"]), None)
        found = f"{match['key']} {match['country']}/{match['sector']}" if match else "not found"
        ok = bool(match) and match["country"] == spec["country"] and match["sector"] == spec["sector"]
        checks.append({"check": f"{spec['name']} {spec['country']}/{spec['sector']}", "ok": ok, "found": found})
    return {"checks": checks, "passed": sum(c["ok"] for c in checks), "total": len(checks)}


# -- the entry points ----------------------------------------------------------------------


def evaluate(gold: str | None = None, limit: int | None = None, nlp=None, baseline: bool = True) -> dict[str, Any]:
    """B-cubed cross-document coreference on MEANTIME (system and gold mentions), plus the seed."""
    from dateline.ingest.article import Article  # noqa: PLC0415
    from dateline.nlp import build_pipeline  # noqa: PLC0415
    from dateline.nlp.entities.data import name_key  # noqa: PLC0415
    from dateline.nlp.pipeline import make_doc  # noqa: PLC0415

    root = gold_path(MEANTIME, gold)
    docs = load_meantime(root, limit)
    nlp = nlp or build_pipeline()
    # only what the entities component needs: the model's parts and dateline_entities
    later = [name for name in nlp.pipe_names if name.startswith("dateline_") and name != "dateline_entities"]
    with nlp.select_pipes(disable=later):
        return _evaluate(nlp, root, docs, gold, baseline, name_key, make_doc, Article)


def _evaluate(nlp, root, docs, gold, baseline, name_key, make_doc, Article) -> dict[str, Any]:  # noqa: N803
    predictions = []
    for doc in nlp.pipe(make_doc(nlp, Article(text=d["text"], id=d["id"], date=d["date"])) for d in docs):
        predictions.append(entity_spans(doc._.entities or []))
    results: dict[str, Any] = {"documents": len(docs), "gold_mentions": sum(len(d["mentions"]) for d in docs)}
    results["system"] = score_documents(docs, predictions)
    results["gold_mentions_given"] = score_documents(docs, predictions, fallback=lambda t: name_key(t))
    if baseline:
        from dateline.nlp.model import load_model  # noqa: PLC0415

        bare = load_model()
        spacy_spans = []
        for doc in bare.pipe(d["text"] for d in docs):
            spacy_spans.append(
                [
                    (e.start_char, e.end_char, normalized_string(e.text))
                    for e in doc.ents
                    if e.label_ in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
                ]
            )
        results["baseline_system"] = score_documents(docs, spacy_spans)
        results["baseline_gold"] = score_documents(docs, [[] for _ in docs], fallback=normalized_string)
    by_topic: dict[str, Any] = {}
    for topic in sorted({d["topic"] for d in docs}):
        idx = [i for i, d in enumerate(docs) if d["topic"] == topic]
        by_topic[topic] = score_documents([docs[i] for i in idx], [predictions[i] for i in idx])
    results["by_topic"] = by_topic
    try:
        results["seed"] = seed_check(nlp, gold_path(".", gold).resolve())
    except (EvalDataError, OSError, StopIteration) as error:
        results["seed"] = {"checks": [], "passed": 0, "total": 0, "error": str(error)}
    return results


def report(results: dict[str, Any]) -> str:
    rows = []
    for name, label in (
        ("system", "dateline, own mentions"),
        ("baseline_system", "baseline (same string), spaCy mentions"),
        ("gold_mentions_given", "dateline, gold mentions"),
        ("baseline_gold", "baseline (same string), gold mentions"),
    ):
        if name in results:
            r = results[name]
            rows.append([label, r["precision"], r["recall"], r["f1"], r["mentions"], r["unmatched"]])
    for topic, r in results.get("by_topic", {}).items():
        rows.append([f"dateline, own mentions: {topic}", r["precision"], r["recall"], r["f1"], r["mentions"], r["unmatched"]])
    lines = [
        f"# Entities: cross-document coreference on MEANTIME ({results['documents']} documents, "
        f"{results['gold_mentions']} named PER/ORG/LOC gold mentions)",
        "",
        table(rows, ["setting", "B3 precision", "B3 recall", "B3 F1", "mentions", "unmatched"]),
        "",
    ]
    seed = results.get("seed") or {}
    lines.append(f"# Seed entities: {seed.get('passed', 0)}/{seed.get('total', 0)} checks pass")
    if seed.get("error"):
        lines.append(f"(seed not checked: {seed['error']})")
    if seed.get("checks"):
        lines += ["", table([[c["check"], "ok" if c["ok"] else "FAIL", c["found"]] for c in seed["checks"]], ["check", "result", "found"])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dateline.evaluation.entities", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", help="the gold folder (shared/eval) or the MEANTIME folder")
    parser.add_argument("--limit", type=int, help="only the first N documents (spread over topics)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-baseline", action="store_true", help="skip the string-match baselines")
    args = parser.parse_args(argv)
    results = evaluate(args.gold, args.limit, baseline=not args.no_baseline)
    print(json.dumps(results, indent=2) if args.json else report(results))


if __name__ == "__main__":
    main()
