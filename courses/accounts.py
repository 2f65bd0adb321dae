"""Accounts by email: password resets, confirming the address of a self-sign-up, and the
accounts staff make by email address (a staff invitation, a roster import).

Every email leaves through a Celery task (courses.tasks), never while a request waits: the
reset request does the same work whether or not an account uses the address (the worker
looks it up), so neither its answer nor its duration says which addresses have accounts.

An account whose address is not confirmed yet is a member of PENDING_GROUP: a group rather
than a column, so no migration touches the user table, and staff can confirm somebody by
hand in the admin (take them out of the group). Only self-sign-ups join it, and only while
SIGNUP_EMAIL_VERIFICATION is on; it then keeps them from sending code. A run may also ask
for a confirmed address (CourseRun.confirmed_email_required): an account that has confirmed
one is a member of CONFIRMED_GROUP, and any account may ask for the link. Likewise an account
staff made is a member of STAFF_MADE_GROUP: it has no password until its owner chooses one,
through the invitation's link or the reset form (which Django's own would refuse it).
"""

import logging
import re
from collections.abc import Iterator

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, User
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode
from django_ratelimit.core import get_usage

from courses import tasks
from courses.forms import SignupForm
from courses.models import CourseRun, Enrollment

logger = logging.getLogger(__name__)

PENDING_GROUP = "Email address not confirmed"
CONFIRMED_GROUP = "Email address confirmed"
# Accounts staff made by email address, which may set their first password by email.
STAFF_MADE_GROUP = "Made by staff"
VERIFY_SALT = "eigenlab.accounts.verify-email"

NOT_CONFIRMED = ("Confirm your email address before sending code: open the link in the email "
                 "we sent you, or send it again from the notice at the top of the page.")
LINK_NOT_VALID = ("This link is not valid: it may have been cut short on the way. Open it "
                  "from the email again, or send a new one.")
LINK_EXPIRED = ("This link has expired: links are valid for {days} days. Sign in and send a "
                "new one from the notice at the top of the page.")
LINK_USED = "This link was already used: the address is confirmed."
RUN_NEEDS_CONFIRMATION = ("This course asks you to confirm your email address before you send "
                          "code: use the notice at the top of the page to get the link.")


class LinkRefused(Exception):
    """A confirmation link that confirms nothing; its text is for the person who opened it."""


# --- Password reset -----------------------------------------------------------------------


def password_reset_request(*, request: HttpRequest, email: str) -> None:
    """Sends the reset email to the accounts using `email`, if any, within the address's limit.

    Nothing here depends on whether an account uses the address (the worker looks it up).
    """
    if _address_under_limit(request, email):
        tasks.send_password_reset.send_on_commit(email, *_origin(request))


class ResetForm(PasswordResetForm):
    """Django's reset form, which skips accounts without a usable password; those that staff
    made (STAFF_MADE_GROUP: an invitation, a roster import) have none until their owner
    chooses one, and may choose it here too (an invitation link expires)."""

    def get_users(self, email: str) -> Iterator[User]:
        yield from super().get_users(email)
        made = User.objects.filter(email__iexact=email, is_active=True,
                                   groups__name=STAFF_MADE_GROUP)
        yield from (user for user in made if not user.has_usable_password())


def password_reset_send(*, email: str, domain: str, use_https: bool) -> None:
    """Emails a reset link to every active account using `email` (Django's rules and token,
    and the accounts staff made: ResetForm)."""
    form = ResetForm({"email": email})
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


def confirmation_needed(user: AbstractBaseUser | AnonymousUser,
                        run: CourseRun | None) -> bool:
    """Whether this account must confirm its address before sending code in `run`."""
    if not user.is_authenticated:
        return False
    if verification_pending(user):
        return True
    return bool(run is not None and run.confirmed_email_required and not is_confirmed(user))


def is_confirmed(user: AbstractBaseUser) -> bool:
    return Group.objects.filter(name=CONFIRMED_GROUP, user=user.pk).exists()


def ensure_may_send_code(user: AbstractBaseUser, run: CourseRun | None = None) -> None:
    if verification_pending(user):
        raise ValidationError(NOT_CONFIRMED)
    if confirmation_needed(user, run):
        raise ValidationError(RUN_NEEDS_CONFIRMATION)


def verification_resend(*, request: HttpRequest, user: User) -> bool:
    """Sends a new confirmation link; False when the account has nothing to confirm."""
    if not user.email or is_confirmed(user):
        return False
    tasks.send_verification.send_on_commit(user.pk, *_origin(request))
    return True


