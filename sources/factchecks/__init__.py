"""Prior fact-checks: connectors to fact-check search services, off unless configured.

``factchecks_search(text=…, language=…)`` is what corroboration calls; see
``docs/CORROBORATION.md``, "Prior fact-checks".
"""

from sources.factchecks.base import ConnectorError, FactCheckHit, HttpPolicy
from sources.factchecks.google import GoogleFactCheckConnector
from sources.factchecks.jsonsearch import JsonSearchConnector
from sources.factchecks.ratings import Verdict, rating_verdict
from sources.factchecks.services import (
    FACTCHECKS_VERSION,
    KIND,
    FactCheckReport,
    connectors_configured,
    factcheck_source_upsert,
    factchecks_search,
    is_factcheck_id,
)

__all__ = [
    "FACTCHECKS_VERSION",
    "KIND",
    "ConnectorError",
    "FactCheckHit",
    "FactCheckReport",
    "GoogleFactCheckConnector",
    "HttpPolicy",
    "JsonSearchConnector",
    "Verdict",
    "connectors_configured",
    "factcheck_source_upsert",
    "factchecks_search",
    "is_factcheck_id",
    "rating_verdict",
]
