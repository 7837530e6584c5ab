"""What the safe client costs: ``python bench/ingest_bench.py [--rounds 200]``.

In one process, against a local HTTP server on 127.0.0.1 (a thread) serving the recorded French
article of tests/ingestion/pages/, measures per page:
- ``plain``: a bare ``urllib.request.urlopen`` GET + read (no checks): the baseline;
- ``safe``: ``sources.fetch.fetch`` + ``decode_body`` (resolution and address check, pinned
  connection, robots.txt from the cache, content type, size counting, deadline timer);
- ``extract``: ``workbench.nlp.html_to_text`` on the page (what every fetched page costs next);
- ``feed``: ``sources.feeds.feed_parse`` of the demo feed (defusedxml check + feedparser).
Prints one JSON object with the medians in milliseconds and the ratios safe/plain and
safe/extract. No database is touched; no traffic leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings.test")

import django  # noqa: E402

django.setup()

from sources.feeds import feed_parse  # noqa: E402
from sources.fetch import FetchSettings, fetch  # noqa: E402
from workbench.nlp import html_to_text  # noqa: E402

PAGE = (ROOT / "tests" / "ingestion" / "pages" / "article_fr.html").read_bytes()
FEED = (ROOT / "seeds" / "demo_feed.xml").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nDisallow: /private/\n", "text/plain"
        else:
            body, kind = PAGE, "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _median_ms(rounds: int, work: Callable[[], object]) -> float:
    work()  # warm up (imports, robots.txt into the cache)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article.html"
    settings = FetchSettings.from_django(allowed_hosts=frozenset({"127.0.0.1"}), host_delay=0.0)

    def plain() -> str:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")

    def safe() -> str:
        return fetch(url, settings=settings).text()

    try:
        figures = {
            "rounds": args.rounds,
            "plain_ms": _median_ms(args.rounds, plain),
            "safe_ms": _median_ms(args.rounds, safe),
            "extract_ms": _median_ms(args.rounds, lambda: html_to_text(PAGE.decode("utf-8"))),
            "feed_parse_ms": _median_ms(args.rounds, lambda: feed_parse(FEED)),
        }
    finally:
        server.shutdown()
    figures["safe_over_plain"] = figures["safe_ms"] / figures["plain_ms"]
    figures["safe_over_extract"] = figures["safe_ms"] / figures["extract_ms"]
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}))


if __name__ == "__main__":
    main()
