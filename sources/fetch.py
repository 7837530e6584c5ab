"""The one safe HTTP client of the project: every page, feed and robots.txt goes through `fetch`.

What it guarantees, hop by hop (the first request and every redirect alike):

- only ``http``/``https`` URLs without credentials;
- the host is resolved once, and every address it resolves to must be public (not private,
  loopback, link-local, multicast, reserved, unspecified or shared, for IPv4 and IPv6, IPv4-mapped
  and NAT64/6to4/Teredo-embedded IPv4 included) — a refusal happens **before any connection is
  attempted**; host names listed in ``WORKBENCH_FETCH_ALLOWED_HOSTS`` skip this check (tests,
  the demo);
- the socket connects to the checked address itself (the connection is pinned to it, while the
  Host header, TLS SNI and certificate check keep the host name), so a second DNS answer cannot
  slip another address in (DNS rebinding); the peer address of the open socket is checked again;
- robots.txt of the origin is respected (fetched through this same client, cached per origin);
- a minimum delay between two requests to the same host (the Django cache holds the next
  allowed time, so it is shared by every process when the cache is shared);
- connect and read timeouts, and a total deadline that closes the socket when it passes;
- a response size limit (Content-Length checked first, then counted while streaming; the body is
  never read past the limit) and an allowed list of content types;
- redirects followed by hand, bounded.

Errors are `FetchError` subclasses whose message says what happened, and whose ``transient``
flag tells a job whether trying again later may help.
"""

from __future__ import annotations

import codecs
import contextlib
import heapq
import ipaddress
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import certifi
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
)

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    # Many servers label feeds loosely; the feed parser decides what it really is.
    "text/plain",
    "text/html",
    "application/octet-stream",
)

Resolver = Callable[[str, int], Sequence[str]]


# --- errors -------------------------------------------------------------------------------------


