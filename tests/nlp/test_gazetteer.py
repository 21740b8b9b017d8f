"""The offline gazetteer: name keys, lookups, abbreviations, demonyms, the cache's speed."""

from __future__ import annotations

import pickle
import time

import pytest

from dateline.nlp.places import gazetteer
from dateline.nlp.places.gazetteer import name_key


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


@pytest.mark.parametrize(
    "name, key",
    [
        ("Kiev", "kiev"),
        ("St. Louis", "st louis"),
        ("Zürich", "zurich"),
        ("Chernihiv’s", "chernihivs"),
        ("  W.Va. ", "w va"),
        ("Bosnia & Herzegovina", "bosnia and herzegovina"),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    "name, geonames_id",
    [
        ("Kiev", 703448),  # alias table: the historical spelling
        ("Kyiv", 703448),
        ("Chernigov", 710735),
        ("Chernihiv", 710735),
        ("Ukraine", 690791),
        ("United States", 6252001),
        ("U.S.", 6252001),
        ("Texas", 4736286),
        ("Africa", 6255146),
    ],
)
def test_lookup_finds(gaz, name, geonames_id):
    assert geonames_id in [p.geonames_id for p in gaz.lookup(name)]


def test_lookup_keeps_every_namesake(gaz):
    dublins = gaz.lookup("Dublin")
    assert {p.country for p in dublins} >= {"IE", "US"}
    assert {p.admin1 for p in dublins if p.country == "US"} >= {"Ohio", "Georgia", "California"}


def test_region_without_a_geonames_entry(gaz):
    donbas = gaz.lookup("Donbass")[0]
    assert donbas.geonames_id is None and donbas.name == "Donbas" and donbas.country == "UA"
    assert gazetteer.distance_km(donbas.lat, donbas.lon, 48.0, 38.5) < 250


@pytest.mark.parametrize(
    "text, state",
    [("Ky.", "Kentucky"), ("W.Va.", "West Virginia"), ("KY", "Kentucky"), ("Calif.", "California")],
)
def test_state_abbreviations(gaz, text, state):
    assert gaz.abbreviation(text).name == state


@pytest.mark.parametrize("text", ["Ms.", "Wash", "ky", "Mr."])
def test_not_state_abbreviations(gaz, text):
    assert gaz.abbreviation(text) is None


@pytest.mark.parametrize(
    "word, country", [("Ukrainian", "UA"), ("Russians", "RU"), ("American", "US"), ("table", None)]
)
def test_demonyms(gaz, word, country):
    assert gaz.demonym_country(word) == country


def test_is_place(gaz):
    assert gaz.is_place("Chernigov") and gaz.is_place("Georgia")
    assert not gaz.is_place("Zelensky")
    assert not gaz.is_place("Chernigov", min_population=10_000_000)  # a city under the bar


def test_countries_and_states_carry_geonames_ids(gaz):
    us = gaz.country("US")
    assert us.geonames_id == 6252001 and us.feature == "PCLI"
    assert gazetteer.distance_km(us.lat, us.lon, 39.76, -98.5) < 161
    kentucky = gaz.admin1("US.KY")
    assert kentucky.geonames_id == 6254925 and kentucky.feature == "ADM1"


def test_get_by_id(gaz):
    assert gaz.get(703448).name == "Kyiv"
    assert gaz.get(-5) is None


def test_cache_loads_fast(gaz, tmp_path):
    """The cached index loads in well under 2 s (the build takes ~15 s; it runs once)."""
    path = tmp_path / "gaz.pickle"
    with path.open("wb") as handle:
        pickle.dump(
            (gaz.columns, gaz.index, gaz.demonyms, gaz.abbrevs, gaz.curated),
            handle,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    start = time.perf_counter()
    with path.open("rb") as handle:
        columns, index, demonyms, abbrevs, curated = pickle.load(handle)
    assert time.perf_counter() - start < 2.0
    assert (
        gazetteer.Gazetteer(columns, index, demonyms, abbrevs, curated)
        .lookup("Kiev")[0]
        .geonames_id
        == 703448
    )


def test_cache_key_and_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path
    monkeypatch.delenv("DATELINE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path / "dateline"
    assert len(gazetteer.cache_key()) == 16
