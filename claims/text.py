"""Normalisation of incoming article text and URLs (identity of an article)."""

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor|at_\w+)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


class InvalidText(ValueError):
    """The text cannot be stored as an article body; the message says why."""


def clean_body(body: object, *, max_chars: int) -> str:
    """The body as stored: NFC, Unix newlines, no control characters, trimmed.

    Raises InvalidText for what is not text: bytes, empty text, binary data, oversized input.
    """
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidText(f"the text is not valid UTF-8 (byte {exc.start})") from exc
    if not isinstance(body, str):
        raise InvalidText("the text must be a string")
    if "\x00" in body:
        raise InvalidText("the text contains NUL bytes: binary data is not an article")
    text = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n"))
    controls = len(_CONTROL.findall(text))
    if controls > max(10, len(text) // 100):
        raise InvalidText("the text is mostly control characters: binary data is not an article")
    text = _CONTROL.sub("", text).strip()
    if not text:
        raise InvalidText("the text is empty")
    if len(text) > max_chars:
        raise InvalidText(f"the text has {len(text)} characters, over the limit of {max_chars}")
    return text


def content_hash(text: str) -> str:
    """SHA-256 of the text with case, spacing and typography folded: reformatting is no new content."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = (
        folded.replace("’", "'")
        .replace("«", '"')
        .replace("»", '"')
        .replace("“", '"')
        .replace("”", '"')
    )
    folded = " ".join(_SPACES.sub(" ", folded).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """The URL that identifies an article: lower-case host, no fragment, no tracking parameters."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING_PARAMS.match(k)
        ]
    )
    host = parts.hostname.lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80)
        or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def fingerprint(*parts: object) -> str:
    """A stable identity for a piece of machine output."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
