"""Signals computed over a whole result list, shown to the reviewer on every evidence row.

Plain Python over :class:`sources.selectors.SourceHit`-like values:

* ``quote_diff`` — a word-level diff between a quote and the closest wording of the passage
  (``[{"op": "equal"|"replace"|"delete"|"insert", "quote": "...", "source": "..."}]``);
* ``independence`` — a source from the article's own publisher, or a near-verbatim copy of
  another hit from an earlier (or, undated, smaller-id) source — republished wire copy — is not
  independent; the signal says why and of which source it is a copy;
* ``timing`` — whether the source was published before or after the article;
* ``entities`` — canonical entities shared by claim and passage, and those only one names.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz

from workbench.nlp.corroboration_terms import find_entities
from workbench.nlp.textnorm import fold, tokenize

COPY_RATIO = 90.0  # token-sort similarity (0..100) of two source texts above which one is a copy


def quote_diff(quote: str, passage: str) -> list[dict[str, str]]:
    """Word-level diff of ``quote`` against the window of ``passage`` that best matches it."""
    q_words = quote.split()
    p_words = passage.split()
    if not q_words or not p_words:
        return []
    q_key = [w for w in tokenize(quote)]
    p_folded = [" ".join(tokenize(w)) for w in p_words]
    # the window of the passage (as long as the quote, ± a quarter) closest to the quote
    n = len(q_words)
    best = (0.0, 0, min(n, len(p_words)))
    for size in {max(1, n - n // 4), n, n + n // 4}:
        for start in range(0, max(1, len(p_words) - size + 1)):
            ratio = fuzz.ratio(" ".join(q_key), " ".join(p_folded[start : start + size]))
            if ratio > best[0]:
                best = (ratio, start, start + size)
    _r, lo, hi = best
    window = p_words[lo:hi]
    matcher = difflib.SequenceMatcher(
        a=[" ".join(tokenize(w)) for w in q_words], b=p_folded[lo:hi], autojunk=False
    )
    out = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        out.append({"op": op, "quote": " ".join(q_words[a0:a1]), "source": " ".join(window[b0:b1])})
    return out


def timing(published_at: datetime | None, article_published_at: datetime | None) -> str:
    """``"before"``, ``"after"``, ``"same time"`` or ``"unknown"``, relative to the article."""
    if published_at is None or article_published_at is None:
        return "unknown"
    if published_at < article_published_at:
        return "before"
    if published_at > article_published_at:
        return "after"
    return "same time"


def _same_publisher(a: str, b: str) -> bool:
    fa, fb = " ".join(tokenize(a)), " ".join(tokenize(b))
    return bool(fa) and fa == fb


# rapidfuzz splits a string whose characters all fit in one byte on the ASCII spaces only
# (not on U+0085 or U+00A0); other strings on what str.split() splits on
_BYTE_SPACES = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f ]+")


def sorted_words(text: str) -> str:
    """``text``'s words sorted and joined by one space: what ``fuzz.token_sort_ratio``
    compares (split as rapidfuzz splits), so that ``fuzz.ratio`` of two of them is their
    token-sort ratio."""
    if text.isascii() or max(text) <= "\xff":
        words = [w for w in _BYTE_SPACES.split(text) if w]
    else:
        words = text.split()
    return " ".join(sorted(words))


def _copy_score(a: str, b: str) -> float:
    """``fuzz.token_sort_ratio`` of two texts given as :func:`sorted_words`; 0 below
    ``COPY_RATIO``."""
    return fuzz.ratio(a, b, score_cutoff=COPY_RATIO)


def independence(
    hits: list[Any], *, texts: dict[int, str], article_publisher: str | None
) -> dict[int, dict[str, Any]]:
    """Per source id: ``{"independent": bool, "reason": str | None, "copy_of": ext id | None}``.

    ``texts`` maps source ids to their texts. A source is a copy of an earlier hit (published
    before it, or with no dates, of smaller external id) when their folded texts are near
    verbatim (token-sort ratio ≥ ``COPY_RATIO``).
    """
    out: dict[int, dict[str, Any]] = {}

    def order(hit: Any) -> tuple[int, str, str]:
        when = hit.published_at.isoformat() if hit.published_at else ""
        return (0 if when else 1, when, hit.external_id)

    earlier: list[Any] = []
    # token_sort_ratio is the ratio of the texts' sorted words: sort each text once, not
    # once per pair (that sorting was nearly all of the signal's cost on long sources), and
    # let rapidfuzz give up early on pairs that cannot reach COPY_RATIO
    words = {sid: sorted_words(fold(text)) for sid, text in texts.items()}
    for hit in sorted(hits, key=order):
        info: dict[str, Any] = {"independent": True, "reason": None, "copy_of": None}
        if article_publisher and _same_publisher(hit.publisher, article_publisher):
            info = {"independent": False, "reason": "same publisher", "copy_of": None}
        else:
            for other in earlier:
                if _copy_score(words[hit.source_id], words[other.source_id]) >= COPY_RATIO:
                    info = {
                        "independent": False,
                        "reason": "republished copy",
                        "copy_of": other.external_id,
                    }
                    break
        out[hit.source_id] = info
        earlier.append(hit)
    return out


def entities(claim: str, passage: str) -> dict[str, list[str]]:
    """Canonical entities of claim and passage: shared, only in the claim, only in the source."""
    a, b = find_entities(claim), find_entities(passage)
    return {
        "shared": [e for e in a if e in b],
        "claim_only": [e for e in a if e not in b],
        "source_only": [e for e in b if e not in a],
    }
