"""What makes two sentences on the same topic say opposite things. Plain Python (no Django).

The stance rule (``sources/search/stance.py``) counts *flips* between a claim and a sentence:

* **negation** — the sentence is negated and the claim is not, or the reverse ("n'a pas signé",
  "did not sign", "a démenti la fermeture");
* **antonyms** — the claim uses one side of an opposite pair and the sentence only the other
  ("a augmenté" / "a diminué", "won" / "lost");
* **actors** — the one who acts or speaks differs: roles swapped ("A a battu B" / "B a battu
  A") or the actor replaced (the same words from another speaker, each sentence naming only its
  own); a passive ("B a été battu par A") names the agent after "par"/"by".

Flips cancel in pairs ("n'a pas accepté" / "a refusé" is no contradiction). The word lists are
data files per language in ``data/corroboration/{fr,en}/`` (``negation.txt``,
``antonyms.tsv``, ``not_names.txt``), so a newsroom can extend them without touching code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from workbench.nlp import resources
from workbench.nlp.corroboration_terms import find_entities
from workbench.nlp.textnorm import _data_lines, fold, stopwords, tokenize, tokens_with_offsets

__all__ = ["Contrast", "agent", "antonym_flips", "contrast", "guess_language", "negated"]

LANGUAGES = ("fr", "en")
_PASSIVE_AUX = frozenset({"ete", "etait", "etaient", "fut", "furent", "been", "was", "were"})
_AGENT_PREPOSITIONS = frozenset({"par", "by"})
_NAME_LINKS = frozenset({"de", "du", "des", "d", "al", "el", "van", "von", "of"})
_FIRST_NAME_MAX_INDEX = 6  # a name further into the sentence is rarely its subject
_SAME_NAME_RATIO = 85.0


def _pattern(words: list[str]) -> Callable[[str], bool]:
    """Matcher for folded tokens: exact words, ``prefix*`` and ``!excluded`` (exact or prefix)."""
    exact: set[str] = set()
    prefixes: list[str] = []
    excluded: set[str] = set()
    excluded_prefixes: list[str] = []
    for raw in words:
        negative = raw.startswith("!")
        word = fold(raw.lstrip("!").strip())
        if not word:
            continue
        star = word.endswith("*")
        word = word.rstrip("*")
        if negative:
            (excluded_prefixes.append(word) if star else excluded.add(word))
        else:
            (prefixes.append(word) if star else exact.add(word))

    def match(token: str) -> bool:
        if token in excluded or any(token.startswith(p) for p in excluded_prefixes):
            return False
        return token in exact or any(token.startswith(p) for p in prefixes)

    return match


@cache
def _negation(language: str) -> dict[str, Callable[[str], bool]]:
    kinds: dict[str, list[str]] = {}
    for line in _data_lines(f"corroboration/{language}/negation.txt"):
        if "\t" in line:
            kind, word = line.split("\t", 1)
            kinds.setdefault(kind.strip(), []).append(word.strip())
    return {kind: _pattern(words) for kind, words in kinds.items()}


@cache
def _antonyms(language: str) -> tuple[tuple[Callable[[str], bool], Callable[[str], bool]], ...]:
    pairs = []
    for line in _data_lines(f"corroboration/{language}/antonyms.tsv"):
        if "\t" in line:
            left, right = line.split("\t", 1)
            pairs.append((_pattern(left.split("|")), _pattern(right.split("|"))))
    return tuple(pairs)


@cache
def _not_names(language: str) -> frozenset[str]:
    words = {fold(w) for w in _data_lines(f"corroboration/{language}/not_names.txt") if w}
    # "Quarante-cinq lits…", "Twelve players…": a number word opening a sentence is no name
    numbers = {fold(w) for w in resources.mapping("numbers", language)}
    return frozenset(words | numbers) | stopwords(language)


def guess_language(text: str) -> str:
    """``"fr"`` or ``"en"``, by which language's stop words the text uses more."""
    tokens = tokenize(text)
    fr = sum(t in stopwords("fr") for t in tokens)
    en = sum(t in stopwords("en") for t in tokens)
    return "en" if en > fr else "fr"


def _tokens(text: str, language: str) -> list[str]:
    tokens = tokenize(text)
    if language == "en":  # "won't" / "can't" are tokenised "won" "t" / "can" "t"
        out: list[str] = []
        for token in tokens:
            if token == "t" and out and out[-1] in {"won", "can"}:
                out[-1] = "wont"
            elif token != "t":
                out.append(token)
        return out
    return tokens


def negated(tokens: list[str], language: str) -> int:
    """Number of negations of a clause: 1 for a grammatical negation ("ne … pas", "not"), plus
    one per verb of denial ("a démenti", "denied")."""
    cues = _negation(language)
    particle = cues.get("particle", lambda _t: False)
    marker = cues.get("marker", lambda _t: False)
    alone = cues.get("alone", lambda _t: False)
    denial = cues.get("denial", lambda _t: False)
    grammatical = (any(map(particle, tokens)) and any(map(marker, tokens))) or any(
        map(alone, tokens)
    )
    return int(grammatical) + sum(1 for t in tokens if denial(t))


def antonym_flips(claim: list[str], sentence: list[str], language: str) -> list[list[str]]:
    """``[claim word, sentence word]`` for each opposite pair the two use one side each of."""
    flips = []
    for left, right in _antonyms(language):
        c_left = [t for t in claim if left(t)]
        c_right = [t for t in claim if right(t)]
        s_left = [t for t in sentence if left(t)]
        s_right = [t for t in sentence if right(t)]
        if c_left and not c_right and s_right and not s_left:
            flips.append([c_left[0], s_right[0]])
        elif c_right and not c_left and s_left and not s_right:
            flips.append([c_right[0], s_left[0]])
    return flips


