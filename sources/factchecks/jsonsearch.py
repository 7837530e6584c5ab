"""A generic JSON search API, described entirely by settings.

A URL template with ``{query}`` and ``{lang}`` (URL-encoded on substitution), an optional header
carrying a key, the dotted path of the result list in the response, and a dotted path per field
(``url`` required; ``title``, ``text``, ``publisher``, ``date``, ``rating``, ``claimant``,
and the numeric ``rating_value``, ``best_rating``, ``worst_rating`` optional). One request per
search; the first ``max_results`` results are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sources.factchecks.base import (
    Connector,
    ConnectorError,
    FactCheckHit,
    dotted,
    is_web_url,
    redact_url,
    text_of,
)

FIELDS = (
    "url",
    "title",
    "text",
    "publisher",
    "date",
    "rating",
    "claimant",
    "rating_value",
    "best_rating",
    "worst_rating",
)


@dataclass
class JsonSearchConnector(Connector):
    url_template: str = ""
    key_header: str = ""
    key: str = field(default="", repr=False)
    results_path: str = "results"
    fields: dict[str, str] = field(default_factory=dict)
    max_results: int = 10

    def __post_init__(self) -> None:
        unknown = set(self.fields) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; known: {FIELDS}")
        self.fields = {"url": "url", **self.fields}

    def describe(self) -> dict[str, Any]:
        return {
            "url_template": redact_url(self.url_template),
            "key_header": self.key_header,
            "results_path": self.results_path,
            "fields": dict(sorted(self.fields.items())),
            "max_results": self.max_results,
            **self.policy.describe(),
        }

    def secrets(self) -> list[str]:
        return [self.key]

    def search(self, query: str, language: str | None) -> list[FactCheckHit]:
        lang = language if language and language != "und" else ""
        url = self.url_template.replace("{query}", quote(query.strip()[:500], safe="")).replace(
            "{lang}", quote(lang, safe="")
        )
        headers = {self.key_header: self.key} if self.key_header and self.key else None
        data = self.get_json(url, headers=headers)
        items = dotted(data, self.results_path)
        if items is None:
            items = []
        if not isinstance(items, list):
            raise ConnectorError(
                f"{self.name}: {self.results_path or 'the response'} is not a list"
            )
        hits = []
        for item in items:
            url = text_of(dotted(item, self.fields["url"]), 2000)
            if not is_web_url(url):
                continue
            hits.append(
                FactCheckHit(
                    connector=self.name,
                    url=url,
                    title=self._field(item, "title", 1000),
                    claim=self._field(item, "text", 5000),
                    claimant=self._field(item, "claimant", 300),
                    publisher=self._field(item, "publisher", 300),
                    reviewed=self._field(item, "date", 40),
                    rating=self._field(item, "rating", 300),
                    language=lang,
                    rating_value=self._field(item, "rating_value", 40),
                    best_rating=self._field(item, "best_rating", 40),
                    worst_rating=self._field(item, "worst_rating", 40),
                )
            )
            if len(hits) >= self.max_results:
                break
        return hits

    def _field(self, item: Any, name: str, limit: int) -> str:
        path = self.fields.get(name)
        return text_of(dotted(item, path), limit) if path else ""
