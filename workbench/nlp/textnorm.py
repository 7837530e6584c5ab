"""Text normalisation for search: accent folding, tokens, stop words and numbers.

Plain Python (no Django). The search index stores :func:`index_text` of every source and the
query side uses :func:`search_terms`, so both databases and the re-ranker see exactly the same
terms: folded (``Qaëm`` → ``qaem``, ``cœur`` → ``coeur``), lower-cased, split on anything that is
not a letter or a digit, with a light plural stem (``combattants`` → ``combattant``).
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "TOKEN_PATTERN",
    "NumberMention",
    "content_terms",
    "extract_numbers",
    "fold",
    "index_text",
    "search_terms",
    "stem",
    "stopwords",
    "tokenize",
    "tokens_with_offsets",
]

# Letters NFKD does not decompose but readers treat as two letters.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o"})
# A token is a run of letters or digits (no underscore): the same split as FTS5's unicode61
# tokenizer and, once joined by spaces, what PostgreSQL's 'simple' parser sees.
_TOKEN = re.compile(r"[^\W_]+")
# The same on text that may hold combining marks (decomposed accents stay inside the token).
_TOKEN_MARKS = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
# Public name of the token pattern, for callers that scan folded text themselves.
TOKEN_PATTERN = _TOKEN


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, keeping one character per character.

    The result has the same length as the input when no ligature is expanded, so offsets
    survive for the common case; use :func:`tokens_with_offsets` when offsets matter.
    """
    if text.isascii():
        return text.lower()
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _strip_marks(decomposed)
    return unicodedata.normalize("NFKC", stripped).lower()


# Combining marks: the common block is removed by a regex; the rest (Cyrillic, Arabic, Indic…
# marks, all at or above U+0483) by a translation table applied only to runs of such characters.
_COMMON_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")  # U+034F is not a mark
_HIGH_RUNS = re.compile("[\u0483-\U0001ffff]+")


def _strip_marks(decomposed: str) -> str:
    stripped = _COMMON_MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    table = _combining_table()
    return _HIGH_RUNS.sub(lambda m: m.group().translate(table), stripped)


@cache
def _combining_table() -> dict[int, None]:
    """Every character above U+036F with a non-zero combining class, mapped to nothing.

    None lies above U+1FFFF (checked against this Python's Unicode database), so the scan stops
    there: a few hundredths of a second once per process.
    """
    return {
        code: None
        for code in range(0x0370, min(sys.maxunicode, 0x1FFFF) + 1)
        if unicodedata.combining(chr(code))
    }


def stem(term: str) -> str:
    """A light plural stem shared by French and English (``forces`` → ``force``).

    Deliberately crude: it only has to map singular and plural to the same term on both sides
    of the search, never to produce a word.
    """
    if len(term) > 3 and term.endswith("s") and not term.endswith("ss") and not term.isdigit():
        return term[:-1]
    return term


def tokenize(text: str) -> list[str]:
    """Folded tokens of ``text`` (no stemming, stop words kept)."""
    if not text:
        return []
    return _TOKEN.findall(fold(text))


def tokens_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """``(folded token, start, end)`` with offsets into the original ``text``."""
    out = []
    for match in _TOKEN_MARKS.finditer(text or ""):
        for piece in _pieces(match.group()):
            out.append((piece, match.start(), match.end()))
    return out


@lru_cache(maxsize=100_000)
def _pieces(token: str) -> tuple[str, ...]:
    # folding may expand a character into several tokens ("½" → "1", "2"); keep the split
    # identical to tokenize() so the index and the offsets agree. Cached: words repeat a lot.
    if token.isascii():
        return (token.lower(),)
    return tuple(_TOKEN.findall(fold(token)))


def search_terms(text: str) -> list[str]:
    """The terms the index holds for ``text``: folded, stemmed tokens, in order."""
    return [stem(token) for token in tokenize(text)]


def index_text(*parts: str) -> str:
    """What the search index stores for a document made of ``parts`` (title, body…)."""
    return " ".join(" ".join(search_terms(part)) for part in parts if part)


def _data_lines(name: str) -> list[str]:
    node = resources.files("workbench.nlp").joinpath("data", name)
    try:
        raw = node.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return []
    return [line.split("#", 1)[0].strip() for line in raw.splitlines()]


