"""What the claim and quote pages show beside the form: the highlighted article, the evidence side
by side, the history and the notes. Reads only; every piece of text is escaped."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from claims.admin.highlight import marked_text, matching_words, word_diff
from claims.models import Claim, Evidence, Quote, ReviewEvent

# Quote evidence below this match ratio (0..1) is shown with a word diff: a possible misquote.
DIFF_BELOW = 0.999


def _quote_marks(quote: Quote) -> list[tuple[int, int, str]]:
    marks = [(int(s), int(e), "wb-quote") for s, e in quote.spans]
    if quote.mention_start is not None and quote.mention_end is not None:
        marks.append((quote.mention_start, quote.mention_end, "wb-mention"))
    if quote.cue_start is not None and quote.cue_end is not None:
        marks.append((quote.cue_start, quote.cue_end, "wb-cue"))
    return marks


def article_marks(item: Claim | Quote) -> list[tuple[int, int, str]]:
    if isinstance(item, Claim):
        marks = [(item.start, item.end, "wb-claim")]
        if item.quote is not None:
            marks += _quote_marks(item.quote)
        return marks
    return _quote_marks(item)


def _figures(numbers: Any) -> list[dict[str, str]]:
    """The conflicting figures of a number conflict: claim's and source's, paired by noun."""
    if not isinstance(numbers, dict) or not numbers.get("conflict"):
        return []
    pairs = []
    source = [n for n in numbers.get("source") or [] if isinstance(n, dict)]
    for ours in numbers.get("claim") or []:
        if not isinstance(ours, dict) or not ours.get("noun"):
            continue
        for theirs in source:
            if theirs.get("noun") == ours["noun"] and theirs.get("value") != ours.get("value"):
                pairs.append(
                    {
                        "claim": str(ours.get("text") or ours.get("value")),
                        "source": str(theirs.get("text") or theirs.get("value")),
                        "noun": str(ours["noun"]),
                    }
                )
    return pairs


def safe_link(url: str) -> str:
    """Only web addresses become links: a javascript: or data: URL stays unlinked."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def _signals(signals: dict[str, Any]) -> list[tuple[str, str]]:
    shown = []
    for key in sorted(signals):
        value = signals[key]
        if key in ("numbers", "diff"):
            continue
        shown.append((key, "—" if value is None else str(value)))
    return shown


def evidence_cards(item: Claim | Quote, evidence: QuerySet[Evidence]) -> list[dict[str, Any]]:
    cards = []
    for e in evidence:
        signals = e.signals if isinstance(e.signals, dict) else {}
        diff: SafeString | None = None
        if isinstance(item, Quote) or item.quote_id:
            quoted = item.text if isinstance(item, Quote) else item.quote.text  # type: ignore[union-attr]
            match = signals.get("quote_match")
            if isinstance(signals.get("diff"), str) or (
                isinstance(match, int | float) and match < DIFF_BELOW
            ):
                diff = word_diff(quoted, e.passage)
        cards.append(
            {
                "evidence": e,
                "source": e.source,
                "link": safe_link(e.source.url),
                "passage": matching_words(e.passage, item.text),
                "signals": _signals(signals),
                "diff": diff,
                "figures": _figures(signals.get("numbers")),
            }
        )
    return cards


def history(item: Claim | Quote) -> QuerySet[ReviewEvent]:
    target = {"claim": item} if isinstance(item, Claim) else {"quote": item}
    return (
        ReviewEvent.objects.filter(**target).select_related("actor").order_by("-created_at", "-id")
    )


def workbench_context(item: Claim | Quote) -> dict[str, Any]:
    """The context of the panel above the form on a claim or quote page."""
    evidence = item.evidence.select_related("source").order_by("-score", "id")
    events = list(history(item))
    return {
        "wb_item": item,
        "wb_is_claim": isinstance(item, Claim),
        "wb_article": item.article,
        "wb_article_html": marked_text(item.article.body, article_marks(item)),
        "wb_evidence": evidence_cards(item, evidence),
        "wb_history": events,
        "wb_notes": [e for e in events if e.kind == ReviewEvent.Kind.NOTE],
    }


def legend(entries: list[tuple[str, str]]) -> SafeString:
    return format_html_join(" ", '<mark class="{}">{}</mark>', entries)
