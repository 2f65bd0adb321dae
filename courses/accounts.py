"""Accounts by email: password resets, and confirming the address of a self-sign-up.

Every email leaves through a Celery task (courses.tasks), never while a request waits: the
reset request does the same work whether or not an account uses the address (the worker
looks it up), so neither its answer nor its duration says which addresses have accounts.

An account whose address is not confirmed yet is a member of PENDING_GROUP: a group rather
than a column, so no migration touches the user table, and staff can confirm somebody by
hand in the admin (take them out of the group). Only self-sign-ups join it, and only while
SIGNUP_EMAIL_VERIFICATION is on; it then keeps them from sending code.
"""

import logging

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, User
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django_ratelimit.core import get_usage

from courses import tasks
from courses.forms import SignupForm

logger = logging.getLogger(__name__)

PENDING_GROUP = "Email address not confirmed"
VERIFY_SALT = "eigenlab.accounts.verify-email"

NOT_CONFIRMED = ("Confirm your email address before sending code: open the link in the email "
                 "we sent you, or send it again from the notice at the top of the page.")
LINK_NOT_VALID = ("This link is not valid: it may have been cut short on the way. Open it "
                  "from the email again, or send a new one.")
LINK_EXPIRED = ("This link has expired: links are valid for {days} days. Sign in and send a "
                "new one from the notice at the top of the page.")
LINK_USED = "This link was already used: the address is confirmed."


class LinkRefused(Exception):
    """A confirmation link that confirms nothing; its text is for the person who opened it."""


# --- Password reset -----------------------------------------------------------------------


def password_reset_request(*, request: HttpRequest, email: str) -> None:
    """Sends the reset email to the accounts using `email`, if any, within the address's limit.

    Nothing here depends on whether an account uses the address (the worker looks it up).
    """
    if _address_under_limit(request, email):
        tasks.send_password_reset.send_on_commit(email, *_origin(request))


def password_reset_send(*, email: str, domain: str, use_https: bool) -> None:
    """Emails a reset link to every active account using `email` (Django's rules and token)."""
    form = PasswordResetForm({"email": email})
    if form.is_valid():
        form.save(domain_override=domain, use_https=use_https,
                  subject_template_name="registration/password_reset_subject.txt",
                  email_template_name="registration/password_reset_email.txt",
                  extra_email_context={"hours": str(settings.PASSWORD_RESET_TIMEOUT // 3600)})


def sign_in_failures_forget(*, user: AbstractBaseUser) -> None:
    """A reset proves the mailbox: the failures that locked the sign-in no longer count."""
    axes_reset(username=user.get_username())


def _address_under_limit(request: HttpRequest, email: str) -> bool:
    address = email.strip().casefold()
    try:
        usage = get_usage(request, group="eigenlab.password_reset.address",
                          key=lambda group, request: address,
                          rate=settings.PASSWORD_RESET_RATE_PER_ADDRESS, increment=True)
    except Exception:
        # As config.throttle: an outage of ours must not keep anybody from their account.
        logger.warning("reset emails per address not counted: the cache is unreachable",
                       exc_info=True)
        return True
    return not (usage and usage["should_limit"])


# --- Confirming the address of a self-sign-up ----------------------------------------------


@transaction.atomic
def signup_complete(*, request: HttpRequest, form: SignupForm) -> User:
    """Saves a valid signup form; where addresses must be confirmed, asks for it by email."""
    user: User = form.save()
    if settings.SIGNUP_EMAIL_VERIFICATION:
        user.groups.add(_pending_group())
        tasks.send_verification.send_on_commit(user.pk, *_origin(request))
    return user


def verification_pending(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether this account must confirm its address before sending code."""
    return (settings.SIGNUP_EMAIL_VERIFICATION and user.is_authenticated
            and _in_pending_group(user))


def ensure_may_send_code(user: AbstractBaseUser) -> None:
    if verification_pending(user):
        raise ValidationError(NOT_CONFIRMED)


def verification_resend(*, request: HttpRequest, user: User) -> bool:
    """Sends a new confirmation link; False when the account has nothing to confirm."""
    if not verification_pending(user):
        return False
    tasks.send_verification.send_on_commit(user.pk, *_origin(request))
    return True


def verification_send(*, user_id: int, domain: str, use_https: bool) -> None:
    """Emails a new confirmation link, if the account still waits for one."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or not _in_pending_group(user):
        return
    path = reverse("verify_email", args=[_verification_token(user)])
    context = {"user": user, "link": f"{'https' if use_https else 'http'}://{domain}{path}",
               "days": settings.EMAIL_VERIFICATION_DAYS}
    subject = render_to_string("registration/verify_email_subject.txt", context)
    body = render_to_string("registration/verify_email_email.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


def verification_check(token: str) -> User:
    """The account a confirmation link confirms; LinkRefused says why there is none."""
    max_age = settings.EMAIL_VERIFICATION_DAYS * 24 * 3600
    try:
        value = signing.TimestampSigner(salt=VERIFY_SALT).unsign(token, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkRefused(LINK_EXPIRED.format(days=settings.EMAIL_VERIFICATION_DAYS)) from None
    except signing.BadSignature:
        raise LinkRefused(LINK_NOT_VALID) from None
    user_id, _, digest = value.partition(":")
    user = User.objects.filter(pk=int(user_id), is_active=True).first()
    if user is None:
        raise LinkRefused(LINK_NOT_VALID)
    if not _in_pending_group(user):
        raise LinkRefused(LINK_USED)
    if digest != _address_digest(user):
        raise LinkRefused(LINK_NOT_VALID)  # sent to an address the account no longer uses
    return user


@transaction.atomic
def verification_confirm(token: str) -> User:
    """Confirms the address a link was sent to; once confirmed, the link is refused (used)."""
    user = verification_check(token)
    user.groups.remove(_pending_group())
    return user


def _verification_token(user: User) -> str:
    # Signed and timestamped: nobody can make one, and it expires. It names the address, so
    # it confirms only the address it was sent to.
    return signing.TimestampSigner(salt=VERIFY_SALT).sign(f"{user.pk}:{_address_digest(user)}")


def _address_digest(user: User) -> str:
    # Keyed, so the link (which ends up in logs and histories) does not reveal the address.
    return salted_hmac(VERIFY_SALT, user.email.strip().casefold()).hexdigest()[:20]


def _in_pending_group(user: AbstractBaseUser) -> bool:
    return Group.objects.filter(name=PENDING_GROUP, user=user.pk).exists()


def _pending_group() -> Group:
    return Group.objects.get_or_create(name=PENDING_GROUP)[0]


# --- Sending --------------------------------------------------------------------------------


def _origin(request: HttpRequest) -> tuple[str, bool]:
    """Where links in an email point: the host the request came to (checked against
    ALLOWED_HOSTS), and whether it came over HTTPS."""
    return request.get_host(), request.is_secure()
