"""Sign-in throttling with django-axes: who the client is, and the page a locked-out one gets.

Failures are counted per username and client address (AXES_LOCKOUT_PARAMETERS); after
AXES_FAILURE_LIMIT of them that pair is refused for AXES_COOLOFF_TIME, even with the right
password, and a success resets the count. Another account, or the same account from another
address, is not affected, so nobody can lock a learner out from elsewhere.
"""

import math
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

LOCKOUT_TEMPLATE = "registration/lockout.html"


class SignInLockoutBackend(AxesStandaloneBackend):
    """Axes' check of a sign-in, for sign-ins that come with a request.

    Every login form passes its request (LoginView, the admin); an authenticate() without
    one (the test client's login(), a shell) has no client to count, where axes would raise.
    """

    def authenticate(self, request: HttpRequest | None, username: str | None = None,
                     password: str | None = None, **kwargs: Any) -> None:
        if request is not None:
            super().authenticate(request, username, password, **kwargs)
        return None  # this backend only refuses; ModelBackend, next in line, signs in


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: behind our TLS proxy, the one the proxy appended last.

    Entries to the left of it are whatever the client sent, so only the last is trusted;
    without the proxy every request would seem to come from it and share one counter.
    """
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")


def lockout_response(request: HttpRequest, original_response: HttpResponse | None,
                     credentials: dict[str, Any] | None) -> HttpResponse:
    """429 with the site's layout, saying when the next attempt will be allowed."""
    retry_at = _retry_at(request, credentials)
    seconds = max(0, math.ceil((retry_at - timezone.now()).total_seconds()))
    context = {"retry_at": retry_at, "minutes": max(1, math.ceil(seconds / 60)),
               "username": get_client_username(request, credentials) or ""}
    response = render(request, LOCKOUT_TEMPLATE, context, status=HTTPStatus.TOO_MANY_REQUESTS)
    response["Retry-After"] = str(seconds)
    return response


def _retry_at(request: HttpRequest, credentials: dict[str, Any] | None) -> datetime:
    # Refused attempts are not counted (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT off),
    # so the lockout ends one cool-off after the last counted failure: the time we announce.
    cool_off = get_cool_off(request) or timedelta(0)
    last = AccessAttempt.objects.filter(
        username=get_client_username(request, credentials),
        ip_address=getattr(request, "axes_ip_address", None),
    ).aggregate(last=Max("attempt_time"))["last"]
    return (last or timezone.now()) + cool_off
