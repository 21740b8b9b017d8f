"""Geoparsing quality on LGL and GeoVirus: toponym recognition, then resolution to coordinates.

Metrics (../shared/EVAL.md): recognition P/R/F1 by span overlap; on matched toponyms with gold
coordinates, accuracy within 161 km (the same GeoNames id also counts), mean/median error (km)
and the AUC of the log error curve (Gritta et al. 2018; lower is better); end-to-end, the share
of gold toponyms found and placed within 161 km. Also the seed article's places.
"""

from __future__ import annotations

import json
import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.evaluation.common import command_line, gold_path, gold_root, prf, table
from dateline.nlp.places.gazetteer import distance_km

#: Gritta et al. 2018: half the Earth's circumference, the largest possible error (km)
MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0
SEED = "seed/000_69507c40d49164b4.txt"


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    tolerance_km: float = ACCURACY_KM


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)
    date: str | None = None


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def load_lgl(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """lgl.xml: 0-based, end-exclusive offsets; coordinates and GeoNames ids from <gaztag>."""
    articles: list[GoldArticle] = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        article = GoldArticle(
            id=node.get("docid") or str(len(articles)),
            text=text,
            date=(node.findtext("dltime") or "")[:10] or None,
        )
        for top in node.iter("toponym"):
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            tag = top.find("gaztag")
            toponym = Toponym(start, end, text[start:end])
            if tag is not None:
                toponym.lat, toponym.lon = _float(tag.find("lat")), _float(tag.find("lon"))
                gid = tag.get("geonameid") or ""
                toponym.geonames_id = int(gid) if gid.isdigit() else None
            article.toponyms.append(toponym)
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    return articles


def load_geovirus(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """GeoVirus.xml: offsets are 1-based (surface == text[start-1:end-1]); Wikipedia coordinates."""
    articles: list[GoldArticle] = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        article = GoldArticle(id=node.findtext("source") or str(len(articles)), text=text)
        for loc in node.iter("location"):
            start, end = int(loc.findtext("start") or 1) - 1, int(loc.findtext("end") or 1) - 1
            article.toponyms.append(
                Toponym(
                    start, end, text[start:end], _float(loc.find("lat")), _float(loc.find("lon"))
                )
            )
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    return articles


def load_seed(gold: str | None = None) -> list[GoldArticle]:
    """The seed article with its expected places (Donbass counts within 250 km)."""
    root = gold_root(gold)
    expected = json.loads((root.parent / "seed" / "expected.json").read_text(encoding="utf-8"))
    raw = (root.parent / SEED).read_text(encoding="utf-8")
    text = raw[expected.get("text_offset_in_file", 0) :]
    article = GoldArticle(id="seed", text=text, date=expected.get("date"))
    for place in expected.get("places", []):
        start, end = place["span"]
        tolerance = 250.0 if place.get("geonames_id") is None else ACCURACY_KM
        article.toponyms.append(
            Toponym(
                start,
                end,
                place["text"],
                place.get("lat"),
                place.get("lon"),
                place.get("geonames_id"),
                tolerance,
            )
        )
    return [article]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(articles: list[GoldArticle], predictions: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """Recognition, resolution and end-to-end figures for predicted place records per article."""
    tp = fp = fn = 0
    errors: list[float] = []
    confident: list[tuple[float, bool]] = []  # (confidence, within 161 km) per matched toponym
    placed = 0
    with_coords = 0
    for article, predicted in zip(articles, predictions, strict=False):
        used: set[int] = set()
        for toponym in article.toponyms:
            has_coords = toponym.lat is not None and toponym.lon is not None
            with_coords += has_coords
            match = None
            for n, record in enumerate(predicted):
                if n not in used and _overlap(
                    (toponym.start, toponym.end), (record["start"], record["end"])
                ):
                    match = n
                    break
            if match is None:
                fn += 1
                continue
            used.add(match)
            tp += 1
            if not has_coords:
                continue
            record = predicted[match]
            if toponym.geonames_id is not None and record.get("geonames_id") == toponym.geonames_id:
                error = 0.0
            elif record.get("lat") is None or record.get("lon") is None:
                error = MAX_ERROR_KM
            else:
                error = distance_km(record["lat"], record["lon"], toponym.lat, toponym.lon)  # type: ignore[arg-type]
            if toponym.tolerance_km != ACCURACY_KM and error <= toponym.tolerance_km:
                error = min(error, ACCURACY_KM)  # a region: anywhere within its tolerance counts
            errors.append(error)
            placed += error <= ACCURACY_KM
            confident.append((record.get("confidence") or 0.0, error <= ACCURACY_KM))
        fp += len(predicted) - len(used)
    recognition = prf(tp, fp, fn)
    resolution: dict[str, Any] = {"matched": len(errors)}
    if errors:
        ordered = sorted(errors)
        logs = [math.log(e + 1) for e in ordered]
        area = (
            sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
            if len(logs) > 1
            else logs[0]
        )
        resolution.update(
            accuracy_161=sum(e <= ACCURACY_KM for e in errors) / len(errors),
            mean_km=statistics.fmean(errors),
            median_km=statistics.median(errors),
            auc=area / (max(len(logs) - 1, 1) * math.log(MAX_ERROR_KM)),
        )
    return {
        "articles": len(articles),
        "gold_toponyms": sum(len(a.toponyms) for a in articles),
        "calibration": calibration(confident),
        "recognition": recognition,
        "resolution": resolution,
        "end_to_end": {
            "placed_161": placed / with_coords if with_coords else 0.0,
            "gold_with_coordinates": with_coords,
        },
    }


#: confidence bands of the calibration table: [low, high)
CONFIDENCE_BANDS = ((0.9, 1.01), (0.7, 0.9), (0.5, 0.7), (0.0, 0.5))


def calibration(pairs: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Accuracy within 161 km per band of the records' ``confidence``: whether a user can trust
    a high confidence more than a low one."""
    bands = []
    for low, high in CONFIDENCE_BANDS:
        inside = [ok for confidence, ok in pairs if low <= confidence < high]
        bands.append(
            {
                "band": f"{low:.1f}-{min(high, 1.0):.1f}",
                "toponyms": len(inside),
                "accuracy_161": sum(inside) / len(inside) if inside else None,
            }
        )
    return bands


def predict(articles: list[GoldArticle], nlp: Any) -> list[list[dict[str, Any]]]:
    """The pipeline's place records for each article (doc._.places)."""
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc

    docs = (make_doc(nlp, Article(text=a.text, date=a.date, id=a.id)) for a in articles)
    return [list(doc._.places or []) for doc in nlp.pipe(docs, batch_size=16)]


def evaluate(gold: str | None = None, limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    """Score the places of ``nlp`` (default: the full pipeline) on LGL, GeoVirus and the seed."""
    if nlp is None:
        from dateline.nlp import build_pipeline

        nlp = build_pipeline()
    results: dict[str, Any] = {}
    loaders = {
        "LGL": (load_lgl, "places/LGL/lgl.xml"),
        "GeoVirus": (load_geovirus, "places/GeoVirus/GeoVirus.xml"),
    }
    for name, (loader, relative) in loaders.items():
        articles = loader(gold_path(relative, gold), limit)
        results[name] = score(articles, predict(articles, nlp))
    try:
        seed = load_seed(gold)
        predictions = predict(seed, nlp)
        results["seed"] = score(seed, predictions)
        results["seed"]["places"] = [
            {k: r[k] for k in ("start", "end", "text", "geonames_id", "name", "lat", "lon")}
            for r in predictions[0]
        ]
    except (OSError, KeyError, ValueError):
        pass
    return results


def report(results: dict[str, Any]) -> str:
    """A Markdown report of :func:`evaluate`'s results."""
    rows = []
    for name, result in results.items():
        rec, res, e2e = result["recognition"], result["resolution"], result["end_to_end"]
        rows.append(
            [
                name,
                result["articles"],
                result["gold_toponyms"],
                rec["precision"],
                rec["recall"],
                rec["f1"],
                res.get("matched", 0),
                res.get("accuracy_161", 0.0),
                round(res.get("mean_km", 0.0), 1),
                round(res.get("median_km", 0.0), 1),
                res.get("auc", 0.0),
                e2e["placed_161"],
            ]
        )
    header = [
        "set",
        "articles",
        "gold",
        "rec P",
        "rec R",
        "rec F1",
        "matched",
        "acc@161",
        "mean km",
        "median km",
        "AUC",
        "end-to-end@161",
    ]
    lines = ["# Places: toponym recognition and resolution", "", table(rows, header), ""]
    lines.append(
        "Baseline (spaCy small + most populous match): LGL F1 0.687, acc@161 0.577; GeoVirus F1 0.882, acc@161 0.686."
    )
    rows = [
        [name]
        + [
            f"{b['accuracy_161']:.3f} ({b['toponyms']})" if b["toponyms"] else "-"
            for b in result["calibration"]
        ]
        for name, result in results.items()
        if name != "seed"
    ]
    if rows:
        bands = [b["band"] for b in next(iter(results.values()))["calibration"]]
        lines += ["", "Calibration: acc@161 (matched toponyms) by the records' confidence", ""]
        lines.append(table(rows, ["set"] + [f"confidence {b}" for b in bands]))
    if "seed" in results and results["seed"].get("places"):
        lines += ["", "Seed places:"]
        lines += [
            f"- {p['text']} [{p['start']}, {p['end']}] -> {p['name']} ({p['geonames_id']}) {p['lat']}, {p['lon']}"
            for p in results["seed"]["places"]
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    command_line(
        evaluate,
        report,
        __doc__ or "",
        "the gold folder (default: ../shared/eval)",
        "articles per set (default: all)",
        argv,
    )


if __name__ == "__main__":
    main()
