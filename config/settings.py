"""Eigenlab settings: one module, configured by the environment.

Every value comes from a small typed helper that fails loudly on a malformed value.
DEBUG defaults to false and then SECRET_KEY is required; in a development checkout the
generated `.env` (see read_dotenv) supplies both.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false).")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def read_dotenv(path: Path) -> None:
    """Fills in the variables the real environment lacks from NAME=value lines of `path`."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, equals, value = line.partition("=")
        name, value = name.strip(), value.strip()
        if not equals or not name.isidentifier():
            raise ImproperlyConfigured(f"{path}, line {number}: expected NAME=value.")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        os.environ.setdefault(name, value)


# The dev make targets write a git-ignored .env (random SECRET_KEY, DEBUG=true) so that a plain
# shell can run manage.py, pytest and mypy. A deployment has none (the image never copies it).
# EIGENLAB_DOTENV names another file (it must exist), or is empty to read none (tests of
# production behaviour).
dotenv_path = os.environ.get("EIGENLAB_DOTENV")
if dotenv_path is None and (BASE_DIR / ".env").is_file():
    dotenv_path = str(BASE_DIR / ".env")
if dotenv_path:
    read_dotenv(Path(dotenv_path))

DEBUG = env_bool("DEBUG", False)

# A fixed key is only acceptable when nothing is deployed: debug mode and the test suite.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key" if DEBUG else None)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",  # sign-in throttling: counts failures per username and address (see below)
    "csp",  # Content-Security-Policy header (see below)
    "courses",
    "exercises",
    "authoring",
    "grader",
    "gradebook",
    "notifications",
    "runs",  # staff pages of course runs (its models live in courses)
    "lti_tool",  # django-lti: LTI 1.3 registrations, deployments, keys, launches
    "lti",
    # django-ninja: installed so that its API docs load Swagger UI from its own static files
    # (without it, ninja's docs page pulls them from a CDN, which our CSP and rules forbid).
    "ninja",
    "api",  # the REST API and personal access tokens
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves static files from the app server: no separate web server needed in the container.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outermost of ours: its header must cover every page the middleware below produces.
    "csp.middleware.CSPMiddleware",
    "config.middleware.PrivatePageHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Under /api/ a personal access token signs its owner in, before the body limit below
    # (which would take a token's request for an anonymous one) and the rate limits count.
    "api.middleware.TokenUserMiddleware",
    # Needs request.user; runs before anything reads the body (the CSRF check comes later,
    # in process_view).
    "config.middleware.AnonymousBodyLimitMiddleware",
    "config.middleware.QueryNulGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as axes asks: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "courses.permissions.navigation",
                "grader.context.result_delivery",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        # Persistent connections outlive a database restart or a dropped link; test each one
        # before a request reuses it, instead of one 500 per web worker.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The worker and the web server write concurrently: wait for the lock instead of failing,
    # and keep the test database in a file so a real Celery worker process can share it.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    # One file per test run, so two runs in one checkout do not collide.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "courses:catalog"
LOGOUT_REDIRECT_URL = "login"

# --- Accounts: password resets and confirmed addresses (services in courses/accounts.py) ---
# Reset links work once, and not for long: a mailbox read later by someone else finds them dead.
PASSWORD_RESET_TIMEOUT = 60 * 60 * env_int("PASSWORD_RESET_HOURS", 2)
# Reset emails to one address, whoever asks: nobody can flood an inbox from many addresses.
# Over the limit the answer stays the same (a refusal would say the address has an account).
PASSWORD_RESET_RATE_PER_ADDRESS = env_str("RATE_PASSWORD_RESET_ADDRESS", "3/h")
# Self-sign-ups confirm their address by email before they may send code; off until a course
# run needs it. Accounts from before, and those made by staff, are never asked.
SIGNUP_EMAIL_VERIFICATION = env_bool("SIGNUP_EMAIL_VERIFICATION", False)
# How long a confirmation link stays valid (another one can be sent from the site's notice).
EMAIL_VERIFICATION_DAYS = env_int("EMAIL_VERIFICATION_DAYS", 3)

# --- Email (sent by the Celery workers, never while a request waits) ---
# Development prints each message on the worker's console; a deployment hands it to the SMTP
# server named here (Django's defaults: a local mail server on port 25, no TLS).
EMAIL_BACKEND = (
    "django.core.mail.backends.console.EmailBackend" if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)  # STARTTLS, as on port 587
