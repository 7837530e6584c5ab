"""Google Fact Check Tools ``claims:search`` (v1alpha1), with an API key from the environment.

``GET …/v1alpha1/claims:search?query=…&languageCode=…&pageSize=…&pageToken=…&key=…`` answers
``{"claims": [{"text", "claimant", "claimDate", "claimReview": [{"publisher": {"name", "site"},
"url", "title", "reviewDate", "textualRating", "languageCode"}]}], "nextPageToken"}``; an
empty result is ``{}``. Each claim review becomes one hit. A review that also carries the
schema.org ``reviewRating`` (``{"ratingValue", "bestRating", "worstRating"}``, as in ClaimReview
markup) keeps those numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from sources.factchecks.base import (
    Connector,
    ConnectorError,
    FactCheckHit,
    is_web_url,
    redact_url,
    text_of,
)

DEFAULT_URL = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
# The API rejects very long queries; a claim's first words carry what it is about.
QUERY_MAX = 500
MAX_PAGES = 10


@dataclass
class GoogleFactCheckConnector(Connector):
    key: str = field(default="", repr=False)
    url: str = DEFAULT_URL
    page_size: int = 10
    max_results: int = 10

    def describe(self) -> dict[str, Any]:
        return {
            "url": redact_url(self.url),
            "page_size": self.page_size,
            "max_results": self.max_results,
            **self.policy.describe(),
        }

    def secrets(self) -> list[str]:
        return [self.key]

    def search(self, query: str, language: str | None) -> list[FactCheckHit]:
        page_size = max(1, self.page_size)
        pages = min(MAX_PAGES, max(1, math.ceil(self.max_results / page_size)))
        hits: list[FactCheckHit] = []
        token = ""
        for _page in range(pages):
            params: dict[str, Any] = {"query": query.strip()[:QUERY_MAX], "pageSize": page_size}
            if language and language != "und":
                params["languageCode"] = language
            if token:
                params["pageToken"] = token
            params["key"] = self.key
            separator = "&" if "?" in self.url else "?"
            try:
                data = self.get_json(self.url + separator + urlencode(params))
                hits.extend(self._hits(data))
            except ConnectorError as exc:
                raise ConnectorError(str(exc), partial=hits[: self.max_results]) from None
            token = text_of(data.get("nextPageToken"), 2000)
            if len(hits) >= self.max_results or not token:
                break
        return hits[: self.max_results]

    def _hits(self, data: Any) -> list[FactCheckHit]:
        if not isinstance(data, dict):
            raise ConnectorError(f"{self.name}: the response is not a JSON object")
        claims = data.get("claims") or []
        if not isinstance(claims, list):
            raise ConnectorError(f"{self.name}: 'claims' is not a list")
        hits = []
        for claim in claims:
            if not isinstance(claim, dict):
                continue
            reviews = claim.get("claimReview") or []
            for review in reviews if isinstance(reviews, list) else []:
                if not isinstance(review, dict):
                    continue
                url = text_of(review.get("url"), 2000)
                if not is_web_url(url):
                    continue
                publisher = review.get("publisher")
                publisher = publisher if isinstance(publisher, dict) else {}
                scale = review.get("reviewRating")
                scale = scale if isinstance(scale, dict) else {}
                hits.append(
                    FactCheckHit(
                        connector=self.name,
                        url=url,
                        title=text_of(review.get("title"), 1000),
                        claim=text_of(claim.get("text")),
                        claimant=text_of(claim.get("claimant"), 300),
                        claim_date=text_of(claim.get("claimDate"), 40),
                        publisher=text_of(publisher.get("name"), 300),
                        publisher_site=text_of(publisher.get("site"), 300),
                        reviewed=text_of(review.get("reviewDate"), 40),
                        rating=text_of(review.get("textualRating"), 300),
                        language=text_of(review.get("languageCode"), 12),
                        rating_value=text_of(scale.get("ratingValue"), 40),
                        best_rating=text_of(scale.get("bestRating"), 40),
                        worst_rating=text_of(scale.get("worstRating"), 40),
                    )
                )
        return hits
