"""Language detection and HTML-to-text conversion."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)

# Languages we let py3langid choose from: the ones the workbench supports plus
# frequent neighbours, so a German text is reported as "de" and not forced to "fr".
_CANDIDATES = ["fr", "en", "de", "es", "it", "pt", "nl", "ar", "ru", "tr", "pl", "fa"]
_MIN_CONFIDENCE = 0.5
_MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(_CANDIDATES)
    return ident


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or ``"und"`` when too short or too uncertain."""
    sample = text[:20000] if isinstance(text, str) else ""
    if sum(ch.isalpha() for ch in sample[:2000]) < _MIN_LETTERS:
        return "und"
    try:
        lang, prob = _identifier().classify(sample)
    except Exception:  # pragma: no cover - py3langid is robust, but never raise
        logger.exception("language detection failed")
        return "und"
    if lang is None or float(prob) < _MIN_CONFIDENCE:
        return "und"
    return str(lang)


_EMPTY: dict[str, str | None] = {
    "text": "",
    "title": None,
    "author": None,
    "date": None,
    "canonical_url": None,
}


def html_to_text(html: str) -> dict[str, str | None]:
    """Main text and metadata of an HTML page; never raises, ``text`` is ``""`` if none."""
    if not isinstance(html, str) or not html.strip():
        return dict(_EMPTY)
    try:
        import trafilatura

        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        meta = trafilatura.extract_metadata(html)
    except Exception:
        logger.warning("html extraction failed", exc_info=True)
        return dict(_EMPTY)
    result = dict(_EMPTY)
    result["text"] = _paragraphs(text or "")
    if meta is not None:
        result["title"] = meta.title or None
        result["author"] = meta.author or None
        result["date"] = meta.date or None
        result["canonical_url"] = meta.url or None
    return result


def _paragraphs(text: str) -> str:
    # trafilatura puts one paragraph per line; blank lines make paragraphs explicit
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)
