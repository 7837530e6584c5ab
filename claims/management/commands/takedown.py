"""`manage.py takedown ARTICLE_ID --reason "…"`: remove an article's text and what came of it."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Article
from claims.services.takedown import AlreadyTakenDown, article_takedown


class Command(BaseCommand):
    help = "Remove an article's text and everything derived from it, keeping a redacted event."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_id", help="The article's id.")
        parser.add_argument("--reason", required=True, help="Why (kept in the event).")

    def handle(self, *args: Any, **options: Any) -> None:
        article = (
            Article.objects.filter(pk=options["article_id"]).first()
            if options["article_id"].isdigit()
            else None
        )
        if article is None:
            raise CommandError(f"no article {options['article_id']}")
        try:
            report = article_takedown(article=article, actor=None, reason=options["reason"])
        except (AlreadyTakenDown, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"taken down: article(s) {', '.join(map(str, report.articles))}; removed {report.claims} "
            f"claims, {report.quotes} quotes (with their evidence and history) and "
            f"{report.deliveries} webhook deliveries"
        )
