"""Direct, partial and indirect quotes with their cue verb and speaker mention.

The rules live in ``quoted`` (words in quotation marks) and ``reported`` (reported speech
without marks); ``mentions`` finds the speaker words around a cue. This module walks the
sentences and keeps the public names other modules import.
"""

from __future__ import annotations

import bisect

from .mentions import Mention, Quote, mention_after
from .models import Parse
from .quoted import region_quotes, strip_inner, trim_span
from .reported import according, indirect
from .segment import QuoteRegion

__all__ = ["Mention", "Quote", "find_quotes", "mention_after", "strip_inner", "trim_span"]


def find_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    regions: list[QuoteRegion],
    language: str,
    parse: Parse,
) -> list[Quote]:
    """All quotes, in text order."""
    out: list[Quote] = []
    by_sentence: dict[int, list[QuoteRegion]] = {}
    starts = [s for s, _ in sentences]
    covered = 0
    titles: set[str] = set()
    for q in regions:
        si = max(0, bisect.bisect_right(starts, q.open) - 1)
        by_sentence.setdefault(si, []).append(q)
    for q in regions:
        q.spans = [trim_span(text, sp) for sp in q.spans]
    for si, (s_start, s_end) in enumerate(sentences):
        qs = by_sentence.get(si, [])
        if not qs and s_start < covered:
            continue  # inside a quotation that began in an earlier sentence
        if qs:
            found, reach = region_quotes(text, si, qs, sentences, language, parse, starts, titles)
            out.extend(found)
            covered = max(covered, reach)
            continue
        said = according(text, s_start, s_end, language)
        if said:
            cue, mention, rep = said
            out.append(Quote("indirect", [rep], (cue.start, cue.end), mention, si))
            continue
        reported = indirect(text, s_start, s_end, language, parse)
        if reported:
            cue, mention3, rep = reported
            out.append(Quote("indirect", [rep], (cue.start, cue.end), mention3, si))
    return out
