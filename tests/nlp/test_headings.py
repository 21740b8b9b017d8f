"""Subheadings that web pages run into the next sentence are split off before parsing."""

import pytest

from dateline.nlp.headings import HEADINGS

RUN_IN = "Officials met on Monday. Chinese demand The changes in Japanese immigration policy have come with consequences."


def _doc(nlp, text):
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc

    return nlp(make_doc(nlp, Article(text=text, date="2025-03-10")))


def test_a_run_in_heading_is_its_own_sentence(nlp):
    doc = _doc(nlp, RUN_IN)
    sentences = [s.text for s in doc.sents]
    assert "Chinese demand" in sentences
    assert any(s.startswith("The changes in Japanese") for s in sentences)
    assert [doc[s:e].text for s, e in doc.user_data[HEADINGS]] == ["Chinese demand"]


def test_a_heading_codes_no_event(nlp):
    assert not [e for e in _doc(nlp, RUN_IN)._.events if e["type"] == "REQUEST"]  # "demand" in the heading


@pytest.mark.parametrize("text", [
    "Trump also attacked The Wall Street Journal newspaper for its views.",  # a name opened by "The"
    "Plan A was rejected by the council.",  # an opener after a capital
    "The minister said the talks would resume. The army withdrew.",  # ordinary sentences
])
def test_no_heading_in_ordinary_prose(nlp, text):
    assert _doc(nlp, text).user_data[HEADINGS] == []


def test_the_platform_x_ends_a_sentence(nlp):
    doc = _doc(nlp, "Balkhi said so in a statement posted on X. Militants attacked a passenger train on Tuesday.")
    assert [s.text for s in doc.sents][-1].startswith("Militants attacked")


TITLED = (
    "Zelenskyy leaves White House without deal after clash with Trump and Vance\n\n"
    "WASHINGTON (AP) — Ukrainian President Volodymyr Zelenskyy left the White House on Friday.\n\n"
    "Trump accused Zelenskyy of gambling with World War III."
)


def test_a_blank_line_ends_a_sentence_and_a_headline_above_one_is_a_heading(nlp):
    doc = _doc(nlp, TITLED)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].startswith("Zelenskyy leaves") and sentences[0].endswith("Vance")
    assert sentences[1] == "WASHINGTON (AP) —"  # the dateline is one piece, not cut at its bracket
    assert sentences[2].startswith("Ukrainian President")  # and not the lede's subject
    assert [doc[s:e].text for s, e in doc.user_data[HEADINGS]] == [sentences[0]]
    assert all("\n\n" not in doc.text[s:e] for ent in doc._.entities for s, e in ent["mentions"])  # no name across the break
    assert [e["type"] for e in doc._.events] == ["ACCUSE"]  # not the headline's "clash", not the dateline


def test_a_first_paragraph_ending_in_a_full_stop_is_no_headline(nlp):
    doc = _doc(nlp, "Russia attacked Kyiv overnight.\n\nUkraine said it shot down most drones.")
    assert doc.user_data[HEADINGS] == []


def test_a_story_opening_with_its_dateline_starts_its_lede_after_the_dash(nlp):
    doc = _doc(nlp, "KYIV, Ukraine (AP) — Russia and Ukraine accused each other of violating the truce.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("Russia and Ukraine")
    doc = _doc(nlp, "The U.N. Secretary-General urged Russia to stop its attacks.")  # a hyphen is no dateline dash
    assert len(list(doc.sents)) == 1


def test_an_interview_s_speaker_label_is_no_subject(nlp):
    doc = _doc(nlp, "The interview follows. VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("Russia's President")
    [visit] = doc._.events
    assert visit["actor"]["text"] == "Russia's President Vladimir Putin", visit
    doc = _doc(nlp, "The result: talks failed.")  # a common noun before a colon is no speaker
    assert doc.user_data[HEADINGS] == []


def test_a_heading_whose_last_word_opens_the_paragraph_is_a_heading(nlp):
    doc = _doc(nlp, "The talks stalled. Sovereignty negotiations Negotiations between Britain and Mauritius have gone on for years.")
    assert [doc[a:b].text for a, b in doc.user_data[HEADINGS]] == ["Sovereignty negotiations"]


@pytest.mark.parametrize("text, heading", [
    ("The camps are full. Financial strain Both camps opened in the 1990s.", "Financial strain"),
    ("The siege ended. Airstrikes kill 50 militants Hours after the siege, the agency said more were killed.",
     "Airstrikes kill 50 militants"),
])
def test_a_heading_before_both_or_a_span_of_time_is_a_heading(nlp, text, heading):
    doc = _doc(nlp, text)
    assert [doc[s:e].text for s, e in doc.user_data[HEADINGS]] == [heading]


@pytest.mark.parametrize("text, heading", [
    ("Exports fell. Communist Party control Chinese President Xi Jinping met business leaders.", "Communist Party control"),
    ("He left office in 2013. Dominant figure Berisha has led the party for decades.", "Dominant figure"),
])
def test_a_heading_run_into_a_name_is_split_off(nlp, text, heading):
    doc = _doc(nlp, text)
    assert [doc[s:e].text for s, e in doc.user_data[HEADINGS]] == [heading]


@pytest.mark.parametrize("text", [
    "He spoke on Monday. Political analyst Alfatih Mahmoud thinks the timing is wrong.",  # a person noun before a name
    "He spoke on Monday. Council members Greece, Panama and South Korea supported the call.",  # members of a body
    "He spoke on Monday. State media KCNA reported the launch.",  # a kind of body
    "He spoke on Monday. Heavy fighting Sunday left ten people dead.",  # a day after the subject
    "He spoke on Monday. Ukrainian leader Volodymyr Zelenskyy thanked the allies.",  # a title
])
def test_an_apposition_before_a_name_is_no_heading(nlp, text):
    assert _doc(nlp, text).user_data[HEADINGS] == []
