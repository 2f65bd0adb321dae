"""The REST API (django-ninja) at /api/: its schema at /api/openapi.json, its docs at /api/docs.

Errors always answer `{"detail": "<a sentence>"}`: the same sentences the web pages show.
"""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as RequestInvalid

from api import learner, staff

DESCRIPTION = """\
Eigenlab's exercises from a terminal or a notebook. Authenticate with a personal access token
from your account page, sent as `Authorization: Bearer eig_…`; its scopes decide what it may do
(`read`, `submit`, `staff`). Every operation allows exactly what the web pages allow you.

Send code (or a notebook) to an exercise, then wait for its result with
`GET /api/submissions/{id}/wait` until `finished` is true. The `eigenlab` client
(`pip install ./clients/python`) does this for you.
"""

api = NinjaAPI(
    title="Eigenlab API", version="1", description=DESCRIPTION, urls_namespace="api",
    # The docs' scripts and styles come from django-ninja's static files ("ninja" is an
    # installed app), and Swagger UI's online validator is off: nothing leaves this site.
    docs=Swagger(settings={"validatorUrl": None, "persistAuthorization": False}),
)
api.add_router("/", learner.router)
api.add_router("/", staff.router)


def _error(request: HttpRequest, detail: str, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


@api.exception_handler(ValidationError)
def _refused(request: HttpRequest, error: ValidationError) -> HttpResponse:
    return _error(request, " ".join(error.messages), 422)


@api.exception_handler(RequestInvalid)
def _invalid(request: HttpRequest, error: RequestInvalid) -> HttpResponse:
    return _error(request, "; ".join(_describe(item) for item in error.errors), 422)


def _describe(item: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in item.get("loc", ()))
    return f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid"))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    # Our selectors' texts ("No such exercise.") name nothing that is not the caller's.
    return _error(request, str(error) or "Not found.", 404)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    return _error(request, str(error) or "You may not do this.", 403)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
    response = _error(request, str(error), 401)
    response["WWW-Authenticate"] = 'Bearer realm="eigenlab"'
    return response
