"""`manage.py seed`: the sample article, the demo sources and the demo users. Idempotent."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from seeds.loader import SeedError, seed_all


class Command(BaseCommand):
    help = (
        "Load the sample article, the demo sources and the demo users (reviewer, editor, admin; "
        "password 'workbench-demo', demo only). Running it twice changes nothing."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = seed_all(stdout=self.stdout)
        except SeedError as exc:
            raise CommandError(str(exc)) from exc
        if not report.changed:
            self.stdout.write("Nothing to do: the demo data was already loaded.")
