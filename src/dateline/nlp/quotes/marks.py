"""Finding quoted passages by their quote marks, robustly: curly, straight, ``…'', ''…'', « ».

A passage may run over several sentences and paragraphs (a paragraph that ends inside a quote
continues at the next paragraph's opening mark). Unbalanced marks never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> the closing marks that end it
PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"', "“"),  # a second “ as closer: some sources never use ”
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),  # Danish/German order
    "``": ("''", "”", '"'),
    "''": ("''", "”"),
    '"': ('"', "”"),
    "‘": ("’",),
    "‹": ("›",),
}

# the marks, longest first so that `` and '' win over ' and `
_MARK = re.compile(r"``|''|[“”„«»\"‘’‹›]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[“\"«„`‘])")
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: [start, end) includes the marks; closed is False for an unbalanced one."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _can_open(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(mark)] if i + len(mark) < len(text) else ""
    if _is_space(after):
        return False
    if mark in ("“", "«", "„", "``", "‹"):
        return True
    # ambiguous marks open only after space or an opening bracket/dash, before a word
    return (_is_space(before) or before in "([{—–-/“‘«:") and (
        bool(_WORD.match(after)) or after in "…$£€.([‘“'"
    )


def _can_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(mark)] if i + len(mark) < len(text) else ""
    if mark in ("”", "»", "›"):
        return True
    if mark == "’":  # an apostrophe inside a word (don’t) or after a plural (voters’ ) is no closer
        return not _WORD.match(after or " ") and not _is_space(before)
    return not _is_space(before) or _is_space(after)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (blank-line or newline-before-quote separated)."""
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _scan_paragraph(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int, str]], tuple[int, str] | None]:
    """Balanced (start, end, opener) passages of one paragraph, and an opening left unclosed."""
    found: list[tuple[int, int, str]] = []
    open_at: int | None = None
    opener = ""
    inner_single: int | None = None
    pos = start
    while True:
        match = _MARK.search(text, pos, end)
        if match is None:
            break
        i, mark = match.start(), match.group()
        pos = match.end()
        if open_at is None:
            if mark in PAIRS and mark not in ("‘", "‹") and _can_open(text, i, mark):
                open_at, opener = i, mark
            elif mark == "‘" and _can_open(text, i, mark):
                # a single-quoted passage outside double quotes (headlines, British style)
                close = _find_single_close(text, match.end(), end)
                if close is not None:
                    found.append((i, close + 1, mark))
                    pos = close + 1
            continue
        if mark == "‘":  # nested single quotes inside a double-quoted passage: skip over them
            inner_single = i
            continue
        if mark == "’" and inner_single is not None:
            if _can_close(text, i, mark):
                inner_single = None
            continue
        if mark in PAIRS[opener] and _can_close(text, i, mark):
            if mark == "“" and opener == "“" and _can_open(text, i, mark):
                # a new opening before the old one closed: the old one ends before it
                found.append((open_at, i, "!" + opener))
                open_at, opener = i, mark
                continue
            found.append((open_at, match.end(), opener))
            open_at, opener, inner_single = None, "", None
        elif mark in ("“", "«") and mark != opener and _can_open(text, i, mark):
            continue  # a nested double quote of another style
    return found, ((open_at, opener) if open_at is not None else None)


def _find_single_close(text: str, start: int, end: int) -> int | None:
    for match in re.finditer("’", text[start:end]):
        i = start + match.start()
        if _can_close(text, i, "’"):
            return i
    return None


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage of ``text`` in order, merged over paragraph continuations.

    A paragraph that ends inside a quote and a next paragraph that opens with a quote mark make
    one passage; an opening mark never closed becomes a passage to the end of its paragraph,
    marked ``closed=False`` (callers trust it less).
    """
    spans: list[QuoteSpan] = []
    pending: int | None = None  # start of a passage continued from the previous paragraph
    pending_end = 0  # where that passage's last paragraph ended
    for p_start, p_end in paragraphs(text):
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        found, unclosed = _scan_paragraph(text, p_start, p_end)
        if pending is not None:
            first = _first_mark(text, p_start)
            if found and found[0][0] == first:
                spans.append(QuoteSpan(pending, found.pop(0)[1]))
                pending = None
            elif not found and unclosed is not None and unclosed[0] == first:
                pending_end = p_end  # the passage goes on through this paragraph too
                continue
            else:
                spans.append(QuoteSpan(pending, pending_end, False))
                pending = None
        spans.extend(QuoteSpan(s, e, not o.startswith("!")) for s, e, o in found)
        if unclosed is not None:
            pending, pending_end = unclosed[0], p_end
    if pending is not None:
        spans.append(QuoteSpan(pending, pending_end, False))
    spans.sort(key=lambda q: q.start)
    # drop empty passages and any overlapping an earlier one (a robustness guard)
    out: list[QuoteSpan] = []
    for span in spans:
        if span.end <= span.start + 1:
            continue
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _first_mark(text: str, start: int) -> int:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    return i
