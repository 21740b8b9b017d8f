"""The shared country table (dateline.nlp.country_table) and the readers that use it."""

from __future__ import annotations

import pytest

from dateline.nlp import country_table


def test_every_country_row_is_complete_and_unique():
    countries = country_table.countries()
    assert len(countries) > 240
    assert all(c.kind == "country" for c in countries)
    assert all(len(c.iso3) == 3 and len(c.iso2) == 2 and c.geonames_id for c in countries)
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len({c.iso2 for c in countries}) == len(countries)


def test_non_state_rows_carry_plover_codes():
    codes = {actor.iso3 for actor in country_table.non_state()}
    assert codes == {"IGO", "UNO", "EUR", "NGO"}
    assert all(not actor.iso2 and actor.geonames_id is None for actor in country_table.non_state())


def test_loader_is_cached():
    assert country_table.rows() is country_table.rows()
    assert country_table.by_iso3() is country_table.by_iso3()


@pytest.mark.parametrize(
    ("iso3", "field", "value"),
    [
        ("UKR", "demonyms", "Ukrainian"),
        ("GBR", "aliases", "Britain"),
        ("GBR", "demonyms", "Scot"),
        ("USA", "metonyms", "Washington"),
        ("RUS", "metonyms", "Kremlin"),
        ("KOR", "demonyms", "Korean"),
        ("XKX", "demonyms", "Kosovar"),
    ],
)
def test_merged_entries(iso3, field, value):
    assert value in getattr(country_table.by_iso3()[iso3], field)


def test_no_demonym_names_two_countries():
    seen: dict[str, str] = {}
    for country in country_table.countries():
        for demonym in country.demonyms:
            assert seen.setdefault(demonym, country.iso3) == country.iso3, demonym


def test_iso2_index():
    assert country_table.by_iso2()["UA"].iso3 == "UKR"
    assert country_table.by_iso2()["GB"].name == "United Kingdom"


def test_entity_tables_read_the_shared_table():
    from dateline.nlp.entities.data import tables

    t = tables()
    assert t.country_of_adjective("Ukrainians") == "UKR"
    assert t.country_of_name("U.K.") == "GBR"
    assert t.countries["FRA"]["geonames_id"] == 3017382
    assert t.country_of_name("NATO") is None  # non-state rows are not countries


def test_event_lexicon_reads_the_shared_table():
    from dateline.nlp.events.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.nationalities["Russian"] == "RUS"
    assert lex.nationalities["Kremlin"] == "RUS"
    assert lex.nationalities["NATO"] == "IGO"
    assert lex.nationalities["European"] == "EUR"
    assert lex.nationalities["Germany"] == "DEU"
    assert lex.iso3["UA"] == "UKR"


def test_gazetteer_cache_key_covers_the_table(monkeypatch, tmp_path):
    from dateline.nlp.places import gazetteer

    before = gazetteer.cache_key()
    changed = tmp_path / "countries.tsv"
    changed.write_bytes(country_table.PATH.read_bytes() + b"# changed\n")
    monkeypatch.setattr(country_table, "PATH", changed)
    assert gazetteer.cache_key() != before
