"""Writes of personal access tokens: make one (shown once), revoke one, and check one that a
request presents (which records when it was last used)."""

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser, User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from api.models import ApiToken
from courses.permissions import teaches_anything

# Recognisable in a config file, a shell history or a secret scanner's rules.
PREFIX = "eig_"
SECRET_BYTES = 32  # 256 bits: past any guessing, so a plain SHA-256 digest is enough
SHOWN_CHARS = len(PREFIX) + 6
# Tokens a user may hold at once: enough for every machine and notebook, and a cap on what one
# account can pile up (there is no other limit on making them).
MAX_ACTIVE_TOKENS = 20
MAX_EXPIRY_DAYS = 366
# A token's last use is written at most this often: a client polling results writes no row
# per request.
LAST_USED_PRECISION = timedelta(minutes=1)
# Longer than any token we make: the rest is not looked up.
MAX_TOKEN_CHARS = 100


class TokenRefused(Exception):
    """A presented token that signs nobody in; the text says why, to its holder."""


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # shown once, never stored


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


@transaction.atomic
def token_create(*, user: User, name: str, scopes: Iterable[str],
                 expires_in_days: int | None) -> NewToken:
    name, wanted = name.strip(), set(scopes)
    _check_request(user, name, wanted, expires_in_days)
    User.objects.select_for_update().only("pk").get(pk=user.pk)  # the cap counts one at a time
    if _active(user).count() >= MAX_ACTIVE_TOKENS:
        raise ValidationError(f"You have {MAX_ACTIVE_TOKENS} active tokens, the most one account "
                              "may hold; revoke one you no longer use first.")
    if _active(user).filter(name=name).exists():
        raise ValidationError(f"You already have an active token called {name!r}; choose "
                              "another name.")
    secret = PREFIX + secrets.token_urlsafe(SECRET_BYTES)
    expires_at = (timezone.now() + timedelta(days=expires_in_days)
                  if expires_in_days is not None else None)
    try:
        with transaction.atomic():
            token = ApiToken.objects.create(
                user=user, name=name, prefix=secret[:SHOWN_CHARS], digest=digest_of(secret),
                may_read=ApiToken.Scope.READ in wanted, may_submit=ApiToken.Scope.SUBMIT in wanted,
                may_staff=ApiToken.Scope.STAFF in wanted, expires_at=expires_at)
    except IntegrityError:
        raise ValidationError("Could not create the token; try again.") from None
    return NewToken(token=token, secret=secret)


def _check_request(user: User, name: str, scopes: set[str],
                   expires_in_days: int | None) -> None:
    if not name:
        raise ValidationError("Name the token after where you will use it, e.g. “laptop”.")
    if len(name) > ApiToken._meta.get_field("name").max_length:  # type: ignore[operator]
        raise ValidationError("Keep the name under 100 characters.")
    if not scopes:
        raise ValidationError("Choose at least one scope.")
    if unknown := scopes - set(ApiToken.Scope.values):
        raise ValidationError(f"Unknown scope: {', '.join(sorted(unknown))}.")
    if ApiToken.Scope.STAFF in scopes and not teaches_anything(user):
        raise ValidationError("Only instructors, teaching assistants and admins may create a "
                              "token with the staff scope.")
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_EXPIRY_DAYS:
        raise ValidationError(f"A token lasts between 1 and {MAX_EXPIRY_DAYS} days, or never "
                              "expires.")


def _active(user: AbstractBaseUser) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user_id=user.pk, revoked_at__isnull=True).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))


def token_revoke(*, user: AbstractBaseUser, token_id: int) -> ApiToken:
    """Revokes one of the user's tokens (404 for anybody else's); revoking twice is a no-op."""
    token = ApiToken.objects.filter(pk=token_id, user_id=user.pk).first()
    if token is None:
        raise Http404("No such token.")
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now())
    token.refresh_from_db(fields=["revoked_at"])
    return token


def token_authenticate(secret: str) -> ApiToken:
    """The active token that `secret` is, with its user; TokenRefused says why not."""
    if not secret.startswith(PREFIX) or len(secret) > MAX_TOKEN_CHARS:
        raise TokenRefused(f"This is not an Eigenlab token (those start with {PREFIX}); create "
                           "one on your account page.")
    token = ApiToken.objects.select_related("user").filter(digest=digest_of(secret)).first()
    if token is None:
        raise TokenRefused("This token is not known: it may be mistyped, or it was deleted.")
    if token.revoked_at is not None:
        raise TokenRefused(f"This token was revoked on {token.revoked_at:%Y-%m-%d %H:%M} UTC; "
                           "create a new one on your account page.")
    if token.expired:
        raise TokenRefused(f"This token expired on {token.expires_at:%Y-%m-%d %H:%M} UTC; "
                           "create a new one on your account page.")
    if not token.user.is_active:
        raise TokenRefused("The account of this token is disabled.")
    _record_use(token)
    return token


def _record_use(token: ApiToken) -> None:
    now = timezone.now()
    ApiToken.objects.filter(pk=token.pk).filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_PRECISION)
    ).update(last_used_at=now)
