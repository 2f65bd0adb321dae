"""Guards every request passes, and the headers of a site whose pages are private."""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.utils.cache import add_never_cache_headers

Handler = Callable[[HttpRequest], HttpResponseBase]

TOO_LARGE = ("Request too large: without signing in, a request may carry at most {limit} KB. "
             "Sign in and try again.\n")
NUL_IN_QUERY = "The address contains a NUL character (%00), which no page accepts."


class PrivatePageHeadersMiddleware:
    """Permissions-Policy on every response; `Cache-Control: no-store` for signed-in users.

    Every page of a signed-in user (and the gradebook CSV) is somebody's grades or code: no
    browser cache, shared proxy or back button on a shared computer may keep a copy.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response


class AnonymousBodyLimitMiddleware:
    """413 for a large body from a visitor who is not signed in, before anything reads it.

    Django reads a POST before a view can refuse it (the CSRF check parses the form; uploads
    spill to disk), so any visitor could make every worker read megabytes. A visitor only
    needs the login and signup forms; signed-in users keep DATA_UPLOAD_MAX_MEMORY_SIZE.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        limit = settings.ANONYMOUS_MAX_BODY_BYTES
        if declared_length(request) > limit and not request.user.is_authenticated:
            return HttpResponse(TOO_LARGE.format(limit=limit // 1024), status=413,
                                content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def declared_length(request: HttpRequest) -> int:
    raw = request.META.get("CONTENT_LENGTH") or ""
    # Without a valid Content-Length Django reads no body at all (WSGI), so nothing to cap.
    return int(raw) if raw.isascii() and raw.isdigit() else 0


class QueryNulGuardMiddleware:
    """A NUL anywhere in the query string is a 400, before any view or query sees it.

    No filter has a use for one, and PostgreSQL refuses NUL in text: `?learner=%00` used to
    reach the database and come back as a 500.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise BadRequest(NUL_IN_QUERY)
        return self.get_response(request)
