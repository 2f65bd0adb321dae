"""Rate limits on every write a user can repeat: per account and per IP address.

Counting is django-ratelimit's (fixed windows in the shared cache, Redis); this module only
says what is limited and words the refusal. A cache that cannot be reached lets the request
through: the writes behind these limits are capped elsewhere too (pending submissions,
one open review per submission), and an outage of ours must not lock learners out.
"""

import logging

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)

# What is being done, in the refusal: "You are sending submissions too quickly ...".
ACTIONS = {
    "submit": "sending submissions",
    "check": "checking examples",
    "review": "asking for reviews",
    "signup": "creating accounts",
    "validate": "validating exercises",
    "autosave": "saving drafts",
    "password_reset": "asking for password resets",
    "verification": "asking for confirmation emails",
    "join": "trying join codes",
}


def _refusal(group: str, seconds: int) -> str:
    wait = "a second" if seconds <= 1 else f"{seconds} seconds"
    if seconds > 90:
        wait = f"{round(seconds / 60)} minutes"
    return f"You are {ACTIONS[group]} too quickly; please try again in {wait}."


def _usage(request: HttpRequest, group: str, key: str, rate: str) -> dict[str, int] | None:
    try:
        return get_usage(request, group=f"eigenlab.{group}.{key}", key=key, rate=rate,
                         increment=True)
    except Exception:
        logger.warning("rate limit of %s not checked: the cache is unreachable", group,
                       exc_info=True)
        return None


def refusal(request: HttpRequest, group: str) -> str | None:
    """Counts this request; the message for the user when it goes over a limit, else None."""
    per_user, per_ip = settings.RATE_LIMITS[group]
    limits = [("ip", per_ip)]
    if request.user.is_authenticated and per_user:
        limits.insert(0, ("user", per_user))
    waits = [usage["time_left"] for key, rate in limits
             if (usage := _usage(request, group, key, rate)) and usage["should_limit"]]
    return _refusal(group, max(waits)) if waits else None
