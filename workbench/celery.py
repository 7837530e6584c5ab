"""The Celery application; tasks live in each app's tasks.py."""

import os

from celery import Celery, signals
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

app = Celery("workbench")
app.config_from_object("django.conf:settings", namespace="CELERY")


@app.on_configure.connect
def _prepare_broker(sender: Celery, **kwargs: object) -> None:
    from django.conf import settings

    # Every queue is declared, so a worker started without -Q consumes all of them.
    sender.conf.task_queues = [Queue(name) for name in settings.CELERY_TASK_QUEUES_NAMES]
    if settings.CELERY_BROKER_URL.startswith("filesystem"):
        for key in ("data_folder_in", "data_folder_out", "control_folder"):
            os.makedirs(settings.CELERY_BROKER_TRANSPORT_OPTIONS[key], exist_ok=True)


@signals.setup_logging.connect
def _configure_logging(**kwargs: object) -> None:
    """The worker and beat log as the web does (settings.LOGGING: plain or JSON with the ids).

    Connecting this signal stops Celery from replacing the root logger's handlers with its own.
    """
    from logging.config import dictConfig

    from django.conf import settings

    dictConfig(settings.LOGGING)


app.autodiscover_tasks()
