"""Signs in the owner of a personal access token for the API's requests."""

import contextlib
from collections.abc import Callable

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from ninja.errors import AuthenticationError

from api.auth import token_of

API_PREFIX = "/api/"


class TokenUserMiddleware:
    """Under /api/, a valid bearer token makes its owner `request.user`.

    Before the anonymous body limit (config.middleware), which would otherwise refuse a
    learner's notebook as a stranger's, and before the rate limits (config.throttle), which
    count per account. A missing or refused token leaves the request anonymous: the API's
    operations then answer 401 with the reason (api.auth).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.path.startswith(API_PREFIX) and "Authorization" in request.headers:
            # A refused token leaves the request anonymous: the operation answers 401 with why.
            with contextlib.suppress(AuthenticationError):
                request.user = token_of(request).user
        return self.get_response(request)
