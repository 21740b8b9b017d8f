"""scripts/derive_cues.py: the rules that turn cue counts into the lexicon, and the held-out slice."""

import importlib.util
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_cues.py"
spec = importlib.util.spec_from_file_location("derive_cues", SCRIPT)
derive_cues = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive_cues)


def _stats(lemma, seen, cues, deps=None, frame_seen=None, frame_hits=None):
    return {
        "seen": Counter({lemma: seen}), "cues": Counter({lemma: cues}),
        "deps": Counter({f"{lemma}|{d}": n for d, n in (deps or {}).items()}),
        "frame_seen": Counter({f"{lemma}|{f}": n for f, n in (frame_seen or {}).items()}),
        "frame_hits": Counter({f"{lemma}|{f}": n for f, n in (frame_hits or {}).items()}),
        "phrasal": Counter(),
    }


def test_excluded_articles_are_not_counted():
    per_article = [_stats("say", 10, 8), _stats("say", 100, 1), _stats("say", 10, 9)]
    sums = derive_cues.total(per_article, [True, False, True])
    assert sums["seen"]["say"] == 20 and sums["cues"]["say"] == 17


def test_selection_and_frame_rules():
    sums = derive_cues.total(
        [
            _stats("say", 100, 80, deps={"ccomp": 70, "dobj": 10, "xcomp": 1}),
            _stats("rare", 100, 3, deps={"ccomp": 3}),  # too few cues
            _stats("eat", 100, 5, deps={"dobj": 5}),  # weight 0.05: too low
            _stats("speak", 20, 10, deps={"prep": 4}),  # no frame counted: ccomp
            _stats("vow", 40, 10, deps={"xcomp": 9}, frame_seen={"dobj": 12}, frame_hits={"dobj": 9}),
        ],
        [True] * 5,
    )
    rows = {row["lemma"]: row for row in derive_cues.verb_rows(sums)}
    assert set(rows) == {"say", "speak", "vow"}
    assert rows["say"]["frames"] == ["ccomp"]  # dobj 10 < 20% of ccomp 70
    assert rows["say"]["weight"] == 0.8
    assert rows["speak"]["frames"] == ["ccomp"]
    assert rows["vow"]["frames"] == ["xcomp"] and rows["vow"]["frame_weights"] == ["dobj:0.75"]


def test_written_lexicon_says_which_slice_was_left_out(tmp_path):
    sums = derive_cues.total([_stats("say", 100, 80, deps={"ccomp": 70}), _stats("accord", 10, 9)], [True, True])
    out = tmp_path / "cues.tsv"
    derive_cues.write_tsv(sums, (700, 800), 740, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("#") and "--exclude 700:800" in text and "700-799" in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows[0][0] == "lemma" and ["according to", "PHRASE", "ccomp", "0.900", "9", "10", ""] in rows
    assert any(r[0] == "say" and r[1] == "VERB" for r in rows)


def test_the_packaged_lexicon_was_derived_without_the_untouched_slice():
    from dateline.data import read_text

    assert "--exclude 700:800" in read_text("quotes/cues.tsv")