@dataclass(frozen=True)
class Name:
    tokens: tuple[str, ...]
    start: int  # token index in the sentence

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


_WORD = re.compile(r"[^\W\d_]")


def names(text: str, language: str) -> list[Name]:
    """Runs of capitalised words that are not function words: the named actors of a sentence."""
    skip = _not_names(language)
    words = tokens_with_offsets(text)
    out: list[Name] = []
    current: list[str] = []
    start = 0
    for index, (token, s, e) in enumerate(words):
        surface = text[s:e]
        capital = bool(_WORD.match(surface)) and surface[0].isupper()
        if capital and token not in skip and not token.isdigit():
            if not current:
                start = index
            current.append(token)
        elif current and token in _NAME_LINKS and index + 1 < len(words):
            nxt_s, nxt_e = words[index + 1][1], words[index + 1][2]
            if text[nxt_s:nxt_e][:1].isupper():
                current.append(token)
                continue
            out.append(Name(tuple(t for t in current if t not in _NAME_LINKS), start))
            current = []
        elif current:
            out.append(Name(tuple(t for t in current if t not in _NAME_LINKS), start))
            current = []
    if current:
        out.append(Name(tuple(t for t in current if t not in _NAME_LINKS), start))
    return [n for n in out if n.tokens]


def same_actor(a: Name, b: Name) -> bool:
    """The same person or body: same last word (fuzzy: Sahhaf / Sahaf), a one-word name found
    in the other, or the same entity in the alias table."""
    if fuzz.ratio(a.tokens[-1], b.tokens[-1]) >= _SAME_NAME_RATIO:
        return True
    if (len(a.tokens) == 1 and a.tokens[0] in b.tokens) or (
        len(b.tokens) == 1 and b.tokens[0] in a.tokens
    ):
        return True
    ea, eb = find_entities(a.text), find_entities(b.text)
    return bool(ea) and ea == eb


@cache
def _cue_stems(language: str) -> tuple[str, ...]:
    stems = []
    for line in _data_lines(f"{language}/cues.txt"):
        word = fold(line)
        for ending in ("er", "ir", "re", "e"):
            if language == "fr" and word.endswith(ending):
                word = word[: -len(ending)]
                break
        if len(word) >= 4:
            stems.append(word)
    return tuple(stems) + (("dit", "disent") if language == "fr" else ("said", "says", "told"))


def agent(text: str, language: str) -> Name | None:
    """Who acts or speaks in the sentence: the name after "par"/"by" in a passive, the name
    right after a speech verb ("…, a déclaré Sophie Lambert"), else a name near the start."""
    found = names(text, language)
    if not found:
        return None
    tokens = [t for t, _s, _e in tokens_with_offsets(text)]
    for name in found:
        before = tokens[max(0, name.start - 4) : name.start]
        if any(t in _AGENT_PREPOSITIONS for t in before):
            at = max(i for i, t in enumerate(tokens[: name.start]) if t in _AGENT_PREPOSITIONS)
            if any(t in _PASSIVE_AUX for t in tokens[:at]):
                return name
    stems = _cue_stems(language)
    for name in found:
        before = tokens[max(0, name.start - 2) : name.start]
        if name.start > 0 and any(t.startswith(stems) for t in before):
            return name
    first = found[0]
    return first if first.start <= _FIRST_NAME_MAX_INDEX else None


@dataclass(frozen=True)
class Contrast:
    """The flips between a claim and one sentence, for the stance rule and the reviewer."""

    negation: tuple[int, int]  # negations in claim, in sentence
    antonyms: list[list[str]]
    actors: tuple[str, str] | None  # (claim's agent, sentence's agent) when they differ

    @property
    def flips(self) -> int:
        return (
            (self.negation[0] + self.negation[1]) % 2
            + (1 if self.antonyms else 0)
            + (1 if self.actors else 0)
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "negation": list(self.negation),
            "antonyms": self.antonyms,
            "actors": list(self.actors) if self.actors else None,
            "flips": self.flips,
        }


def contrast(
    claim: str, sentence: str, *, claim_language: str | None, sentence_language: str | None
) -> Contrast:
    """Negation, antonym and actor flips between ``claim`` and ``sentence``."""
    cl = claim_language if claim_language in LANGUAGES else guess_language(claim)
    sl = sentence_language if sentence_language in LANGUAGES else guess_language(sentence)
    c_tokens, s_tokens = _tokens(claim, cl), _tokens(sentence, sl)
    antonyms = antonym_flips(c_tokens, s_tokens, cl) if cl == sl else []
    a, b = agent(claim, cl), agent(sentence, sl)
    actors = None
    if a is not None and b is not None and not same_actor(a, b):
        a_there = any(same_actor(a, n) for n in names(sentence, sl))
        b_here = any(same_actor(b, n) for n in names(claim, cl))
        # roles swapped (both name both) or the actor replaced (neither names the other's);
        # one actor named in both is a sentence about something else ("…, a annoncé X")
        if a_there == b_here:
            actors = (a.text, b.text)
    return Contrast(
        negation=(negated(c_tokens, cl), negated(s_tokens, sl)), antonyms=antonyms, actors=actors
    )
