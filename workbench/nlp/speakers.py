"""Resolving speaker mentions to one canonical name per speaker in an article."""

from __future__ import annotations

import re

from . import resources
from .models import Parse
from .names import has_title, is_alias, key_tokens, strip_leading_article, strip_titles
from .speech import Quote

_PER = {"PER", "PERSON"}
_ORG = {"ORG", "NORP"}


def _clean(name: str, language: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—")
    return strip_leading_article(name, language)


def _base_name(text: str, start: int, end: int, language: str, parse: Parse) -> tuple[str, str]:
    """(name, type) for a mention, before merging with the article's other names."""
    mention = text[start:end]
    # apposition: "son porte-parole, Ahmad al-Sahhaf" → the part after the comma
    if "," in mention:
        tail = mention.rsplit(",", 1)[1].strip()
        if tail[:1].isupper():
            return _clean(strip_titles(tail, language), language), "person"
    for s, e, label in parse.ents:
        if s >= start and e <= end and label in _PER and e - s >= 3:
            return _clean(strip_titles(text[s:e], language), language), "person"
    name = _clean(mention, language)
    low_words = name.lower().split()
    roles = resources.words("roles", language)
    org_words = resources.words("org_words", language)
    if has_title(name, language):
        return strip_titles(name, language), "person"
    first = low_words[0] if low_words else ""
    if first in org_words or any(w in org_words for w in low_words[:2]):
        return name, "organization"
    org_ents = [
        text[s:e] for s, e, label in parse.ents if s >= start and e <= end and label in _ORG
    ]
    if org_ents:
        # a lone capitalised surname is often tagged ORG by the small English model
        single = len(org_ents) == 1 and " " not in org_ents[0] and not org_ents[0].isupper()
        if not (single and org_ents[0] == name):
            return name, "organization"
        return name, "person"
    determiner = mention.lower().split()[0] if mention.split() else ""
    groups = resources.words("group_determiners", language)
    if determiner in groups and first and not name[:1].isupper() and first.endswith(("s", "x")):
        return name, "group"
    # a role followed by a capitalised name: "le général américain Vincent Parker"
    words = name.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in roles]
    if caps and any(w.lower() in roles for w in words[: caps[0]]):
        return " ".join(words[caps[0] :]), "person"
    if first in roles:
        return name, "person"
    if len(words) >= 2 and all(
        w[:1].isupper() or w.lower() in resources.words("particles") for w in words
    ):
        return name, "person"
    return name, "unknown"


def resolve(text: str, quotes: list[Quote], language: str, parse: Parse) -> None:
    """Fill ``quote.speaker`` for every quote: canonical name, mention, offsets and type."""
    known: list[tuple[str, str]] = []  # (name, type), in order of appearance
    pool: list[tuple[str, str]] = []
    for s, e, label in parse.ents:
        if label in _PER:
            pool.append((_clean(strip_titles(text[s:e], language), language), "person"))
        elif label == "ORG":
            pool.append((_clean(text[s:e], language), "organization"))
    bases: list[tuple[str, str] | None] = []
    for q in quotes:
        if q.mention is None or q.mention.pron:
            bases.append(None)
            continue
        found = _base_name(text, q.mention.start, q.mention.end, language, parse)
        bases.append(found)
        pool.append(found)
    index = _index(pool, language)
    pronouns = resources.mapping("pronouns", language)
    for q, maybe in zip(quotes, bases, strict=True):
        if q.mention is None:
            continue
        m_text = text[q.mention.start : q.mention.end]
        if maybe is None:
            number = pronouns.get(m_text.lower(), "sg")
            wanted = {"person"} if number == "sg" else {"group", "organization"}
            match = next((k for k in reversed(known) if k[1] in wanted), None)
            name, kind = match if match is not None else (m_text, "unknown")
        else:
            name, kind = _canonical(maybe, index, language)
            known.append((name, kind))
        q.speaker = {
            "name": name,
            "mention": m_text,
            "start": q.mention.start,
            "end": q.mention.end,
            "type": kind,
        }


def _index(pool: list[tuple[str, str]], language: str) -> dict[str, list[tuple[str, str, int]]]:
    """Distinct candidate names by each of their key tokens (keeps merging linear)."""
    index: dict[str, list[tuple[str, str, int]]] = {}
    for cand, ckind in dict.fromkeys(pool):
        tokens = key_tokens(cand, language)
        for tok in set(tokens):
            index.setdefault(tok, []).append((cand, ckind, len(tokens)))
    return index


def _canonical(
    base: tuple[str, str], index: dict[str, list[tuple[str, str, int]]], language: str
) -> tuple[str, str]:
    name, kind = base
    best = name
    tokens = key_tokens(name, language)
    best_len = len(tokens)
    if not tokens:
        return name, kind
    for cand, ckind, n in index.get(tokens[-1], [])[:2000]:
        if kind != "unknown" and ckind != kind and ckind != "unknown":
            continue
        if n > best_len and is_alias(name, cand, language):
            best, best_len = cand, n
            if kind == "unknown":
                kind = ckind
    return best, kind
