"""Exports: every format and kind round-trips the store's counts, on SQLite and PostgreSQL;
the filters (dates by the API rule, type, country, source) hold in every format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from dateline import export
from dateline.errors import BadExportFilter, BadExportKind, ExportDependencyMissing, ExportWriteError
from dateline.serve.cli import cli
from dateline.store import open_store
from dateline.store.export import COLUMNS, KINDS, ExportFilter, count, rows

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

TEXT = ('Russian troops withdrew from Chernihiv on Tuesday, officials said.\n"We will rebuild," '
        "Volodymyr Zelensky said in Kyiv.")  # two paragraphs


def entity(eid, key, name, type_, country, start, end):
    return {"id": eid, "key": key, "name": name, "type": type_, "country": country, "sector": None, "role": None,
            "mentions": [[start, end]], "wikidata": None, "geonames_id": None}


def place(start, end, name, gid, lat, lon, country):
    return {"start": start, "end": end, "text": TEXT[start:end], "geonames_id": gid, "name": name, "lat": lat,
            "lon": lon, "country": country, "admin1": None if gid is None else f"{name} Oblast",
            "feature": "PPLA", "confidence": 0.9}


def event(type_, mode, quad, cameo, date, actor, recipient, where, evidence=(0, 66)):
    return {"type": type_, "mode": mode, "quad": quad, "cameo": cameo, "actor": actor, "recipient": recipient,
            "date": date, "place": where, "negated": False, "modality": "asserted", "evidence": [list(evidence)],
            "confidence": 0.8}


RUS = {"entity": "e1", "text": "Russian troops", "span": [0, 14], "name": "Russian", "country": "RUS", "sector": "MIL"}
UKR = {"entity": "e2", "text": "Volodymyr Zelensky", "span": [86, 104], "name": "Volodymyr Zelensky", "country": "UKR", "sector": "GOV"}
CHERNIHIV = {"geonames_id": 710735, "name": "Chernihiv", "lat": 51.5, "lon": 31.3}
KYIV = {"geonames_id": 703448, "name": "Kyiv", "lat": 50.4547, "lon": 30.5238}


def article(article_id: str, date: str | None, source: str | None, events: list[dict]) -> dict:
    return {
        "schema": 1, "id": article_id, "date": date, "title": f"Title {article_id}", "url": f"https://example.org/{article_id}",
        "source": source, "text": TEXT,
        "entities": [entity("e1", "norp:russian", "Russian", "NORP", "RUS", 0, 7),
                     entity("e2", "person:volodymyr-zelensky", "Volodymyr Zelensky", "PERSON", "UKR", 86, 104)],
        "quotes": [{"kind": "direct", "content": [[67, 84]], "cue": [105, 109], "speaker": [86, 104],
                    "speaker_entity": "e2", "speaker_name": "Volodymyr Zelensky", "confidence": 0.93}],
        "places": [place(29, 38, "Chernihiv", 710735, 51.5, 31.3, "UA"), place(116, 120, "Kyiv", 703448, 50.4547, 30.5238, "UA"),
                   place(0, 7, "Russia", None, None, None, None)],
        "times": [{"start": 42, "end": 49, "text": "Tuesday", "type": "DATE", "value": "2022-03-29"}],
        "events": events,
    }


def corpus() -> list[dict]:
    """Three articles: events dated by a full day, by an ISO week, and an article with no date."""
    return [
        article("a1", "2022-03-30", "wire", [
            event("RETREAT", "withdraw", "material cooperation", "0874", "2022-03-29", RUS, None, CHERNIHIV),
            event("CONSULT", None, "verbal cooperation", None, "PRESENT_REF", UKR, RUS, None, (67, 120)),
        ]),
        article("a2", "2022-04-10", "paper", [
            event("ASSAULT", None, "material conflict", "190", "2022-W14", RUS, UKR, KYIV),
            event("NEWTYPE", None, "material conflict", None, "2022-04-09", None, None, KYIV),  # no CAMEO anywhere
        ]),
        article("a3", None, "wire", [
            event("PROTEST", None, "verbal conflict", "140", "2022-03-31", None, UKR, None),
        ]),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The corpus in an SQLite file and in a real PostgreSQL server (a fresh schema each)."""
    if request.param == "sqlite":
        url = str(tmp_path / "t.db")
    else:
        url = request.getfixturevalue("postgres_url")
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
    with open_store(url) as s:
        for rec in corpus():
            s.write(rec)
        yield s


