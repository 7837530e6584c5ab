"""RSS and Atom feeds: fetched with conditional GET through sources.fetch, parsed without DTDs.

A feed document that declares a DTD or entities is refused before feedparser sees it
(defusedxml), so an entity bomb ("billion laughs") or an external entity is never expanded.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.db import transaction
from django.utils import timezone

from sources.fetch import FEED_TYPES, FetchResult, FetchSettings, fetch, url_check
from sources.models import Feed

logger = logging.getLogger(__name__)

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class FeedError(Exception):
    """The document is not a feed we can read; the message says why."""


class FeedRefused(FeedError):
    """The document declares a DTD or entities: refused, never expanded."""


@dataclass(frozen=True)
class FeedItem:
    guid: str
    link: str
    title: str
    summary_html: str
    content_html: str
    published_at: datetime | None
    author: str

    @property
    def fingerprint(self) -> str:
        """Changes when the item changes: a changed item is taken in again (a new version)."""
        parts = [
            self.guid,
            self.link,
            self.title,
            self.summary_html,
            self.content_html,
            self.published_at.isoformat() if self.published_at else "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class ParsedFeed:
    title: str
    items: list[FeedItem] = field(default_factory=list)
    warning: str = ""


def _refuse_declarations(content: bytes) -> None:
    try:
        defused_fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedRefused(
            f"the feed declares a DTD or entities ({exc.__class__.__name__}): refused, not expanded"
        ) from None
    except (ParseError, ValueError, LookupError):
        # Not well-formed XML (or an encoding no codec knows: "TF-8"): feedparser's lenient parser may still read it, but only if it
        # carries no declaration hidden after the point where the strict parser stopped.
        probes = [content]
        if content[:2] in (b"\xff\xfe", b"\xfe\xff"):
            probes.append(content.decode("utf-16", errors="ignore").encode("utf-8"))
        if any(_DECLARATION.search(probe) for probe in probes):
            raise FeedRefused(
                "the feed declares a DTD or entities: refused, not expanded"
            ) from None


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def feed_parse(content: bytes, *, content_type: str = "", url: str = "") -> ParsedFeed:
    """Parse RSS/Atom bytes into items. Raises FeedRefused for DTDs/entities, FeedError otherwise."""
    if not content or not content.strip():
        raise FeedError("the feed is empty")
    _refuse_declarations(content)
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    # Bytes, never a URL: feedparser must not fetch anything on its own.
    try:
        parsed = feedparser.parse(content, response_headers=headers)
    except (ValueError, LookupError) as exc:  # feedparser's own decoding of a broken declaration
        raise FeedError(f"the feed's encoding cannot be read: {exc.__class__.__name__}") from None
    if not parsed.entries and not parsed.feed.get("title"):
        reason = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed{f': {reason}' if reason else ''}")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        guid = str(entry.get("id") or link).strip()
        content_html = ""
        for part in entry.get("content") or []:
            if part.get("value"):
                content_html = str(part["value"])
                break
        if not guid and not content_html and not entry.get("summary"):
            continue
        items.append(
            FeedItem(
                guid=guid[:255],
                link=link,
                title=str(entry.get("title") or "").strip(),
                summary_html=str(entry.get("summary") or ""),
                content_html=content_html,
                published_at=_when(entry),
                author=str(entry.get("author") or "").strip(),
            )
        )
    warning = str(parsed.get("bozo_exception") or "") if parsed.get("bozo") else ""
    return ParsedFeed(
        title=str(parsed.feed.get("title") or "").strip(), items=items, warning=warning
    )


def feed_fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    settings: FetchSettings | None = None,
) -> FetchResult:
    """GET the feed with If-None-Match / If-Modified-Since; a 304 result has ``not_modified``."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return fetch(url, accept=FEED_TYPES, headers=headers, settings=settings)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed's summary or content), one paragraph per block."""
    if not html or not html.strip():
        return ""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}
    for element in root.iter():
        if element.tag in blocks:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def feed_register(
    *,
    url: str,
    target: str = Feed.Target.ARTICLES,
    title: str = "",
    poll_interval: int | None = None,
    active: bool = True,
) -> tuple[Feed, bool]:
    """Add a feed (or update the one with this URL); it is polled at the next beat tick.

    Raises UnsafeURL for a URL that can never be fetched, ValueError for an unknown target.
    """
    from django.conf import settings

    url = url.strip()
    url_check(url, allowed_hosts=settings.WORKBENCH_FETCH_ALLOWED_HOSTS)
    if target not in Feed.Target.values:
        raise ValueError(f"target must be one of {', '.join(Feed.Target.values)}")
    interval = poll_interval or settings.WORKBENCH_FEED_INTERVAL
    with transaction.atomic():
        feed, created = Feed.objects.select_for_update().get_or_create(
            url=url,
            defaults={
                "target": target,
                "title": title,
                "poll_interval": interval,
                "active": active,
                "next_poll_at": timezone.now(),
            },
        )
        if not created:
            feed.target = target
            feed.title = title or feed.title
            feed.poll_interval = interval
            feed.active = active
            if active and feed.next_poll_at is None:
                feed.next_poll_at = timezone.now()
            feed.save()
    logger.info("feed %s %s (%s)", feed.pk, "added" if created else "updated", url)
    return feed, created


__all__ = [
    "FeedError",
    "FeedItem",
    "FeedRefused",
    "ParsedFeed",
    "feed_fetch",
    "feed_parse",
    "feed_register",
    "fragment_text",
]
