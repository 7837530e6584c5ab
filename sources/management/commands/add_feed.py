"""``manage.py add_feed URL [--target articles|sources] [--interval S] [--title T]``.

Registers a feed (or updates the one with this URL); beat polls it at its next tick, so new items
come in without anyone pressing a button. Prints the feed as one JSON object.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources.feeds import feed_register
from sources.fetch import UnsafeURL
from sources.models import Feed


class Command(BaseCommand):
    help = "Register an RSS or Atom feed to poll; its new items become articles or sources."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--target", choices=Feed.Target.values, default=Feed.Target.ARTICLES)
        parser.add_argument("--title", default="")
        parser.add_argument(
            "--interval", type=int, default=None, help="seconds between polls (default: setting)"
        )
        parser.add_argument("--inactive", action="store_true", help="register without polling")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            feed, created = feed_register(
                url=options["url"],
                target=options["target"],
                title=options["title"],
                poll_interval=options["interval"],
                active=not options["inactive"],
            )
        except (UnsafeURL, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stderr.write(f"feed {feed.pk} {'added' if created else 'updated'}: {feed.url}")
        self.stdout.write(
            json.dumps(
                {
                    "id": str(feed.pk),
                    "url": feed.url,
                    "target": feed.target,
                    "active": feed.active,
                    "poll_interval": feed.poll_interval,
                    "created": created,
                }
            )
        )