@cache
def stopwords(language: str | None = None) -> frozenset[str]:
    """Folded stop words for ``language`` ("fr", "en"); ``None`` or another language → both."""
    languages = [language] if language in ("fr", "en") else ["fr", "en"]
    words: set[str] = set()
    for lang in languages:
        for line in _data_lines(f"stopwords_{lang}.txt"):
            words.update(tokenize(line))
    return frozenset(words)


def content_terms(text: str, language: str | None = None) -> list[str]:
    """Search terms of ``text`` without stop words (numbers are content), in order."""
    stop = stopwords(language)
    return [stem(token) for token in tokenize(text) if token not in stop]


# --- numbers ------------------------------------------------------------------------------------

# Qualifiers turn a number into an interval. They belong to the stance rule's semantics rather
# than to a vocabulary list, so they live next to the rule (folded, longest first when matched).
_QUALIFIERS: dict[str, str] = {
    "au moins": "at least",
    "at least": "at least",
    "plus de": "at least",
    "more than": "at least",
    "over": "at least",
    "upwards of": "at least",
    "au minimum": "at least",
    "au plus": "at most",
    "at most": "at most",
    "moins de": "at most",
    "less than": "at most",
    "fewer than": "at most",
    "under": "at most",
    "jusqu a": "at most",
    "up to": "at most",
    "au maximum": "at most",
    "environ": "about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "nearly": "about",
    "almost": "about",
    "pres de": "about",
    "quelque": "about",
    "quelques": "about",
    "some": "about",
    "roughly": "about",
    "une vingtaine de": "about",
}
_QUALIFIER_TOKENS = sorted(
    ((tuple(phrase.split()), kind) for phrase, kind in _QUALIFIERS.items()),
    key=lambda item: -len(item[0]),
)
# 1 000 / 1,000 / 12.5 / 12,5 — a space or comma followed by exactly three digits groups thousands.
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[  ,.]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class NumberMention:
    """A number written in digits, with the noun it counts and its qualifier, if any."""

    value: float
    text: str
    start: int
    end: int
    noun: str | None
    qualifier: str | None  # "at least" | "at most" | "about" | None

    def interval(self) -> tuple[float, float]:
        """The values the statement allows: "at least 25" is [25, ∞)."""
        if self.qualifier == "at least":
            return (self.value, math.inf)
        if self.qualifier == "at most":
            return (-math.inf, self.value)
        if self.qualifier == "about":
            return (self.value * 0.9, self.value * 1.1)
        return (self.value, self.value)

    def as_dict(self) -> dict[str, object]:
        return {
            "value": int(self.value) if self.value.is_integer() else self.value,
            "text": self.text,
            "noun": self.noun,
            "qualifier": self.qualifier,
        }


def _parse_number(raw: str) -> float | None:
    compact = raw.replace(" ", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", compact) and not re.fullmatch(
        r"\d+[.,]\d{1,2}", compact
    ):
        compact = compact.replace(",", "").replace(".", "")
    compact = compact.replace(",", ".")
    try:
        return float(compact)
    except ValueError:
        return None


def extract_numbers(text: str, language: str | None = None) -> list[NumberMention]:
    """Numbers written in digits in ``text``, each with its counted noun and qualifier.

    The noun is the first word after the number when it is not a stop word (``25 combattants``
    → ``combattant``; ``12 dans`` → no noun). Four-digit numbers between 1800 and 2100 without a
    noun are taken for years and left out: they are dates, not counts.
    """
    if not text:
        return []
    stop = stopwords(language)
    tokens = tokens_with_offsets(text)
    out: list[NumberMention] = []
    for match in _NUMBER.finditer(text):
        value = _parse_number(match.group())
        if value is None:
            continue
        before = [tok for tok, _s, e in tokens if e <= match.start()][-4:]
        after = [tok for tok, s, _e in tokens if s >= match.end()][:1]
        noun = None
        if after and not after[0].isdigit() and after[0] not in stop and len(after[0]) > 1:
            noun = stem(after[0])
        if noun is None and value.is_integer() and 1800 <= value <= 2100:
            continue
        qualifier = None
        for phrase, kind in _QUALIFIER_TOKENS:
            if len(before) >= len(phrase) and tuple(before[-len(phrase) :]) == phrase:
                qualifier = kind
                break
        out.append(
            NumberMention(
                value=value,
                text=match.group(),
                start=match.start(),
                end=match.end(),
                noun=noun,
                qualifier=qualifier,
            )
        )
    return out
