"""The times evaluation: TimeML reading, one-to-one matching, TempEval-3 metrics, the report."""

from __future__ import annotations

import pytest

from dateline.evaluation import times as ev

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-04T10:00:00" temporalFunction="false" functionInDocument="CREATION_TIME">19980304</TIMEX3></DCT>
<TEXT>
Prices &amp; wages <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-03">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""  # noqa: E501  (TimeML laid out as the corpus has it: a line break in <TEXT> would move the offsets)


def test_read_timeml_offsets_index_the_plain_text(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = ev.read_timeml(path)
    assert doc.id == "TEST1" and doc.dct == "1998-03-04"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [("yesterday", "DATE", "1998-03-03"), ("two weeks", "DURATION", "P2W")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "&" in doc.text


def _p(start, end, type_="DATE", value="X"):
    return {"start": start, "end": end, "text": "", "type": type_, "value": value}


def test_tally_relaxed_strict_and_value():
    gold = [ev.Timex(0, 9, "last week", "DATE", "1998-W09"), ev.Timex(20, 29, "two weeks", "DURATION", "P2W")]
    pred = [_p(5, 9, "DATE", "1998-W09"), _p(20, 29, "DURATION", "P3W"), _p(40, 45)]
    tally = ev.Tally()
    tally.add("d", " " * 50, gold, pred)
    m = tally.metrics()
    assert m["relaxed"]["tp"] == 2 and m["relaxed"]["fp"] == 1 and m["relaxed"]["fn"] == 0
    assert m["strict"]["tp"] == 1
    assert m["value_accuracy"] == pytest.approx(0.5)
    assert m["type_accuracy"] == pytest.approx(1.0)
    assert m["value_f1"] == pytest.approx(m["relaxed"]["f1"] * 0.5)


def test_matching_is_one_to_one():
    gold = [ev.Timex(0, 10, "", "DATE", "")]
    assert ev.match(gold, [_p(0, 4), _p(2, 10)]) == [(0, 1)]


@pytest.mark.gold
def test_evaluate_on_a_sample(gold):
    results = ev.evaluate(limit=4)
    assert results["documents"] == 4
    assert 0.5 < results["tbaq"]["relaxed"]["f1"] <= 1.0
    assert "value F1" in ev.report(results)
    if "seed" in results:
        assert results["seed"]["value_f1"] >= 0.85
