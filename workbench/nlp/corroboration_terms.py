"""Entity aliases and a FR↔EN lexicon for corroboration search. Plain Python (no Django).

Both tables live in ``data/corroboration/``:

* ``aliases.tsv`` — one entity a line: the canonical name, then its variants and
  transliterations (Qaëm / al-Qaim / Al Qa'im). :func:`find_entities` names the entities a text
  mentions; :func:`alias_terms` gives the search terms of every spelling of an entity, so a claim
  written with one spelling finds sources written with another.
* ``lexicon_fr_en.tsv`` — French words and their English equivalents. :func:`translations`
  maps a search term to its equivalents in the other language (both directions), so a French
  claim finds an English source and the reverse; names, numbers and dates match as they are.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from workbench.nlp.textnorm import _data_lines, search_terms, stopwords, tokenize

__all__ = ["alias_terms", "find_entities", "translations"]


@cache
def _aliases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded token sequence, canonical name), longest sequences first."""
    out: list[tuple[tuple[str, ...], str]] = []
    for line in _data_lines("corroboration/aliases.tsv"):
        names = [n.strip() for n in line.split("\t") if n.strip()]
        if not names:
            continue
        for name in names:
            tokens = tuple(tokenize(name))
            if tokens:
                out.append((tokens, names[0]))
    return tuple(sorted(set(out), key=lambda item: (-len(item[0]), item)))


@cache
def _variants() -> dict[str, tuple[str, ...]]:
    by_entity: dict[str, set[str]] = defaultdict(set)
    for tokens, canonical in _aliases():
        by_entity[canonical].add(" ".join(tokens))
    return {k: tuple(sorted(v)) for k, v in by_entity.items()}


@cache
def _aliases_by_first_token() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """:func:`_aliases` grouped by their first token, each group in the table's order."""
    grouped: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for seq, canonical in _aliases():
        grouped[seq[0]].append((seq, canonical))
    return {token: tuple(group) for token, group in grouped.items()}


def find_entities(text: str) -> list[str]:
    """Canonical names of the entities ``text`` mentions, in order of first mention."""
    tokens = tokenize(text)
    found: list[str] = []
    i = 0
    table = _aliases_by_first_token()
    while i < len(tokens):
        # only the spellings that start with this token can match here (longest first)
        for seq, canonical in table.get(tokens[i], ()):
            if tuple(tokens[i : i + len(seq)]) == seq:
                if canonical not in found:
                    found.append(canonical)
                i += len(seq)
                break
        else:
            i += 1
    return found


def alias_terms(entities: list[str]) -> list[str]:
    """Search terms of every spelling of ``entities`` (stop words such as "al" left out)."""
    stop = stopwords(None) | {"al", "el"}
    out: list[str] = []
    for entity in entities:
        for variant in _variants().get(entity, ()):
            for term in search_terms(variant):
                if term not in stop and len(term) > 2 and term not in out:
                    out.append(term)
    return out


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    pairs: dict[str, set[str]] = defaultdict(set)
    for line in _data_lines("corroboration/lexicon_fr_en.tsv"):
        if "\t" not in line:
            continue
        left, right = line.split("\t", 1)
        fr = {t for w in left.split("|") for t in search_terms(w) if len(search_terms(w)) == 1}
        en = {t for w in right.split("|") for t in search_terms(w) if len(search_terms(w)) == 1}
        for a in fr:
            pairs[a] |= en - {a}
        for b in en:
            pairs[b] |= fr - {b}
    return {k: tuple(sorted(v)) for k, v in pairs.items()}


def translations(term: str) -> tuple[str, ...]:
    """Equivalents of a search term in the other language (empty when the lexicon has none)."""
    return _lexicon().get(term, ())
