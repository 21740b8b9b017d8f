"""Building the gazetteer: the city records are slimmed while cities500.json is parsed."""

from __future__ import annotations

import json

import pytest

from dateline.nlp.places import gazetteer
from dateline.nlp.places.gazetteer import ALT_NAME_MIN_POPULATION, _slim_city

RECORD = {
    "geonameid": 1,
    "name": "Vila",
    "latitude": 42.5,
    "longitude": 1.5,
    "countrycode": "AD",
    "population": 1418,
    "timezone": "Europe/Andorra",
    "admin1code": "03",
    "alternatenames": ["Casas Vila"],
}


@pytest.mark.parametrize(
    "population, keeps_alternates",
    [(1418, False), (ALT_NAME_MIN_POPULATION, True), (2_000_000, True)],
)
def test_city_records_keep_only_what_the_build_reads(population, keeps_alternates):
    text = json.dumps({"1": dict(RECORD, population=population)})
    (city,) = json.loads(text, object_hook=_slim_city).values()
    assert "timezone" not in city
    assert city["name"] == "Vila" and city["countrycode"] == "AD" and city["admin1code"] == "03"
    assert city["population"] == population
    assert ("alternatenames" in city) is keeps_alternates


def test_a_point_estimated_across_the_antimeridian_stays_there():
    # Fiji's towns lie on both sides of 180 degrees: the mean of -179 and 178 is not 0
    towns = [(-18.1, 178.4, 80000), (-17.8, 177.4, 1000), (-16.8, -179.9, 100), (-18.0, -179.5, 10)]
    lat, lon = gazetteer._estimate_point(towns)
    assert -19 < lat < -16
    assert abs(lon) > 170


def test_an_ordinary_area_is_not_shifted():
    lat, lon = gazetteer._estimate_point([(1.0, 2.0, 3), (3.0, 4.0, 5)])
    assert (round(lat, 6), round(lon, 6)) == (2.2, 3.2)
