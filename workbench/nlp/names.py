"""Speaker names: normalised keys, alias tests and mention clean-up."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from . import resources

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_APOSTROPHES = "'’`´"


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def title_words(language: str) -> frozenset[str]:
    """Courtesy and academic titles of both languages, lower case, without their period."""
    return resources.words("titles", "fr") | resources.words("titles", "en")


def _articles(language: str) -> frozenset[str]:
    return resources.words("articles", language)


@cache
def _article_keys(language: str) -> frozenset[str]:
    """The articles as :func:`key_tokens` sees them (no accents, no apostrophe)."""
    return frozenset(strip_accents(a).rstrip(_APOSTROPHES) for a in _articles(language))


def key_tokens(name: str, language: str) -> list[str]:
    """Lower-case, accent-free tokens of ``name`` without titles, articles and particles."""
    if not isinstance(name, str):
        return []
    particles = resources.words("particles")
    titles = title_words(language)
    articles = _article_keys(language)
    text = strip_accents(name).lower()
    for ap in _APOSTROPHES:
        text = text.replace(ap, " ")
    tokens = _TOKEN.findall(text)
    # leading titles and articles ("M.", "le", "the", "El Hadji") are never part of the key
    while tokens and (
        tokens[0] in titles
        or tokens[0] in articles
        or (tokens[0] in particles and len(tokens) > 2 and tokens[1] in titles)
    ):
        tokens = tokens[1:]
    kept = [t for t in tokens if t not in particles and t not in {"l", "d"}]
    return kept or tokens


def canonical_key(name: str, language: str) -> str:
    """The key under which aliases of one speaker meet ("M. Sahhaf" → "sahhaf")."""
    return " ".join(key_tokens(name, language))


def is_alias(mention: str, name: str, language: str) -> bool:
    """Whether ``mention`` can designate the same speaker as ``name``.

    True when the mention's key tokens are a non-empty subset of the name's and the
    mention keeps the name's last token (a surname) or its first (an organisation head).
    """
    short = key_tokens(mention, language)
    full = key_tokens(name, language)
    if not short or not full:
        return False
    if short == full:
        return True
    if not set(short) <= set(full):
        return False
    return short[-1] == full[-1] or short[0] == full[0]


def strip_leading_article(name: str, language: str) -> str:
    """``"le Commandement"`` → ``"Commandement"``; ``"l’armée"`` → ``"armée"``."""
    articles = _articles(language)
    text = name.strip()
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        for art in sorted(articles, key=len, reverse=True):
            if art[-1] in _APOSTROPHES:
                if low.startswith(art):
                    text = text[len(art) :].lstrip()
                    changed = True
                    break
            elif low.startswith(art + " "):
                text = text[len(art) + 1 :].lstrip()
                changed = True
                break
    return text


def strip_titles(name: str, language: str) -> str:
    """Remove leading courtesy titles ("M. Sahhaf" → "Sahhaf"); a title word followed by
    no name is a noun ("un professeur de français", "the doctor")."""
    titles = title_words(language)
    particles = resources.words("particles")
    parts = name.split()
    while len(parts) > 1 and parts[1][:1].isupper():
        if parts[0].rstrip(".").lower() in titles:
            parts = parts[1:]
        elif (
            len(parts) > 2
            and parts[0].lower() in particles
            and parts[1].rstrip(".").lower() in titles
            and parts[2][:1].isupper()
        ):
            parts = parts[2:]  # "El Hadji Ibrahima Guèye"
        else:
            break
    return " ".join(parts)


def has_title(name: str, language: str) -> bool:
    parts = name.split()
    return (
        len(parts) > 1
        and parts[0].rstrip(".").lower() in title_words(language)
        and parts[1][:1].isupper()
    )
