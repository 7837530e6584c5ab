"""Settings shared by every environment; values come from the environment (django-environ).

Defaults run on one machine with nothing but Python: an SQLite file and Celery's filesystem
broker, consumed by a real worker process. Production overrides refuse to start without their
secret, database and broker (see production.py).
"""

from datetime import timedelta
from pathlib import Path

import environ

from workbench.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(environ.Env().str("WORKBENCH_VAR_DIR", default=str(BASE_DIR / "var")))
# SQLite files, the filesystem broker and the beat schedule live here; create it on first use.
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY", default="insecure-development-key-do-not-use-in-production"
)
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "sources.apps.SourcesConfig",
    "claims.apps.ClaimsConfig",
    "seeds.apps.SeedsConfig",
    "webhooks.apps.WebhooksConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "workbench" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _database(url: str) -> dict:
    config = environ.Env.db_url_config(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the web server read while a worker writes; IMMEDIATE transactions take the
        # write lock up front so concurrent writers wait (busy timeout) instead of failing.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
        # A worker process must see the test database, so it lives in a file, never in memory.
        config["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
    else:
        config["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
        config["CONN_HEALTH_CHECKS"] = True
    config["ATOMIC_REQUESTS"] = False
    return config


DATABASE_URL = env.str("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
DATABASES = {"default": _database(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# --- Celery -------------------------------------------------------------------------------------
# The default broker needs no server: kombu's filesystem transport, in a folder of its own (never
# the database file). Production sets CELERY_BROKER_URL=redis://...
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_FOLDER = Path(env.str("CELERY_BROKER_FOLDER", default=str(VAR_DIR / "broker")))
CELERY_BROKER_TRANSPORT_OPTIONS: dict = {}
if CELERY_BROKER_URL.startswith("filesystem"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_FOLDER / "messages"),
        "data_folder_out": str(CELERY_BROKER_FOLDER / "messages"),
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
        "polling_interval": 0.1,
    }
elif CELERY_BROKER_URL.startswith("redis"):
    # An unacknowledged message (acks_late) comes back after this many seconds; the sweep
    # re-queues committed work sooner, so this only bounds the worst case.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
        "global_keyprefix": env.str("CELERY_REDIS_KEYPREFIX", default=""),
    }
CELERY_TASK_DEFAULT_QUEUE = "articles"
CELERY_TASK_QUEUES_NAMES = ("articles", "corroboration", "maintenance", "webhooks", "ingestion")
CELERY_TASK_ROUTES = {
    "claims.tasks.process_article": {"queue": "articles"},
    "claims.tasks.corroborate_claim": {"queue": "corroboration"},
    "claims.tasks.corroborate_quote": {"queue": "corroboration"},
    "claims.tasks.sweep_unfinished": {"queue": "maintenance"},
    "webhooks.tasks.deliver_webhook": {"queue": "webhooks"},
    "claims.tasks.run_fetch_job": {"queue": "ingestion"},
    "claims.tasks.poll_due_feeds": {"queue": "ingestion"},
}
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# The sweep re-queues work that was committed but never finished (a killed worker, a lost
# message). A job counts as stalled when its heartbeat is older than WORKBENCH_STALL_SECONDS,
# which must exceed the task time limit so a live task is never run twice at once.
WORKBENCH_SWEEP_SECONDS = env.float("WORKBENCH_SWEEP_SECONDS", default=60.0)
WORKBENCH_STALL_SECONDS = env.float("WORKBENCH_STALL_SECONDS", default=600.0)
WORKBENCH_MAX_ATTEMPTS = env.int("WORKBENCH_MAX_ATTEMPTS", default=5)
# How often beat looks for feeds whose next poll is due (each feed has its own interval).
WORKBENCH_FEED_POLL_SECONDS = env.float("WORKBENCH_FEED_POLL_SECONDS", default=30.0)
CELERY_BEAT_SCHEDULE = {
    "sweep-unfinished": {
        "task": "claims.tasks.sweep_unfinished",
        "schedule": timedelta(seconds=WORKBENCH_SWEEP_SECONDS),
    },
    # Feeds whose next poll is due get a poll job; stalled fetch jobs are re-queued.
    "poll-due-feeds": {
        "task": "claims.tasks.poll_due_feeds",
        "schedule": timedelta(seconds=WORKBENCH_FEED_POLL_SECONDS),
    },
}

# --- Ingestion: sources/fetch.py, sources/feeds.py, claims/services/ingestion.py -------------
# Host names that may resolve to private, loopback or link-local addresses (tests and the demo
# use 127.0.0.1). Every other host must resolve only to public addresses.
WORKBENCH_FETCH_ALLOWED_HOSTS = env.list("WORKBENCH_FETCH_ALLOWED_HOSTS", default=[])
WORKBENCH_FETCH_USER_AGENT = env.str(
    "WORKBENCH_FETCH_USER_AGENT", default="WorkbenchFetcher/1.0 (verification workbench)"
)
WORKBENCH_FETCH_CONNECT_TIMEOUT = env.float("WORKBENCH_FETCH_CONNECT_TIMEOUT", default=5.0)
WORKBENCH_FETCH_READ_TIMEOUT = env.float("WORKBENCH_FETCH_READ_TIMEOUT", default=15.0)
WORKBENCH_FETCH_TOTAL_TIMEOUT = env.float("WORKBENCH_FETCH_TOTAL_TIMEOUT", default=30.0)
WORKBENCH_FETCH_MAX_BYTES = env.int("WORKBENCH_FETCH_MAX_BYTES", default=5_000_000)
WORKBENCH_FETCH_MAX_REDIRECTS = env.int("WORKBENCH_FETCH_MAX_REDIRECTS", default=5)
# Minimum seconds between two requests to the same host (kept in the Django cache).
WORKBENCH_FETCH_HOST_DELAY = env.float("WORKBENCH_FETCH_HOST_DELAY", default=1.0)
WORKBENCH_FETCH_ROBOTS_TTL = env.int("WORKBENCH_FETCH_ROBOTS_TTL", default=3600)
WORKBENCH_FETCH_MAX_ATTEMPTS = env.int("WORKBENCH_FETCH_MAX_ATTEMPTS", default=3)
WORKBENCH_FETCH_RETRY_BACKOFF = env.float("WORKBENCH_FETCH_RETRY_BACKOFF", default=10.0)
# A new feed's default poll interval.
WORKBENCH_FEED_INTERVAL = env.int("WORKBENCH_FEED_INTERVAL", default=900)

# --- Workbench ----------------------------------------------------------------------------------
WORKBENCH_MAX_ARTICLE_CHARS = env.int("WORKBENCH_MAX_ARTICLE_CHARS", default=2_000_000)
WORKBENCH_CORROBORATION_TOP = env.int("WORKBENCH_CORROBORATION_TOP", default=10)
WORKBENCH_EVIDENCE_MIN_SCORE = env.float("WORKBENCH_EVIDENCE_MIN_SCORE", default=0.0)
# Bearer token for Prometheus to read /metrics (staff sessions may read it without).
WORKBENCH_METRICS_TOKEN = env.str("WORKBENCH_METRICS_TOKEN", default="")

# --- Prior fact-checks: sources/factchecks/ (docs/CORROBORATION.md) -------------------------
# Each connector is off until configured. Google Fact Check Tools claims:search needs a key.
WORKBENCH_FACTCHECK_GOOGLE_KEY = env.str("WORKBENCH_FACTCHECK_GOOGLE_KEY", default="")
WORKBENCH_FACTCHECK_GOOGLE_URL = env.str(
    "WORKBENCH_FACTCHECK_GOOGLE_URL",
    default="https://factchecktools.googleapis.com/v1alpha1/claims:search",
)
# A generic JSON search API: URL template with {query} and {lang}, an optional key header, the
# dotted path of the result list and field=path pairs (title, url, text, publisher, date, rating).
WORKBENCH_FACTCHECK_JSON_URL = env.str("WORKBENCH_FACTCHECK_JSON_URL", default="")
WORKBENCH_FACTCHECK_JSON_NAME = env.str("WORKBENCH_FACTCHECK_JSON_NAME", default="json")
WORKBENCH_FACTCHECK_JSON_KEY_HEADER = env.str("WORKBENCH_FACTCHECK_JSON_KEY_HEADER", default="")
WORKBENCH_FACTCHECK_JSON_KEY = env.str("WORKBENCH_FACTCHECK_JSON_KEY", default="")
WORKBENCH_FACTCHECK_JSON_RESULTS = env.str("WORKBENCH_FACTCHECK_JSON_RESULTS", default="results")
WORKBENCH_FACTCHECK_JSON_FIELDS = env.dict("WORKBENCH_FACTCHECK_JSON_FIELDS", default={})
# Hosts of configured endpoints that may resolve to private or loopback addresses (tests only);
# every other endpoint must be public, like any outbound fetch.
WORKBENCH_FACTCHECK_ALLOWED_HOSTS = env.list("WORKBENCH_FACTCHECK_ALLOWED_HOSTS", default=[])
WORKBENCH_FACTCHECK_PAGE_SIZE = env.int("WORKBENCH_FACTCHECK_PAGE_SIZE", default=10)
WORKBENCH_FACTCHECK_MAX_RESULTS = env.int("WORKBENCH_FACTCHECK_MAX_RESULTS", default=10)
WORKBENCH_FACTCHECK_CONNECT_TIMEOUT = env.float("WORKBENCH_FACTCHECK_CONNECT_TIMEOUT", default=5.0)
WORKBENCH_FACTCHECK_READ_TIMEOUT = env.float("WORKBENCH_FACTCHECK_READ_TIMEOUT", default=10.0)
WORKBENCH_FACTCHECK_TOTAL_TIMEOUT = env.float("WORKBENCH_FACTCHECK_TOTAL_TIMEOUT", default=20.0)
WORKBENCH_FACTCHECK_MAX_ATTEMPTS = env.int("WORKBENCH_FACTCHECK_MAX_ATTEMPTS", default=3)
WORKBENCH_FACTCHECK_BACKOFF = env.float("WORKBENCH_FACTCHECK_BACKOFF", default=1.0)
WORKBENCH_FACTCHECK_RETRY_AFTER_MAX = env.float("WORKBENCH_FACTCHECK_RETRY_AFTER_MAX", default=30.0)
# Minimum seconds between two requests of one connector, across every worker (in the database).
WORKBENCH_FACTCHECK_MIN_INTERVAL = env.float("WORKBENCH_FACTCHECK_MIN_INTERVAL", default=1.0)
# Two-person rule: a final verdict by one reviewer is only a proposal until a second reviewer
# agrees with it (claims.services.second_review). Off by default.
WORKBENCH_TWO_PERSON_RULE = env.bool("WORKBENCH_TWO_PERSON_RULE", default=False)

# --- REST framework -----------------------------------------------------------------------------
REST_FRAMEWORK = {
    # Token first: an anonymous request is answered 401 with a WWW-Authenticate header, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.UserRateThrottle",
        "rest_framework.throttling.AnonRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "user": env.str("WORKBENCH_API_THROTTLE_USER", default="5000/hour"),
        "anon": env.str("WORKBENCH_API_THROTTLE_ANON", default="60/hour"),
    },
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Verification workbench API",
    "DESCRIPTION": (
        "Claims and quotes extracted from articles, their review status, evidence and history. "
        "Authenticate with `Authorization: Token <key>`. Errors are JSON: "
        '`{"detail": "<message>", "code": "<code>"}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "AttributionStatusEnum": "claims.models.AttributionStatus",
        "ProcessingStateEnum": "claims.models.ProcessingState",
        "QuoteKindEnum": "claims.models.QuoteKind",
        "EventKindEnum": "claims.models.ReviewEvent.Kind",
    },
}

# --- Webhooks and ClaimReview -------------------------------------------------------------------
# Hosts that may receive webhooks although they resolve to private, loopback or link-local
# addresses (the tests use 127.0.0.1). Everything else must be public.
WORKBENCH_WEBHOOK_ALLOWED_HOSTS = env.list("WORKBENCH_WEBHOOK_ALLOWED_HOSTS", default=[])
WORKBENCH_WEBHOOK_MAX_ATTEMPTS = env.int("WORKBENCH_WEBHOOK_MAX_ATTEMPTS", default=8)
WORKBENCH_WEBHOOK_BACKOFF_SECONDS = env.float("WORKBENCH_WEBHOOK_BACKOFF_SECONDS", default=10.0)
WORKBENCH_WEBHOOK_BACKOFF_MAX_SECONDS = env.float(
    "WORKBENCH_WEBHOOK_BACKOFF_MAX_SECONDS", default=3600.0
)
WORKBENCH_WEBHOOK_CONNECT_TIMEOUT = env.float("WORKBENCH_WEBHOOK_CONNECT_TIMEOUT", default=5.0)
WORKBENCH_WEBHOOK_READ_TIMEOUT = env.float("WORKBENCH_WEBHOOK_READ_TIMEOUT", default=10.0)
WORKBENCH_ORGANIZATION_NAME = env.str("WORKBENCH_ORGANIZATION_NAME", default="Verification desk")
WORKBENCH_ORGANIZATION_URL = env.str("WORKBENCH_ORGANIZATION_URL", default="")
# Review status -> schema.org Rating of a ClaimReview (1 = false … 5 = true). Statuses that are
# not listed (unreviewed, in_review, not_checkworthy) are not exported as reviews.
WORKBENCH_CLAIMREVIEW_RATINGS = {
    "corroborated": {"ratingValue": 5, "alternateName": "True", "bestRating": 5, "worstRating": 1},
    "disputed": {"ratingValue": 3, "alternateName": "Disputed", "bestRating": 5, "worstRating": 1},
    "false": {"ratingValue": 1, "alternateName": "False", "bestRating": 5, "worstRating": 1},
    # No point on the scale: a textual rating only.
    "unverifiable": {"alternateName": "Unverifiable"},
}

# Plain text lines by default; WORKBENCH_LOG_FORMAT=json writes one JSON object per record with
# the article, claim, quote and task ids of the work in progress (workbench/logging.py).
WORKBENCH_LOG_FORMAT = env.str("WORKBENCH_LOG_FORMAT", default="plain")
LOGGING = logging_config(
    log_format=WORKBENCH_LOG_FORMAT, level=env.str("DJANGO_LOG_LEVEL", default="INFO")
)
