"""A fact-check's rating as a verdict on the claim it checked: false, disputed, true or unclear.

Fact-checkers rate in words ("Faux", "Plutôt faux", "Pants on Fire", "Half true"), sometimes
with a number on a scale (schema.org ``reviewRating``: ``ratingValue`` between ``worstRating``,
the most false, and ``bestRating``, the most true). The words are looked up in per-language data
files, ``data/ratings/<language>.tsv`` (``rating<TAB>verdict``; add a language by adding a
file). The words are preferred to the number: the number is a site's own convention (many sites
put 1 of 5 on every rating), so it is read only when the words are unknown.

Plain Python: no Django, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from workbench.nlp.textnorm import tokenize

FALSE = "false"
DISPUTED = "disputed"
TRUE = "true"
UNCLEAR = "unclear"
UNKNOWN = "unknown"  # no listed words and no usable scale
VERDICTS = (FALSE, DISPUTED, TRUE, UNCLEAR)

# What each verdict says of the claim it checked, as an evidence stance.
STANCE = {FALSE: "contradicts", DISPUTED: "contradicts", TRUE: "supports"}

# Position on the scale (0 = worstRating, 1 = bestRating) below which each verdict applies; on
# the usual 1–5 scale: 1 false, 2 disputed, 3 unclear, 4 and 5 true.
SCALE_FALSE_BELOW = 0.2
SCALE_DISPUTED_BELOW = 0.4
SCALE_UNCLEAR_UP_TO = 0.6
# schema.org: worstRating defaults to 1. bestRating has a default too (5) but a number without
# its scale is too often a placeholder, so it is required.
DEFAULT_WORST = 1.0

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Verdict:
    """What a rating says: the verdict, its stance, and what it was read from.

    ``basis`` is ``"words"`` (``matched`` holds the listed phrases found), ``"scale"`` (the
    position 0..1 on the rating scale in ``position``) or ``None`` for an unknown rating.
    """

    verdict: str
    basis: str | None = None
    matched: tuple[str, ...] = ()
    position: float | None = None

    @property
    def stance(self) -> str:
        return STANCE.get(self.verdict, "unclear")

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"verdict": self.verdict, "basis": self.basis}
        if self.matched:
            out["matched"] = list(self.matched)
        if self.position is not None:
            out["position"] = self.position
        return out


@cache
def rating_words(language: str) -> dict[tuple[str, ...], str]:
    """The rating phrases of one language (folded tokens) and their verdicts; empty when the
    language has no file. A phrase listed twice with two verdicts is a data error."""
    node = resources.files("sources.factchecks").joinpath("data", "ratings", f"{language}.tsv")
    try:
        raw = node.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return {}
    words: dict[tuple[str, ...], str] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        phrase, _, verdict = (part.strip() for part in line.partition("\t"))
        tokens = tuple(tokenize(phrase))
        if verdict not in VERDICTS or not tokens:
            raise ValueError(f"ratings/{language}.tsv line {number}: {line!r}")
        if words.get(tokens, verdict) != verdict:
            raise ValueError(f"ratings/{language}.tsv line {number}: {phrase!r} listed twice")
        words[tokens] = verdict
    return words


@cache
def rating_languages() -> tuple[str, ...]:
    """Every language with a rating file, sorted."""
    folder = resources.files("sources.factchecks").joinpath("data", "ratings")
    return tuple(sorted(node.name[:-4] for node in folder.iterdir() if node.name.endswith(".tsv")))


def _phrases(tokens: list[str], words: dict[tuple[str, ...], str]) -> list[tuple[str, ...]]:
    """The listed phrases in ``tokens``, left to right, the longest at each place, no overlap."""
    longest = max((len(phrase) for phrase in words), default=0)
    found: list[tuple[str, ...]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if tuple(tokens[i : i + size]) in words:
                found.append(tuple(tokens[i : i + size]))
                i += size
                break
        else:
            i += 1
    return found


def _from_words(rating: str, language: str | None) -> Verdict | None:
    """The verdict of the rating's words: the review's language first, then any other. Words of
    two verdicts ("True, but misleading") give ``unclear``."""
    tokens = tokenize(rating)
    if not tokens:
        return None
    languages = [language] if language in rating_languages() else []
    languages += [other for other in rating_languages() if other != language]
    for lang in languages:
        words = rating_words(lang)
        found = _phrases(tokens, words)
        if found:
            verdicts = {words[phrase] for phrase in found}
            verdict = verdicts.pop() if len(verdicts) == 1 else UNCLEAR
            return Verdict(verdict, "words", tuple(" ".join(phrase) for phrase in found))
    return None


def _number(value: str) -> float | None:
    match = _NUMBER.fullmatch(value.strip()) if value else None
    return float(match.group().replace(",", ".")) if match else None


def _from_scale(value: str, best: str, worst: str) -> Verdict | None:
    """The verdict of ``value`` on the scale ``worst``..``best``; None without a usable scale."""
    number, high = _number(value), _number(best)
    low = _number(worst) if worst.strip() else DEFAULT_WORST
    if number is None or high is None or low is None or high <= low:
        return None
    if not low <= number <= high:
        return None
    position = round((number - low) / (high - low), 4)
    if position < SCALE_FALSE_BELOW:
        verdict = FALSE
    elif position < SCALE_DISPUTED_BELOW:
        verdict = DISPUTED
    elif position <= SCALE_UNCLEAR_UP_TO:
        verdict = UNCLEAR
    else:
        verdict = TRUE
    return Verdict(verdict, "scale", position=position)


def rating_verdict(
    *, rating: str, language: str | None, value: str = "", best: str = "", worst: str = ""
) -> Verdict:
    """The verdict of a fact-check's rating: its words when listed, else its number on the
    scale, else ``unknown`` (which takes no side)."""
    lang = language.split("-", 1)[0].lower() if language else None
    return _from_words(rating, lang) or _from_scale(value, best, worst) or Verdict(UNKNOWN)
