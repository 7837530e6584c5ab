"""``extract`` (and batched ``extract_many``): language → segmentation → quotes → speakers → claims."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from . import checkworthy, facts, frames, models, resources, segment
from .cues import unknown_cues
from .lang import detect_language
from .models import Parse, parse, parse_many
from .segment import QuoteRegion
from .speakers import resolve
from .speech import Quote, find_quotes

logger = logging.getLogger(__name__)

_ENT_TYPES = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "location",
    "GPE": "location",
    "FAC": "location",
    "MISC": "other",
    "NORP": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "LAW": "other",
    "PRODUCT": "other",
}


def extract(
    text: str, *, language: str | None = None, published_at: dt.date | None = None
) -> dict[str, Any]:
    """Quotes and claims of ``text``; never raises on any ``str``.

    Offsets in the result index ``text`` (returned unchanged).
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _extract(text, language=language, published_at=published_at)
    except Exception:  # the last line of defence: one odd input must not stop a batch
        logger.exception("extraction failed; returning an empty result")
        return _empty(text, language)


@dataclass
class _Prepared:
    """A text segmented and waiting for its spaCy parse."""

    text: str
    lang: str  # as reported ("und" or an unsupported code stays as detected)
    work: str  # the word lists used: lang when supported, else English
    sents: list[tuple[int, int]]
    regions: list[QuoteRegion]


def _prepare(text: str, language: str | None) -> _Prepared:
    lang = language if language and language != "auto" else detect_language(text)
    paras = segment.paragraphs(text)
    work = lang if lang in resources.SUPPORTED else "en"
    regions = frames.dash_regions(text, segment.quote_regions(text, paras))
    regions = frames.end_at_incise(text, regions, work)
    sents = segment.sentences(text, paras, regions)
    return _Prepared(text=text, lang=lang, work=work, sents=sents, regions=regions)


def _parse_one(p: _Prepared) -> Parse:
    if p.lang not in resources.SUPPORTED:
        return Parse()
    try:
        return parse(p.text, p.lang, p.sents)
    except Exception:  # e.g. lone surrogates; keep the rule-based results
        logger.warning("spaCy failed on this text; continuing without it", exc_info=True)
        return Parse()


def _finish(
    p: _Prepared, doc: Parse, published_at: dt.date | None, with_evidence: bool = False
) -> dict[str, Any]:
    text, work = p.text, p.work
    quotes = find_quotes(text, p.sents, p.regions, work, doc)
    resolve(text, quotes, work, doc)
    claims = _claims(text, p.sents, quotes, work, doc, published_at)
    if not with_evidence:
        for c in claims:
            del c["evidence"]
    return {
        "language": p.lang,
        "text": text,
        "quotes": [_quote_json(text, q) for q in quotes],
        "claims": claims,
        "diagnostics": {"unknown_cues": unknown_cues(text, p.regions, p.sents, work, doc)},
    }


def _extract(
    text: str,
    *,
    language: str | None,
    published_at: dt.date | None,
    with_evidence: bool = False,
) -> dict[str, Any]:
    p = _prepare(text, language)
    return _finish(p, _parse_one(p), published_at, with_evidence)


def _empty(text: str, language: str | None) -> dict[str, Any]:
    lang = language if language in resources.SUPPORTED else "und"
    return {"language": lang, "text": text, "quotes": [], "claims": []}


def extract_many(
    items: Iterable[str | Mapping[str, Any]],
    *,
    language: str | None = None,
    published_at: dt.date | None = None,
) -> Iterator[dict[str, Any]]:
    """``extract`` of each item, in order, with the spaCy parses batched across items.

    An item is a text or a mapping ``{"text", "language"?, "published_at"?}`` whose values
    override the keyword defaults. Each result equals ``extract`` of that item alone and,
    like it, never raises. Items are read lazily, a group of about ``BATCH_CHARS`` at a time,
    so a long stream runs in bounded memory.
    """
    group: list[tuple[str, str | None, dt.date | None]] = []
    size = 0
    for item in items:
        if isinstance(item, Mapping):
            text = item.get("text")
            lang = item.get("language") or item.get("lang") or language
            anchor = item.get("published_at") or published_at
        else:
            text, lang, anchor = item, language, published_at
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        group.append((text, lang, anchor))
        size += len(text)
        if size >= models.BATCH_CHARS or len(group) >= models.BATCH_DOCS:
            yield from _extract_group(group)
            group, size = [], 0
    if group:
        yield from _extract_group(group)