def verification_send(*, user_id: int, domain: str, use_https: bool) -> None:
    """Emails a new confirmation link, if the account still waits for one."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or is_confirmed(user):
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
    if is_confirmed(user) and not _in_pending_group(user):
        raise LinkRefused(LINK_USED)
    if digest != _address_digest(user):
        raise LinkRefused(LINK_NOT_VALID)  # sent to an address the account no longer uses
    return user


@transaction.atomic
def verification_confirm(token: str) -> User:
    """Confirms the address a link was sent to; once confirmed, the link is refused (used)."""
    user = verification_check(token)
    user.groups.remove(_pending_group())
    user.groups.add(Group.objects.get_or_create(name=CONFIRMED_GROUP)[0])
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


# --- Accounts made by staff, and the invitation to choose a password ---------------------

# What Django accepts in a username; an address's local part may hold more.
NOT_IN_USERNAMES = re.compile(r"[^\w.@+-]")
USERNAME_MAX = 150


def account_made_by_staff(*, email: str, name: str = "") -> User:
    """An account for somebody staff added by email (a staff invitation, a roster import):
    a username made from the address, no usable password (the owner chooses one through the
    invitation's link, or "Forgot your password?"), the name split at its first space."""
    first, _, last = " ".join(name.split()).partition(" ")
    user = User(username=_free_username(email), email=User.objects.normalize_email(email),
                first_name=first[:150], last_name=last[:150])
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=STAFF_MADE_GROUP)[0])
    return user


def awaiting_first_password(user_ids: list[int]) -> set[int]:
    """Which of these accounts staff made and their owner has not given a password yet."""
    made = User.objects.filter(pk__in=user_ids, groups__name=STAFF_MADE_GROUP)
    return {user.pk for user in made.only("pk", "password") if not user.has_usable_password()}


def _free_username(email: str) -> str:
    base = NOT_IN_USERNAMES.sub("", email.rpartition("@")[0])[:USERNAME_MAX - 6] or "learner"
    taken = {name.lower() for name in
             User.objects.filter(username__istartswith=base).values_list("username", flat=True)}
    number, candidate = 1, base
    while candidate.lower() in taken:
        number += 1
        candidate = f"{base}{number}"
    return candidate



# An invitee may not read their email for days; a reset link lasts PASSWORD_RESET_HOURS.
INVITATION_DAYS = 14


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Django's reset token (it stops working once a password is set, since it is made of
    the password hash), with its own salt and a validity of INVITATION_DAYS."""

    key_salt = "eigenlab.courses.accounts.InvitationTokenGenerator"

    def check_token(self, user: AbstractBaseUser | None, token: str | None) -> bool:
        # Django's own check, with INVITATION_DAYS in place of PASSWORD_RESET_TIMEOUT.
        if not (isinstance(user, User) and token):
            return False
        try:
            timestamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        made_for_user = any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks])
        age = self._num_seconds(self._now()) - timestamp
        return made_for_user and age <= INVITATION_DAYS * 24 * 3600


invitation_tokens = InvitationTokenGenerator()


def invitation_send(*, user_id: int, run_id: int, role: str, domain: str,
                    use_https: bool) -> None:
    """Emails somebody staff added (to the staff, or to a roster) the link that sets their
    first password, while they have none (an invitation accepted already sends nothing)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    run = CourseRun.objects.select_related("course").filter(pk=run_id).first()
    if user is None or run is None or not user.email or not awaiting_first_password([user.pk]):
        return
    path = reverse("courses:invitation", args=[urlsafe_base64_encode(force_bytes(user.pk)),
                                               invitation_tokens.make_token(user)])
    context = {"user": user, "run": run, "role": Enrollment.Role(role).label.lower(),
               "link": f"{'https' if use_https else 'http'}://{domain}{path}",
               "days": INVITATION_DAYS}
    subject = render_to_string("courses/invitation_subject.txt", context)
    body = render_to_string("courses/invitation_email.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


def invitation_request(*, request: HttpRequest, enrollment: Enrollment) -> None:
    """Sends the invitation email of a staff member without a password, after the commit."""
    tasks.send_invitation.send_on_commit(enrollment.user_id, enrollment.run_id,
                                         enrollment.role, *_origin(request))


# --- Sending --------------------------------------------------------------------------------


def _origin(request: HttpRequest) -> tuple[str, bool]:
    """Where links in an email point: the host the request came to (checked against
    ALLOWED_HOSTS), and whether it came over HTTPS."""
    return request.get_host(), request.is_secure()
