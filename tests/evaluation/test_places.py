"""The places evaluation: gold readers, span matching, error metrics, the report."""

from __future__ import annotations

import pytest

from dateline.evaluation import places as ev

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
<article docid="1"><feedid>1</feedid><title>t</title><domain>d</domain><url>u</url><dltime>2009-05-01 00:00:00</dltime>
<text><![CDATA[Rain fell on Paris, Texas and on Dublin.]]></text>
<toponyms count="3">
<toponym><start>13</start><end>18</end><phrase>Paris</phrase>
<gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPL</fcode><lat>33.66094</lat><lon>-95.55551</lon></gaztag></toponym>
<toponym><start>20</start><end>25</end><phrase>Texas</phrase>
<gaztag geonameid="4736286"><name>Texas</name><fclass>A</fclass><fcode>ADM1</fcode><lat>31.25044</lat><lon>-99.25061</lon></gaztag></toponym>
<toponym><start>33</start><end>39</end><phrase>Dublin</phrase></toponym>
</toponyms></article>
</articles>
"""  # noqa: E501  (LGL laid out as the corpus has it: one line per toponym and gaztag)

GEOVIRUS_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article><source>http://example.org/a</source><text>Cases rose in Kenya.</text>
<locations><location><name>Kenya</name><start>15</start><end>20</end><lat>1</lat><lon>38</lon><page>p</page></location></locations>
</article></articles>
"""


def test_read_lgl(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_XML, encoding="utf-8")
    (article,) = ev.load_lgl(path)
    assert [t.text for t in article.toponyms] == ["Paris", "Texas", "Dublin"]
    assert article.toponyms[0].geonames_id == 4717560 and article.toponyms[0].lat == pytest.approx(
        33.66094
    )
    assert article.toponyms[2].lat is None  # no gaztag: recognition only
    assert article.date == "2009-05-01"


def test_read_geovirus_one_based_offsets(tmp_path):
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS_XML, encoding="utf-8")
    (article,) = ev.load_geovirus(path)
    assert article.toponyms[0].text == "Kenya"


def record(start, end, lat=None, lon=None, geonames_id=None):
    return {
        "start": start,
        "end": end,
        "text": "",
        "geonames_id": geonames_id,
        "lat": lat,
        "lon": lon,
    }


def test_score_recognition_and_resolution():
    article = ev.GoldArticle(
        "a",
        "x" * 60,
        [
            ev.Toponym(0, 5, "Paris", 33.66, -95.56, 4717560),
            ev.Toponym(10, 15, "Texas", 31.25, -99.25, 4736286),
            ev.Toponym(20, 26, "Dublin"),  # no coordinates
            ev.Toponym(30, 35, "Miss", 10.0, 10.0),
        ],
    )
    predicted = [
        record(0, 5, 48.85, 2.35),  # found, placed in France: wrong
        record(10, 15, 0.0, 0.0, 4736286),  # same GeoNames id: right whatever the point
        record(20, 26),  # found, unresolved, gold has no point: recognition only
        record(40, 45, 1.0, 1.0),  # spurious
    ]
    result = ev.score([article], [predicted])
    rec = result["recognition"]
    assert (rec["tp"], rec["fp"], rec["fn"]) == (3, 1, 1)
    res = result["resolution"]
    assert res["matched"] == 2 and res["accuracy_161"] == 0.5
    assert res["median_km"] > 1000 and 0.0 < res["auc"] < 1.0
    assert result["end_to_end"]["placed_161"] == pytest.approx(1 / 3)


def test_unresolved_prediction_counts_as_the_largest_error():
    article = ev.GoldArticle("a", "x" * 10, [ev.Toponym(0, 5, "Paris", 48.85, 2.35)])
    result = ev.score([article], [[record(0, 5)]])
    assert result["resolution"]["mean_km"] == ev.MAX_ERROR_KM


def test_report_names_the_metrics():
    article = ev.GoldArticle("a", "x" * 10, [ev.Toponym(0, 5, "Paris", 48.85, 2.35)])
    text = ev.report({"LGL": ev.score([article], [[record(0, 5, 48.85, 2.35)]])})
    for name in ("rec F1", "acc@161", "AUC", "median km", "end-to-end@161", "LGL", "Calibration"):
        assert name in text


def test_gold_sets_read(gold):
    lgl = ev.load_lgl(gold / "places" / "LGL" / "lgl.xml", limit=5)
    geovirus = ev.load_geovirus(gold / "places" / "GeoVirus" / "GeoVirus.xml", limit=5)
    for article in lgl + geovirus:
        for toponym in article.toponyms:
            assert article.text[toponym.start : toponym.end] == toponym.text
    (seed,) = ev.load_seed(str(gold))
    assert [t.text for t in seed.toponyms].count("Kiev") == 3


def test_calibration_bands_count_toponyms_by_confidence():
    bands = ev.calibration([(0.95, True), (0.97, False), (0.8, True), (0.1, False)])
    by_band = {b["band"]: b for b in bands}
    assert by_band["0.9-1.0"]["toponyms"] == 2 and by_band["0.9-1.0"]["accuracy_161"] == 0.5
    assert by_band["0.7-0.9"]["accuracy_161"] == 1.0
    assert by_band["0.5-0.7"]["toponyms"] == 0 and by_band["0.5-0.7"]["accuracy_161"] is None
    assert by_band["0.0-0.5"]["accuracy_161"] == 0.0
