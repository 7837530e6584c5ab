"""Re-running corroboration from the admin: the item is pending again and the request is an event."""

import pytest

from claims.models import Claim, CorroborationState, Quote, ReviewEvent
from claims.services import article_ingest, claim_corroboration_requeue, quote_corroboration_requeue

pytestmark = pytest.mark.django_db


def test_claims_and_quotes_go_back_to_pending_with_an_event() -> None:
    article = article_ingest(body="Le Parlement a voté 3 lois.", language="fr").article
    done = CorroborationState.DONE
    claim = Claim.objects.create(
        article=article, fingerprint="c", text="x", start=0, end=1, corroboration_state=done
    )
    quote = Quote.objects.create(
        article=article,
        fingerprint="q",
        kind="direct",
        text="x",
        spans=[[0, 1]],
        start=0,
        end=1,
        corroboration_state=done,
    )

    claim_corroboration_requeue(claim=claim, actor=None, note="new sources")
    quote_corroboration_requeue(quote=quote, actor=None)

    assert (claim.corroboration_state, quote.corroboration_state) == ("pending", "pending")
    assert list(
        ReviewEvent.objects.order_by("pk").values_list(
            "claim_id", "quote_id", "kind", "from_value", "to_value", "note"
        )
    ) == [
        (claim.pk, None, "requeue", "done", "pending", "new sources"),
        (None, quote.pk, "requeue", "done", "pending", ""),
    ]
