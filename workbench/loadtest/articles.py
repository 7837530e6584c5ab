"""Distinct news-style articles for the load test, French and English, from sentence banks.

The banks (banks.json) hold headlines, paragraph templates with direct quotes in « » and “ ”,
reported speech, speakers, organisations, places and numbers. Every article is built from its own
seeded random generator, so a run is repeatable; no text is produced twice, because the workbench
stores identical texts once and the load test must not be measuring de-duplication.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

BANKS = Path(__file__).with_name("banks.json")
MIN_CHARS = 1500
MAX_CHARS = 4000


@dataclass(frozen=True)
class GeneratedArticle:
    title: str
    text: str
    language: str
    url: str
    published_at: str  # ISO 8601, as the API takes it


@cache
def _banks() -> dict[str, Any]:
    with BANKS.open(encoding="utf-8") as handle:
        banks: dict[str, Any] = json.load(handle)
    return banks


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slots(rng: random.Random, language: str) -> dict[str, str]:
    """One article's cast and figures: the same people and places recur through its paragraphs."""
    bank = _banks()[language]
    first, first2 = rng.sample(bank["first"], 2)
    last, last2 = rng.sample(bank["last"], 2)
    role, role2 = rng.sample(bank["roles"], 2)
    org, org2 = rng.sample(bank["orgs"], 2)
    month, month2 = rng.sample(bank["months"], 2)
    weekday, weekday2 = rng.sample(bank["weekdays"], 2)
    cue, cue2 = rng.sample(bank["cues"], 2)
    topic = rng.choice(bank["topics"])
    surname_form = rng.choice(_banks()["surname_forms"][language]).format(first=first, last=last)
    values = {
        "place": rng.choice(bank["places"]),
        "org": org,
        "org2": org2,
        "person": f"{first} {last}",
        "person2": f"{first2} {last2}",
        "surname_form": surname_form,
        "role": role,
        "role2": role2,
        "topic": topic,
        "month": month,
        "month2": month2,
        "weekday": weekday,
        "weekday2": weekday2,
        "cue": cue,
        "cue2": cue2,
        "day": str(rng.randint(1, 28)),
        "day2": str(rng.randint(1, 28)),
        "year": str(rng.randint(2009, 2023)),
        "number": str(rng.randint(12, 9800)),
        "number2": str(rng.randint(40, 25000)),
        "number3": str(rng.randint(5, 4000)),
        "amount": str(rng.randint(2, 950)),
        "amount2": str(rng.randint(2, 950)),
        "pct": f"{rng.randint(2, 60)}",
        "pct2": f"{rng.randint(5, 85)}",
        "partial": rng.choice(_banks()["partials"][language]),
    }
    values["quote"] = rng.choice(bank["quotes"]).format(**values)
    values["quote2"] = rng.choice(bank["quotes"]).format(**values)
    for name in ("topic", "role2", "weekday", "person", "org"):
        values[name.capitalize()] = _capital(values[name])
    values["Topic"] = _capital(topic)
    return values


def article_generate(index: int, *, seed: int = 0) -> GeneratedArticle:
    """Article number `index` of the run `seed`: the same arguments always give the same article.

    Even indexes are French, odd ones English. Paragraphs are drawn (with repeats allowed after
    every template was used once) until the text reaches a target length between 1.5 and 4 KB.
    """
    rng = random.Random(seed * 1_000_003 + index)
    language = "fr" if index % 2 == 0 else "en"
    bank = _banks()[language]
    title = rng.choice(bank["headlines"]).format(**_slots(rng, language))
    target = rng.randint(MIN_CHARS, MAX_CHARS - 400)
    paragraphs: list[str] = []
    templates: list[str] = []
    values = _slots(rng, language)
    while sum(len(p) + 2 for p in paragraphs) < target:
        if not templates:
            templates = list(bank["paragraphs"])
            rng.shuffle(templates)
        # A fresh cast every few paragraphs: an article quotes several people, as real ones do.
        if paragraphs and len(paragraphs) % 4 == 0:
            values = _slots(rng, language)
        paragraph = templates.pop().format(**values)
        if paragraph not in paragraphs:
            paragraphs.append(paragraph)
    text = "\n\n".join(paragraphs)
    published = datetime(2024, 1, 1, 8, tzinfo=UTC).replace(
        month=1 + index % 12, day=1 + index % 28
    )
    return GeneratedArticle(
        title=title,
        text=text,
        language=language,
        url=f"https://loadtest.example.org/{seed}/{language}/{index}",
        published_at=published.isoformat(),
    )


def articles_generate(count: int, *, seed: int = 0) -> list[GeneratedArticle]:
    """`count` articles whose texts are all different (checked, not assumed)."""
    articles: list[GeneratedArticle] = []
    seen: set[str] = set()
    index = 0
    while len(articles) < count:
        article = article_generate(index, seed=seed)
        index += 1
        if article.text in seen:
            continue
        seen.add(article.text)
        articles.append(article)
    return articles
