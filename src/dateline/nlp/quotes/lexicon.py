"""The reporting-cue lexicon of the quotes component: loading it, and deriving its statistics.

The lexicon is data (``data/quotes/cues.tsv``); ``python -m dateline.nlp.quotes.lexicon TRAIN``
recomputes, from an attribution corpus in the PolNeAR JSONL shape, how often each verb lemma
is an attribution cue, which is how the entries and their weights were chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: the lexicon file inside the package
LEXICON = ("dateline", "data/quotes/cues.tsv")


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a lemma, its part of speech, the frames it takes, and a weight in [0, 1]."""

    lemma: str
    pos: str  # VERB, NOUN or PHRASE ("according to")
    frames: frozenset[
        str
    ]  # ccomp (a reported clause), dobj (a reported object), quote (speech only)
    weight: float
    #: frame -> the share of the lemma's uses in that frame (with a subject) that are cues, where
    #: the training split holds enough of them; it overrides ``weight`` for that frame
    frame_weights: tuple[tuple[str, float], ...] = ()

    def weight_for(self, frame: str) -> float:
        """The weight of the cue used in one frame (dobj, xcomp, ccomp)."""
        for name, weight in self.frame_weights:
            if name == frame:
                return weight
        return self.weight

    def takes(self, frame: str) -> bool:
        return frame in self.frames or any(name == frame for name, _ in self.frame_weights)


def _frame_weights(value: str) -> tuple[tuple[str, float], ...]:
    """ "dobj:0.83,xcomp:0.65" -> (("dobj", 0.83), ("xcomp", 0.65))."""
    out = []
    for item in value.split(","):
        name, _, weight = item.partition(":")
        if name.strip() and weight.strip():
            out.append((name.strip(), float(weight)))
    return tuple(out)


def _rows(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    """lemma -> Cue, read once per process from the packaged TSV."""
    package, name = LEXICON
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    cues: dict[str, Cue] = {}
    header: list[str] | None = None
    for row in _rows(text):
        if header is None:
            header = row
            continue
        record = dict(zip(header, row))
        cues[record["lemma"]] = Cue(
            lemma=record["lemma"],
            pos=record["pos"],
            frames=frozenset(f for f in record["frames"].split(",") if f),
            weight=float(record["weight"]),
            frame_weights=_frame_weights(record.get("frame_weights") or ""),
        )
    return cues


def derive(train_path: str, min_cues: int = 3) -> list[tuple[str, int, int, float, Counter[str]]]:
    """(lemma, times a cue, times seen as a verb, cue rate, dependents holding the content) per verb.

    One annotation per article (the first seen). Needs the English model; slow (minutes).
    """
    from dateline.nlp.model import load_model

    nlp = load_model(disable=["ner"])
    seen: set[str] = set()
    items = []
    with open(train_path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["article"] in seen:
                continue
            seen.add(row["article"])
            items.append(row)
    total: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    frames: dict[str, Counter[str]] = {}
    for doc, row in zip(nlp.pipe((r["text"] for r in items), batch_size=16), items):
        cue_chars: dict[int, list[tuple[int, int]]] = {}
        for attribution in row["attributions"]:
            contents = [(c["start"], c["end"]) for c in attribution["content"]]
            for cue in attribution["cue"]:
                for i in range(cue["start"], cue["end"]):
                    cue_chars[i] = contents
        for token in doc:
            if token.pos_ != "VERB":
                continue
            lemma = token.lemma_.lower()
            total[lemma] += 1
            spans = cue_chars.get(token.idx)
            if spans is None:
                continue
            as_cue[lemma] += 1
            counter = frames.setdefault(lemma, Counter())
            for child in token.children:
                if any(s <= child.idx < e for s, e in spans):
                    counter[child.dep_] += 1
    out = []
    for lemma, n in as_cue.most_common():
        if n >= min_cues:
            out.append((lemma, n, total[lemma], n / total[lemma], frames.get(lemma, Counter())))
    return out


def derive_frames(
    train_path: str, skip: tuple[int, int] = (700, 800), min_seen: int = 10
) -> list[tuple[str, str, int, int]]:
    """(lemma, frame, times the frame's dependent is gold content, times seen) per verb frame.

    A use counts when the verb has a subject and an object (dobj) or infinitive (xcomp) after
    it. Articles are sorted by name and positions ``skip`` are left out (a held-out slice).
    """
    from dateline.nlp.model import load_model

    nlp = load_model(disable=["ner"])
    by_article: dict[str, dict] = {}
    with open(train_path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_article.setdefault(row["article"], row)
    items = [by_article[k] for k in sorted(by_article)]
    items = items[: skip[0]] + items[skip[1] :]
    seen: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for doc, row in zip(nlp.pipe((r["text"] for r in items), batch_size=16), items):
        cue_chars: dict[int, list[tuple[int, int]]] = {}
        for attribution in row["attributions"]:
            contents = [(c["start"], c["end"]) for c in attribution["content"]]
            for cue in attribution["cue"]:
                for i in range(cue["start"], cue["end"]):
                    cue_chars[i] = contents
        for token in doc:
            if token.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in token.children):
                continue
            for frame in ("dobj", "xcomp"):
                dependents = [c for c in token.children if c.dep_ == frame and c.i > token.i]
                if not dependents:
                    continue
                key = (token.lemma_.lower(), frame)
                seen[key] += 1
                spans = cue_chars.get(token.idx) or []
                if any(s <= dependents[0].idx < e for s, e in spans):
                    hits[key] += 1
    return [(k[0], k[1], hits[k], n) for k, n in seen.most_common() if n >= min_seen]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", help="attribution corpus (PolNeAR-shaped JSONL)")
    parser.add_argument("--min-cues", type=int, default=3)
    parser.add_argument(
        "--frames", action="store_true", help="per-frame shares (the frame_weights column)"
    )
    args = parser.parse_args(argv)
    if args.frames:
        for lemma, frame, hits, seen in derive_frames(args.train):
            sys.stdout.write(f"{lemma}\t{frame}\t{hits}\t{seen}\t{hits / seen:.2f}\n")
        return 0
    for lemma, n, seen, rate, deps in derive(args.train, args.min_cues):
        top = ",".join(f"{d}:{c}" for d, c in deps.most_common(4))
        sys.stdout.write(f"{lemma}\t{n}\t{seen}\t{rate:.3f}\t{top}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
