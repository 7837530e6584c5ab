"""The safe client: refusals before any connection, limits, timeouts, robots.txt, decoding."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from sources.fetch import (
    BadContentType,
    FetchConnectionError,
    FetchSettings,
    FetchTimeout,
    HTTPStatusError,
    ResponseTooLarge,
    RobotsDisallowed,
    UnsafeURL,
    address_refusal,
    decode_body,
    fetch,
)
from tests.ingestion.conftest import Route, Site

PRIVATE = [
    ("http://10.0.0.1/", "refused 10.0.0.1: 10.0.0.1 is a private address"),
    ("http://10.255.1.2:8080/x", "refused 10.255.1.2: 10.255.1.2 is a private address"),
    ("http://172.16.0.1/", "refused 172.16.0.1: 172.16.0.1 is a private address"),
    ("http://172.31.255.254/", "refused 172.31.255.254: 172.31.255.254 is a private address"),
    ("http://192.168.1.1/admin", "refused 192.168.1.1: 192.168.1.1 is a private address"),
    (
        "http://169.254.169.254/latest/meta-data/",
        "refused 169.254.169.254: 169.254.169.254 is a link-local address",
    ),
    ("http://0.0.0.0/", "refused 0.0.0.0: 0.0.0.0 is an unspecified address"),
    ("http://224.0.0.1/", "refused 224.0.0.1: 224.0.0.1 is a multicast address"),
    ("http://100.64.0.1/", "refused 100.64.0.1: 100.64.0.1 is not a public address"),
    ("http://[::1]/", "refused ::1: ::1 is a loopback address"),
    ("http://[fd00::1]/", "refused fd00::1: fd00::1 is a private address"),
    ("http://[fe80::1]/", "refused fe80::1: fe80::1 is a link-local address"),
    (
        "http://[::ffff:10.0.0.1]/",
        "refused ::ffff:10.0.0.1: ::ffff:a00:1 embeds 10.0.0.1 is a private address",
    ),
    (
        "http://[::ffff:192.168.1.1]/",
        "refused ::ffff:192.168.1.1: ::ffff:c0a8:101 embeds 192.168.1.1 is a private address",
    ),
    (
        "http://[64:ff9b::a00:1]/",
        "refused 64:ff9b::a00:1: 64:ff9b::a00:1 embeds 10.0.0.1 is a private address",
    ),
    (
        "http://[2002:c0a8:101::1]/",
        "refused 2002:c0a8:101::1: 2002:c0a8:101::1 embeds 192.168.1.1 is a private address",
    ),
    # Host names the resolver turns into private addresses (no DNS query is sent for these).
    ("http://167772161/", "refused 167772161: 10.0.0.1 is a private address"),
    (
        "http://0xc0.0xa8.0x01.0x01/",
        "refused 0xc0.0xa8.0x01.0x01: 192.168.1.1 is a private address",
    ),
]


@pytest.mark.parametrize(("url", "reason"), PRIVATE)
def test_private_addresses_are_refused_before_any_connection(
    url: str, reason: str, socket_connects: Callable[[], list[Any]]
) -> None:
    with pytest.raises(UnsafeURL) as refused:
        fetch(url)
    assert str(refused.value) == reason
    assert socket_connects() == []


def test_localhost_is_refused_unless_allowed(
    site: Site, socket_connects: Callable[[], list[Any]], settings: Any
) -> None:
    with pytest.raises(UnsafeURL) as refused:
        fetch(f"http://localhost:{site.port}/articles/qaim-fr.html")
    assert str(refused.value).startswith("refused localhost: ")
    assert "loopback address" in str(refused.value)
    assert socket_connects() == []
    assert site.requests == []

    settings.WORKBENCH_FETCH_ALLOWED_HOSTS = ["localhost"]
    page = fetch(f"http://localhost:{site.port}/articles/sahhaf-en.html")
    assert page.status == 200
    assert {address[0] for address in socket_connects()} <= {"127.0.0.1", "::1"}


@pytest.mark.parametrize(
    ("target", "host", "reason"),
    [
        ("http://10.0.0.1/", "10.0.0.1", "10.0.0.1 is a private address"),
        ("http://192.168.1.1/admin", "192.168.1.1", "192.168.1.1 is a private address"),
        ("http://172.20.0.5/", "172.20.0.5", "172.20.0.5 is a private address"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "169.254.169.254",
            "169.254.169.254 is a link-local address",
        ),
        ("http://[::1]:80/", "::1", "::1 is a loopback address"),
        (
            "http://[::ffff:10.0.0.1]/",
            "::ffff:10.0.0.1",
            "::ffff:a00:1 embeds 10.0.0.1 is a private address",
        ),
    ],
)
def test_a_redirect_to_a_private_address_is_refused(
    site: Site, socket_connects: Callable[[], list[Any]], target: str, host: str, reason: str
) -> None:
    with pytest.raises(UnsafeURL) as refused:
        fetch(site.url(f"/redirect?to={target}"))
    assert str(refused.value) == f"refused {host}: {reason}"
    # Only the local site was ever connected to: robots.txt, then the redirect.
    assert socket_connects() == [("127.0.0.1", site.port), ("127.0.0.1", site.port)]


def test_redirects_are_followed_and_rechecked(site: Site) -> None:
    page = fetch(site.url("/redirect?to=/articles/sahhaf-en.html"))
    assert (page.status, page.final_url) == (200, site.url("/articles/sahhaf-en.html"))
    assert page.redirects == [site.url("/redirect?to=/articles/sahhaf-en.html")]


def test_too_many_redirects(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_MAX_REDIRECTS = 2
    loop = "/redirect?to=/redirect%3Fto%3D/redirect%253Fto%253D/articles/qaim-fr.html"
    with pytest.raises(Exception) as error:
        fetch(site.url(loop))
    assert type(error.value).__name__ == "TooManyRedirects"
    assert str(error.value).startswith("more than 2 redirects")


def test_the_connection_goes_to_the_checked_address_not_a_second_dns_answer(
    site: Site, socket_connects: Callable[[], list[Any]]
) -> None:
    answers: list[str] = []

    def rebinding_resolver(host: str, port: int) -> list[str]:
        # The first answer is checked; any later one would point somewhere else.
        answer = "127.0.0.1" if not answers else "127.0.0.2"
        answers.append(answer)
        return [answer]

    settings = FetchSettings.from_django(
        allowed_hosts=frozenset({"rebind.test"}), respect_robots=False
    )
    page = fetch(
        f"http://rebind.test:{site.port}/articles/sahhaf-en.html",
        settings=settings,
        resolver=rebinding_resolver,
    )
    assert page.status == 200
    assert answers == ["127.0.0.1"]
    assert socket_connects() == [("127.0.0.1", site.port)]
    assert site.seen("/articles/sahhaf-en.html")[0]["host"] == f"rebind.test:{site.port}"


def test_a_10_mb_page_is_refused_from_its_content_length(site: Site) -> None:
    with pytest.raises(ResponseTooLarge) as error:
        fetch(site.url("/big.html"))
    assert str(error.value) == "the response is 10485767 bytes, over the limit of 2000000"


def test_a_10_mb_page_without_length_stops_at_the_limit(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(ResponseTooLarge) as error:
        fetch(site.url("/big-stream.html"))
    assert str(error.value) == "the response is over the limit of 2000000 bytes"
    assert time.monotonic() - started < 5


def test_a_gzip_bomb_is_cut_off_at_the_limit(site: Site) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLarge) as error:
            fetch(site.url("/gzip-bomb.html"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(error.value) == "the response is over the limit of 2000000 bytes"
    assert peak < 20_000_000


def test_a_slow_server_times_out(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout) as error:
        fetch(site.url("/slow.html"))
    assert str(error.value).startswith("127.0.0.1 timed out: ")
    assert error.value.transient is True
    assert 0.9 < time.monotonic() - started < 2.5


def test_a_dripping_server_hits_the_total_deadline(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_TOTAL_TIMEOUT = 1.5
    started = time.monotonic()
    with pytest.raises(FetchTimeout) as error:
        fetch(site.url("/drip.html"))
    assert str(error.value) == "the total deadline of 1.5s passed"
    assert 1.4 < time.monotonic() - started < 3.0


def test_content_type_is_checked(site: Site) -> None:
    with pytest.raises(BadContentType) as error:
        fetch(site.url("/image.png"))
    assert str(error.value) == (
        "content type image/png is not one of text/html, application/xhtml+xml, text/plain"
    )


def test_error_statuses(site: Site) -> None:
    with pytest.raises(HTTPStatusError) as missing:
        fetch(site.url("/nowhere.html"))
    assert (str(missing.value), missing.value.status, missing.value.transient) == (
        "the server answered 404 Not Found",
        404,
        False,
    )
    site.set("/down.html", Route(body=b"down", status=503))
    with pytest.raises(HTTPStatusError) as down:
        fetch(site.url("/down.html"))
    assert (down.value.status, down.value.transient) == (503, True)


def test_robots_txt_is_respected_and_read_once(site: Site) -> None:
    with pytest.raises(RobotsDisallowed) as error:
        fetch(site.url("/private/secret.html"))
    assert str(error.value) == (
        f"robots.txt of {site.base} disallows {site.url('/private/secret.html')}"
    )
    assert site.seen("/private/secret.html") == []
    fetch(site.url("/articles/sahhaf-en.html"))
    assert len(site.seen("/robots.txt")) == 1


def test_user_agent_is_sent(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_USER_AGENT = "WorkbenchTest/2.0 (+contact)"
    fetch(site.url("/articles/sahhaf-en.html"))
    assert site.seen("/articles/sahhaf-en.html")[0]["user-agent"] == "WorkbenchTest/2.0 (+contact)"
    assert site.seen("/robots.txt")[0]["user-agent"] == "WorkbenchTest/2.0 (+contact)"


def test_requests_to_one_host_are_spaced(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_HOST_DELAY = 0.4
    started = time.monotonic()
    fetch(site.url("/articles/sahhaf-en.html"))  # robots.txt, then the page
    fetch(site.url("/articles/qaim-fr.html"))
    # Three requests to one host: two waits of at least the delay.
    assert time.monotonic() - started >= 0.8


def test_windows_1252_labelled_iso_8859_1_is_decoded_right(site: Site) -> None:
    text = fetch(site.url("/articles/cp1252.html")).text()
    assert "<title>Le cœur du dossier irakien : l’Œuvre de la diplomatie</title>" in text
    assert "« C’est une question de souveraineté », a déclaré un diplomate" in text
    assert "\ufffd" not in text


def test_iso_8859_1_declared_in_meta_is_decoded_right(site: Site) -> None:
    text = fetch(site.url("/articles/latin1-meta.html")).text()
    assert "À Bagdad, le ministère des Affaires étrangères a réaffirmé jeudi" in text
    assert 'un "soeur-à-soeur" des capitales arabes' in text


def test_decode_body_fallbacks() -> None:
    french = "Le ministère a déclaré : « l’élan est fragile »."
    # A wrong header charset is passed over rather than trusted.
    assert decode_body(french.encode("cp1252"), "text/html; charset=utf-8") == french
    assert decode_body(french.encode("utf-8"), "text/html") == french
    assert decode_body(("\ufeff" + french).encode("utf-8"), "") == french
    # Nothing declared, not UTF-8: the detector decides.
    long_text = (french + " Les députés se réunissent à Bagdad. ") * 20
    assert decode_body(long_text.encode("cp1252"), "") == long_text


@pytest.mark.parametrize(
    ("address", "refusal"),
    [
        ("93.184.216.34", None),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("10.1.2.3", "10.1.2.3 is a private address"),
        ("172.15.0.1", None),
        ("172.16.0.1", "172.16.0.1 is a private address"),
        ("172.32.0.1", None),
        ("192.168.0.1", "192.168.0.1 is a private address"),
        ("::", ":: is an unspecified address"),
        ("ff02::1", "ff02::1 is a multicast address"),
        ("240.0.0.1", "240.0.0.1 is a reserved address"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1 embeds 127.0.0.1 is a loopback address"),
    ],
)
def test_address_refusal(address: str, refusal: str | None) -> None:
    assert address_refusal(address) == refusal


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/x", "only http and https URLs are fetched, not 'ftp'"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
        ("http://user:secret@example.org/", "URLs with credentials are refused"),
        ("http:///nohost", "the URL has no host"),
        ("", "the URL is empty"),
        ("http://exa mple.org/", "the URL contains spaces or control characters"),
    ],
)
def test_malformed_urls_are_refused(
    url: str, reason: str, socket_connects: Callable[[], list[Any]]
) -> None:
    with pytest.raises(UnsafeURL) as refused:
        fetch(url)
    assert str(refused.value) == reason
    assert socket_connects() == []


def test_an_unreachable_robots_txt_is_a_transient_refusal(site: Site) -> None:
    site.set("/robots.txt", Route(body=b"oops", status=503, content_type="text/plain"))
    with pytest.raises(FetchConnectionError) as error:
        fetch(site.url("/articles/sahhaf-en.html"))
    assert str(error.value) == (
        f"robots.txt of {site.base} is unreachable (the server answered 503 Service "
        "Unavailable): not fetching for now"
    )
    assert error.value.transient is True
    assert site.seen("/articles/sahhaf-en.html") == []


def test_a_missing_robots_txt_means_no_rules(site: Site) -> None:
    del site.routes["/robots.txt"]
    assert fetch(site.url("/private/secret.html")).status == 200
