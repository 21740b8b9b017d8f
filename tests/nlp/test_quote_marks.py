"""Quote-mark scanning: every style, passages over paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from dateline.nlp.quotes.marks import find_quotes, paragraphs


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “yes, no,” and “maybe.”", ["“yes, no,”", "“maybe.”"]),
        ('He said "hi there" and "bye".', ['"hi there"', '"bye"']),
        ("``Hello there,'' he said.", ["``Hello there,''"]),
        ("She said ''we are ready,'' then left.", ["''we are ready,''"]),
        ("«Nous sommes prêts», a-t-il dit.", ["«Nous sommes prêts»"]),
        ("It was ‘odd’, they said.", ["‘odd’"]),
        ("The voters’ choice “was clear,” he said.", ["“was clear,”"]),
        (
            "“You say you ‘accept responsibility,’” she said.",
            ["“You say you ‘accept responsibility,’”"],
        ),
        ("Nobody’s quote here, isn’t it.", []),
    ],
)
def test_quote_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_passage_continues_into_next_paragraph() -> None:
    text = "“We will fight. We will win.\n\n“We will never give up,” he said.\n\nAfter that."
    assert quoted(text) == ["“We will fight. We will win.\n\n“We will never give up,”"]


def test_unclosed_mark_ends_at_paragraph_end() -> None:
    text = "He said “we are here to stay\n\nThe next paragraph."
    spans = find_quotes(text)
    assert [(text[q.start : q.end], q.closed) for q in spans] == [("“we are here to stay", False)]


@pytest.mark.parametrize(
    "text", ["“", "”", '"', "'' ``", "“a “b “c", "”x” ”y“", "« » « »", "‘’‘’", "\n\n“\n\n”\n\n", ""]
)
def test_unbalanced_marks_never_crash(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


def test_paragraphs() -> None:
    text = "One.\n\nTwo.\n\n\nThree."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two.", "Three."]
