"""Prior fact-checks: connectors against a real local HTTP server serving recorded responses."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from claims.models import Claim, CorroborationRun, Evidence, Quote
from claims.services.corroboration import claim_corroborate, quote_corroborate
from sources.factchecks import FACTCHECKS_VERSION, factchecks_search
from sources.models import Source
from sources.services import source_upsert
from tests.conftest import wait_for
from tests.factories import ClaimFactory, QuoteFactory, SpeakerFactory

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "factchecks"
KEY = "sekret-KEY-4242"
CLAIM = "Les drones US ont tué 25 combattants du Hachd près de Qaëm."
API_PATH = "/v1alpha1/claims:search"


def _body(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class Server:
    """Serves scripted replies (the last one repeats, or one per pageToken) and logs requests."""

    def __init__(self) -> None:
        self.replies: list[Reply] = [Reply()]
        self.pages: dict[str, Reply] = {}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                with server.lock:
                    server.requests.append(
                        {"time": time.monotonic(), "path": urlsplit(self.path).path,
                         "query": query, "headers": dict(self.headers)}
                    )  # fmt: skip
                    if server.pages:
                        reply = server.pages[query.get("pageToken", "")]
                    else:
                        reply = server.replies[0]
                        if len(server.replies) > 1:
                            server.replies.pop(0)
                time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json; charset=UTF-8")
                    self.send_header("Content-Length", str(len(reply.body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def google(settings: Any, server: Server) -> Server:
    """The Google connector pointed at the local server, with fast retries and no spacing."""
    settings.WORKBENCH_FACTCHECK_GOOGLE_KEY = KEY
    settings.WORKBENCH_FACTCHECK_GOOGLE_URL = server.url + API_PATH
    settings.WORKBENCH_FACTCHECK_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.WORKBENCH_FACTCHECK_MIN_INTERVAL = 0.0
    settings.WORKBENCH_FACTCHECK_BACKOFF = 0.01
    settings.WORKBENCH_FACTCHECK_MAX_ATTEMPTS = 3
    settings.WORKBENCH_FACTCHECK_READ_TIMEOUT = 2.0
    settings.WORKBENCH_FACTCHECK_TOTAL_TIMEOUT = 5.0
    return server


def _corroborate(text: str = CLAIM) -> tuple[Claim, CorroborationRun]:
    claim = ClaimFactory.create(text=text)
    claim_corroborate(claim_id=claim.pk)
    claim.refresh_from_db()
    return claim, CorroborationRun.objects.filter(claim=claim).latest("id")


def _factcheck_evidence(claim: Claim) -> list[tuple[str, str, str, str]]:
    rows = Evidence.objects.filter(claim=claim, source__kind="factcheck").select_related("source")
    return sorted(
        (e.source.url, e.signals["fact_check"]["rating"], e.passage, e.stance) for e in rows
    )


pytestmark = pytest.mark.django_db


def test_off_when_not_configured_makes_no_request(server: Server, corpus: dict[str, int]) -> None:
    claim, run = _corroborate()
    quote, quote_run = _corroborate_quote()
    assert server.requests == []
    assert run.settings["prior_factchecks"] == {"version": FACTCHECKS_VERSION, "connectors": []}
    assert quote_run.settings["prior_factchecks"] == run.settings["prior_factchecks"]
    assert (claim.corroboration_state, quote.corroboration_state) == ("done", "done")
    assert not Source.objects.filter(kind="factcheck").exists()
    assert Evidence.objects.filter(claim=claim, source_id=corpus["fr-qaem-strikes"]).exists()


def test_happy_path_stores_source_and_evidence_with_rating(
    google: Server, admin_client: Any
) -> None:
    google.replies = [Reply(body=_body("google_page1.json"))]
    claim, run = _corroborate()
    (request,) = google.requests
    assert request["path"] == API_PATH
    assert request["query"] == {"query": CLAIM, "languageCode": "fr", "pageSize": "10", "key": KEY}
    source = Source.objects.get(url="https://factuel.afp.com/frappes-qaem-bilan")
    assert (source.kind, source.publisher, source.title, source.language) == (
        "factcheck",
        "AFP Factuel",
        "Frappes près de Qaëm : le bilan est de 27 morts, pas 25",
        "fr",
    )
    assert source.published_at is not None and source.published_at.isoformat() == (
        "2020-01-03T10:00:00+00:00"
    )
    evidence = Evidence.objects.get(claim=claim, source=source)
    assert evidence.passage == (
        "Claim: Des drones américains ont tué 25 combattants du Hachd près de Qaëm.\n"
        "Claimant: Publication Facebook (2019-12-30T00:00:00Z)\n"
        "Rating: Faux\n"
        "Fact-check: Frappes près de Qaëm : le bilan est de 27 morts, pas 25 — AFP Factuel — "
        "2020-01-03T10:00:00Z"
    )
    fact_check = evidence.signals["fact_check"]
    assert (fact_check["rating"], fact_check["publisher"], fact_check["reviewed"]) == (
        "Faux",
        "AFP Factuel",
        "2020-01-03T10:00:00Z",
    )
    # the checked claim is ours reworded, and rated false
    assert evidence.stance == "contradicts" and evidence.run_id == run.pk
    assert 0.5 < evidence.score <= 1.0
    assert [e[1] for e in _factcheck_evidence(claim)] == ["Faux", "Trompeur"]
    (entry,) = run.settings["prior_factchecks"]["connectors"]
    assert (entry["name"], entry["requests"], entry["results"], entry["stored"]) == (
        "google",
        1,
        2,
        2,
    )
    assert entry["error"] is None
    assert entry["settings"]["url"] == google.url + API_PATH
    page = admin_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "https://factuel.afp.com/frappes-qaem-bilan" in page and "Faux" in page


def test_pagination_stops_at_max_results(google: Server, settings: Any) -> None:
    settings.WORKBENCH_FACTCHECK_PAGE_SIZE = 2
    settings.WORKBENCH_FACTCHECK_MAX_RESULTS = 3
    google.pages = {
        "": Reply(body=_body("google_page1.json")),
        "CAI": Reply(body=_body("google_page2.json")),
        "CAQ": Reply(body=_body("google_page3.json")),
    }
    report = factchecks_search(text=CLAIM, language="fr")
    assert [r["query"].get("pageToken") for r in google.requests] == [None, "CAI"]
    assert [r["query"]["pageSize"] for r in google.requests] == ["2", "2"]
    assert [h.url for h in report.hits] == [
        "https://factuel.afp.com/frappes-qaem-bilan",
        "https://www.lemonde.fr/les-decodeurs/qaem-civils",
        "https://observers.france24.com/fr/qaem-remise-base",
    ]
    assert report.record["connectors"][0]["results"] == 3


def test_429_then_success_honours_retry_after(google: Server) -> None:
    google.replies = [
        Reply(status=429, headers={"Retry-After": "1"}),
        Reply(body=_body("google_page1.json")),
    ]
    claim, run = _corroborate()
    assert len(google.requests) == 2
    assert google.requests[1]["time"] - google.requests[0]["time"] >= 1.0
    assert [e[1] for e in _factcheck_evidence(claim)] == ["Faux", "Trompeur"]
    entry = run.settings["prior_factchecks"]["connectors"][0]
    assert (entry["requests"], entry["error"]) == (2, None)


def test_500_forever_is_bounded_and_recorded(google: Server, corpus: dict[str, int]) -> None:
    google.replies = [Reply(status=500, body=b'{"error": {"code": 500}}')]
    claim, run = _corroborate()
    assert len(google.requests) == 3
    entry = run.settings["prior_factchecks"]["connectors"][0]
    assert (
        entry["error"] == "google: the server answered 500 Internal Server Error (after 3 attempts)"
    )
    assert (entry["requests"], entry["results"], entry["stored"]) == (3, 0, 0)
    assert claim.corroboration_state == "done"
    assert Evidence.objects.filter(claim=claim, source_id=corpus["fr-qaem-strikes"]).exists()


def test_timeout_is_retried_then_recorded(google: Server, settings: Any) -> None:
    settings.WORKBENCH_FACTCHECK_READ_TIMEOUT = 0.3
    settings.WORKBENCH_FACTCHECK_MAX_ATTEMPTS = 2
    google.replies = [Reply(body=_body("google_page1.json"), delay=1.5)]
    started = time.monotonic()
    claim, run = _corroborate()
    assert time.monotonic() - started < 3.0
    assert len(google.requests) == 2
    error = run.settings["prior_factchecks"]["connectors"][0]["error"]
    assert error.startswith("google: 127.0.0.1 timed out") and error.endswith("(after 2 attempts)")
    assert claim.corroboration_state == "done"
    assert _factcheck_evidence(claim) == []


def test_malformed_json_is_final_and_recorded(google: Server) -> None:
    google.replies = [Reply(body=_body("malformed.json"))]
    claim, run = _corroborate()
    assert len(google.requests) == 1
    error = run.settings["prior_factchecks"]["connectors"][0]["error"]
    assert error.startswith("google: malformed JSON response (")
    assert claim.corroboration_state == "done"


def test_private_endpoint_refused_unless_allowed(google: Server, settings: Any) -> None:
    settings.WORKBENCH_FACTCHECK_ALLOWED_HOSTS = []
    report = factchecks_search(text=CLAIM, language="fr")
    assert google.requests == []
    assert report.record["connectors"][0]["error"] == (
        "google: refused 127.0.0.1: 127.0.0.1 is a loopback address"
    )


def test_rerun_gives_the_same_evidence_without_duplicates(google: Server) -> None:
    page = json.loads(_body("google_page1.json"))
    page["claims"].append(page["claims"][0])  # the same fact-check twice in one answer
    page.pop("nextPageToken")
    google.replies = [Reply(body=json.dumps(page).encode())]
    claim, _run = _corroborate()
    first = _factcheck_evidence(claim)
    ids = sorted(Evidence.objects.filter(claim=claim).values_list("id", flat=True))
    assert len(first) == 2
    Claim.objects.filter(pk=claim.pk).update(corroboration_state="pending")
    claim_corroborate(claim_id=claim.pk)
    assert _factcheck_evidence(claim) == first
    assert sorted(Evidence.objects.filter(claim=claim).values_list("id", flat=True)) == ids
    assert Source.objects.filter(kind="factcheck").count() == 2
    assert CorroborationRun.objects.filter(claim=claim).count() == 2


def test_key_is_sent_but_never_stored_or_logged(
    google: Server, caplog: pytest.LogCaptureFixture
) -> None:
    google.replies = [Reply(body=_body("google_page3.json")), Reply(status=503)]
    claim, first = _corroborate()
    Claim.objects.filter(pk=claim.pk).update(corroboration_state="pending")
    claim_corroborate(claim_id=claim.pk)
    assert {r["query"]["key"] for r in google.requests} == {KEY}
    second = CorroborationRun.objects.filter(claim=claim).latest("id")
    assert second.settings["prior_factchecks"]["connectors"][0]["error"] is not None
    stored = json.dumps(
        [[r.settings, r.versions] for r in (first, second)]
        + [list(Evidence.objects.values()), list(Source.objects.values())],
        default=str,
    )
    assert KEY not in stored and KEY not in caplog.text


def test_json_connector_reads_configured_paths(settings: Any, server: Server) -> None:
    settings.WORKBENCH_FACTCHECK_JSON_URL = server.url + "/search?q={query}&lang={lang}"
    settings.WORKBENCH_FACTCHECK_JSON_NAME = "verif"
    settings.WORKBENCH_FACTCHECK_JSON_KEY_HEADER = "X-Api-Key"
    settings.WORKBENCH_FACTCHECK_JSON_KEY = KEY
    settings.WORKBENCH_FACTCHECK_JSON_RESULTS = "data.items"
    settings.WORKBENCH_FACTCHECK_JSON_FIELDS = {
        "url": "link", "title": "headline", "text": "claim.text",
        "publisher": "site.name", "date": "published", "rating": "verdict",
        "rating_value": "score.value", "best_rating": "score.max", "worst_rating": "score.min",
    }  # fmt: skip
    settings.WORKBENCH_FACTCHECK_ALLOWED_HOSTS = ["127.0.0.1"]
    server.replies = [Reply(body=_body("json_search.json"))]
    claim, run = _corroborate()
    (request,) = server.requests
    assert request["query"] == {"q": CLAIM, "lang": "fr"}
    assert request["headers"]["X-Api-Key"] == KEY
    (evidence,) = Evidence.objects.filter(claim=claim, source__kind="factcheck")
    assert evidence.source.url == "https://verif.example.org/qaem-bilan"
    assert evidence.signals["fact_check"]["rating"] == "Inexact"
    assert [evidence.signals["fact_check"][k] for k in ("rating_value", "best_rating")] == [
        "2",
        "5",
    ]
    assert evidence.signals["fact_check"]["verdict_basis"] == {
        "verdict": "disputed",
        "basis": "words",
        "matched": ["inexact"],
    }
    assert (evidence.stance, claim.suggested_status) == ("contradicts", "disputed")
    assert evidence.signals["fact_check"]["publisher"] == "Vérif Exemple"
    (entry,) = run.settings["prior_factchecks"]["connectors"]
    assert (entry["name"], entry["results"], entry["settings"]["key_header"]) == (
        "verif",
        1,
        "X-Api-Key",
    )
    assert KEY not in json.dumps(run.settings)


@pytest.mark.django_db(transaction=True)
def test_rate_limit_spacing_is_shared_across_processes(
    google: Server, settings: Any, worker_env: dict[str, str]
) -> None:
    interval = 0.4
    settings.WORKBENCH_FACTCHECK_MIN_INTERVAL = interval
    google.replies = [Reply(body=b"{}")]
    env = {
        **worker_env,
        "WORKBENCH_FACTCHECK_GOOGLE_KEY": KEY,
        "WORKBENCH_FACTCHECK_GOOGLE_URL": google.url + API_PATH,
        "WORKBENCH_FACTCHECK_ALLOWED_HOSTS": "127.0.0.1",
        "WORKBENCH_FACTCHECK_MIN_INTERVAL": str(interval),
    }
    script = (
        "import django; django.setup()\n"
        "from sources.factchecks import factchecks_search\n"
        "for _ in range(4): factchecks_search(text='other process', language='fr')\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script], env=env, cwd=Path(__file__).resolve().parents[2]
    )
    try:
        wait_for(lambda: len(google.requests) >= 1, timeout=60)
        for _ in range(3):
            factchecks_search(text="this process", language="fr")
        assert other.wait(timeout=60) == 0
    finally:
        if other.poll() is None:
            other.kill()
    times = [r["time"] for r in google.requests]
    assert {r["query"]["query"] for r in google.requests} == {"other process", "this process"}
    assert len(times) == 7
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= interval - 0.05, gaps


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_corroboration_job_in_a_real_worker_records_prior_factchecks(
    server: Server, start_worker: Any
) -> None:
    from claims.tasks import corroborate_claim

    server.replies = [Reply(body=_body("google_page1.json"))]
    worker = start_worker(
        WORKBENCH_FACTCHECK_GOOGLE_KEY=KEY,
        WORKBENCH_FACTCHECK_GOOGLE_URL=server.url + API_PATH,
        WORKBENCH_FACTCHECK_ALLOWED_HOSTS="127.0.0.1",
    )
    try:
        claim = ClaimFactory.create(text=CLAIM)
        corroborate_claim.delay(claim.pk)
        wait_for(lambda: Claim.objects.get(pk=claim.pk).corroboration_state == "done", 120)
    finally:
        worker.stop()
    assert [e[:2] for e in _factcheck_evidence(claim)] == [
        ("https://factuel.afp.com/frappes-qaem-bilan", "Faux"),
        ("https://www.lemonde.fr/les-decodeurs/qaem-civils", "Trompeur"),
    ]
    run = CorroborationRun.objects.get(claim=claim)
    (entry,) = run.settings["prior_factchecks"]["connectors"]
    assert (entry["name"], entry["requests"], entry["stored"], entry["error"]) == (
        "google",
        1,
        2,
        None,
    )
    assert server.requests[0]["query"]["key"] == KEY


def test_factcheck_of_another_claim_is_kept_as_source_not_shown(google: Server) -> None:
    google.replies = [Reply(body=_body("google_page3.json"))]
    claim, run = _corroborate()
    source = Source.objects.get(url="https://www.liberation.fr/checknews/parker-irak")
    assert source.kind == "factcheck"
    assert _factcheck_evidence(claim) == []
    assert run.settings["prior_factchecks"]["connectors"][0]["stored"] == 1


# --- the rating's verdict moves the suggestion (same claim only); quotes are shown only ---

SAME_CLAIM = "Des drones américains ont tué 25 combattants du Hachd près de Qaëm."
REVIEW_URL = "https://factuel.afp.com/verification"
QUOTE = "Nous n'avons jamais eu d'armes de destruction massive"
SPEAKER = "Mohammed Saïd al-Sahhaf"


def _answer(checked: str, rating: str, **review: Any) -> Reply:
    """A Google answer with one review of ``checked`` (fields as the API documents them)."""
    body = {
        "claims": [
            {
                "text": checked,
                "claimant": "Publication Facebook",
                "claimReview": [
                    {
                        "publisher": {"name": "AFP Factuel", "site": "factuel.afp.com"},
                        "url": REVIEW_URL,
                        "title": "Vérification",
                        "reviewDate": "2020-01-03T10:00:00Z",
                        "textualRating": rating,
                        "languageCode": "fr",
                        **review,
                    }
                ],
            }
        ]
    }
    return Reply(body=json.dumps(body).encode())


def _review_evidence(claim: Claim | Quote) -> Evidence:
    return Evidence.objects.get(
        **{"claim" if isinstance(claim, Claim) else "quote": claim}, source__url=REVIEW_URL
    )


def _corroborate_quote(text: str = QUOTE) -> tuple[Quote, CorroborationRun]:
    quote = QuoteFactory.create(text=text, speaker=SpeakerFactory.create(name=SPEAKER))
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    return quote, CorroborationRun.objects.filter(quote=quote).latest("id")


def test_false_rating_of_the_same_claim_suggests_false_and_says_why(google: Server) -> None:
    google.replies = [Reply(body=_body("google_page1.json"))]
    claim, _run = _corroborate()
    assert claim.suggested_status == "false"
    faux = Evidence.objects.get(
        claim=claim, source__url="https://factuel.afp.com/frappes-qaem-bilan"
    )
    fact_check = faux.signals["fact_check"]
    assert (faux.stance, fact_check["rating"], fact_check["verdict"]) == (
        "contradicts",
        "Faux",
        "false",
    )
    assert fact_check["verdict_basis"] == {
        "verdict": "false",
        "basis": "words",
        "matched": ["faux"],
    }
    assert fact_check["same_claim"] is True
    assert fact_check["applies"] == "same claim: similarity 0.88 with the checked claim"
    assert faux.signals["suggestion"] == (
        "false: prior fact-check of the same claim by AFP Factuel rated “Faux” (false)"
    )
    # the other fact-check is about another claim on the same strike: shown, no side taken
    other = Evidence.objects.get(claim=claim, source__url__contains="qaem-civils")
    assert (other.stance, other.signals["fact_check"]["verdict"]) == ("unclear", "disputed")
    assert other.signals["fact_check"]["same_claim"] is False
    assert other.signals["fact_check"]["applies"] == (
        "another claim: similarity 0.62 < 0.75 with the checked claim"
    )
    assert "suggestion" not in other.signals


@pytest.mark.parametrize(
    ("rating", "verdict", "stance", "suggested"),
    [
        ("Trompeur", "disputed", "contradicts", "disputed"),
        ("Plutôt faux", "disputed", "contradicts", "disputed"),
        ("Infondé", "disputed", "contradicts", "disputed"),
        ("Vrai", "true", "supports", "corroborated"),
        ("Exact", "true", "supports", "corroborated"),
        ("Mostly false", "disputed", "contradicts", "disputed"),
        ("Pants on Fire!", "false", "contradicts", "false"),
        ("Mostly true", "true", "supports", "corroborated"),
        ("Half true", "unclear", "unclear", ""),
        ("Vrai, mais trompeur", "unclear", "unclear", ""),
        ("Note du rédacteur", "unknown", "unclear", ""),
    ],
)
def test_rating_of_the_same_claim_moves_the_suggestion(
    google: Server, rating: str, verdict: str, stance: str, suggested: str
) -> None:
    google.replies = [_answer(SAME_CLAIM, rating)]
    claim, _run = _corroborate()
    evidence = _review_evidence(claim)
    fact_check = evidence.signals["fact_check"]
    assert (fact_check["rating"], fact_check["verdict"], evidence.stance) == (
        rating,
        verdict,
        stance,
    )
    assert claim.suggested_status == suggested
    if suggested:
        assert evidence.signals["suggestion"] == (
            f"{suggested}: prior fact-check of the same claim by AFP Factuel rated “{rating}” "
            f"({verdict})"
        )
    else:
        assert "suggestion" not in evidence.signals


@pytest.mark.parametrize(
    ("rating", "scale", "verdict", "basis", "suggested"),
    [
        ("Note 2", {"ratingValue": 2, "bestRating": 5, "worstRating": 1}, "disputed", "scale", "disputed"),
        ("", {"ratingValue": "0", "bestRating": "1", "worstRating": "0"}, "false", "scale", "false"),
        ("", {"ratingValue": 4, "bestRating": 5}, "true", "scale", "corroborated"),
        ("", {"ratingValue": 3, "bestRating": 5, "worstRating": 1}, "unclear", "scale", ""),
        ("", {"ratingValue": 4}, "unknown", None, ""),  # no scale: the number says nothing
        ("Vrai", {"ratingValue": 1, "bestRating": 5, "worstRating": 1}, "true", "words", "corroborated"),
    ],
)  # fmt: skip
def test_rating_value_is_read_on_its_scale_when_the_words_are_unknown(
    google: Server,
    rating: str,
    scale: dict[str, Any],
    verdict: str,
    basis: str | None,
    suggested: str,
) -> None:
    google.replies = [_answer(SAME_CLAIM, rating, reviewRating=scale)]
    claim, _run = _corroborate()
    evidence = _review_evidence(claim)
    fact_check = evidence.signals["fact_check"]
    assert (fact_check["verdict"], fact_check["verdict_basis"]["basis"]) == (verdict, basis)
    assert fact_check["rating_value"] == str(scale["ratingValue"])
    assert claim.suggested_status == suggested


def test_scale_is_part_of_the_stored_rating(google: Server) -> None:
    google.replies = [
        _answer(SAME_CLAIM, "Note 2", reviewRating={"ratingValue": 2, "bestRating": 5})
    ]
    claim, _run = _corroborate()
    evidence = _review_evidence(claim)
    assert "Rating: Note 2 (2 on a scale from 1 to 5)\n" in evidence.passage
    assert evidence.signals["fact_check"]["verdict_basis"] == {
        "verdict": "disputed",
        "basis": "scale",
        "position": 0.25,
    }


@pytest.mark.parametrize(
    ("checked", "applies"),
    [
        # other figures for the same thing: a rating of 27 says nothing of 25
        (
            "Des drones américains ont tué 27 combattants du Hachd près de Qaëm.",
            "the checked claim has other figures: [{'claim': '25 combattant', "
            "'source': ['27 combattant']}]",
        ),
        # the same words negated: "false" of the negation would support ours
        (
            "Les drones US n'ont pas tué 25 combattants du Hachd près de Qaëm.",
            "the checked claim says the opposite of ours: {'negation': [0, 1], 'antonyms': []}",
        ),
        ("", "no checked claim given: the title alone may state the verdict"),
    ],
)
def test_factcheck_of_a_different_claim_takes_no_side(
    google: Server, checked: str, applies: str
) -> None:
    google.replies = [_answer(checked, "Faux", title=CLAIM)]
    claim, _run = _corroborate()
    evidence = _review_evidence(claim)
    assert (evidence.stance, evidence.signals["fact_check"]["verdict"]) == ("unclear", "false")
    assert evidence.signals["fact_check"]["applies"] == applies
    assert claim.suggested_status == ""


def test_supporting_source_and_false_factcheck_give_disputed(google: Server) -> None:
    source_upsert(
        external_id="wire-qaem",
        text="Les drones US ont tué 25 combattants du Hachd près de Qaëm, a indiqué l'armée.",
        title="Qaëm",
        language="fr",
        publisher="Wire",
    )
    google.replies = [_answer(SAME_CLAIM, "Faux")]
    claim, _run = _corroborate()
    stances = dict(Evidence.objects.filter(claim=claim).values_list("source__url", "stance"))
    assert stances[REVIEW_URL] == "contradicts"
    assert "supports" in stances.values()
    assert claim.suggested_status == "disputed"
    assert _review_evidence(claim).signals["suggestion"] == (
        "disputed: prior fact-check of the same claim by AFP Factuel rated “Faux” (false)"
    )


def test_stored_factcheck_found_by_the_search_takes_no_side(google: Server, settings: Any) -> None:
    google.replies = [_answer(SAME_CLAIM, "Faux")]
    _corroborate()
    settings.WORKBENCH_FACTCHECK_GOOGLE_KEY = ""  # connector off: only the search finds it
    claim, _run = _corroborate()
    assert len(google.requests) == 1
    # the search's stance rule would take a side on the "Claim: …" line; made unclear, the
    # fact-check falls below the unclear-evidence floor and moves nothing
    shown = Evidence.objects.filter(claim=claim, source__url=REVIEW_URL)
    assert list(shown.values_list("stance", flat=True)) in ([], ["unclear"])
    assert claim.suggested_status == ""


def test_quote_gets_factcheck_evidence_without_a_side(google: Server) -> None:
    google.replies = [_answer(QUOTE, "Faux", claimant=SPEAKER)]
    quote, run = _corroborate_quote()
    (request,) = google.requests
    assert request["query"]["query"] == f"{SPEAKER} {QUOTE}"
    evidence = _review_evidence(quote)
    fact_check = evidence.signals["fact_check"]
    assert (evidence.stance, fact_check["rating"], fact_check["verdict"]) == (
        "unclear",
        "Faux",
        "false",
    )
    assert fact_check["same_claim"] is False
    assert fact_check["applies"] == "quote: a rating judges what was said, not the wording"
    assert evidence.score == 1.0 and evidence.run_id == run.pk
    assert quote.suggested_status == "not_found"
    (entry,) = run.settings["prior_factchecks"]["connectors"]
    assert (entry["name"], entry["stored"], entry["error"]) == ("google", 1, None)
