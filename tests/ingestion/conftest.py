"""A local web site on 127.0.0.1 serving recorded pages and feeds, and a record of socket connects.

The site runs in a thread of the test process for the whole session; each test starts from the
recorded routes (`site` fixture) and may add or change routes of its own. Nothing here, and no
test, sends traffic anywhere but 127.0.0.1.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

PAGES = Path(__file__).resolve().parent / "pages"
_GZIP_BOMB = gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)
    trickle: float = 0.0  # seconds between single bytes of the body (a server that drips)
    length: bool = True  # send Content-Length (False: the body ends when the connection closes)
    etag: bool = False  # answer If-None-Match with 304


def _recorded() -> dict[str, Route]:
    def page(name: str, content_type: str = "text/html; charset=utf-8", **kw: Any) -> Route:
        return Route(body=(PAGES / name).read_bytes(), content_type=content_type, **kw)

    xml = "application/rss+xml"
    return {
        "/robots.txt": page("robots.txt", "text/plain"),
        "/articles/qaim-fr.html": page("article_fr.html"),
        "/articles/sahhaf-en.html": page("article_en.html"),
        "/articles/broken.html": page("broken.html"),
        "/articles/empty.html": page("empty.html"),
        # windows-1252 bytes labelled ISO-8859-1 in the header, as many old servers do
        "/articles/cp1252.html": page("cp1252.html", "text/html; charset=ISO-8859-1"),
        # ISO-8859-1 declared only in <meta>, no charset in the header
        "/articles/latin1-meta.html": page("latin1_meta.html", "text/html"),
        "/private/secret.html": page("article_fr.html"),
        "/image.png": Route(body=b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png"),
        "/big.html": Route(body=b"<p>" + b"x" * (10 * 1024 * 1024) + b"</p>"),
        "/big-stream.html": Route(body=b"<p>" + b"x" * (10 * 1024 * 1024) + b"</p>", length=False),
        "/slow.html": Route(body=(PAGES / "article_fr.html").read_bytes(), delay=3.0),
        "/drip.html": Route(body=b"<p>" + b"y" * 200 + b"</p>", trickle=0.05),
        # 100 MB of zeros in about 100 kB of gzip
        "/gzip-bomb.html": Route(body=_GZIP_BOMB, headers={"Content-Encoding": "gzip"}),
        "/feeds/a.xml": page("feed_a.xml", xml, etag=True),
        "/feeds/b.xml": page("feed_b.xml", xml, etag=True),
        "/feeds/content.xml": page("feed_content.xml", xml, etag=True),
        "/feeds/atom.xml": page("atom.xml", "application/atom+xml", etag=True),
        "/feeds/bomb.xml": page("bomb.xml", xml),
        "/feeds/xxe.xml": page("xxe.xml", xml),
        "/feeds/sources.xml": page("feed_sources.xml", xml, etag=True),
        "/feeds/not-a-feed.xml": Route(body=b"<html><body>hello</body></html>", content_type=xml),
    }


class Site:
    """The routes the server answers, the requests it saw, and how to reach it."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.reset()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def reset(self) -> None:
        with self.lock:
            self.routes = _recorded()
            for route in self.routes.values():
                route.body = route.body.replace(
                    b"127.0.0.1:PORT", f"127.0.0.1:{self.port}".encode()
                )
            # The demo feed and pages of seeds/, pointed at this server instead of port 8001.
            for path in [
                "/demo_feed.xml",
                *(f"/pages/{p.name}" for p in (SEEDS / "pages").iterdir()),
            ]:
                body = (SEEDS / path.lstrip("/")).read_bytes()
                body = body.replace(b"127.0.0.1:8001", f"127.0.0.1:{self.port}".encode())
                kind = (
                    "application/rss+xml" if path.endswith(".xml") else "text/html; charset=utf-8"
                )
                self.routes[path] = Route(body=body, content_type=kind, etag=True)
            self.requests = []

    def set(self, path: str, route: Route) -> None:
        with self.lock:
            self.routes[path] = route

    def seen(self, path: str) -> list[dict[str, str]]:
        """The headers of every request the server received for this path."""
        with self.lock:
            return [headers for p, headers in self.requests if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(path)
            if path == "/redirect":
                target = self.path.split("to=", 1)[1] if "to=" in self.path else "/"
                from urllib.parse import unquote

                self.send_response(302)
                self.send_header("Location", unquote(target))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            if route.etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                if route.trickle:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.trickle)
                else:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture(scope="session")
def _site() -> Iterator[Site]:
    site = Site()
    yield site
    site.server.shutdown()
    site.server.server_close()


@pytest.fixture
def site(_site: Site) -> Iterator[Site]:
    _site.reset()
    yield _site
    _site.reset()


@pytest.fixture(autouse=True)
def fetch_settings(settings: Any) -> Any:
    """127.0.0.1 allowed, no politeness delay, short timeouts; robots.txt re-read every test."""
    settings.WORKBENCH_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.WORKBENCH_FETCH_HOST_DELAY = 0.0
    settings.WORKBENCH_FETCH_CONNECT_TIMEOUT = 2.0
    settings.WORKBENCH_FETCH_READ_TIMEOUT = 1.0
    settings.WORKBENCH_FETCH_TOTAL_TIMEOUT = 5.0
    settings.WORKBENCH_FETCH_MAX_BYTES = 2_000_000
    cache.clear()
    yield settings
    cache.clear()


# --- socket connects, observed with an audit hook (sys.audit "socket.connect") ---------------

_CONNECTS: list[Any] = []
_RECORDING = threading.Event()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect" and _RECORDING.is_set():
        _CONNECTS.append(args[1])


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one records only when asked


@pytest.fixture
def socket_connects() -> Iterator[Callable[[], list[Any]]]:
    """Start recording every socket connect of this process; call the fixture value to read them."""
    _CONNECTS.clear()
    _RECORDING.set()
    yield lambda: list(_CONNECTS)
    _RECORDING.clear()
    _CONNECTS.clear()
