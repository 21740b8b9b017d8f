"""Derive the quotes component's cue lexicon (src/dateline/data/quotes/cues.tsv) from a corpus.

Not part of the runtime package: dateline only reads the TSV this script writes. The corpus is an
attribution corpus in the PolNeAR JSONL shape (shared/eval/quotes/polnear/train.jsonl: one row per
article x annotator, with ``text`` and ``attributions`` of cue/content/source character spans).
One annotation per article is used (the first in the file); articles are taken in sorted order,
so ``--exclude 700:800`` leaves out positions 700-799 of the sorted articles (the held-out slice
that ``python -m dateline.evaluation.quotes --untouched`` scores).

For every verb lemma (en_core_web_sm lemmas) it counts how often the verb is seen, how often it is
annotated as a cue, and which dependents of a cue hold the gold content (its frames); for the
dobj/xcomp frames of a verb with a subject, the share of uses whose dependent is gold content
(frame_weights). The selection rules are the constants below.

    python scripts/derive_cues.py TRAIN --exclude 700:800 --out src/dateline/data/quotes/cues.tsv
    python scripts/derive_cues.py TRAIN --exclude 700:800 --report     # the raw counts, to read

Needs the English model (the setup installs it); a few minutes on a laptop.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

#: a verb becomes an entry when it is a cue at least this often ...
MIN_CUES = 4
#: ... and at least this share of its verb uses are cues
MIN_WEIGHT = 0.1
#: a dependency label is a frame of the verb (ccomp: a reported clause, dobj: a reported object,
#: xcomp: a reported infinitive) when it holds the gold content at least MIN_FRAME_COUNT times and
#: at least MIN_FRAME_SHARE times as often as the verb's most frequent frame; a verb with none
#: gets ccomp. (The rule behind the earlier lexicon's frames was not recorded; on the full
#: training split this one gives 345 of its 356 frame sets.)
MIN_FRAME_COUNT = 2
MIN_FRAME_SHARE = 0.2
FRAMES = ("ccomp", "dobj", "xcomp")
#: frame_weights: listed where at least this many subject+frame uses were seen ...
MIN_FRAME_SEEN = 10
#: ... and at least this share of them hold gold content
MIN_FRAME_WEIGHT = 0.5

HEADER = """\
# Reporting cues for dateline's quotes component: verbs (and phrases) that introduce attributed
# speech, thought or stance, with the frames in which they carry the reported content.
# Source: derived by dateline (scripts/derive_cues.py{exclude_arg}) from cue statistics of
# the PolNeAR v1.0.0 training split (Newell, Margolin & Ruths, LREC 2018; github
# networkdynamics/PolNeAR), counting how often each verb lemma (en_core_web_sm lemmas) is annotated
# as an attribution cue. {exclude_text}
# Only lemmas and counts are kept here: no text of the corpus. Frame names follow spaCy's
# dependency labels: ccomp = a reported clause ("said that ..."), dobj = a reported object
# ("announced plans"), xcomp = a reported infinitive ("vowed to ..."). weight = the share of the
# lemma's verb occurrences in the corpus that are cues (cues / seen); kept when cues >= {min_cues}
# and weight >= {min_weight}; a frame is listed when its dependent holds the gold content at least
# {min_count} times and at least {min_frame:.0%} as often as the lemma's most frequent frame (none: ccomp).
# The component keeps an entry when its weight reaches the frame's threshold (see default_config
# of dateline_quotes).
# The PHRASE row "according to" takes the counts of the lemma "accord" (spaCy's lemma of
# "according"). The PHRASAL rows (verb + preposition, content = the prepositional object) were
# chosen by hand from the most frequent multi-word cues of the training split; their cues column
# counts those cue strings (verb lemma + preposition) in the same articles, seen is not computed
# (0) and their weight is set by hand.
# frame_weights (frame:share, comma-separated): for a verb used in that frame with a subject
# (dobj: an object after the verb, xcomp: an infinitive), the share of such uses whose gold
# content holds that dependent; listed only where at least {min_seen} such uses were seen, the
# share reaches {min_fweight} and the lemma's own weight did not already make the frame a cue.
"""

#: the hand-chosen verb + preposition cues and their hand-set weights
PHRASAL = {
    "call for": 0.8, "call on": 0.8, "refer to": 0.7, "point to": 0.7, "talk about": 0.6,
    "ask about": 0.6, "speak about": 0.6, "warn of": 0.6, "rail against": 0.6,
    "write about": 0.6, "ask for": 0.6,
}


def load_articles(path: str) -> list[dict[str, Any]]:
    """One annotation per article (the first in the file), in sorted article order."""
    by_article: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                by_article.setdefault(row["article"], row)
    return [by_article[k] for k in sorted(by_article)]


def _cue_chars(row: dict[str, Any]) -> dict[int, list[tuple[int, int]]]:
    """character offset inside a gold cue -> the content spans of that attribution"""
    out: dict[int, list[tuple[int, int]]] = {}
    for attribution in row["attributions"]:
        contents = [(c["start"], c["end"]) for c in attribution["content"]]
        for cue in attribution["cue"]:
            for i in range(cue["start"], cue["end"]):
                out[i] = contents
    return out


def article_stats(doc: Any, row: dict[str, Any]) -> dict[str, Counter]:
    """The counts of one parsed article (keys joined with '|' so that they serialize to JSON)."""
    cue_chars = _cue_chars(row)
    stats: dict[str, Counter] = {k: Counter() for k in ("seen", "cues", "deps", "frame_seen", "frame_hits", "phrasal")}
    for token in doc:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        stats["seen"][lemma] += 1
        spans = cue_chars.get(token.idx)
        if spans is not None:
            stats["cues"][lemma] += 1
            for child in token.children:
                if any(s <= child.idx < e for s, e in spans):
                    stats["deps"][f"{lemma}|{child.dep_}"] += 1
                if child.dep_ == "prep" and child.i == token.i + 1 and child.idx in cue_chars:
                    stats["phrasal"][f"{lemma} {child.lower_}"] += 1
        if not any(c.dep_ == "nsubj" for c in token.children):
            continue
        for frame in ("dobj", "xcomp"):
            dependents = [c for c in token.children if c.dep_ == frame and c.i > token.i]
            if dependents:
                stats["frame_seen"][f"{lemma}|{frame}"] += 1
                if any(s <= dependents[0].idx < e for s, e in spans or []):
                    stats["frame_hits"][f"{lemma}|{frame}"] += 1
    return stats


def parse(articles: list[dict[str, Any]]) -> list[dict[str, Counter]]:
    from dateline.nlp.model import load_model  # slow: only when parsing

    nlp = load_model(disable=["ner"])
    out = []
    for n, (doc, row) in enumerate(zip(nlp.pipe((r["text"] for r in articles), batch_size=16), articles, strict=True), 1):
        out.append(article_stats(doc, row))
        if n % 50 == 0:
            print(f"  parsed {n} of {len(articles)} articles", file=sys.stderr, flush=True)
    return out


def total(per_article: list[dict[str, Counter]], keep: list[bool]) -> dict[str, Counter]:
    sums: dict[str, Counter] = {}
    for stats, kept in zip(per_article, keep, strict=True):
        if kept:
            for key, counter in stats.items():
                sums.setdefault(key, Counter()).update(counter)
    return sums


def verb_rows(sums: dict[str, Counter]) -> list[dict[str, Any]]:
    """The VERB entries: lemma, frames, weight, cues, seen, frame_weights (most frequent cues first)."""
    rows = []
    for lemma, cues in sorted(sums["cues"].items(), key=lambda kv: (-kv[1], kv[0])):
        seen = sums["seen"][lemma]
        weight = cues / seen
        if cues < MIN_CUES or weight < MIN_WEIGHT or not any(ch.isalpha() for ch in lemma):
            continue
        counts = {f: sums["deps"][f"{lemma}|{f}"] for f in FRAMES}
        top = max(counts.values())
        frames = [f for f in FRAMES if counts[f] >= MIN_FRAME_COUNT and counts[f] >= MIN_FRAME_SHARE * top] or ["ccomp"]
        frame_weights = []
        for frame in ("dobj", "xcomp"):
            n = sums["frame_seen"][f"{lemma}|{frame}"]
            share = sums["frame_hits"][f"{lemma}|{frame}"] / n if n else 0.0
            if n >= MIN_FRAME_SEEN and share >= MIN_FRAME_WEIGHT and not (frame in frames and weight >= MIN_FRAME_WEIGHT):
                frame_weights.append(f"{frame}:{share:.2f}")
        rows.append({"lemma": lemma, "frames": frames, "weight": weight, "cues": cues, "seen": seen, "frame_weights": frame_weights})
    return rows


def write_tsv(sums: dict[str, Counter], exclude: tuple[int, int] | None, n_articles: int, out: Path) -> None:
    exclude_arg = f" --exclude {exclude[0]}:{exclude[1]}" if exclude else ""
    exclude_text = (
        f"Articles at positions {exclude[0]}-{exclude[1] - 1} of the sorted training articles are left out\n"
        f"# (the untouched slice that docs/results.md reports; {n_articles} articles counted)."
        if exclude else f"All {n_articles} training articles counted."
    )
    lines = [HEADER.format(
        exclude_arg=exclude_arg, exclude_text=exclude_text, min_cues=MIN_CUES, min_weight=MIN_WEIGHT,
        min_count=MIN_FRAME_COUNT, min_frame=MIN_FRAME_SHARE, min_seen=MIN_FRAME_SEEN, min_fweight=MIN_FRAME_WEIGHT,
    ).rstrip("\n")]
    lines.append("lemma\tpos\tframes\tweight\tcues\tseen\tframe_weights")
    accord_cues, accord_seen = sums["cues"]["accord"], sums["seen"]["accord"]
    lines.append(f"according to\tPHRASE\tccomp\t{accord_cues / max(accord_seen, 1):.3f}\t{accord_cues}\t{accord_seen}\t")
    for phrase, weight in PHRASAL.items():
        lines.append(f"{phrase}\tPHRASAL\tpobj\t{weight}\t{sums['phrasal'][phrase]}\t0\t")
    for row in verb_rows(sums):
        lines.append(
            f"{row['lemma']}\tVERB\t{','.join(row['frames'])}\t{row['weight']:.3f}\t{row['cues']}\t{row['seen']}\t{','.join(row['frame_weights'])}"
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _slice(value: str) -> tuple[int, int]:
    start, _, end = value.partition(":")
    return int(start), int(end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", help="attribution corpus (PolNeAR-shaped JSONL)")
    parser.add_argument("--exclude", type=_slice, metavar="START:END", help="leave out these positions of the sorted articles")
    parser.add_argument("--out", type=Path, help="write the lexicon TSV here")
    parser.add_argument("--report", action="store_true", help="print the verb rows (lemma, cues, seen, weight, frames)")
    parser.add_argument("--stats", type=Path, help="cache of the per-article counts (read if present, else written)")
    args = parser.parse_args(argv)
    articles = load_articles(args.train)
    if args.stats and args.stats.exists():
        per_article = [{k: Counter(v) for k, v in s.items()} for s in json.loads(args.stats.read_text())]
    else:
        per_article = parse(articles)
        if args.stats:
            args.stats.write_text(json.dumps(per_article))
    keep = [not (args.exclude and args.exclude[0] <= i < args.exclude[1]) for i in range(len(articles))]
    sums = total(per_article, keep)
    if args.out:
        write_tsv(sums, args.exclude, sum(keep), args.out)
        print(f"wrote {args.out} ({sum(keep)} of {len(articles)} articles)", file=sys.stderr)
    if args.report or not args.out:
        for row in verb_rows(sums):
            sys.stdout.write(f"{row['lemma']}\t{row['cues']}\t{row['seen']}\t{row['weight']:.3f}\t{','.join(row['frames'])}\t{','.join(row['frame_weights'])}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
