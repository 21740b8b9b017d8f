"""The reporting-cue lexicon of the quotes component: loading it.

The lexicon is data (``data/quotes/cues.tsv``). It is derived from an attribution corpus in the
PolNeAR JSONL shape by ``scripts/derive_cues.py`` (not part of the runtime package), which counts
how often each verb lemma is an attribution cue and in which frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dateline.data import read_tsv

#: the lexicon file under dateline/data
LEXICON = "quotes/cues.tsv"


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


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    """lemma -> Cue, read once per process from the packaged TSV."""
    cues: dict[str, Cue] = {}
    for record in read_tsv(LEXICON):
        cues[record["lemma"]] = Cue(
            lemma=record["lemma"],
            pos=record["pos"],
            frames=frozenset(f for f in record["frames"].split(",") if f),
            weight=float(record["weight"]),
            frame_weights=_frame_weights(record.get("frame_weights") or ""),
        )
    return cues
