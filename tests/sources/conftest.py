"""Fixtures for the sources tests: the Qaëm corpus and the PostgreSQL-only marker."""

from __future__ import annotations

import pytest
from django.db import connection

from sources.services import source_upsert

CORPUS = [
    {
        "external_id": "fr-qaem-strikes",
        "title": "Frappes américaines près de Qaëm",
        "text": (
            "Le mois de décembre dernier, les drones US ont bombardé plusieurs repères situés de "
            "part et d'autre de la frontière avec la Syrie, à hauteur de Qaëm-AlBoukamal, tuant "
            "27 combattants du Hachd. L'attaque visait des positions militaires irakiennes."
        ),
        "language": "fr",
    },
    {
        "external_id": "fr-qaem-handover",
        "title": "Remise de la base de Qaëm",
        "text": (
            "Les Etats-Unis ont retiré leurs troupes stationnées de la base militaire Qaëm, à la "
            "frontière avec la Syrie. Une cérémonie officielle de remise de la base aux forces "
            "irakiennes a été organisée avec le général américain Vincent Parker."
        ),
        "language": "fr",
    },
    {
        "external_id": "en-weather",
        "title": "Sunny week in Paris",
        "text": "Paris had a sunny week. Temperatures reached 25 degrees on Friday.",
        "language": "en",
    },
    {
        "external_id": "fr-budget",
        "title": "Budget municipal",
        "text": "Le conseil municipal a voté le budget de la ville. Les troupes de théâtre "
        "recevront une subvention.",
        "language": "fr",
    },
]


@pytest.fixture
def corpus(db: None) -> dict[str, int]:
    """The four sources above, imported through the service; maps external id → pk."""
    return {row["external_id"]: source_upsert(**row)[0].pk for row in CORPUS}  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _postgres_only(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
