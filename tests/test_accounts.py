"""Accounts by email: a forgotten password reset through a link, a password changed while
signed in, and (where a course run asks for it) a self-signed-up address confirmed before its
account may send code.

Emails leave through Celery (the request never looks the address up, so its timing says
nothing about who has an account); here Celery runs eagerly in this process and Django's test
backend collects the messages in mail.outbox.
"""

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail, signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from config.celery import app as celery_app
from exercises.models import Exercise
from grader.models import Submission
from tests.conftest import DOT_SOLUTION, PASSWORD

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

NEW_PASSWORD = "a-brand-new-passphrase-42"
WAIT = re.compile(r"too quickly; please try again in (a second|\d+ seconds|\d+ minutes)")
RESET_LINK = re.compile(r"http://testserver(/accounts/reset/\S+/)")
VERIFY_LINK = re.compile(r"http://testserver(/accounts/verify/\S+/)")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def eager() -> Iterator[None]:
    """Every message sent runs at once in this process, and a failing task fails the test."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = False
        celery_app.conf.task_eager_propagates = False


@pytest.fixture
def mailed(django_capture_on_commit_callbacks: Any) -> Callable[[Callable[[], Any]], Any]:
    """Makes a request, then runs what it sent after its commit (the test's own transaction
    never commits), as the worker would."""
    def run(request: Callable[[], Any]) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return request()
    return run


@pytest.fixture
def quiet_broker(django_capture_on_commit_callbacks: Any) -> Iterator[None]:
    with django_capture_on_commit_callbacks():  # accepted submissions are not graded here
        yield


def ask_reset(client: Client, email: str) -> Any:
    return client.post(reverse("password_reset"), {"email": email})


def link_in(message: mail.EmailMessage, pattern: re.Pattern[str]) -> str:
    found = pattern.search(message.body)
    assert found, message.body
    return found.group(1)


def signs_in(password: str, username: str = "ada") -> bool:
    response = Client().post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def send_code(client: Client, exercise: Exercise) -> Any:
    return client.post(reverse("grader:create", args=[exercise.slug]),
                       {"code": DOT_SOLUTION, "kind": "submit"}, HTTP_HX_REQUEST="true")


# --- Password reset -----------------------------------------------------------------------


def test_the_login_page_offers_a_password_reset(client: Client, db: None) -> None:
    login_page = client.get(reverse("login")).content.decode()
    reset_page = client.get(reverse("password_reset")).content.decode()

    assert "Forgot your password?" in login_page
    assert f'href="{reverse("password_reset")}"' in login_page
    assert "Reset your password" in reset_page


def test_a_forgotten_password_is_reset_by_email_end_to_end(
    client: Client, learner: User, mailed: Callable[..., Any],
) -> None:
    asked = mailed(lambda: ask_reset(client, "ADA@Example.org"))

    assert asked.status_code == 302
    assert asked["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ada@example.org"]
    assert "password" in message.subject.lower()
    assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
    assert "ada" in message.body  # the username, in case they forgot that too
    link = link_in(message, RESET_LINK)

    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    set_url = form.redirect_chain[-1][0]
    done = client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert done.status_code == 302
    assert done["Location"] == reverse("password_reset_complete")
    assert "Log in" in client.get(done["Location"]).content.decode()
    assert signs_in(NEW_PASSWORD)
    assert not signs_in(PASSWORD)
    # The link works once: the new password changes what its token was made of.
    again = client.get(link, follow=True).content.decode()
    assert "This link is no longer valid" in again


def test_an_unknown_address_gets_the_same_answer_and_no_email(
    client: Client, learner: User, mailed: Callable[..., Any],
) -> None:
    known = mailed(lambda: ask_reset(client, "ada@example.org"))
    unknown = mailed(lambda: ask_reset(client, "nobody@example.org"))

    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert [message.to for message in mail.outbox] == [["ada@example.org"]]
    page = client.get(known["Location"]).content.decode()
    assert "If an account uses that address" in page


def test_the_reset_request_does_the_same_work_whether_or_not_the_address_has_an_account(
    client: Client, learner: User, monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from courses import tasks

    sent: list[tuple[Any, ...]] = []
    monkeypatch.setattr(tasks.send_password_reset, "apply_async",
                        lambda args, **options: sent.append(tuple(args)))

    def work(email: str) -> list[str]:
        with CaptureQueriesContext(connection) as queries, \
                django_capture_on_commit_callbacks(execute=True):
            ask_reset(client, email)
        return [query["sql"] for query in queries.captured_queries]

    # No lookup of the address in the request (the worker does it), so its duration cannot
    # tell an account from none; the message carries the address either way.
    assert not any("auth_user" in sql for sql in work("ada@example.org"))
    assert not any("auth_user" in sql for sql in work("nobody@example.org"))
    assert [args[0] for args in sent] == ["ada@example.org", "nobody@example.org"]
    assert mail.outbox == []


def test_reset_requests_from_one_address_are_refused_with_the_wait(
    client: Client, settings: Any, learner: User, mailed: Callable[..., Any],
) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password_reset": ("", "2/h")}
    for number in range(2):
        assert mailed(lambda n=number: ask_reset(client, f"n{n}@example.org")).status_code \
            == 302

    refused = mailed(lambda: ask_reset(client, "ada@example.org"))

    assert refused.status_code == 429
    assert WAIT.search(refused.content.decode())
    assert mail.outbox == []
    elsewhere = mailed(lambda: ask_reset(Client(REMOTE_ADDR="10.9.9.9"), "ada@example.org"))
    assert elsewhere.status_code == 302 and len(mail.outbox) == 1


def test_an_inbox_gets_few_reset_emails_whoever_asks(
    settings: Any, learner: User, mailed: Callable[..., Any],
) -> None:
    settings.PASSWORD_RESET_RATE_PER_ADDRESS = "2/h"
    answers = [mailed(lambda n=number: ask_reset(Client(REMOTE_ADDR=f"10.0.1.{n}"),
                                                 "Ada@example.org" if n else "ada@example.org"))
               for number in range(4)]

    # The same answer every time (a refusal would say the address is known), but no flood.
    assert {(answer.status_code, answer["Location"]) for answer in answers} == \
        {(302, reverse("password_reset_done"))}
    assert len(mail.outbox) == 2


def test_a_reset_lifts_the_sign_in_lockout_of_its_account(
    client: Client, settings: Any, learner: User, mailed: Callable[..., Any],
) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "ada", "password": "wrong"})
    locked = client.post(reverse("login"), {"username": "ada", "password": PASSWORD})
    assert locked.status_code == 429
    assert f'href="{reverse("password_reset")}"' in locked.content.decode()

    mailed(lambda: ask_reset(client, "ada@example.org"))
    form = client.get(link_in(mail.outbox[0], RESET_LINK), follow=True)
    client.post(form.redirect_chain[-1][0],
                {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert client.post(reverse("login"), {"username": "ada", "password": NEW_PASSWORD}) \
        .status_code == 302


# --- Password change ----------------------------------------------------------------------


def test_signed_in_users_find_change_password_in_the_header(client: Client,
                                                            learner: User) -> None:
    client.force_login(learner)

    page = client.get(reverse("courses:catalog")).content.decode()

    assert f'href="{reverse("password_change")}"' in page
    assert "Change password" in page


def test_changing_the_password_needs_a_sign_in(client: Client, db: None) -> None:
    response = client.get(reverse("password_change"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")


def test_a_signed_in_user_changes_their_password(client: Client, learner: User) -> None:
    client.force_login(learner)
    assert "Change your password" in client.get(reverse("password_change")).content.decode()

    response = client.post(reverse("password_change"), {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("password_change_done")
    assert "Your password was changed" in client.get(response["Location"]).content.decode()
    assert client.get(reverse("courses:catalog")).status_code == 200  # still signed in here
    assert signs_in(NEW_PASSWORD)
    assert not signs_in(PASSWORD)


def test_a_wrong_old_password_changes_nothing(client: Client, learner: User) -> None:
    client.force_login(learner)

    response = client.post(reverse("password_change"), {
        "old_password": "not-my-password", "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD})

    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()
    assert signs_in(PASSWORD)
    assert not signs_in(NEW_PASSWORD)


# --- Confirming the address of a self-signed-up account -----------------------------------


def sign_up(client: Client, mailed: Callable[..., Any], email: str = "newton@example.org",
            ) -> Any:
    return mailed(lambda: client.post(reverse("signup"), {
        "username": "newton", "email": email, "password1": PASSWORD, "password2": PASSWORD}))


@pytest.fixture
def verification(settings: Any, db: None) -> None:
    assert settings.SIGNUP_EMAIL_VERIFICATION is False  # off unless a deployment asks
    settings.SIGNUP_EMAIL_VERIFICATION = True


def test_without_verification_signing_up_is_unchanged(
    client: Client, settings: Any, exercise: Exercise, mailed: Callable[..., Any],
    quiet_broker: None,
) -> None:
    assert settings.SIGNUP_EMAIL_VERIFICATION is False  # the default

    assert sign_up(client, mailed, email="").status_code == 302

    assert mail.outbox == []
    assert "Confirm your email address" not in client.get("/").content.decode()
    assert send_code(client, exercise).status_code == 200


def test_with_verification_the_address_is_required(client: Client, verification: None,
                                                   mailed: Callable[..., Any]) -> None:
    response = sign_up(client, mailed, email="")

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not User.objects.filter(username="newton").exists()


def test_a_new_account_is_emailed_a_link_that_confirms_its_address_once(
    client: Client, verification: None, mailed: Callable[..., Any],
) -> None:
    assert sign_up(client, mailed).status_code == 302

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newton@example.org"]
    assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
    assert "3 days" in message.body
    banner = client.get("/").content.decode()
    assert "Confirm your email address" in banner and "Send the link again" in banner

    link = link_in(message, VERIFY_LINK)
    assert "Confirm newton@example.org" in client.get(link).content.decode()
    confirmed = client.post(link, follow=True).content.decode()

    assert "Your email address is confirmed" in confirmed
    assert "Send the link again" not in confirmed
    again = client.post(link)
    assert again.status_code == 400
    assert "This link was already used" in again.content.decode()


def test_an_unconfirmed_account_sends_code_only_once_confirmed(
    client: Client, verification: None, exercise: Exercise, mailed: Callable[..., Any],
    quiet_broker: None,
) -> None:
    sign_up(client, mailed)

    refused = send_code(client, exercise)

    assert refused.status_code == 422
    assert "Confirm your email address" in refused.content.decode()
    assert not Submission.objects.exists()
    client.post(link_in(mail.outbox[0], VERIFY_LINK))
    assert send_code(client, exercise).status_code == 200


def test_the_link_works_without_being_signed_in(
    client: Client, verification: None, exercise: Exercise, mailed: Callable[..., Any],
    quiet_broker: None,
) -> None:
    sign_up(client, mailed)
    link = link_in(mail.outbox[0], VERIFY_LINK)

    assert Client().post(link).status_code == 302  # opened in another browser

    assert send_code(client, exercise).status_code == 200


def test_accounts_from_before_are_not_asked_to_confirm(
    client: Client, verification: None, learner: User, exercise: Exercise, quiet_broker: None,
) -> None:
    client.force_login(learner)

    assert "Confirm your email address" not in client.get("/").content.decode()
    assert send_code(client, exercise).status_code == 200


def test_a_tampered_link_is_refused(client: Client, verification: None,
                                    mailed: Callable[..., Any]) -> None:
    sign_up(client, mailed)
    link = link_in(mail.outbox[0], VERIFY_LINK)
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]

    page = client.get(tampered).content.decode()
    posted = client.post(tampered)

    assert "This link is not valid" in page
    assert posted.status_code == 400
    assert "Send the link again" in client.get("/").content.decode()  # still unconfirmed


def test_an_expired_link_is_refused_and_says_so(
    client: Client, verification: None, mailed: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    four_days_ago = int(time.time()) - 4 * 24 * 3600
    monkeypatch.setattr(signing.TimestampSigner, "timestamp",
                        lambda self: signing.b62_encode(four_days_ago))
    sign_up(client, mailed)
    monkeypatch.undo()
    link = link_in(mail.outbox[0], VERIFY_LINK)

    posted = client.post(link)

    assert posted.status_code == 400
    assert "This link has expired" in posted.content.decode()
    assert "Send the link again" in client.get("/").content.decode()


def test_the_link_can_be_sent_again_but_not_too_often(
    client: Client, settings: Any, verification: None, mailed: Callable[..., Any],
) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "verification": ("1/h", "100/h")}
    sign_up(client, mailed)
    url = reverse("verify_email_resend")

    again = mailed(lambda: client.post(url, {"next": reverse("courses:dashboard")}))
    refused = mailed(lambda: client.post(url, {"next": reverse("courses:dashboard")}))

    assert again.status_code == 302 and again["Location"] == reverse("courses:dashboard")
    assert len(mail.outbox) == 2
    assert link_in(mail.outbox[1], VERIFY_LINK)
    assert refused.status_code == 429
    assert WAIT.search(refused.content.decode())


def test_sending_the_link_again_never_redirects_elsewhere(
    client: Client, verification: None, mailed: Callable[..., Any],
) -> None:
    sign_up(client, mailed)

    response = mailed(lambda: client.post(reverse("verify_email_resend"),
                                          {"next": "https://evil.example/"}))

    assert response["Location"] == reverse("courses:catalog")


# ---- A run that asks for a confirmed address ----

def test_a_run_may_ask_for_a_confirmed_address_before_code_is_sent(
    client: Client, learner: User, exercise: Exercise, mailed: Callable[..., Any],
    quiet_broker: None,
) -> None:
    from courses.services import course_default_run

    run = course_default_run(course=exercise.module.course)
    run.confirmed_email_required = True
    run.save()
    client.force_login(learner)
    page = client.get(reverse("courses:exercise",
                              args=[exercise.module.course.slug, exercise.slug])).content.decode()
    refused = send_code(client, exercise)

    assert "Confirm your email address" in page and "Send the link again" in page
    assert refused.status_code == 422
    assert "This course asks you to confirm your email address" in refused.content.decode()
    assert not Submission.objects.exists()
    mailed(lambda: client.post(reverse("verify_email_resend"), {"next": "/"}))
    assert [message.to for message in mail.outbox] == [[learner.email]]
    client.post(link_in(mail.outbox[0], VERIFY_LINK))
    assert send_code(client, exercise).status_code == 200
    assert "Send the link again" not in client.get("/").content.decode()


def test_a_run_without_the_requirement_asks_nothing(
    client: Client, learner: User, exercise: Exercise, quiet_broker: None,
) -> None:
    client.force_login(learner)

    assert send_code(client, exercise).status_code == 200
    assert client.post(reverse("verify_email_resend"), {"next": "/"}).status_code == 302