def exported(store, fmt: str, kind: str | None = None, flt: ExportFilter | None = None) -> tuple[int, bytes]:
    out = io.BytesIO()
    n = export.write(store, fmt, kind, flt, out)
    return n, out.getvalue()


FORMAT_KINDS = [(fmt, kind) for fmt, kinds in export.FORMATS.items() for kind in kinds]


@pytest.mark.parametrize(("fmt", "kind"), FORMAT_KINDS, ids=[f"{f}-{k}" for f, k in FORMAT_KINDS])
def test_every_format_round_trips_the_counts(store, fmt: str, kind: str) -> None:
    n, data = exported(store, fmt, kind)
    stored = store.counts()[kind]
    if fmt == "jsonl":
        lines = [json.loads(line) for line in data.decode().splitlines()]
        assert n == len(lines) == stored
        if kind == "articles":
            assert lines == [store.get(i) for i in ("a1", "a2", "a3")]
        else:
            assert set(lines[0]) == {name for name, _ in COLUMNS[kind]}
    elif fmt == "csv":
        frame = pd.read_csv(io.BytesIO(data))
        assert n == len(frame) == stored
        assert list(frame.columns) == [name for name, _ in COLUMNS[kind]]
    elif fmt == "parquet":
        table = pq.read_table(io.BytesIO(data))
        assert n == table.num_rows == stored
        assert table.schema.field("article_date").type == pa.date32()
        assert table.schema.field("article_id").type == pa.string()
    elif fmt == "geojson":
        doc = json.loads(data)
        assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n
        # one Point per resolved place mention (2 of 3 per article) / per event with a place (3 of 5)
        assert n == (6 if kind == "places" else 3)
        for feature in doc["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert feature["geometry"]["type"] == "Point"
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert (lon, lat) == (feature["properties"]["lon"], feature["properties"]["lat"])
            assert lon > lat - 30  # Ukraine: lon ~31, lat ~51: lon first
    else:
        lines = data.decode().splitlines()
        assert n == len(lines) - 1 == stored - 1  # NEWTYPE has no CAMEO code: left out
        assert lines[0].split("\t")[0] == "GlobalEventID"


def test_parquet_has_real_types(store) -> None:
    _, data = exported(store, "parquet", "events")
    table = pq.read_table(io.BytesIO(data))
    types = {f.name: f.type for f in table.schema}
    assert types["article_date"] == pa.date32() and types["day"] == pa.date32()
    assert types["lat"] == pa.float64() and types["confidence"] == pa.float64()
    assert types["idx"] == pa.int64() and types["geonames_id"] == pa.int64()
    assert types["negated"] == pa.bool_() and types["date"] == pa.string()
    frame = table.to_pandas()
    first = frame.iloc[0]
    assert first["article_date"] == dt.date(2022, 3, 30) and first["day"] == dt.date(2022, 3, 29)
    assert first["date"] == "2022-03-29" and first["lat"] == 51.5
    assert first["evidence_text"] == TEXT[0:66]
    week = frame[frame["date"] == "2022-W14"].iloc[0]
    assert week["day"] == dt.date(2022, 4, 10)  # a week is dated by its article


def test_rows_carry_the_evidence_text(store) -> None:
    [quote] = [q for q in store.quotes() if q["article_id"] == "a1"]
    assert quote["text"] == TEXT[67:84] and quote["cue"] == "said" and quote["speaker_text"] == "Volodymyr Zelensky"
    assert quote["speaker_key"] == "person:volodymyr-zelensky" and quote["speaker_country"] == "UKR"
    assert quote["speaker_name"] == "Volodymyr Zelensky" and quote["kind"] == "direct" and quote["confidence"] == 0.93
    ents = [e for e in store.entity_records() if e["article_id"] == "a1"]
    assert [e["mention_text"] for e in ents] == ["Russian", "Volodymyr Zelensky"]
    places = [p for p in store.places() if p["article_id"] == "a1"]
    assert places[0]["text"] == "Chernihiv" and places[0]["country_iso3"] == "UKR"
    ev = next(store.events())
    assert ev["actor_name"] == "Russian" and ev["actor_text"] == "Russian troops" and ev["actor_key"] == "norp:russian"
    assert ev["place_country"] == "UA" and ev["geonames_id"] == 710735


def test_events_date_rule(store) -> None:
    """An event's own date when it is a full day, else its article's date (API.md)."""
    def dates(**f):
        return sorted((e["article_id"], e["date"]) for e in store.events(**f))

    # a1's RETREAT is dated 2022-03-29 (article 2022-03-30); CONSULT PRESENT_REF -> 2022-03-30
    assert dates(since="2022-03-30", until="2022-03-30") == [("a1", "PRESENT_REF")]
    assert dates(until="2022-03-29") == [("a1", "2022-03-29")]
    # a2's ASSAULT is dated 2022-W14: filtered by its article's date 2022-04-10
    assert dates(since="2022-04-10") == [("a2", "2022-W14")]
    # a3 has no article date; its PROTEST has a full day
    assert dates(since="2022-03-31", until="2022-04-09") == [("a2", "2022-04-09"), ("a3", "2022-03-31")]
    # every other kind: the article's date (a3, undated, never passes a date filter)
    assert {q["article_id"] for q in store.quotes(since="2022-03-29")} == {"a1", "a2"}
    assert {t["article_id"] for t in store.times(until="2022-03-30")} == {"a1"}


def test_country_type_and_source_filters(store) -> None:
    assert len(list(store.events(country="UKR"))) == 3  # CONSULT (actor), ASSAULT (recipient), PROTEST
    assert len(list(store.events(country="rus"))) == 3
    assert [p["name"] for p in store.places(country="UKR")] == ["Chernihiv", "Kyiv"] * 3  # alpha-2 UA
    assert list(store.places(country="RUS")) == []
    assert len(list(store.quotes(country="UKR"))) == 3 and list(store.quotes(country="RUS")) == []
    assert {e["name"] for e in store.entity_records(country="RUS")} == {"Russian"}
    assert [e["article_id"] for e in store.events(type="assault")] == ["a2"]
    assert {e["type"] for e in store.entity_records(type="PERSON")} == {"PERSON"}
    assert len(list(store.quotes(type="indirect"))) == 0 and len(list(store.quotes(type="direct"))) == 3
    assert [t["value"] for t in store.times(type="DATE", source="paper")] == ["2022-03-29"]
    assert {e["article_id"] for e in store.events(source="wire")} == {"a1", "a3"}
    assert [r["id"] for r in store.records(type="PROTEST")] == ["a3"]
    assert [r["id"] for r in store.records(source="paper", country="UKR")] == ["a2"]
    assert [r["id"] for r in store.records(since="2022-04-01")] == ["a2"]


@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_filters_hold_in_every_format(store, fmt: str) -> None:
    kind = "events"
    flt = ExportFilter.make(kind, since="2022-03-31", country="UKR")  # ASSAULT (by article date), PROTEST
    n, data = exported(store, fmt, kind, flt)
    if fmt == "jsonl":
        assert [json.loads(line)["type"] for line in data.decode().splitlines()] == ["ASSAULT", "PROTEST"]
    elif fmt == "csv":
        assert list(pd.read_csv(io.BytesIO(data))["type"]) == ["ASSAULT", "PROTEST"]
    elif fmt == "parquet":
        assert pq.read_table(io.BytesIO(data)).column("type").to_pylist() == ["ASSAULT", "PROTEST"]
    elif fmt == "geojson":
        assert [f["properties"]["type"] for f in json.loads(data)["features"]] == ["ASSAULT"]  # PROTEST has no place
    else:
        assert [line.split("\t")[11] for line in data.decode().splitlines()[1:]] == ["190", "140"]
    assert n == (1 if fmt == "geojson" else 2) and count(store, kind, flt) == 2


def test_gdelt_columns(store) -> None:
    _, data = exported(store, "gdelt", "events")
    table = list(csv.DictReader(io.StringIO(data.decode()), delimiter="\t"))
    first = table[0]
    assert first["Day"] == "20220329" and first["MonthYear"] == "202203" and first["Year"] == "2022"
    assert first["EventCode"] == "0874" and first["EventBaseCode"] == "087" and first["EventRootCode"] == "08"
    assert first["QuadClass"] == "2" and first["Actor1CountryCode"] == "RUS" and first["Actor1Type1Code"] == "MIL"
    assert first["ActionGeo_FullName"] == "Chernihiv, Chernihiv Oblast" and first["ActionGeo_CountryCode"] == "UA"
    assert (first["ActionGeo_Lat"], first["ActionGeo_Long"], first["ActionGeo_FeatureID"]) == ("51.5", "31.3", "710735")
    assert first["SOURCEURL"] == "https://example.org/a1" and first["IsRootEvent"] == "1"
    assert len(first["DATEADDED"]) == 14 and first["DATEADDED"].isdigit()
    consult = table[1]  # no CAMEO of its own: the crosswalk's CONSULT code
    assert consult["EventCode"] == "040" and consult["QuadClass"] == "1" and consult["IsRootEvent"] == "0"
    assert consult["Actor2CountryCode"] == "RUS" and consult["Day"] == "20220330"
    assert {row["QuadClass"] for row in table} <= {"1", "2", "3", "4"}
    assert all(int(row["GlobalEventID"]) > 0 for row in table) and len({r["GlobalEventID"] for r in table}) == len(table)


def test_keyset_pages_give_every_row_once(store) -> None:
    for kind in KINDS:
        whole = list(rows(store, kind))
        assert list(rows(store, kind, page=2)) == whole and len(whole) == store.counts()[kind]


def test_bad_filters_and_kinds_are_coded_errors(store) -> None:
    with pytest.raises(BadExportFilter, match="E008.*alpha-3 code is UKR"):
        list(store.events(country="UA"))
    with pytest.raises(BadExportFilter, match="E008"):
        list(store.events(since="30/03/2022"))
    with pytest.raises(BadExportFilter, match="E008.*after"):
        list(store.events(since="2022-04-01", until="2022-03-01"))
    with pytest.raises(BadExportFilter, match="E008.*one of"):
        list(store.events(type="BOMBING"))
    with pytest.raises(BadExportFilter, match="E008"):
        list(store.places(type="PPLA"))
    with pytest.raises(BadExportFilter, match="E008.*one of articles"):
        list(store.export("speeches"))
    with pytest.raises(BadExportKind, match="E009"):
        exported(store, "geojson", "quotes")
    with pytest.raises(BadExportKind, match="E009"):
        exported(store, "gdelt", "places")


def test_cli_export_files_and_stdout(store, tmp_path: Path) -> None:
    db = store.url if store.url.startswith("postgresql") else store.url.removeprefix("sqlite:///")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--kind", "quotes", "--country", "UKR", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert next(iter(csv.DictReader(io.StringIO(result.stdout))))["speaker_country"] == "UKR"
    target = tmp_path / "events.parquet"
    result = runner.invoke(cli, ["export", "--db", db, "--format", "parquet", "--since", "2022-04-01", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(target).num_rows == 2 and not (tmp_path / "events.parquet.part").exists()
    result = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl", "-o", "-"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a1", "a2", "a3"]


def test_unwritable_output_is_a_coded_error(store, tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError, match="E320"):
        export.write(store, "csv", "events", None, tmp_path / "no" / "such" / "dir.csv")


def test_cli_errors_print_their_code(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_store(db).close()
    done = subprocess.run([sys.executable, "-m", "dateline", "export", "--db", str(db), "--format", "geojson",
                           "--kind", "times", "-o", "-"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and done.stderr.startswith("error: E009") and "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "dateline", "export", "--db", str(db), "--format", "csv",
                           "--country", "Ukraine", "-o", "-"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and "E008" in done.stderr


def test_export_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0 and "Examples" in result.output and "--country" in result.output


def test_progress_wraps_the_stream_with_its_total(store) -> None:
    seen: list[int] = []

    def progress(items, total):
        seen.append(total)
        for item in items:
            seen.append(-1)
            yield item

    flt = ExportFilter.make("quotes", country="UKR")
    n = export.write(store, "csv", "quotes", flt, io.BytesIO(), progress=progress)
    assert seen == [3, -1, -1, -1] and n == 3


def test_parquet_without_pyarrow_names_the_extra(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    monkeypatch.delitem(sys.modules, "dateline.export.parquet", raising=False)
    with open_store(tmp_path / "t.db") as s, pytest.raises(ExportDependencyMissing, match=r"E321.*dateline\[export\]"):
        export.write(s, "parquet", "events", None, tmp_path / "out.parquet")
    assert not (tmp_path / "out.parquet").exists() and not (tmp_path / "out.parquet.part").exists()


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "articles"])
def test_flat_rows_of_a_record_equal_the_stored_rows(store, kind: str) -> None:
    """One definition of the flat tables: a record's flat_rows (dateline spark's tables) are the
    rows the export reads back from the store for it."""
    from dateline.store.export import flat_rows

    for rec in corpus():
        stored = [r for r in rows(store, kind) if r["article_id"] == rec["id"]]
        assert flat_rows(rec)[kind] == [{name: r[name] for name, _ in COLUMNS[kind]} for r in stored]
