"""Production settings: no defaults for the secret, the database or the broker."""

from django.core.exceptions import ImproperlyConfigured

from workbench.logging import logging_config
from workbench.settings.base import *  # noqa: F403
from workbench.settings.base import _database, env


def _required(name: str) -> str:
    value = env.str(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production")
    return value


SECRET_KEY = _required("DJANGO_SECRET_KEY")
DATABASES = {"default": _database(_required("DATABASE_URL"))}
CELERY_BROKER_URL = _required("CELERY_BROKER_URL")
DEBUG = False
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# JSON log lines with the ids of the work in progress, for the log collector (workbench/logging.py).
WORKBENCH_LOG_FORMAT = env.str("WORKBENCH_LOG_FORMAT", default="json")
LOGGING = logging_config(
    log_format=WORKBENCH_LOG_FORMAT, level=env.str("DJANGO_LOG_LEVEL", default="INFO")
)
