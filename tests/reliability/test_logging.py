"""Structured logs: JSON records that carry the ids of the article, claim, quote and task."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from claims.models import Article, Claim, ProcessingState, Quote
from claims.services import article_ingest
from tests.conftest import Worker, _purge, wait_for
from workbench.logging import ContextFilter, JsonFormatter, log_context, logging_config

TEXT = (
    "« Nous ne quitterons pas la base avant le 31 mars », a déclaré mardi le porte-parole de la "
    "coalition, Myles Caggins. Selon lui, 2 500 soldats sont encore déployés en Irak."
)


def _records(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_context_ids_reach_records_of_any_logger_and_end_with_the_block() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(ContextFilter())
    other = logging.getLogger("sources.fetch.reliability-test")
    other.addHandler(handler)
    other.setLevel(logging.INFO)
    try:
        with log_context(article_id=7, task_id="t-1"):
            other.info("fetching %s", "é")
            with log_context(claim_id=12):
                other.warning("claim inside")
            other.info("back")
        other.info("outside")
    finally:
        other.removeHandler(handler)
    records = _records(stream)
    assert [(r["level"], r["logger"], r["message"]) for r in records] == [
        ("INFO", "sources.fetch.reliability-test", "fetching é"),
        ("WARNING", "sources.fetch.reliability-test", "claim inside"),
        ("INFO", "sources.fetch.reliability-test", "back"),
        ("INFO", "sources.fetch.reliability-test", "outside"),
    ]
    ids = [{k: r.get(k) for k in ("article_id", "claim_id", "task_id")} for r in records]
    assert ids == [
        {"article_id": "7", "claim_id": None, "task_id": "t-1"},
        {"article_id": "7", "claim_id": "12", "task_id": "t-1"},
        {"article_id": "7", "claim_id": None, "task_id": "t-1"},
        {"article_id": None, "claim_id": None, "task_id": None},
    ]
    assert all("timestamp" in r for r in records)
    with pytest.raises(ValueError, match="unknown log context field"), log_context(articel_id=1):
        pass


def test_the_format_is_chosen_by_the_setting() -> None:
    assert logging_config(log_format="json", level="INFO")["handlers"]["stderr"]["formatter"] == (
        "json"
    )
    assert logging_config(log_format="plain", level="INFO")["handlers"]["stderr"]["formatter"] == (
        "plain"
    )
    with pytest.raises(ValueError):
        logging_config(log_format="xml", level="INFO")


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_logs_json_with_the_ids_of_its_task(start_worker: Callable[..., Worker]) -> None:
    _purge()
    worker = start_worker(WORKBENCH_LOG_FORMAT="json")
    try:
        article = article_ingest(body=TEXT).article
        wait_for(
            lambda: (
                Article.objects.get(pk=article.pk).state
                in (ProcessingState.DONE, ProcessingState.FAILED)
            ),
            timeout=180,
        )
    finally:
        worker.stop()
    assert Article.objects.get(pk=article.pk).state == ProcessingState.DONE
    # The banner is printed, not logged; every logged line is one JSON object.
    lines = [line for line in worker.log.read_text().splitlines() if line.startswith("{")]
    records = [json.loads(line) for line in lines]
    assert any(r["message"].endswith(" ready.") for r in records)

    extracted = [r for r in records if r["message"].startswith(f"article {article.pk} extracted")]
    assert len(extracted) == 1
    assert extracted[0]["article_id"] == str(article.pk)
    assert extracted[0]["logger"] == "claims.services.articles"
    assert len(extracted[0]["task_id"]) == 36  # a Celery task id (a UUID)

    claim_ids = sorted(
        str(pk) for pk in Claim.objects.filter(article=article).values_list("pk", flat=True)
    )
    quote_ids = sorted(
        str(pk) for pk in Quote.objects.filter(article=article).values_list("pk", flat=True)
    )
    assert claim_ids and quote_ids
    corroborated = [r for r in records if " corroborated: " in r["message"]]
    assert sorted(r["claim_id"] for r in corroborated if "claim_id" in r) == claim_ids
    assert sorted(r["quote_id"] for r in corroborated if "quote_id" in r) == quote_ids
    assert {r["article_id"] for r in corroborated} == {str(article.pk)}
    # One task, one id: the records of different tasks carry different task ids.
    task_ids = {r["task_id"] for r in [*extracted, *corroborated]}
    assert len(task_ids) == 1 + len(claim_ids) + len(quote_ids)
    # Records outside any task (the worker starting) carry no ids.
    ready = next(r for r in records if r["message"].endswith(" ready."))
    assert "article_id" not in ready and "task_id" not in ready