# A mail server that stops answering must not hold a worker slot for long.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Eigenlab <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # Django's own error reports, if ADMINS is ever set

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Tests render pages without running collectstatic first.
WHITENOISE_MANIFEST_STRICT = False

# Learner code arrives as form text: cap request bodies well above the code limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
# Visitors who are not signed in only send the login and signup forms: anything larger is
# refused (413) before it is read (config.middleware.AnonymousBodyLimitMiddleware).
ANONYMOUS_MAX_BODY_BYTES = env_int("ANONYMOUS_MAX_BODY_BYTES", 64 * 1024)

# --- Production hardening (all on unless DEBUG; each can be switched for a TLS proxy setup) ---
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 30)
# Both commit every subdomain of the domain to HTTPS (preload: for months, in the browsers'
# built-in lists), which only the domain's owner can decide: off unless asked for.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Django's deploy checks ask for includeSubDomains and preload; they are the operator's call.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]

# Content-Security-Policy (django-csp): scripts only from our own files (an inline script needs
# nonce="{{ request.csp_nonce }}"), no plugins, no framing, forms post only here. Images only
# from here or data: URLs, so a statement's ![](https://tracker/...) never makes a learner's
# browser call another host. Inline styles stay allowed: CodeMirror (its theme) and htmx inject
# <style> elements, and KaTeX and Markdown's aligned table columns use style attributes;
# without 'unsafe-inline' Chromium drops the editor's theme and the tables' alignment.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
# No page needs any of these browser features; denied for embedded content too.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
    "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
    "screen-wake-lock", "usb", "xr-spatial-tracking",
))

# --- Sign-in throttling (django-axes; glue in config/auth.py) ---
AUTHENTICATION_BACKENDS = [
    "config.auth.SignInLockoutBackend",  # refuses a locked-out username+address first
    "django.contrib.auth.backends.ModelBackend",
]
# Failures per username *and* address: a guesser elsewhere cannot lock a learner out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
# Refused attempts do not extend the lockout, so the time the page announces holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "config.auth.lockout_response"
AXES_CLIENT_IP_CALLABLE = "config.auth.client_ip"
# Behind our proxy, the client's address is the last X-Forwarded-For entry (the proxy's).
TRUST_X_FORWARDED_FOR = env_bool("BEHIND_TLS_PROXY", False)
# Only failures matter for the lockout: no table of every successful sign-in and its address.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False  # no banner from every manage.py and worker start; failures still logged

# --- Celery: the Submission row is the source of truth; messages carry ids only ---
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL

# Shared by every web process: the rate-limit counters (config/throttle.py) live here. Short
# socket timeouts: a Redis outage must cost a request milliseconds, not a hang.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("CACHE_URL", REDIS_URL),
        "KEY_PREFIX": "cache",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
}
# Per account, per IP address: a classroom shares one address, so the IP limits are wide.
RATE_LIMITS = {
    "submit": (env_str("RATE_SUBMIT", "20/m"), env_str("RATE_SUBMIT_IP", "300/m")),
    "check": (env_str("RATE_CHECK", "30/m"), env_str("RATE_CHECK_IP", "400/m")),
    "review": (env_str("RATE_REVIEW", "10/h"), env_str("RATE_REVIEW_IP", "100/h")),
    "signup": ("", env_str("RATE_SIGNUP_IP", "10/h")),
    "validate": (env_str("RATE_VALIDATE", "60/h"), env_str("RATE_VALIDATE_IP", "300/h")),
    "autosave": (env_str("RATE_AUTOSAVE", "60/m"), env_str("RATE_AUTOSAVE_IP", "600/m")),
    # Per address asked about: PASSWORD_RESET_RATE_PER_ADDRESS (above), silently.
    "password_reset": ("", env_str("RATE_PASSWORD_RESET_IP", "10/h")),
    "verification": (env_str("RATE_VERIFICATION", "3/h"), env_str("RATE_VERIFICATION_IP", "30/h")),
    # Guessing join codes: a class types a handful; a script trying codes is stopped early.
    "join": (env_str("RATE_JOIN", "10/h"), env_str("RATE_JOIN_IP", "60/h")),
}
# The same client address as the sign-in lockout's (behind our proxy: what it appended).
RATELIMIT_IP_META_KEY = "config.auth.client_ip"
CELERY_RESULT_BACKEND = None  # results live in the database, never in the broker
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True  # a task killed mid-run is delivered again...
CELERY_TASK_REJECT_ON_WORKER_LOST = True  # ...including when its worker process dies
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # a slow grading must not hold other messages hostage
# A new pool process starts its zygote before it reports for work (grader.tasks), and a zygote
# that imports the whole scientific stack takes seconds on a busy machine: Celery's 4 s before
# it kills a silent process is too short.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = 20.0
# Worker processes, each with its own warm sandbox (zygote). Two per core: a grading's steps
# (broker, database, sandbox) run one after another, and with one slot per core the cores
# idled ~40% of the time; `make bench` measured +25% throughput at two (64 MB per zygote).
CELERY_WORKER_CONCURRENCY = env_int("GRADER_SLOTS", 2 * (os.cpu_count() or 1))
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "grading")
# Validation, regrades and the sweepers (config.celery.route): workers of their own.
CELERY_STAFF_QUEUE = env_str("CELERY_STAFF_QUEUE", "staff")

