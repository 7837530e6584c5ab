"""Split a source text into sentences and passages (sentence windows) with offsets.

Plain Python (no Django). Offsets are ``str`` indices into the text given, so
``text[p.start:p.end] == p.text`` for every passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Passage", "passages", "sentence_spans"]

# A sentence ends at . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
# before whitespace, or at a line break.
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)|\n")
# "M. Sahhaf", "J. Smith", "Dr. Who": a short capitalised word before the period is an
# abbreviation or an initial, not the end of a sentence.
_ABBREVIATION = re.compile(r"(?:^|\W)[A-Z][a-z]?$")


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    text: str


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _ABBREVIATION.search(
            text[max(0, match.start() - 4) : match.start()]
        ):
            continue
        s, e = _trim(text, start, match.end())
        if s < e:
            spans.append((s, e))
        start = match.end()
    s, e = _trim(text, start, len(text))
    if s < e:
        spans.append((s, e))
    return spans


def passages(text: str, *, size: int = 2, max_chars: int = 1200) -> list[Passage]:
    """Windows of up to ``size`` consecutive sentences, one starting at every sentence.

    A window stops growing once it would pass ``max_chars`` (a single longer sentence is kept
    whole), so passages stay comparable in length. A text with no sentence yields nothing.
    """
    spans = sentence_spans(text)
    out: list[Passage] = []
    for i, (start, end) in enumerate(spans):
        for next_start, next_end in spans[i + 1 : i + size]:
            if next_end - start > max_chars:
                break
            end = next_end
            del next_start
        out.append(Passage(start=start, end=end, text=text[start:end]))
    return out
