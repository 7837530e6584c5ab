"""Figures for the stance rule: numbers in digits *and* in words, with scale, unit and year.

Plain Python (no Django). :func:`figures` extends :func:`textnorm.extract_numbers` so that the
same figure written differently compares equal and different figures are caught:

* numbers in words: "quarante-cinq lits", "trois cent vingt salariés", "twelve players";
* scale words: "12 millions de mètres cubes" is 12,000,000 *mètres*; "14 millions d'euros";
* percentages: "54 %" counts "%";
* years: "en 1987" (otherwise left out as a date) counts as a year, so "1987" / "1994" conflict;
* units: :func:`in_base_unit` converts "2 heures" and "120 minutes", "3 kilomètres" and
  "3 000 mètres" (``data/corroboration/{fr,en}/units.tsv``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from workbench.nlp import resources
from workbench.nlp.textnorm import (
    _QUALIFIER_TOKENS,
    NumberMention,
    _data_lines,
    extract_numbers,
    stem,
    stopwords,
    tokens_with_offsets,
)

__all__ = ["YEAR", "figures", "in_base_unit"]

YEAR = "<year>"
_SCALES = {
    "mille": 1e3,
    "millier": 1e3,
    "million": 1e6,
    "milliard": 1e9,
    "thousand": 1e3,
    "billion": 1e9,
}
_LINKS = frozenset({"de", "d", "of"})
_PERCENT = re.compile(r"\s*(?:%|pour\s*cent|per\s*cent|percent)")
_DIGIT = re.compile(r"\d")  # what every number in digits starts with (textnorm's _NUMBER)
Token = tuple[str, int, int]  # (folded token, start, end), as tokens_with_offsets gives them


@cache
def _units(language: str) -> dict[str, tuple[str, float]]:
    out: dict[str, tuple[str, float]] = {}
    for line in _data_lines(f"corroboration/{language}/units.tsv"):
        parts = line.split("\t")
        if len(parts) == 3:
            out[parts[0].strip()] = (parts[1].strip(), float(parts[2]))
    return out


def in_base_unit(noun: str | None, value: float, language: str) -> tuple[str, float] | None:
    """``(dimension, value in the base unit)`` when ``noun`` is a known unit, else ``None``."""
    if noun is None:
        return None
    for lang in (language, "fr", "en"):
        unit = _units(lang).get(noun)
        if unit is not None:
            return unit[0], value * unit[1]
    return None


def _qualifier(before: list[str]) -> str | None:
    for phrase, kind in _QUALIFIER_TOKENS:
        if len(before) >= len(phrase) and tuple(before[-len(phrase) :]) == phrase:
            return kind
    return None


def _noun_after(tokens: list[tuple[str, int, int]], index: int, stop: frozenset[str]) -> str | None:
    if index < len(tokens):
        token = tokens[index][0]
        if not token.isdigit() and token not in stop and len(token) > 1:
            return stem(token)
    return None


@cache
def _number_words(language: str) -> dict[str, float]:
    return {k: float(v) for k, v in resources.mapping("numbers", language).items()}


def _word_numbers(text: str, tokens: list[Token], language: str) -> list[NumberMention]:
    """Numbers written in words ("quarante-cinq", "trois cent vingt", "cinq cents")."""
    values = _number_words(language)
    stop = stopwords(language)
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        if tokens[i][0] not in values or (i > 0 and tokens[i - 1][0].isdigit()):
            i += 1  # "12 millions": the scale of a figure in digits, see _rescale
            continue
        start = i
        total = current = 0.0
        while i < len(tokens):
            word = tokens[i][0]
            if word in ("et", "and") and i + 1 < len(tokens) and tokens[i + 1][0] in values:
                i += 1
                continue
            if word not in values:
                break
            value = values[word]
            if value >= 1000:
                total += (current or 1.0) * value
                current = 0.0
            elif value == 100:
                current = (current or 1.0) * 100
            elif word.startswith("vingt") and current == 4:  # quatre-vingt(s)
                current = 80
            else:
                current += value
            i += 1
        value = total + current
        before = [t for t, _s, _e in tokens[max(0, start - 4) : start]]
        out.append(
            NumberMention(
                value=value,
                text=text[tokens[start][1] : tokens[i - 1][2]],
                start=tokens[start][1],
                end=tokens[i - 1][2],
                noun=_noun_after(tokens, i, stop),
                qualifier=_qualifier(before),
            )
        )
    return out


def _rescale(
    text: str, tokens: list[Token], mention: NumberMention, language: str
) -> NumberMention:
    """Apply a scale word after the figure ("12 millions de mètres") and mark percentages."""
    if _PERCENT.match(text, mention.end):
        return NumberMention(
            mention.value, mention.text, mention.start, mention.end, "%", mention.qualifier
        )
    if mention.noun not in _SCALES:
        return mention
    tokens = [t for t in tokens if t[1] >= mention.end]
    scale = _SCALES[mention.noun]
    rest = tokens[1:]
    while rest and rest[0][0] in _LINKS:
        rest = rest[1:]
    noun = _noun_after(rest, 0, stopwords(language)) if rest else None
    end = tokens[0][2]
    return NumberMention(
        mention.value * scale,
        text[mention.start : end],
        mention.start,
        end,
        noun,
        mention.qualifier,
    )


def figures(text: str, language: str | None) -> list[NumberMention]:
    """Every figure of ``text`` (digits and words), in order, with noun, qualifier and scale."""
    return list(_figures(text, language))


@lru_cache(maxsize=4096)
def _figures(text: str, language: str | None) -> tuple[NumberMention, ...]:
    # cached: a claim's figures are compared with every source explained for it
    if not text:
        return ()
    lang = language if language in ("fr", "en") else "fr"
    tokens = tokens_with_offsets(text)
    # a text without a digit has no number in digits: skip extract_numbers' own tokenisation
    digits = extract_numbers(text, language) if _DIGIT.search(text) else []
    found = [_rescale(text, tokens, m, lang) for m in digits]
    taken = {m.start for m in found}
    for m in _word_numbers(text, tokens, lang):
        if m.start not in taken:
            found.append(_rescale(text, tokens, m, lang))
    stop = stopwords(language)
    for index, (token, start, end) in enumerate(tokens):
        if start in taken or len(token) != 4 or not token.isdigit():
            continue
        value = float(token)
        if 1800 <= value <= 2100 and _noun_after(tokens, index + 1, stop) is None:
            before = [t for t, _s, _e in tokens[max(0, index - 4) : index]]
            found.append(NumberMention(value, token, start, end, YEAR, _qualifier(before)))
    return tuple(sorted(found, key=lambda m: m.start))