# Grading limits: the sandbox's own wall clock is the innermost; Celery's limits sit above it.
GRADER_SANDBOX_MAX_SECONDS = env_int("GRADER_SANDBOX_MAX_SECONDS", 30)
CELERY_TASK_SOFT_TIME_LIMIT = GRADER_SANDBOX_MAX_SECONDS + 30
CELERY_TASK_TIME_LIMIT = GRADER_SANDBOX_MAX_SECONDS + 60
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # An unacknowledged message comes back after this long: well above the longest task.
    "visibility_timeout": CELERY_TASK_TIME_LIMIT * 4,
}
# A submission `running` longer than this is presumed lost with its worker and taken back.
GRADER_LEASE_SECONDS = env_int("GRADER_LEASE_SECONDS", CELERY_TASK_TIME_LIMIT + 30)
# A `queued` submission older than this is enqueued again (its message may be lost).
GRADER_REQUEUE_AFTER_SECONDS = env_int("GRADER_REQUEUE_AFTER_SECONDS", 60)
# A submission that was claimed this many times without finishing ends as an error.
GRADER_MAX_DELIVERIES = env_int("GRADER_MAX_DELIVERIES", 3)
GRADER_SWEEP_SECONDS = env_int("GRADER_SWEEP_SECONDS", 30)
GRADER_MAX_PENDING_PER_USER = env_int("GRADER_MAX_PENDING_PER_USER", 5)
GRADER_MAX_CODE_BYTES = env_int("GRADER_MAX_CODE_BYTES", 64 * 1024)
# An uploaded .ipynb (grader/notebooks.py): outputs and plots make notebooks large, but every
# request body stays under the web server's and proxy's 2 MB. Its code must still fit the above.
GRADER_MAX_NOTEBOOK_BYTES = env_int("GRADER_MAX_NOTEBOOK_BYTES", 1024 * 1024)
# "pool": warm pre-imported zygotes, one per worker process; "fresh": a new interpreter per job.
GRADER_SANDBOX_BACKEND = env_str("GRADER_SANDBOX_BACKEND", "pool")
if GRADER_SANDBOX_BACKEND not in {"pool", "fresh"}:
    raise ImproperlyConfigured("GRADER_SANDBOX_BACKEND must be pool or fresh.")
# The unprivileged account that starts every jail when the worker runs as root.
GRADER_SANDBOX_USER = env_str("GRADER_SANDBOX_USER", "eigenlab-sandbox")

