"""Plain-Python text analysis shared by the apps (no Django imports here).

Public API: :func:`extract` (:func:`extract_many` for batches), :func:`detect_language`,
:func:`html_to_text`, :func:`canonical_key`, :func:`is_alias` and :data:`VERSION` (stored with every result
so that a result can be traced to the extractor that produced it).
"""

from .lang import detect_language, html_to_text
from .names import canonical_key, is_alias
from .pipeline import extract, extract_many

VERSION = "0.43.0"

__all__ = [
    "VERSION",
    "canonical_key",
    "detect_language",
    "extract",
    "extract_many",
    "html_to_text",
    "is_alias",
]
