"""The stance of a passage towards a claim: a first, deliberately simple rule.

Plain Python. What it does, in order:

1. A quote (quoted words in the claim) found almost word for word (``quote_match`` ≥ 0.9)
   **supports**; found with clearly different wording (0.6 ≤ ``quote_match`` < 0.9) in a passage
   that names the same speaker **contradicts** (a possible misquote).
2. Numbers: a number in the claim is compared with the numbers of the passage that count the
   same noun, or its translation (``25 combattants`` vs ``27 fighters``). Each is read as an interval ("au moins
   25" / "at least 25" is [25, ∞), "about 25" is ±10 %). When the claim's number shares no value
   with any same-noun number of the passage, that is a conflict: with enough word overlap
   (≥ 0.3) the passage **contradicts**.
3. A same-noun number that agrees, with overlap ≥ 0.4, **supports**; so does overlap ≥ 0.6
   without a conflict.
4. Anything else is **unclear**. The rule knows nothing of negation, paraphrase or dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.nlp.corroboration_terms import translations
from workbench.nlp.textnorm import NumberMention

SUPPORTS = "supports"
CONTRADICTS = "contradicts"
UNCLEAR = "unclear"

QUOTE_SAME = 0.9
QUOTE_SIMILAR = 0.6
CONFLICT_MIN_OVERLAP = 0.3
NUMBER_SUPPORT_MIN_OVERLAP = 0.4
SUPPORT_MIN_OVERLAP = 0.6


def _compatible(a: NumberMention, b: NumberMention) -> bool:
    low_a, high_a = a.interval()
    low_b, high_b = b.interval()
    return low_a <= high_b and low_b <= high_a


def _same_noun(a: str | None, b: str | None) -> bool:
    """The same counted noun, or its translation (``combattant`` / ``fighter``)."""
    if a is None or b is None:
        return False
    return a == b or b in translations(a)


def compare_numbers(
    claim: Sequence[NumberMention], passage: Sequence[NumberMention]
) -> dict[str, object]:
    """The ``numbers`` signal: both lists, whether a counted noun conflicts or agrees, and
    ``differ``: each claim figure with the source figures for the same noun it cannot match."""
    conflict = False
    agree = False
    differ: list[dict[str, object]] = []
    for number in claim:
        if number.noun is None:
            continue
        same_noun = [other for other in passage if _same_noun(number.noun, other.noun)]
        if not same_noun:
            continue
        if any(_compatible(number, other) for other in same_noun):
            agree = True
        else:
            conflict = True
            differ.append(
                {
                    "claim": _phrase(number),
                    "source": [_phrase(other) for other in same_noun],
                }
            )
    return {
        "claim": [n.as_dict() for n in claim],
        "source": [n.as_dict() for n in passage],
        "conflict": conflict,
        "agree": agree,
        "differ": differ,
    }


def _phrase(n: NumberMention) -> str:
    return " ".join(part for part in (n.qualifier, n.text, n.noun) if part)


def decide(
    *,
    overlap: float,
    numbers: dict[str, object],
    quote_match: float | None = None,
    speaker_match: bool | None = None,
) -> str:
    """``supports`` | ``contradicts`` | ``unclear`` by the rule in the module docstring."""
    if quote_match is not None:
        if quote_match >= QUOTE_SAME:
            return SUPPORTS
        if speaker_match and quote_match >= QUOTE_SIMILAR:
            return CONTRADICTS
    if numbers.get("conflict") and overlap >= CONFLICT_MIN_OVERLAP:
        return CONTRADICTS
    if numbers.get("agree") and overlap >= NUMBER_SUPPORT_MIN_OVERLAP:
        return SUPPORTS
    if overlap >= SUPPORT_MIN_OVERLAP and not numbers.get("conflict"):
        return SUPPORTS
    return UNCLEAR
