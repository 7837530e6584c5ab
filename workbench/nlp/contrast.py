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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

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


@dataclass(frozen=True)
class _Pattern:
    """Matcher for folded tokens: exact words, ``prefix*`` and ``!excluded`` (exact or prefix).

    Prefixes are tuples so that one ``str.startswith`` call tests them all."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    excluded: frozenset[str]
    excluded_prefixes: tuple[str, ...]

    def __call__(self, token: str) -> bool:
        if token in self.excluded or token.startswith(self.excluded_prefixes):
            return False
        return token in self.exact or token.startswith(self.prefixes)


def _pattern(words: list[str]) -> _Pattern:
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
    return _Pattern(
        frozenset(exact), tuple(prefixes), frozenset(excluded), tuple(excluded_prefixes)
    )


@cache
def _negation(language: str) -> dict[str, _Pattern]:
    kinds: dict[str, list[str]] = {}
    for line in _data_lines(f"corroboration/{language}/negation.txt"):
        if "\t" in line:
            kind, word = line.split("\t", 1)
            kinds.setdefault(kind.strip(), []).append(word.strip())
    return {kind: _pattern(words) for kind, words in kinds.items()}


@cache
def _antonyms(language: str) -> tuple[tuple[_Pattern, _Pattern], ...]:
    pairs = []
    for line in _data_lines(f"corroboration/{language}/antonyms.tsv"):
        if "\t" in line:
            left, right = line.split("\t", 1)
            pairs.append((_pattern(left.split("|")), _pattern(right.split("|"))))
    return tuple(pairs)


# Per-token answers of the word lists, cached: the same words come back in every passage, and
# testing one token against every pattern of a list is what used to dominate a stance check.
@lru_cache(maxsize=100_000)
def _negation_kinds(language: str, token: str) -> frozenset[str]:
    """The kinds of negation cue (``particle``, ``marker``, ``alone``, ``denial``) ``token`` is."""
    return frozenset(kind for kind, match in _negation(language).items() if match(token))


@lru_cache(maxsize=100_000)
def _antonym_sides(language: str, token: str) -> tuple[tuple[int, int], ...]:
    """``(pair index, side)`` of every antonym pair side (0 left, 1 right) ``token`` matches."""
    return tuple(
        (index, side)
        for index, pair in enumerate(_antonyms(language))
        for side, match in enumerate(pair)
        if match(token)
    )


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


def negated(tokens: Sequence[str], language: str) -> int:
    """Number of negations of a clause: 1 for a grammatical negation ("ne … pas", "not"), plus
    one per verb of denial ("a démenti", "denied")."""
    kinds = [_negation_kinds(language, t) for t in tokens]
    grammatical = (
        any("particle" in k for k in kinds) and any("marker" in k for k in kinds)
    ) or any("alone" in k for k in kinds)
    return int(grammatical) + sum(1 for k in kinds if "denial" in k)


def _first_sides(tokens: Sequence[str], language: str) -> dict[tuple[int, int], str]:
    """The first token of ``tokens`` on each antonym pair side it uses."""
    first: dict[tuple[int, int], str] = {}
    for token in tokens:
        for side in _antonym_sides(language, token):
            first.setdefault(side, token)
    return first


def antonym_flips(claim: Sequence[str], sentence: Sequence[str], language: str) -> list[list[str]]:
    """``[claim word, sentence word]`` for each opposite pair the two use one side each of."""
    in_claim = _first_sides(claim, language)
    in_sentence = _first_sides(sentence, language) if in_claim else {}
    flips = []
    for index in sorted({index for index, _side in in_claim}):
        c_left, c_right = in_claim.get((index, 0)), in_claim.get((index, 1))
        s_left, s_right = in_sentence.get((index, 0)), in_sentence.get((index, 1))
        if c_left is not None and c_right is None and s_right is not None and s_left is None:
            flips.append([c_left, s_right])
        elif c_right is not None and c_left is None and s_left is not None and s_right is None:
            flips.append([c_right, s_left])
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
    return _agent(text, language, names(text, language))


def _agent(text: str, language: str, found: Sequence[Name]) -> Name | None:
    """:func:`agent` given the ``names`` of ``text`` already found."""
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
class _Clause:
    """What :func:`contrast` needs of one side, computed once per text and language."""

    tokens: tuple[str, ...]
    negations: int
    names: tuple[Name, ...]
    agent: Name | None


@lru_cache(maxsize=4096)
def _clause(text: str, language: str) -> _Clause:
    # cached: a claim is compared with every source explained for it
    tokens = tuple(_tokens(text, language))
    found = names(text, language)
    return _Clause(
        tokens=tokens,
        negations=negated(tokens, language),
        names=tuple(found),
        agent=_agent(text, language, found),
    )


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
    c, s = _clause(claim, cl), _clause(sentence, sl)
    antonyms = antonym_flips(c.tokens, s.tokens, cl) if cl == sl else []
    a, b = c.agent, s.agent
    actors = None
    if a is not None and b is not None and not same_actor(a, b):
        a_there = any(same_actor(a, n) for n in s.names)
        b_here = any(same_actor(b, n) for n in c.names)
        # roles swapped (both name both) or the actor replaced (neither names the other's);
        # one actor named in both is a sentence about something else ("…, a annoncé X")
        if a_there == b_here:
            actors = (a.text, b.text)
    return Contrast(negation=(c.negations, s.negations), antonyms=antonyms, actors=actors)
