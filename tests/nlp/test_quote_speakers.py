"""Speakers of subjectless and misparsed cues, per-frame cue weights, and 'according to' reports."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp.quotes.component import extract_quotes
from dateline.nlp.quotes.lexicon import Cue, _frame_weights, load_cues


@pytest.fixture(scope="module")
def analyze(bare_nlp):
    def run(text: str) -> list[dict[str, Any]]:
        doc = bare_nlp(text)
        out = []
        for q in extract_quotes(doc):
            out.append(
                {
                    "content": [text[s:e] for s, e in q["content"]],
                    "cue": text[q["cue"][0] : q["cue"][1]] if q["cue"] else None,
                    "speaker": text[q["speaker"][0] : q["speaker"][1]] if q["speaker"] else None,
                }
            )
        return out

    return run


def _find(quotes: list[dict[str, Any]], content: str) -> dict[str, Any]:
    for q in quotes:
        if any(content in c for c in q["content"]):
            return q
    raise AssertionError(f"no quote holds {content!r}: {quotes}")


SPEAKER_CASES = [
    # "by saying": the cue hangs on a preposition of the speaker's verb
    (
        "President Obama responded to the critics on Wednesday by saying his plan would work.",
        "his plan would work",
        "President Obama",
    ),
    # "In defending ...": a fronted prepositional participle
    ("In defending his record, Smith said the economy had grown.", "his record", "Smith"),
    # "issued a statement calling ...": a participle on the object of the speaker's verb
    (
        "After meeting the workers, the governor issued a statement calling the strike illegal.",
        "the strike illegal",
        "the governor",
    ),
    # a participle on a subject noun: the noun speaks, without its own clause
    (
        "A group of parents claiming that the school had lied filed a complaint on Monday.",
        "that the school had lied",
        "A group of parents",
    ),
    # passive "was quoted as saying": the passive subject speaks
    (
        "The mayor was quoted as saying that the budget was balanced.",
        "that the budget was balanced",
        "The mayor",
    ),
    # "was able to tout": an infinitive under an adjective
    ("The senator was able to tout his record on jobs.", "his record on jobs", "The senator"),
    # an appositive speaker keeps its appositive; the addressee is not the speaker
    (
        "Brent Smith, the founder of the group, tells Reuters that the vote was rigged.",
        "that the vote was rigged",
        "Brent Smith, the founder of the group,",
    ),
]


@pytest.mark.parametrize("text, content, speaker", SPEAKER_CASES)
def test_speakers(analyze, text: str, content: str, speaker: str) -> None:
    assert _find(analyze(text), content)["speaker"] == speaker


def test_addressee_is_never_the_inverted_speaker(analyze) -> None:
    quote = _find(analyze("“We are ready to vote,” tells Reuters one of the delegates."), "ready")
    assert quote["speaker"] != "Reuters"


def test_according_to_covers_the_coordinated_statement(analyze) -> None:
    text = "Most voters support the plan, but many oppose the new tax, according to the survey."
    quote = _find(analyze(text), "oppose the new tax")
    assert quote["content"] == ["Most voters support the plan, but many oppose the new tax"]
    assert quote["speaker"] == "the survey"


def test_markup_of_an_embedded_post_is_not_speech(analyze) -> None:
    text = (
        'He posted <blockquote author="janedoe" datetime="2016-01-01"> saying the vote was rigged.'
    )
    assert not any("author=" in c for q in analyze(text) for c in q["content"])


@pytest.mark.parametrize(
    "text, content",
    [
        # frame weights from the lexicon: "propose" with an object is a cue, not only with a clause
        ("The governor proposed a new tax on carbon emissions.", "a new tax on carbon emissions"),
    ],
)
def test_frame_weighted_object_cues(analyze, text: str, content: str) -> None:
    assert _find(analyze(text), content)["content"] == [content]


def test_frame_weights_parse_and_override() -> None:
    assert _frame_weights("dobj:0.83, xcomp:0.65") == (("dobj", 0.83), ("xcomp", 0.65))
    assert _frame_weights("") == ()
    cue = Cue("propose", "VERB", frozenset({"dobj"}), 0.48, (("dobj", 0.83),))
    assert cue.weight_for("dobj") == 0.83
    assert cue.weight_for("xcomp") == 0.48
    assert cue.takes("dobj") and not cue.takes("ccomp")


def test_lexicon_frame_weights_are_shares() -> None:
    weighted = [c for c in load_cues().values() if c.frame_weights]
    assert weighted, "the packaged lexicon carries frame weights"
    assert all(0.0 <= w <= 1.0 for c in weighted for _, w in c.frame_weights)
