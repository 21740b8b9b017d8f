"""The quotes component: direct, indirect, mixed, split and colon quotes, speakers, robustness."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp.quotes.component import extract_quotes


def texts(text: str, quote: dict[str, Any]) -> dict[str, Any]:
    """A quote record with its spans replaced by the text they cover."""

    def cut(span: Any) -> str | None:
        return text[span[0] : span[1]] if span else None

    return {
        "kind": quote["kind"],
        "content": [text[s:e] for s, e in quote["content"]],
        "cue": cut(quote["cue"]),
        "speaker": cut(quote["speaker"]),
    }


@pytest.fixture(scope="module")
def analyze(bare_nlp):
    def run(text: str, entities: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        doc = bare_nlp(text)
        if entities is not None:
            doc._.entities = entities
        return [texts(text, q) for q in extract_quotes(doc)]

    return run


CASES = [
    # direct, speaker after
    (
        "“We will not reduce our defense efforts,” Zelensky said on Tuesday.",
        {
            "kind": "direct",
            "content": ["“We will not reduce our defense efforts,”"],
            "cue": "said",
            "speaker": "Zelensky",
        },
    ),
    # direct, inverted speaker
    (
        "“Troops must leave the occupied territories,” insisted the Ukrainian president.",
        {
            "kind": "direct",
            "content": ["“Troops must leave the occupied territories,”"],
            "cue": "insisted",
            "speaker": "the Ukrainian president",
        },
    ),
    # straight quotes, several sentences in one passage
    (
        '"The talks went well. We expect more progress next week," the minister told reporters.',
        {
            "kind": "direct",
            "content": ['"The talks went well. We expect more progress next week,"'],
            "cue": "told",
            "speaker": "the minister",
        },
    ),
    # ``…'' (PTB style)
    (
        "``We are ready for the vote,'' the senator said.",
        {
            "kind": "direct",
            "content": ["``We are ready for the vote,''"],
            "cue": "said",
            "speaker": "the senator",
        },
    ),
    # split quote: one quote, two fragments
    (
        "“We are ready,” he said, “and we will win the vote.”",
        {
            "kind": "direct",
            "content": ["“We are ready,”", "“and we will win the vote.”"],
            "cue": "said",
            "speaker": "he",
        },
    ),
    # colon-introduced quote (PolNeAR counts the colon in the cue)
    (
        "The mayor said: “The city will rebuild every bridge.”",
        {
            "kind": "direct",
            "content": ["“The city will rebuild every bridge.”"],
            "cue": "said:",
            "speaker": "The mayor",
        },
    ),
    # auxiliaries belong to the cue; an appositive to the speaker
    (
        "Jane Doe, a spokeswoman for the ministry, has said that the talks will resume.",
        {
            "kind": "indirect",
            "content": ["that the talks will resume"],
            "cue": "has said",
            "speaker": "Jane Doe, a spokeswoman for the ministry,",
        },
    ),
    # a reported object with its predicate
    (
        "The senator called the plan “a disaster for farmers”.",
        {
            "kind": "mixed",
            "content": ["the plan “a disaster for farmers”"],
            "cue": "called",
            "speaker": "The senator",
        },
    ),
    # verb + preposition cue
    (
        "The union called for a moratorium on new charter schools.",
        {
            "kind": "indirect",
            "content": ["a moratorium on new charter schools"],
            "cue": "called for",
            "speaker": "The union",
        },
    ),
    # a quotation signed with a dash
    (
        "“He does not speak for us. We will vote in November.” ― Maria Lopez\n“Next quote here, signed too.” ― Ana Ruiz",
        {
            "kind": "direct",
            "content": ["“He does not speak for us. We will vote in November.”"],
            "cue": "―",
            "speaker": "Maria Lopez",
        },
    ),
    # a line labelled with the speaker's name
    (
        "Sanders: Clinton needs to talk about the economy.\n\nBernie Sanders spoke on Sunday.",
        {
            "kind": "indirect",
            "content": ["Clinton needs to talk about the economy"],
            "cue": ":",
            "speaker": "Sanders",
        },
    ),
    # indirect with "that"
    (
        "The governor announced that the state will raise the minimum wage next year.",
        {
            "kind": "indirect",
            "content": ["that the state will raise the minimum wage next year"],
            "cue": "announced",
            "speaker": "The governor",
        },
    ),
    # indirect without "that"
    (
        "Officials warned the storm would hit the coast by Friday.",
        {
            "kind": "indirect",
            "content": ["the storm would hit the coast by Friday"],
            "cue": "warned",
            "speaker": "Officials",
        },
    ),
    # mixed: reported clause with a quoted part
    (
        "Putin said that the talks had made “real progress” on several points.",
        {
            "kind": "mixed",
            "content": ["that the talks had made “real progress” on several points"],
            "cue": "said",
            "speaker": "Putin",
        },
    ),
    # according to
    (
        "According to the ministry, the army has left the northern region.",
        {
            "kind": "indirect",
            "content": ["the army has left the northern region"],
            "cue": "According to",
            "speaker": "the ministry",
        },
    ),
    (
        "The army has left the northern region, according to the ministry.",
        {
            "kind": "indirect",
            "content": ["The army has left the northern region"],
            "cue": "according to",
            "speaker": "the ministry",
        },
    ),
    # parenthetical cue inside the reported clause: a discontinuous content
    (
        "The economy, the president said, is growing faster than expected.",
        {
            "kind": "indirect",
            "content": ["The economy", "is growing faster than expected"],
            "cue": "said",
            "speaker": "the president",
        },
    ),
    # participle cue shares the subject of its verb
    (
        "The senator left the meeting early, saying that the bill was dead.",
        {
            "kind": "indirect",
            "content": ["that the bill was dead"],
            "cue": "saying",
            "speaker": "The senator",
        },
    ),
    # a relative pronoun is the source as written
    (
        "The envoy, who stressed that the ceasefire must hold, left Geneva on Monday.",
        {
            "kind": "indirect",
            "content": ["that the ceasefire must hold"],
            "cue": "stressed",
            "speaker": "who",
        },
    ),
]


LAYOUT_CASES = [
    # a time stamp before a paragraph break is not part of the speaker
    ("12:15 p.m.\n\nDonald Trump says the debate was rigged against him.", "Donald Trump"),
    # a series title before a colon is no speaker label; the verb cue inside it is used
    ("The Latest: Trump says the debate was rigged.\n\nMore text follows here.", "Trump"),
]


@pytest.mark.parametrize("text, speaker", LAYOUT_CASES)
def test_layout_does_not_make_speakers(analyze, text: str, speaker: str) -> None:
    assert [q["speaker"] for q in analyze(text)] == [speaker]


@pytest.mark.parametrize("text, expected", CASES)
def test_constructions(analyze, text: str, expected: dict[str, Any]) -> None:
    assert expected in analyze(text)


def test_quote_continued_after_said(analyze) -> None:
    text = "“We were floored,” she said. “Nobody expected this result.”\n\nThe count went on."
    quotes = analyze(text)
    assert quotes[0]["content"] == ["“We were floored,”", "“Nobody expected this result.”"]
    assert quotes[0]["speaker"] == "she"


def test_quote_over_paragraphs(analyze) -> None:
    text = "“We will rebuild the bridges. It will take years.\n\n“But we will do it,” the mayor said.\n\nThe council agreed."
    quotes = analyze(text)
    assert quotes[0]["content"] == [
        "“We will rebuild the bridges. It will take years.\n\n“But we will do it,”"
    ]
    assert quotes[0]["kind"] == "direct"


def test_coordinated_reported_clauses(analyze) -> None:
    text = "Zelensky said that the invasion “is coming to an end”, but that his country will not reduce its efforts."
    (quote,) = [q for q in analyze(text) if q["cue"] == "said"]
    assert quote["content"] == [
        "that the invasion “is coming to an end”, but that his country will not reduce its efforts"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“He said “yes",
        '"Unbalanced "quotes" everywhere," he said "',
        "”Backwards“ quotes, he said.",
        "‘single ‘quotes’ he’s said’",
        "He said: “",
        "“\n\n“\n\n“",
        "said said said",
        "",
    ],
)
def test_messy_text_never_crashes(analyze, text: str) -> None:
    for quote in analyze(text):
        assert quote["kind"] in ("direct", "indirect", "mixed")


def test_no_cue_no_quote(analyze) -> None:
    assert (
        analyze("The army withdrew some troops from the outskirts of the capital on Tuesday.") == []
    )


def test_cue_inside_quote_is_not_a_cue(analyze) -> None:
    quotes = analyze("“People said that we would lose,” the coach told reporters.")
    assert [q["cue"] for q in quotes] == ["told"]


def test_records_follow_the_contract(bare_nlp) -> None:
    doc = bare_nlp("“We are ready,” the minister said, adding that talks would resume.")
    records = extract_quotes(doc)
    assert records
    for record in records:
        assert set(record) == {
            "kind",
            "content",
            "cue",
            "speaker",
            "speaker_entity",
            "speaker_name",
            "confidence",
        }
        assert all(0 <= s < e <= len(doc.text) for s, e in record["content"])
        assert 0.0 < record["confidence"] <= 1.0


# -- speaker resolution ------------------------------------------------------------------------
def entity(eid: str, name: str, type_: str, mentions: list[list[int]]) -> dict[str, Any]:
    return {"id": eid, "key": f"x:{eid}", "name": name, "type": type_, "mentions": mentions}


def test_speaker_resolved_through_entities(bare_nlp) -> None:
    text = "“We will win,” Zelensky said."
    start = text.index("Zelensky")
    doc = bare_nlp(text)
    doc._.entities = [entity("e1", "Volodymyr Zelensky", "PERSON", [[start, start + 8]])]
    (quote,) = extract_quotes(doc)
    assert (quote["speaker_entity"], quote["speaker_name"]) == ("e1", "Volodymyr Zelensky")


def test_pronoun_and_title_fall_back_to_last_speaker(bare_nlp) -> None:
    text = (
        "Zelensky said that the talks were positive. "
        "Later he warned that the war was not over. "
        "“We need more weapons,” insisted the Ukrainian president."
    )
    doc = bare_nlp(text)
    doc._.entities = [entity("e1", "Volodymyr Zelensky", "PERSON", [[0, 8]])]
    quotes = extract_quotes(doc)
    assert [q["speaker_name"] for q in quotes] == ["Volodymyr Zelensky"] * 3
    assert [text[q["speaker"][0] : q["speaker"][1]] for q in quotes] == [
        "Zelensky",
        "he",
        "the Ukrainian president",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He said that the talks were positive.",  # nobody spoke before: no guess
        "Zelensky arrived. They said that the talks were positive.",  # "they" is never guessed
        "Sources said that the talks were positive.",  # a common noun is not a name
    ],
)
def test_unidentifiable_speaker_is_null(bare_nlp, text: str) -> None:
    doc = bare_nlp(text)
    doc._.entities = (
        [entity("e1", "Volodymyr Zelensky", "PERSON", [[0, 8]])]
        if text.startswith("Zelensky")
        else []
    )
    quotes = extract_quotes(doc)
    assert quotes and all(q["speaker_name"] is None and q["speaker_entity"] is None for q in quotes)


def test_written_proper_name_without_entity(bare_nlp) -> None:
    doc = bare_nlp("The General Command said that the enemy was withdrawing.")
    (quote,) = extract_quotes(doc)
    assert quote["speaker_name"] == "General Command"
    assert quote["speaker_entity"] is None


# -- the component in the pipeline -------------------------------------------------------------
@pytest.mark.gold
def test_seed_quotes(nlp, seed_path) -> None:
    import json

    from dateline.evaluation.quotes import score_seed
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc

    expected = json.loads((seed_path.parent / "expected.json").read_text(encoding="utf-8"))
    text = seed_path.read_text(encoding="utf-8")[expected["text_offset_in_file"] :]
    doc = nlp(make_doc(nlp, Article(text=text, date=expected["date"])))
    scores = score_seed(doc._.quotes, expected["quotes"])
    assert scores["found"] >= 14
    assert scores["speaker_name_correct"] >= 13
