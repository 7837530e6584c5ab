"""Local development settings: the embedded defaults (SQLite, filesystem broker)."""

from workbench.settings.base import *  # noqa: F403
from workbench.settings.base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
