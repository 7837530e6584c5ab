"""Direct, partial and indirect quotes with their cue verb and speaker mention.

The rules live in ``quoted`` (words in quotation marks) and ``reported`` (reported speech
without marks); ``mentions`` finds the speaker words around a cue. This module walks the
sentences and keeps the public names other modules import.
"""

from __future__ import annotations

import bisect
import re

from .mentions import RELATIVES, SUBJECT_DEPS, Mention, Quote, mention_after
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
            # "X a dénoncé une décision « prise sans concertation » et a indiqué qu'elle
            # saisirait le tribunal": reported speech after the sentence's last quotation
            last = max(q.end for q in qs)
            if found:
                if last < s_end:
                    reported = indirect(text, s_start, s_end, language, parse)
                    if (
                        reported
                        and reported[0].start >= last
                        and reported[2][0] >= last
                        and _opens_clause(
                            text, (reported[0].start, reported[0].end), reported[2][0], parse
                        )
                    ):
                        cue, mention3, rep = reported
                        out.append(Quote("indirect", [rep], (cue.start, cue.end), mention3, si))
                continue
            # every pair of marks held a name or a title ("Harold Jennings, known to friends
            # as “Bear”, left …, telling his wife he was going for a walk"): the sentence may
            # still report speech without marks
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


_THAT = re.compile(r"(?:que|that|qu['’])", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:n['’]|ne\s)", re.IGNORECASE)


def _opens_clause(text: str, cue: tuple[int, int], rep_start: int, parse: Parse) -> bool:
    """Whether reported words open a clause of their own: right after "que"/"that", an
    infinitive ("a annoncé vouloir …") or a subject in their first words ("said he hoped"),
    not "told reporters outside court", "argued during a debate that ran past midnight" or
    "n'était assuré que pour une partie" (ne … que)."""
    if _THAT.fullmatch(text[cue[1] : rep_start].strip()):
        return not _NEGATED.search(text, max(0, cue[0] - 12), cue[0])
    i = parse.index_at(rep_start)
    if i is None:
        return False
    first = parse.tokens[i : i + 3]
    return first[0].inf or any(
        t.dep.startswith(SUBJECT_DEPS) and t.text.lower() not in RELATIVES for t in first
    )