# --- Results pushed to the page (grader/events.py, grader.views.submission_wait) ---
# The worker announces "submission N changed" on this Redis after the commit that stored a
# result, and the pending result's request waits for it there. Empty: the Celery broker's, which
# every web and worker process reaches already (pub/sub keeps nothing in it).
GRADER_EVENTS_URL = env_str("GRADER_EVENTS_URL", "")
# A waiting request answers "still pending" after this long, and the page asks again.
GRADER_WAIT_SECONDS = env_int("GRADER_WAIT_SECONDS", 10)
# Off: a pending result's page polls every GRADER_POLL_MS instead of waiting for the
# worker's announcement (for a deployment whose Redis has no pub/sub, and so that `make bench`
# measures both ways in one run).
GRADER_PUSH_RESULTS = env_bool("GRADER_PUSH_RESULTS", True)
GRADER_POLL_MS = env_int("GRADER_POLL_MS", 700)
# Off: each slot starts its zygote on its first job, not as the worker starts (`make bench`
# measures the difference).
GRADER_PREWARM_ZYGOTES = env_bool("GRADER_PREWARM_ZYGOTES", True)
# Request threads of the web server (scripts/serve.py: waitress); a waiting request holds one.
WEB_THREADS = env_int("WEB_THREADS", 32)
# Waiting requests per web process; past this a wait answers at once and the page asks again a
# second later, so WEB_THREADS - GRADER_MAX_WAITS threads always serve everything else.
GRADER_MAX_WAITS = env_int("GRADER_MAX_WAITS", max(WEB_THREADS - 8, 1))
# Celery limits of one draft validation (every variant times reference, starter and mutants).
AUTHORING_VALIDATION_SOFT_SECONDS = env_int("AUTHORING_VALIDATION_SOFT_SECONDS", 240)
AUTHORING_VALIDATION_HARD_SECONDS = AUTHORING_VALIDATION_SOFT_SECONDS + 30
# Seeds swept beyond the served variants (exercises/sweep.py): the reference must pass and
# every mutant fail on each. `check_exercises` (and `make validate`) sweeps the full count; a
# draft validated in the browser sweeps fewer, to answer within seconds.
EXERCISE_SWEEP_SEEDS = env_int("EXERCISE_SWEEP_SEEDS", 50)
AUTHORING_SWEEP_SEEDS = env_int("AUTHORING_SWEEP_SEEDS", 10)
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-submissions": {
        "task": "grader.tasks.sweep_stuck_submissions",
        "schedule": float(GRADER_SWEEP_SECONDS),
    },
    "sweep-draft-validations": {
        "task": "authoring.tasks.sweep_validations",
        "schedule": float(GRADER_SWEEP_SECONDS),
    },
    "sweep-regrades": {
        "task": "gradebook.tasks.sweep_regrades",
        "schedule": float(GRADER_SWEEP_SECONDS),
    },
    # Cluster notes whose run on every variant was lost (gradebook.clusters).
    "sweep-cluster-feedback": {
        "task": "gradebook.tasks.sweep_cluster_feedback",
        "schedule": float(GRADER_SWEEP_SECONDS),
    },
    # Scores for the LMS whose send failed or whose message was lost (lti.tasks).
    "sweep-lti-passbacks": {
        "task": "lti.tasks.sweep_passbacks",
        "schedule": float(GRADER_SWEEP_SECONDS),
    },
    # Deadline reminders look 24 h ahead: a quarter of an hour late is still in time.
    "remind-deadlines": {
        "task": "notifications.tasks.remind_deadlines",
        "schedule": 15 * 60.0,
    },
}

# --- LTI 1.3 (lti/, with django-lti): launches from an LMS, scores back through AGS ---
# After a key rotation the old key stays in the JWKS this long, so that an LMS that fetched
# the JWKS before can still check what the old key signed.
LTI_KEY_OVERLAP_DAYS = env_int("LTI_KEY_OVERLAP_DAYS", 7)
# A score the LMS refuses or does not answer is sent again after 30 s, 60 s, 120 s, ... (at
# most an hour apart), and marked failed (shown in the gradebook) after this many attempts.
LTI_PASSBACK_MAX_ATTEMPTS = env_int("LTI_PASSBACK_MAX_ATTEMPTS", 10)
LTI_PASSBACK_RETRY_SECONDS = env_int("LTI_PASSBACK_RETRY_SECONDS", 30)
# Every call to the LMS (keys, tokens, scores, rosters) gives up after this long: a slow LMS
# must not hold a staff worker.
LTI_HTTP_TIMEOUT_SECONDS = env_int("LTI_HTTP_TIMEOUT_SECONDS", 10)
# How long an LMS's public keys are reused before they are fetched again.
LTI_PLATFORM_KEYS_CACHE_SECONDS = env_int("LTI_PLATFORM_KEYS_CACHE_SECONDS", 600)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
