"""Browser tests: Debian's Chromium driven by Playwright against Django's live server."""

import os
from typing import Any

import pytest

# The real worker machinery (private Redis, worker processes) of the integration suite.
from tests.integration.conftest import (  # noqa: F401
    celery_worker,
    private_broker,
    private_redis,
    workers,
)

CHROMIUM = "/usr/bin/chromium"

# Playwright's sync API runs an event loop in this thread; the ORM calls in the test body
# are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium, never a downloaded browser; no traffic beyond localhost."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"],
    }


@pytest.fixture(autouse=True)
def plain_static_names(settings: Any) -> None:
    """The live server serves static files from the finders, by their unhashed names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