def _extract_group(
    group: list[tuple[str, str | None, dt.date | None]], with_evidence: bool = False
) -> Iterator[dict[str, Any]]:
    prepared: list[_Prepared | None] = []
    for text, lang, _anchor in group:
        try:
            prepared.append(_prepare(text, lang))
        except Exception:
            logger.exception("extraction failed; returning an empty result")
            prepared.append(None)
    docs: dict[int, Parse] = {}
    for code in resources.SUPPORTED:
        ready = [(i, p) for i, p in enumerate(prepared) if p is not None and p.lang == code]
        if not ready:
            continue
        try:
            parses = parse_many([(p.text, p.sents) for _i, p in ready], code)
        except Exception:  # one bad text must not lose the batch: parse each alone
            parses = [_parse_one(p) for _i, p in ready]
        docs.update(zip((i for i, _p in ready), parses, strict=True))
    for i, (text, lang, anchor) in enumerate(group):
        p, result = prepared[i], None
        if p is not None:
            try:
                result = _finish(p, docs.pop(i, Parse()), anchor, with_evidence)
            except Exception:
                logger.exception("extraction failed; returning an empty result")
        yield result if result is not None else _empty(text, lang)


def _quote_json(text: str, q: Quote) -> dict[str, Any]:
    return {
        "kind": q.kind,
        "text": " … ".join(text[s:e] for s, e in q.spans),
        "spans": [[s, e] for s, e in q.spans],
        "cue": None
        if q.cue is None
        else {"text": text[q.cue[0] : q.cue[1]], "start": q.cue[0], "end": q.cue[1]},
        "speaker": q.speaker,
    }


def _entities(text: str, start: int, end: int, doc: Parse, language: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for s, e, label in doc.ents_between(start, end):  # not all of doc.ents: linear in size
        if label not in _ENT_TYPES:
            continue
        name = re.sub(r"\s+", " ", text[s:e]).strip(" ,.;:’'«»\"“”-")
        name = (
            re.sub(r"^(?:les?|la|l['’]|the)\s*", "", name, flags=re.IGNORECASE)
            if len(name.split()) > 1
            else name
        )
        if len(name) < 2 or not any(c.isupper() for c in name[:1] + name):
            continue
        key = (name, _ENT_TYPES[label])
        if key not in seen:
            seen.add(key)
            out.append({"text": name, "type": _ENT_TYPES[label]})
    return out


def _claims(
    text: str,
    sents: list[tuple[int, int]],
    quotes: list[Quote],
    language: str,
    doc: Parse,
    anchor: dt.date | None,
) -> list[dict[str, Any]]:
    by_sentence: dict[int, int] = {}
    for i, q in enumerate(quotes):
        by_sentence.setdefault(q.sentence, i)
    factual = resources.words("factual", language)
    out: list[dict[str, Any]] = []
    for si, (start, end) in enumerate(sents):
        dates = facts.dates(text, start, end, language, anchor)
        date_spans = []
        for d in dates:
            pos = text.find(d["text"], start, end)
            if pos >= 0:
                date_spans.append((pos, pos + len(d["text"])))
        quantities = facts.quantities(text, start, end, language, date_spans)
        entities = _entities(text, start, end, doc, language)
        tokens = doc.between(start, end)
        has_fact = any(t.lemma in factual for t in tokens if t.pos in {"VERB", "AUX"})
        qi = by_sentence.get(si)
        if not (quantities or dates or entities or has_fact):
            continue
        attribution, attributed_to = "outlet", None
        if qi is not None:
            speaker = quotes[qi].speaker
            if speaker:
                attribution, attributed_to = "speaker", str(speaker["name"])
            else:
                attribution = "unknown"
        evidence = checkworthy.evidence(
            text[start:end],
            tokens=tokens,
            quantities=quantities,
            dates=dates,
            entities=entities,
            has_fact=has_fact,
            quoted=qi is not None,
            language=language,
        )
        score = checkworthy.score(checkworthy.features(evidence))
        out.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "checkworthiness": round(min(1.0, score), 3),
                "attribution": attribution,
                "attributed_to": attributed_to,
                "quote": qi,
                "quantities": quantities,
                "dates": dates,
                "entities": entities,
                "evidence": evidence,
            }
        )
    return out
