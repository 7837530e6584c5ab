"""Services write (HackSoft styleguide): the admin, the API, tasks and commands all call these."""

from claims.services.articles import (
    IngestResult,
    SweepReport,
    article_fail,
    article_finish_if_complete,
    article_ingest,
    article_process,
    article_requeue,
    sweep_unfinished,
)
from claims.services.corroboration import claim_corroborate, quote_corroborate
from claims.services.review import StaleRevision, claim_status_set, quote_status_set

__all__ = [
    "IngestResult",
    "StaleRevision",
    "SweepReport",
    "article_fail",
    "article_finish_if_complete",
    "article_ingest",
    "article_process",
    "article_requeue",
    "claim_corroborate",
    "claim_status_set",
    "quote_corroborate",
    "quote_status_set",
    "sweep_unfinished",
]
