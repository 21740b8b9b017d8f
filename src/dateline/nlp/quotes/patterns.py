"""Attributions carried by layout rather than by a verb: “…” ― Name, and "Name: what they said".

Each finder returns (content spans, cue token, speaker span) triples for the quotes component.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from dateline.data import read_toml
from dateline.nlp.quotes.marks import QuoteSpan

#: a quotation signed with a dash: “…” ― Jane Doe
_SIGNATURE = re.compile(r"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*(?=[A-Z])")
#: the longest speaker phrase before a colon that a line may open with ("Sanders:", "PENCE:")
MAX_LABEL_TOKENS = 5
#: labels that open a line with a colon but name no speaker (data/quotes/words.toml)
NOT_SPEAKERS = frozenset(read_toml("quotes/words.toml")["not_speakers"]["words"])

Found = tuple[list[tuple[int, int]], Token, Span]


def _tokens_in(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def signed_quotes(doc: Doc, quotes: list[QuoteSpan], text: str | None = None) -> Iterator[Found]:
    """“…” ― Name: the passage is the content, the dash the cue, the name the speaker."""
    text = doc.text if text is None else text
    for q in quotes:
        match = _SIGNATURE.match(text, q.end)
        if match is None:
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        name_end = line_end
        next_quote = text.find("“", match.end(), line_end)
        if next_quote >= 0:
            name_end = next_quote
        name = text[match.end() : name_end].rstrip(" .\u00a0\t")
        if not name or len(name.split()) > 6:
            continue
        speaker = _tokens_in(doc, match.end(), match.end() + len(name))
        cue = _tokens_in(doc, match.start(1), match.end(1))
        if (
            speaker is None
            or cue is None
            or not any(t.pos_ == "PROPN" or t.is_title for t in speaker)
        ):
            continue
        yield [(q.start, q.end)], cue[0], speaker


def labelled_lines(
    doc: Doc, paragraphs: list[tuple[int, int]], text: str | None = None
) -> Iterator[Found]:
    """A paragraph opening with a short proper name and a colon ("Sanders: Clinton needs to ...")."""
    text = doc.text if text is None else text
    for p_start, p_end in paragraphs:
        colon = text.find(":", p_start, min(p_end, p_start + 60))
        if colon < 0:
            continue
        label_start = p_start
        while label_start < colon and text[label_start] in "\"“'‘ \t":
            label_start += 1
        label = _tokens_in(doc, label_start, colon)
        if label is None or not 0 < len(label) <= MAX_LABEL_TOKENS:
            continue
        if label[0].lower_ in NOT_SPEAKERS or label.root.lower_ in NOT_SPEAKERS:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in label):  # a headline ("The Gap Goes On: ...")
            continue
        if not all(t.pos_ == "PROPN" or t.is_title or t.is_upper or t.is_punct for t in label):
            continue
        if any(t.like_num for t in label):  # "12:15 p.m."
            continue
        content_start = colon + 1
        while content_start < p_end and text[content_start].isspace():
            content_start += 1
        content_end = p_end
        while content_end > content_start and text[content_end - 1] in " \t\n.\u00a0":
            content_end -= 1
        if len(text[content_start:content_end].split()) < 3:
            continue
        colon_span = _tokens_in(doc, colon, colon + 1)
        if colon_span is None:
            continue
        yield [(content_start, content_end)], colon_span[0], label
