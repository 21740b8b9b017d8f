"""Building the gazetteer: the city records are slimmed while cities500.json is parsed."""

from __future__ import annotations

import json

import pytest

from dateline.nlp.gazetteer import ALT_NAME_MIN_POPULATION, _slim_city

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
