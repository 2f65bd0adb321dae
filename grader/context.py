"""Template context for every page that may show a pending result."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def result_delivery(request: HttpRequest) -> dict[str, Any]:
    """How long a pending result's panel waits before it asks again: at once when the server
    holds the request until the result is stored (grader:wait), else the polling interval."""
    return {"result_poll_delay": "" if settings.GRADER_PUSH_RESULTS
            else f"{settings.GRADER_POLL_MS}ms"}
