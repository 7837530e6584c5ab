"""Recognising cue verbs ("a condamné", "a-t-il dit", "said") in raw text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import resources

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FR_ENDINGS = (
    "èrent",
    "aient",
    "èrent",
    "eront",
    "ées",
    "és",
    "ée",
    "ait",
    "ent",
    "era",
    "é",
    "a",
    "e",
    "es",
)
_EN_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)
_INVERSION = re.compile(r"^(?P<verb>.+?)(?:-t)?-(?P<pron>il|elle|on|ils|elles)$", re.IGNORECASE)
_ADVERBS = {
    "fr": {
        "aussi",
        "également",
        "encore",
        "ensuite",
        "alors",
        "déjà",
        "enfin",
        "pourtant",
        "bien",
        "lui",
        "leur",
        "nous",
    },
    "en": {"also", "later", "then", "again", "previously", "recently", "earlier", "further"},
}


def lemma_candidates(word: str, language: str) -> set[str]:
    w = word.lower()
    out = {w}
    irregular = resources.mapping("irregular", language)
    if w in irregular:
        out.add(irregular[w])
    if language == "fr":
        for end in _FR_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                out.add(w[: -len(end)] + "er")
    else:
        for end, add in _EN_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                out.add(w[: -len(end)] + add)
    return out


def is_cue_word(word: str, language: str) -> bool:
    return bool(lemma_candidates(word, language) & resources.words("cues", language))


@dataclass
class Cue:
    start: int
    end: int
    lemma_ok: bool
    pron: tuple[int, int] | None  # "il" inside "a-t-il"


def _split_inversion(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    m = _INVERSION.match(text[start:end])
    if not m:
        return end, None
    return start + m.end("verb"), (start + m.start("pron"), start + m.end("pron"))


def cue_at(text: str, pos: int, limit: int, language: str) -> Cue | None:
    """A cue verb phrase starting at ``pos`` (after optional spaces), or None."""
    i = pos
    while i < limit and text[i].isspace():
        i += 1
    words = []
    for m in WORD.finditer(text, i, limit):
        if text[i : m.start()].strip():
            break
        words.append((m.start(), m.end()))
        i = m.end()
        if len(words) == 4:
            break
    if not words:
        return None
    aux = resources.words("auxiliaries", language)
    adverbs = _ADVERBS.get(language, set())
    k = 0
    s0, e0 = words[0]
    first = text[s0:e0]
    verb_end, pron = _split_inversion(text, s0, e0) if language == "fr" else (e0, None)
    head = text[s0:verb_end].lower()
    if head in aux and len(words) > 1:
        k = 1
        while k < len(words) - 1 and text[words[k][0] : words[k][1]].lower() in adverbs:
            k += 1
        ws, we = words[k]
        vend, pron2 = _split_inversion(text, ws, we) if language == "fr" else (we, None)
        if is_cue_word(text[ws:vend], language):
            return Cue(s0, we, True, pron or pron2)
        return None
    if is_cue_word(first[: verb_end - s0], language):
        return Cue(s0, e0, True, pron)
    return None


def find_cues(text: str, start: int, end: int, language: str) -> list[Cue]:
    """Every cue phrase in ``text[start:end]``, left to right, not overlapping."""
    out: list[Cue] = []
    pos = start
    for m in WORD.finditer(text, start, end):
        if m.start() < pos:
            continue
        cue = cue_at(text, m.start(), end, language)
        if cue:
            out.append(cue)
            pos = cue.end
    return out