class FetchError(Exception):
    """A fetch that did not give a usable response; the message says why."""

    transient = False

    def __init__(self, message: str, *, url: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class UnsafeURL(FetchError, ValueError):
    """The URL is not allowed (scheme, credentials, or an address that is not public)."""


class RobotsDisallowed(FetchError):
    """robots.txt of the site does not allow this URL for our User-Agent."""


class ResponseTooLarge(FetchError):
    """The response body is larger than the limit; it was not read past the limit."""


class BadContentType(FetchError):
    """The response is not of a content type this fetch accepts."""


class TooManyRedirects(FetchError):
    """More redirects than allowed, or a redirect without a usable Location."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        url: str = "",
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, url=url, status=status)
        # The response headers (lower-case names): a 429 or 503 may say when to come back.
        self.headers = headers or {}
        # 408, 429 and 5xx may pass on their own; other 4xx are final.
        self.transient = status is not None and (status >= 500 or status in (408, 429))


class FetchTimeout(FetchError):
    """The server was too slow (connect, read or total deadline)."""

    transient = True


class FetchConnectionError(FetchError):
    """The connection could not be made or broke off."""

    transient = True


# --- settings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "WorkbenchFetcher/1.0"
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allowed_hosts: frozenset[str] = frozenset()
    host_delay: float = 1.0
    robots_ttl: int = 3600
    respect_robots: bool = True

    @classmethod
    def from_django(cls, **overrides: Any) -> FetchSettings:
        """The WORKBENCH_FETCH_* settings, with keyword overrides."""
        from django.conf import settings

        values: dict[str, Any] = {
            "user_agent": settings.WORKBENCH_FETCH_USER_AGENT,
            "connect_timeout": settings.WORKBENCH_FETCH_CONNECT_TIMEOUT,
            "read_timeout": settings.WORKBENCH_FETCH_READ_TIMEOUT,
            "total_timeout": settings.WORKBENCH_FETCH_TOTAL_TIMEOUT,
            "max_bytes": settings.WORKBENCH_FETCH_MAX_BYTES,
            "max_redirects": settings.WORKBENCH_FETCH_MAX_REDIRECTS,
            "allowed_hosts": frozenset(
                h.strip().lower().strip("[]") for h in settings.WORKBENCH_FETCH_ALLOWED_HOSTS
            ),
            "host_delay": settings.WORKBENCH_FETCH_HOST_DELAY,
            "robots_ttl": settings.WORKBENCH_FETCH_ROBOTS_TTL,
        }
        values.update(overrides)
        return cls(**values)


# --- addresses ----------------------------------------------------------------------------------

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def address_refusal(address: str) -> str | None:
    """Why an IP address must not be connected to, or None when it is a public address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            reason = address_refusal(str(embedded))
            if reason:
                return f"{ip} embeds {reason}"
    for flag, label in (
        ("is_unspecified", "an unspecified"),
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_multicast", "a multicast"),
        ("is_reserved", "a reserved"),
        ("is_private", "a private"),
    ):
        if getattr(ip, flag):
            return f"{ip} is {label} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        if sockaddr[0] not in addresses:
            addresses.append(str(sockaddr[0]))
    return addresses


@dataclass(frozen=True)
class Target:
    """One checked hop: where to connect, and what to call it."""

    url: str
    scheme: str
    host: str
    port: int
    address: str
    allowed_host: bool

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return f"{self.scheme}://{host}" + ("" if self.port == default else f":{self.port}")


def url_check(url: str, *, allowed_hosts: Iterable[str] = ()) -> tuple[str, str, int]:
    """Check a URL's form without resolving it; returns (scheme, host, port).

    Refuses other schemes, credentials, missing hosts, and IP literals that are not public
    (unless the host is allowed). Raises UnsafeURL.
    """
    if not isinstance(url, str) or not url.strip():
        raise UnsafeURL("the URL is empty", url=str(url))
    url = url.strip()
    if len(url) > 2000:
        raise UnsafeURL("the URL is longer than 2000 characters", url=url[:200])
    if any(ch in url for ch in "\x00\r\n\t "):
        raise UnsafeURL("the URL contains spaces or control characters", url=url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL(f"the URL is malformed: {exc}", url=url) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeURL(f"only http and https URLs are fetched, not {scheme or 'no'!r}", url=url)
    if parts.username is not None or parts.password is not None:
        raise UnsafeURL("URLs with credentials are refused", url=url)
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise UnsafeURL("the URL has no host", url=url)
    port = port or (443 if scheme == "https" else 80)
    if host not in {h.lower() for h in allowed_hosts}:
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            pass
        else:
            reason = address_refusal(host)
            if reason:
                raise UnsafeURL(f"refused {host}: {reason}", url=url)
    return scheme, host, port


def target_resolve(
    url: str, *, allowed_hosts: Iterable[str] = (), resolver: Resolver | None = None
) -> Target:
    """Check the URL and resolve its host once; every resolved address must be public.

    Raises UnsafeURL before any connection is attempted.
    """
    allowed = {h.lower() for h in allowed_hosts}
    scheme, host, port = url_check(url, allowed_hosts=allowed)
    try:
        addresses = list((resolver or _system_resolver)(host, port))
    except (OSError, UnicodeError) as exc:
        raise FetchConnectionError(f"cannot resolve {host}: {exc}", url=url) from None
    if not addresses:
        raise FetchConnectionError(f"cannot resolve {host}: no address", url=url)
    is_allowed = host in allowed
    if not is_allowed:
        for address in addresses:
            reason = address_refusal(address)
            if reason:
                raise UnsafeURL(f"refused {host}: {reason}", url=url)
    return Target(
        url=url.strip(),
        scheme=scheme,
        host=host,
        port=port,
        address=addresses[0],
        allowed_host=is_allowed,
    )


# --- pinned connections -------------------------------------------------------------------------


class _Watchdog:
    """One thread for every deadline of the process: starting a timer thread per fetch costs more
    than the fetch of a small local page. Restarted on demand (a forked worker has no threads)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[float, int, _Deadline]] = []
        self._thread: threading.Thread | None = None

    def add(self, deadline: _Deadline) -> None:
        with self._condition:
            heapq.heappush(self._heap, (deadline.expires, id(deadline), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="fetch-deadlines", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._condition.notify()

    def _run(self) -> None:
        with self._condition:
            while True:
                while self._heap and self._heap[0][2].finished:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._condition.wait()
                    continue
                delay = self._heap[0][0] - time.monotonic()
                if delay > 0:
                    self._condition.wait(delay)
                    continue
                heapq.heappop(self._heap)[2].expire()


_WATCHDOG = _Watchdog()


class _Deadline:
    """Closes the sockets of a fetch when its total time is up, wherever the reader is blocked."""

    def __init__(self, seconds: float) -> None:
        self.expires = time.monotonic() + max(seconds, 0.0)
        self.expired = False
        self.finished = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        _WATCHDOG.add(self)

    def remaining(self) -> float:
        return self.expires - time.monotonic()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                raise FetchTimeout("the total deadline passed")
            self._sockets.append(sock)

    def expire(self) -> None:
        with self._lock:
            if self.finished:
                return
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        with self._lock:
            self.finished = True
            self._sockets.clear()


class _PinnedMixin:
    """Connects to the address that was checked, never to a fresh DNS answer."""

    target: Target
    deadline: _Deadline
    timeout: Any
    socket_options: Any
    host: str

    def _new_conn(self) -> socket.socket:
        target = self.target
        family = socket.AF_INET6 if ":" in target.address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            for option in self.socket_options or ():
                sock.setsockopt(*option)
            if isinstance(self.timeout, int | float):
                sock.settimeout(self.timeout)
            self.deadline.watch(sock)
            sock.connect((target.address, target.port))
            peer = str(sock.getpeername()[0])
            if ipaddress.ip_address(peer.split("%", 1)[0]) != ipaddress.ip_address(
                target.address.split("%", 1)[0]
            ):
                raise UnsafeURL(
                    f"connected to {peer}, not the checked address {target.address}",
                    url=target.url,
                )
            if not target.allowed_host:
                reason = address_refusal(peer)
                if reason:
                    raise UnsafeURL(f"refused {target.host}: {reason}", url=target.url)
        except TimeoutError as exc:
            sock.close()
            raise ConnectTimeoutError(
                self, f"connection to {target.host} timed out ({self.timeout}s)"
            ) from exc
        except FetchError:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            raise NewConnectionError(
                cast(Any, self), f"cannot connect to {target.host}: {exc}"
            ) from exc
        return sock


class _PinnedHTTPConnection(_PinnedMixin, HTTPConnection):
    pass


class _PinnedHTTPSConnection(_PinnedMixin, HTTPSConnection):
    pass


def _pool(target: Target, deadline: _Deadline, settings: FetchSettings) -> Any:
    remaining = max(deadline.remaining(), 0.01)
    timeout = urllib3.Timeout(
        connect=min(settings.connect_timeout, remaining),
        read=min(settings.read_timeout, remaining),
    )
    attributes = {"target": target, "deadline": deadline}
    pool: Any
    if target.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            target.host,
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
        )
        pool.ConnectionCls = type("Pinned", (_PinnedHTTPSConnection,), attributes)
    else:
        pool = urllib3.HTTPConnectionPool(
            target.host, target.port, timeout=timeout, retries=False, maxsize=1
        )
        pool.ConnectionCls = type("Pinned", (_PinnedHTTPConnection,), attributes)
    return pool


# --- politeness and robots.txt ------------------------------------------------------------------


class _MemoryCache:
    """Fallback when Django is not configured (the client is usable as a plain library)."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[float, Any]] = {}

    def get(self, key: str, default: Any = None) -> Any:
        expires, value = self._data.get(key, (0.0, default))
        return value if expires > time.monotonic() else default

    def set(self, key: str, value: Any, timeout: float | None = None) -> None:
        self._data[key] = (time.monotonic() + (timeout or 300), value)


_FALLBACK_CACHE = _MemoryCache()


def _cache() -> Any:
    try:
        from django.conf import settings

        if settings.configured:
            from django.core.cache import cache

            return cache
    except ImportError:  # pragma: no cover - Django is a dependency of the project
        pass
    return _FALLBACK_CACHE


def _wait_for_host(target: Target, settings: FetchSettings, deadline: _Deadline) -> None:
    """Sleep until the host may be asked again; the cache holds its next allowed time."""
    if settings.host_delay <= 0:
        return
    cache = _cache()
    key = f"workbench:fetch:next:{target.host}:{target.port}"
    now = time.time()
    next_at = float(cache.get(key) or 0.0)
    wait = next_at - now
    if wait > deadline.remaining():
        raise FetchTimeout(
            f"{target.host} asks for {wait:.1f}s between requests: past the total deadline",
            url=target.url,
        )
    cache.set(key, max(now, next_at) + settings.host_delay, timeout=settings.host_delay + 60)
    if wait > 0:
        time.sleep(wait)


_UNREACHABLE = "\x00unreachable\x00"


def _robots_text(target: Target, settings: FetchSettings, resolver: Resolver | None) -> str:
    """The origin's robots.txt ("" when it has none); cached, failures included.

    RFC 9309: a 4xx robots.txt means there are no rules. An unreachable one (5xx, timeout,
    connection error) means nothing may be fetched for now: that is raised as a transient error,
    so a job tries again later instead of failing for good.
    """
    cache = _cache()
    key = f"workbench:fetch:robots:{target.origin}"
    cached = cache.get(key)
    if cached is None:
        ttl = settings.robots_ttl
        try:
            response = fetch(
                target.origin + "/robots.txt",
                accept=None,
                settings=replace(
                    settings,
                    respect_robots=False,
                    max_bytes=min(settings.max_bytes, 500_000),
                    max_redirects=3,
                ),
                resolver=resolver,
            )
            cached = response.text()
        except HTTPStatusError as exc:
            if exc.status is not None and exc.status < 500:
                cached = ""
            else:
                cached, ttl = f"{_UNREACHABLE}{exc}", 60
        except (FetchTimeout, FetchConnectionError) as exc:
            cached, ttl = f"{_UNREACHABLE}{exc}", 60
        except FetchError:
            # Refused, too large, a redirect loop: no usable rules, so none apply.
            cached = ""
        cache.set(key, cached, timeout=ttl)
    text = str(cached)
    if text.startswith(_UNREACHABLE):
        raise FetchConnectionError(
            f"robots.txt of {target.origin} is unreachable ({text[len(_UNREACHABLE) :]}): "
            "not fetching for now",
            url=target.url,
        )
    return text


def robots_allowed(
    target: Target, settings: FetchSettings, resolver: Resolver | None = None
) -> bool:
    parser = RobotFileParser()
    parser.parse(_robots_text(target, settings, resolver).splitlines())
    agent = settings.user_agent.split("/", 1)[0]
    return parser.can_fetch(agent, target.url)


# --- responses ----------------------------------------------------------------------------------


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))

    def text(self) -> str:
        return decode_body(self.content, self.headers.get("content-type", ""))


