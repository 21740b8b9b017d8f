"""The places component: recognition (NER spans and gazetteer), resolution in context, records."""

from __future__ import annotations

import pytest
import spacy

from dateline.nlp import extensions
from dateline.nlp.places import gazetteer
from dateline.nlp.places.component import extract_places

CONTRACT_KEYS = {
    "start",
    "end",
    "text",
    "geonames_id",
    "name",
    "lat",
    "lon",
    "country",
    "admin1",
    "feature",
    "confidence",
}


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


@pytest.fixture(scope="module")
def blank():
    extensions.register()
    return spacy.blank("en")


def hand_doc(blank, text, ents):
    """A Doc with hand-set entities: (surface, label) pairs, each the first occurrence."""
    doc = blank(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


def by_text(records):
    return {r["text"]: r for r in records}


# -- on hand-made Docs (no model) ----------------------------------------------------------


def test_records_have_the_contract_shape(blank, gaz):
    doc = hand_doc(blank, "Shelling was reported in Kiev on Tuesday.", [("Kiev", "GPE")])
    (record,) = extract_places(doc, gaz)
    assert set(record) == CONTRACT_KEYS
    assert (record["start"], record["end"], record["text"]) == (25, 29, "Kiev")
    assert (
        record["geonames_id"] == 703448 and record["name"] == "Kyiv" and record["country"] == "UA"
    )
    assert 0.0 < record["confidence"] <= 1.0
    assert abs(record["lat"] - 50.4547) < 0.01 and abs(record["lon"] - 30.5238) < 0.01


def test_place_tagged_person_is_recognised(blank, gaz):
    doc = hand_doc(
        blank,
        "Troops withdrew from around Kiev and Chernigov.",
        [("Kiev", "PERSON"), ("Chernigov", "ORG")],
    )
    places = by_text(extract_places(doc, gaz))
    assert places["Kiev"]["geonames_id"] == 703448
    assert places["Chernigov"]["geonames_id"] == 710735


def test_a_city_tagged_person_in_another_romanization_is_recognised(blank, gaz):
    # GeoNames spells it "Kryvyy Rih"; the news, by Ukraine's national system, "Kryvyi Rih"
    doc = hand_doc(blank, "A missile struck Kryvyi Rih on Friday.", [("Kryvyi Rih", "PERSON")])
    (record,) = extract_places(doc, gaz)
    assert (record["text"], record["country"]) == ("Kryvyi Rih", "UA")
    # an alternate name that is no spelling of the place's own name still needs the NER's place tag
    doc = hand_doc(blank, "Mr. Smith met Tom Kiev on Friday.", [("Tom Kiev", "PERSON")])
    assert extract_places(doc, gaz) == []


def test_person_with_a_title_is_not_a_place(blank, gaz):
    doc = hand_doc(blank, "Mr. Lincoln spoke.", [("Lincoln", "PERSON")])
    assert extract_places(doc, gaz) == []


def test_region_from_the_alias_table(blank, gaz):
    doc = hand_doc(blank, "Fighting goes on in the Donbass.", [("Donbass", "PERSON")])
    (record,) = extract_places(doc, gaz)
    assert record["name"] == "Donbas" and record["geonames_id"] is None
    assert gazetteer.distance_km(record["lat"], record["lon"], 48.0, 38.5) < 250


def test_unresolved_mention_keeps_null_ids(blank, gaz):
    doc = hand_doc(blank, "They met in Xqzville Heights yesterday.", [("Xqzville Heights", "GPE")])
    (record,) = extract_places(doc, gaz)
    assert record["text"] == "Xqzville Heights"
    assert record["geonames_id"] is None and record["lat"] is None and record["lon"] is None


def test_lone_unknown_word_is_dropped(blank, gaz):
    doc = hand_doc(blank, "Farrinq said so.", [("Farrinq", "GPE")])
    assert extract_places(doc, gaz) == []


def test_disease_named_after_a_place_is_not_a_place(blank, gaz):
    doc = hand_doc(blank, "A case of Marburg virus was confirmed.", [("Marburg", "GPE")])
    assert extract_places(doc, gaz) == []


def test_demonyms_are_context_not_places(blank, gaz):
    doc = hand_doc(
        blank, "Ukrainian forces retook Kharkiv.", [("Ukrainian", "NORP"), ("Kharkiv", "GPE")]
    )
    places = extract_places(doc, gaz)
    assert [p["text"] for p in places] == ["Kharkiv"]
    assert places[0]["country"] == "UA"


def test_one_sense_per_article(blank, gaz):
    text = "Paris, Texas is small. Later that year Paris voted."
    doc = hand_doc(blank, text, [("Paris", "GPE"), ("Texas", "GPE")])
    doc.ents = list(doc.ents) + [
        doc.char_span(text.rindex("Paris"), text.rindex("Paris") + 5, label="GPE")
    ]
    ids = [r["geonames_id"] for r in extract_places(doc, gaz) if r["text"] == "Paris"]
    assert len(ids) == 2 and ids[0] == ids[1] == 4717560


# -- on parsed sentences (the real model) ---------------------------------------------------

# sentence, mention, expected (country, admin1 or None, feature or None)
RESOLUTION = [
    ("She grew up in Paris, Texas, before moving away.", "Paris", ("US", "Texas", "PPL")),
    ("The exhibition opened in Paris, France's capital, on Monday.", "Paris", ("FR", None, "PPLC")),
    ("He moved to Louisville, Ky., in 2001.", "Louisville", ("US", "Kentucky", "PPL")),
    ("He moved to Louisville, Ky., in 2001.", "Ky.", ("US", "Kentucky", "ADM1")),
    (
        "The mine is near Charleston, W.Va., officials said.",
        "Charleston",
        ("US", "West Virginia", "PPL"),
    ),
    ("The governor of Georgia visited Atlanta and Savannah.", "Georgia", ("US", "Georgia", "ADM1")),
    (
        "Officials in Tbilisi said Georgia would not yield to Russia.",
        "Georgia",
        ("GE", None, "PCLI"),
    ),
    ("Fighting continued in northern Ukraine on Sunday.", "Ukraine", ("UA", None, "PCLI")),
    ("Russian troops shelled the outskirts of Kiev.", "Kiev", ("UA", None, "PPLC")),
    (
        "Columbus police and Ohio State officials met in Dublin on Friday.",
        "Dublin",
        ("US", "Ohio", "PPL"),
    ),
    ("The Irish government met in Dublin on Friday.", "Dublin", ("IE", None, "PPLC")),
    (
        "Sheriff's deputies in Jefferson County, Ky., arrested two men.",
        "Jefferson County",
        ("US", "Kentucky", "ADM2"),
    ),
    ("Flooding hit West Virginia and Kentucky.", "West Virginia", ("US", "West Virginia", "ADM1")),
]


@pytest.mark.parametrize("sentence, mention, expected", RESOLUTION)
def test_resolution_in_context(bare_nlp, gaz, sentence, mention, expected):
    places = by_text(extract_places(bare_nlp(sentence), gaz))
    assert mention in places, f"{mention!r} not recognised in {sentence!r}: {list(places)}"
    record = places[mention]
    country, admin1, feature = expected
    assert record["country"] == country
    if admin1 is not None:
        assert record["admin1"] == admin1
    if feature is not None:
        assert record["feature"] == feature


def test_the_kiev_region_is_the_oblast(bare_nlp, gaz):
    places = by_text(
        extract_places(bare_nlp("Fighting continued in the Kiev region on Sunday."), gaz)
    )
    assert places["Kiev"]["feature"] == "ADM1" and places["Kiev"]["geonames_id"] == 703446


def test_component_in_the_pipeline(nlp):
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc

    doc = nlp(
        make_doc(
            nlp,
            Article(
                text="Russian troops withdrew from around Kiev and Chernihiv on Tuesday.",
                date="2022-03-30",
            ),
        )
    )
    places = by_text(doc._.places)
    assert places["Kiev"]["geonames_id"] == 703448
    assert places["Chernihiv"]["geonames_id"] == 710735


def test_seed_places(nlp, seed_path):
    from dateline.ingest.readers import read_txt
    from dateline.nlp import make_doc

    articles = list(read_txt(seed_path))

    doc = nlp(make_doc(nlp, articles[0]))
    found = {(r["start"], r["end"]): r for r in doc._.places}
    for span, geonames_id in [((226, 230), 703448), ((235, 244), 710735), ((963, 972), 710735)]:
        assert found[span]["geonames_id"] == geonames_id
    donbass = found[(774, 781)]
    assert gazetteer.distance_km(donbass["lat"], donbass["lon"], 48.0, 38.5) < 250
