"""Who a request to the API is: the owner of the personal access token it presents.

`Authorization: Bearer eig_…` only; sessions never authenticate the API, so no API call needs a
CSRF token and a page's script can never call it with a learner's cookie. The token is checked
once per request (api.middleware does it first, so that body limits and rate limits see the
user) and its scopes decide which operations it may call.
"""

from django.http import HttpRequest
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import HttpBearer

from api.models import ApiToken
from api.services import TokenRefused, token_authenticate

MISSING = ("Send a personal access token in the header `Authorization: Bearer eig_…`; create "
           "one on your account page.")
MALFORMED = "The Authorization header must read `Bearer ` followed by the token."


def token_of(request: HttpRequest) -> ApiToken:
    """The request's token, checked once and remembered; AuthenticationError (401) if none."""
    known = getattr(request, "_eigenlab_api_token", None)
    if isinstance(known, ApiToken):
        return known
    refusal = getattr(request, "_eigenlab_api_refusal", None)
    if refusal is None:
        refusal = _check(request)
    if isinstance(refusal, ApiToken):
        return refusal
    raise AuthenticationError(message=refusal)


def _check(request: HttpRequest) -> ApiToken | str:
    """The token, or why the request has none; remembered on the request either way."""
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    found: ApiToken | str
    if not header:
        found = MISSING
    elif scheme.lower() != "bearer" or not secret.strip():
        found = MALFORMED
    else:
        try:
            found = token_authenticate(secret.strip())
        except TokenRefused as refused:
            found = str(refused)
    if isinstance(found, ApiToken):
        request._eigenlab_api_token = found  # type: ignore[attr-defined]
    else:
        request._eigenlab_api_refusal = found  # type: ignore[attr-defined]
    return found


class TokenAuth(HttpBearer):
    """A token holding `scope` (any of `scopes`); its ApiToken becomes `request.auth`."""

    def __init__(self, *scopes: str) -> None:
        super().__init__()
        self.scopes = scopes

    def __call__(self, request: HttpRequest) -> ApiToken:
        token = token_of(request)
        if not any(scope in token.scopes for scope in self.scopes):
            raise AuthorizationError(message=_lacks(token, self.scopes))
        return token

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        return token_of(request)  # __call__ reads the header itself; kept for HttpBearer


def _lacks(token: ApiToken, wanted: tuple[str, ...]) -> str:
    held = ", ".join(token.scopes)
    needed = " or ".join(wanted)
    return (f"This token's scopes ({held}) do not allow this: it needs {needed}. Create a token "
            "with that scope on your account page.")