def media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _header_charset(header: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", header or "", re.IGNORECASE)
    return match.group(1) if match else None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE | re.DOTALL
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
# What browsers do (WHATWG Encoding): these labels mean windows-1252, which has the typographic
# apostrophe and "œ" that pages labelled ISO-8859-1 routinely contain.
_AS_WINDOWS_1252 = {"iso8859-1", "latin-1", "ascii", "us-ascii", "iso-8859-1", "latin1"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 or label.lower() in _AS_WINDOWS_1252 else name


_LATIN_SINGLE_BYTE = {
    "cp1250",
    "cp1252",
    "cp1257",
    "iso8859_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "latin_1",
    "mac_roman",
    "mac_latin2",
}


def decode_body(content: bytes, content_type: str = "") -> str:
    """Decode a page: BOM, then the header's charset, then <meta>/<?xml?>, then UTF-8, then a guess.

    A declared charset that cannot decode the bytes is passed over rather than trusted.
    """
    if not content:
        return ""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(name, errors="replace")
    head = content[:4096]
    candidates: list[str | None] = [_codec(_header_charset(content_type))]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            candidates.append(_codec(match.group(1).decode("ascii", "ignore")))
    candidates.append("utf-8")
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return content.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(content[:200_000]).best()
    if best is not None and best.encoding and best.encoding not in _LATIN_SINGLE_BYTE:
        return content.decode(best.encoding, errors="replace")
    # Among the single-byte Latin code pages the detector cannot tell apart on short French or
    # English text, windows-1252 is the one those pages use.
    return content.decode("cp1252", errors="replace")


# --- the client ---------------------------------------------------------------------------------

_REDIRECTS = (301, 302, 303, 307, 308)


def fetch(
    url: str,
    *,
    accept: Sequence[str] | None = HTML_TYPES,
    headers: dict[str, str] | None = None,
    settings: FetchSettings | None = None,
    resolver: Resolver | None = None,
) -> FetchResult:
    """GET a URL safely (see the module docstring); raises a FetchError subclass.

    ``accept`` lists the media types taken (None takes any); a 304 answer to conditional
    ``headers`` is returned as a result with ``not_modified`` set and an empty body.
    """
    settings = settings or FetchSettings.from_django()
    deadline = _Deadline(settings.total_timeout)
    redirects: list[str] = []
    current = url.strip() if isinstance(url, str) else url
    try:
        for _hop in range(settings.max_redirects + 1):
            target = target_resolve(
                current, allowed_hosts=settings.allowed_hosts, resolver=resolver
            )
            if settings.respect_robots and not robots_allowed(target, settings, resolver):
                raise RobotsDisallowed(
                    f"robots.txt of {target.origin} disallows {target.url}", url=target.url
                )
            _wait_for_host(target, settings, deadline)
            status, response_headers, body = _get(target, headers or {}, accept, settings, deadline)
            if status in _REDIRECTS:
                location = response_headers.get("location", "").strip()
                if not location:
                    raise TooManyRedirects(
                        f"redirect {status} without a Location header", url=current, status=status
                    )
                redirects.append(current)
                current = urljoin(current, location)
                continue
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                headers=response_headers,
                content=body,
                redirects=redirects,
            )
        raise TooManyRedirects(
            f"more than {settings.max_redirects} redirects (last: {current})", url=url
        )
    finally:
        deadline.cancel()


def _get(
    target: Target,
    extra_headers: dict[str, str],
    accept: Sequence[str] | None,
    settings: FetchSettings,
    deadline: _Deadline,
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(target.url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request_headers = {
        "User-Agent": settings.user_agent,
        "Accept": ", ".join(accept) + ", */*;q=0.1" if accept else "*/*",
        "Accept-Encoding": "gzip, deflate",
        **extra_headers,
    }
    pool = _pool(target, deadline, settings)
    response = None
    try:
        response = pool.urlopen(
            "GET",
            path,
            headers=request_headers,
            redirect=False,
            retries=False,
            preload_content=False,
            assert_same_host=False,
        )
        status = response.status
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status in _REDIRECTS or status == 304:
            return status, headers, b""
        if status >= 400:
            raise HTTPStatusError(
                f"the server answered {status} {response.reason or ''}".strip(),
                url=target.url,
                status=status,
                headers=headers,
            )
        kind = media_type(headers.get("content-type", ""))
        if accept is not None and kind and kind not in accept:
            raise BadContentType(
                f"content type {kind} is not one of {', '.join(accept)}",
                url=target.url,
                status=status,
            )
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > settings.max_bytes:
            raise ResponseTooLarge(
                f"the response is {int(length)} bytes, over the limit of {settings.max_bytes}",
                url=target.url,
                status=status,
            )
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = response.read1(65536)
            if not chunk:
                break
            size += len(chunk)
            if size > settings.max_bytes:
                raise ResponseTooLarge(
                    f"the response is over the limit of {settings.max_bytes} bytes",
                    url=target.url,
                    status=status,
                )
            chunks.append(chunk)
            if deadline.expired:
                break
        if deadline.expired:
            raise FetchTimeout(
                f"the total deadline of {settings.total_timeout:g}s passed", url=target.url
            )
        return status, headers, b"".join(chunks)
    except FetchError:
        raise
    except (ConnectTimeoutError, ReadTimeoutError, TimeoutError) as exc:
        if deadline.expired:
            raise FetchTimeout(
                f"the total deadline of {settings.total_timeout:g}s passed", url=target.url
            ) from exc
        raise FetchTimeout(f"{target.host} timed out: {_cause(exc)}", url=target.url) from exc
    except (HTTPError, OSError) as exc:
        if deadline.expired:
            raise FetchTimeout(
                f"the total deadline of {settings.total_timeout:g}s passed", url=target.url
            ) from exc
        cause = _cause(exc)
        if isinstance(cause, FetchError):
            raise cause from exc
        if "timed out" in str(cause).lower():
            raise FetchTimeout(f"{target.host} timed out: {cause}", url=target.url) from exc
        raise FetchConnectionError(
            f"connection to {target.host} failed: {cause}", url=target.url
        ) from exc
    finally:
        if response is not None:
            response.release_conn()
            response.close()
        pool.close()


def _cause(exc: BaseException) -> BaseException:
    """The innermost meaningful error (urllib3 wraps the socket's)."""
    seen = exc
    while True:
        reason = getattr(seen, "reason", None)
        if isinstance(reason, BaseException) and reason is not seen:
            seen = reason
            continue
        return seen


__all__ = [
    "FEED_TYPES",
    "HTML_TYPES",
    "BadContentType",
    "FetchConnectionError",
    "FetchError",
    "FetchResult",
    "FetchSettings",
    "FetchTimeout",
    "HTTPStatusError",
    "ResponseTooLarge",
    "RobotsDisallowed",
    "Target",
    "TooManyRedirects",
    "UnsafeURL",
    "address_refusal",
    "decode_body",
    "fetch",
    "robots_allowed",
    "target_resolve",
    "url_check",
]
