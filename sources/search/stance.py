"""The stance of a passage towards a claim: ``supports``, ``contradicts`` or ``unclear``.

Plain Python. What it does, in order:

1. A quote (quoted words in the claim) found almost word for word (``quote_match`` ≥ 0.9)
   **supports**. It **contradicts** (a possible misquote) only when the passage has a *rival
   quote*: other words **inside quotation marks** attributed to the same speaker (named in the
   same sentence or right next to it) on the same topic. A paraphrase without quotation marks
   near the speaker is never a misquote.
2. Numbers (digits or words, with scale and unit: ``workbench/nlp/figures.py``): a figure of the
   claim is compared with the figures of the passage that count the same noun, its
   translation, or the same unit dimension ("2 heures" / "120 minutes"). Each is an interval
   ("au moins 25" / "at least 25" is [25, ∞), "about 25" is ±10 %). A claim figure that shares
   no value with any of them is a conflict — unless the same value stands in the passage
   without a noun ("trois des douze bases"). With enough word overlap the passage
   **contradicts**.
3. Flips (``workbench/nlp/contrast.py``) between the claim and the passage's sentence closest
   to it: negation, antonyms, a different actor. An odd number of flips with enough overlap
   **contradicts**; an even number cancels ("n'a pas accepté" / "a refusé").
4. A same-noun figure that agrees, with overlap ≥ 0.4, **supports**; so does overlap ≥ 0.6
   without a conflict or a flip. Anything else is **unclear**.

The thresholds were tuned on ``eval/stance/dev.tsv`` only; ``eval/stance/heldout.tsv`` measures
them (``manage.py evaluate_stance``, figures in ``docs/CORROBORATION.md``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.nlp.contrast import Contrast, contrast
from workbench.nlp.corroboration_terms import translations
from workbench.nlp.figures import YEAR, figures, in_base_unit
from workbench.nlp.textnorm import NumberMention, content_terms, fold, tokenize

SUPPORTS = "supports"
CONTRADICTS = "contradicts"
UNCLEAR = "unclear"

QUOTE_SAME = 0.9
QUOTE_SIMILAR = 0.6
CONFLICT_MIN_OVERLAP = 0.3
# a conflict on a weak "noun" (a percentage, a year) also needs this share of the claim's words
# (figures left out): "taux de chômage 8 %" / "taux de TVA 20 %" is no conflict
CONFLICT_MIN_WORDS = 0.6
WEAK_NOUNS = frozenset({"%", YEAR})
CONTRAST_MIN_OVERLAP = 0.5
NUMBER_SUPPORT_MIN_OVERLAP = 0.4
SUPPORT_MIN_OVERLAP = 0.6
RIVAL_MIN_WORDS = 3  # quoted words shorter than this are a term, not a quote
RIVAL_SPEAKER_RATIO = 85.0  # fuzzy match of the speaker's surname (Sahhaf / Sahaf)
RIVAL_SPEAKER_WINDOW = 200  # characters around the quoted words where the speaker counts

_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")


def _interval(n: NumberMention, language: str) -> tuple[float, float]:
    low, high = n.interval()
    unit = in_base_unit(n.noun, 1.0, language)
    factor = unit[1] if unit else 1.0
    return low * factor, high * factor


def _same_noun(a: str | None, b: str | None, language: str) -> bool:
    """The same counted noun, its translation (``combattant`` / ``fighter``) or the same unit
    dimension (``heure`` / ``minute``)."""
    if a is None or b is None:
        return False
    if a == b or b in translations(a):
        return True
    ua, ub = in_base_unit(a, 1.0, language), in_base_unit(b, 1.0, language)
    return ua is not None and ub is not None and ua[0] == ub[0]


def _compatible(a: NumberMention, b: NumberMention, language: str) -> bool:
    low_a, high_a = _interval(a, language)
    low_b, high_b = _interval(b, language)
    return low_a <= high_b and low_b <= high_a


def compare_numbers(
    claim: Sequence[NumberMention], passage: Sequence[NumberMention], language: str = "fr"
) -> dict[str, object]:
    """The ``numbers`` signal: both lists, whether a counted noun conflicts or agrees,
    ``differ``: each claim figure with the source figures for the same noun it cannot match, and
    ``weak`` (only when true) when the conflict is on percentages or years only."""
    conflict = False
    weak_only = True
    agree = False
    differ: list[dict[str, object]] = []
    bare = [other for other in passage if other.noun is None]
    for number in claim:
        if number.noun is None:
            continue
        same_noun = [other for other in passage if _same_noun(number.noun, other.noun, language)]
        if not same_noun:
            continue
        if any(_compatible(number, other, language) for other in same_noun):
            agree = True
        elif not any(number.value == other.value for other in bare):
            conflict = True
            weak_only = weak_only and number.noun in WEAK_NOUNS
            differ.append(
                {
                    "claim": _phrase(number),
                    "source": [_phrase(other) for other in same_noun],
                }
            )
    out: dict[str, object] = {
        "claim": [n.as_dict() for n in claim],
        "source": [n.as_dict() for n in passage],
        "conflict": conflict,
        "agree": agree,
        "differ": differ,
    }
    if conflict and weak_only:  # only a percentage or a year differs: see CONFLICT_MIN_WORDS
        out["weak"] = True
    return out


def _phrase(n: NumberMention) -> str:
    return " ".join(part for part in (n.qualifier, n.text, n.noun) if part)


def rival_quote(quote: str, passage: str, speaker: str | None) -> dict[str, object] | None:
    """Quoted words of ``passage`` attributed to ``speaker`` (a surname, folded) on the topic of
    ``quote`` but worded differently: ``{"text", "match"}`` (``match`` 0..1), else ``None``.

    Attributed: the speaker is named within ``RIVAL_SPEAKER_WINDOW`` characters of the quoted
    words. On the topic: they share a content word with the quote. Worded differently: their
    similarity is below ``QUOTE_SAME`` (the same words are a confirmation, not a rival).
    """
    if not speaker:
        return None
    quote_terms = set(content_terms(quote))
    best: dict[str, object] | None = None
    for match in _QUOTED.finditer(passage):
        words = next(g for g in match.groups() if g)
        if len(tokenize(words)) < RIVAL_MIN_WORDS:
            continue
        around = passage[max(0, match.start() - RIVAL_SPEAKER_WINDOW) : match.start()]
        around += " " + passage[match.end() : match.end() + RIVAL_SPEAKER_WINDOW]
        if not any(fuzz.ratio(t, speaker) >= RIVAL_SPEAKER_RATIO for t in tokenize(around)):
            continue
        if not quote_terms & set(content_terms(words)):
            continue
        ratio = round(fuzz.ratio(fold(quote), fold(words)) / 100.0, 4)
        if ratio >= QUOTE_SAME:
            return None
        if best is None or ratio > float(best["match"]):  # type: ignore[arg-type]
            best = {"text": words, "match": ratio}
    return best


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def closest_sentence(claim: str, passage: str, language: str | None) -> str:
    """The sentence of ``passage`` that shares the most content words with ``claim``."""
    parts = sentences(passage)
    if len(parts) <= 1:
        return passage
    terms = _content_set(claim, language)
    return max(parts, key=lambda s: len(terms & _content_set(s, language)))


@lru_cache(maxsize=4096)
def _content_set(text: str, language: str | None) -> frozenset[str]:
    # cached: the claim's terms are needed for every source explained for it
    return frozenset(content_terms(text, language))


def decide(
    *,
    overlap: float,
    numbers: dict[str, object],
    quote_match: float | None = None,
    speaker_match: bool | None = None,
    rival: dict[str, object] | None = None,
    flips: Contrast | None = None,
    words_overlap: float | None = None,
) -> str:
    """``supports`` | ``contradicts`` | ``unclear`` by the rule in the module docstring.

    ``words_overlap`` is the overlap without the figures (defaults to ``overlap``)."""
    if quote_match is not None:
        if quote_match >= QUOTE_SAME:
            return SUPPORTS
        if rival is not None:
            return CONTRADICTS
    words = overlap if words_overlap is None else words_overlap
    if (
        numbers.get("conflict")
        and overlap >= CONFLICT_MIN_OVERLAP
        and (not numbers.get("weak") or words >= CONFLICT_MIN_WORDS)
    ):
        return CONTRADICTS
    flipped = flips is not None and flips.flips % 2 == 1
    if flipped and overlap >= CONTRAST_MIN_OVERLAP:
        return CONTRADICTS
    if flipped or numbers.get("conflict"):
        return UNCLEAR
    if numbers.get("agree") and overlap >= NUMBER_SUPPORT_MIN_OVERLAP:
        return SUPPORTS
    if overlap >= SUPPORT_MIN_OVERLAP:
        return SUPPORTS
    return UNCLEAR


@dataclass
class Assessment:
    stance: str
    numbers: dict[str, object]
    contrast: dict[str, object]
    rival: dict[str, object] | None


def assess(
    *,
    claim: str,
    passage: str,
    language: str | None,
    overlap: float,
    words_overlap: float | None = None,
    claim_language: str | None = None,
    quote: str | None = None,
    quote_match: float | None = None,
    speaker: str | None = None,
    speaker_match: bool | None = None,
    context: str | None = None,
) -> Assessment:
    """The stance of ``passage`` (in ``language``) towards ``claim``, with the signals behind it.

    ``context`` is the source text around the passage: a rival quote's speaker is often named a
    sentence earlier ("…, a déclaré X. « … », a-t-il ajouté")."""
    source_language = language if language in ("fr", "en") else None
    claim_lang = claim_language or source_language
    numbers = compare_numbers(
        figures(claim, claim_lang), figures(passage, source_language), source_language or "fr"
    )
    sentence = closest_sentence(claim, passage, source_language)
    flips = contrast(claim, sentence, claim_language=claim_lang, sentence_language=source_language)
    # a translation of the quote is no rival wording
    same_language = not claim_lang or not source_language or claim_lang == source_language
    rival = None
    if quote is not None and same_language:
        rival = rival_quote(quote, context or passage, speaker)
    stance = decide(
        overlap=overlap,
        numbers=numbers,
        quote_match=quote_match,
        speaker_match=speaker_match,
        rival=rival,
        flips=flips,
        words_overlap=words_overlap,
    )
    return Assessment(stance=stance, numbers=numbers, contrast=flips.as_dict(), rival=rival)
