"""The shared word lists: one title-word list and one pronoun table, sliced by each component."""

import pytest

from dateline.data import read_tsv
from dateline.nlp.words import PRONOUNS, pronouns, title_words


def test_title_words_hold_honorifics_ranks_and_offices():
    titles = title_words()
    assert {"mr", "dr", "gen", "president", "spokeswoman", "mayor"} <= titles
    assert all(word == word.lower() and not word.endswith(".") for word in titles)


def test_pronoun_rows_use_the_documented_values():
    for row in read_tsv(PRONOUNS):
        assert row["person"] in {"1", "2", "3", "-"}
        assert row["gender"] in {"m", "f", "n", "-"}
        assert row["number"] in {"sg", "pl", "-"}
        assert row["use"] in {"subject", "object", "possessive", "reflexive", "relative", "demonstrative", "indefinite"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"persons": "3", "genders": ("m", "f")}, {"he", "him", "his", "himself", "she", "her", "hers", "herself"}),
        ({"persons": "3", "genders": ("m", "f"), "uses": ("subject", "object")}, {"he", "him", "she", "her"}),
        ({"uses": "relative"}, {"who", "whom", "which", "that"}),
        ({"persons": "1"}, {"i", "me", "my", "we", "us", "our"}),
    ],
)
def test_pronouns_filter_by_every_column(filters, expected):
    assert pronouns(**filters) == expected


def test_components_read_their_slices_of_the_shared_lists():
    from dateline.nlp.entities import component as entities
    from dateline.nlp.quotes import speakers, syntax

    assert pronouns(persons="3", genders=("m", "f")) == entities.PERSON_PRONOUNS
    assert {"he", "him", "she", "her"} == speakers.PERSON_PRONOUNS
    assert not speakers.PERSON_PRONOUNS & speakers.OTHER_PRONOUNS
    assert {"they", "it", "who", "someone"} <= speakers.OTHER_PRONOUNS
    assert {"who", "whom", "which", "that"} == syntax.RELATIVES
    assert entities.TITLE_WORDS is title_words() and speakers.role_nouns() is title_words()


def test_cardinals_come_from_the_times_vocabulary_without_a_or_dozen():
    from dateline.nlp.times import grammar
    from dateline.nlp.words import cardinals

    assert cardinals(1, 10) == ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    assert cardinals(20, 90, 10)[0] == "twenty" and len(cardinals(20, 90, 10)) == 8
    assert "dozen" not in cardinals(10, 19) and "a" not in cardinals(1, 1)
    assert cardinals(10, 19) == grammar.TEENS
