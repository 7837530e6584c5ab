"""Selectors read (HackSoft styleguide)."""

from typing import Any

from django.db.models import Count, Q

from claims.models import Article, Claim, Evidence, Quote


def article_summary(*, article_id: int) -> dict[str, Any]:
    """What processing found for one article, as JSON-ready data."""
    article = Article.objects.get(pk=article_id)
    quotes = (
        Quote.objects.filter(article=article, rejected=False)
        .select_related("speaker")
        .order_by("start", "pk")
    )
    claims = Claim.objects.filter(article=article, rejected=False)
    evidence = Evidence.objects.filter(Q(claim__article=article) | Q(quote__article=article))
    return {
        "id": str(article.pk),
        "state": article.state,
        "language": article.language,
        "failure_reason": article.failure_reason or None,
        "quotes": [
            {
                "kind": q.kind,
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "suggested_status": q.suggested_status or None,
            }
            for q in quotes
        ],
        "claims": claims.count(),
        "evidence": evidence.count(),
        "evidence_by_stance": dict(
            evidence.values_list("stance").annotate(n=Count("pk")).values_list("stance", "n")
        ),
    }
