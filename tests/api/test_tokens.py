"""Personal access tokens: made on the account page and shown once, kept only as a digest,
scoped, revocable, expiring; and how the API greets each kind of token."""

import hashlib
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from api.models import ApiToken
from api.services import MAX_ACTIVE_TOKENS, PREFIX, token_authenticate, token_create
from courses.models import Course

from .conftest import Bearer, expire, headers_of

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

COURSES = "/api/courses"


def create(client: Client, **fields: Any) -> Any:
    data = {"name": "laptop", "scopes": ["read", "submit"], "expires": "90", **fields}
    return client.post(reverse("account:token_create"), data)


def secret_in(page: str) -> str:
    start = page.index('id="new-token"')
    value = page[start:].split('value="', 1)[1]
    return value.split('"', 1)[0]


# --- the account page ----------------------------------------------------------------------


def test_the_header_leads_to_the_account_page(client: Client, learner: User) -> None:
    client.force_login(learner)

    page = client.get(reverse("courses:catalog")).content.decode()

    assert f'href="{reverse("account:index")}"' in page
    account = client.get(reverse("account:index")).content.decode()
    assert "Personal access tokens" in account and "You have no tokens yet." in account


def test_the_account_page_needs_a_sign_in(client: Client, db: None) -> None:
    response = client.get(reverse("account:index"))

    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_a_new_token_is_shown_once_and_only_its_digest_is_kept(client: Client,
                                                               learner: User) -> None:
    client.force_login(learner)

    page = create(client).content.decode()

    secret = secret_in(page)
    assert secret.startswith(PREFIX) and len(secret) > 40
    assert "Copy it now: it is shown only this once." in page
    token = ApiToken.objects.get(user=learner)
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert token.prefix == secret[:10] and token.scopes == ["read", "submit"]
    assert timedelta(days=89) < token.expires_at - timezone.now() <= timedelta(days=90)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM api_apitoken")
        assert not any(secret in str(value) for row in cursor.fetchall() for value in row)
    later = client.get(reverse("account:index")).content.decode()
    assert secret not in later and f"{token.prefix}…" in later


def test_a_token_works_with_the_api_at_once(client: Client, learner: User) -> None:
    client.force_login(learner)
    secret = secret_in(create(client).content.decode())

    assert Client().get(COURSES, **headers_of(secret)).status_code == 200


def test_a_learner_is_not_offered_the_staff_scope_and_cannot_take_it(
    client: Client, learner: User,
) -> None:
    client.force_login(learner)

    assert 'value="staff"' not in client.get(reverse("account:index")).content.decode()
    response = create(client, scopes=["read", "staff"])

    assert response.status_code == 422
    assert not ApiToken.objects.exists()
    with pytest.raises(ValidationError, match="Only instructors, teaching assistants and admins"):
        token_create(user=learner, name="x", scopes=["staff"], expires_in_days=None)


def test_an_instructor_may_make_a_staff_token(client: Client, instructor: User) -> None:
    client.force_login(instructor)

    assert 'value="staff"' in client.get(reverse("account:index")).content.decode()
    create(client, scopes=["staff"], expires="never")

    token = ApiToken.objects.get(user=instructor)
    assert token.scopes == ["staff"] and token.expires_at is None


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": " "}, "This field is required."),
    ({"scopes": []}, "This field is required."),
    ({"scopes": ["admin"]}, "Select a valid choice. admin is not one of the available choices."),
    ({"expires": "1000"}, "Select a valid choice."),
])
def test_a_bad_token_form_says_what_is_wrong(client: Client, learner: User,
                                             fields: dict[str, Any], message: str) -> None:
    client.force_login(learner)

    response = create(client, **fields)

    assert response.status_code == 422
    assert message in response.content.decode()
    assert not ApiToken.objects.exists()


def test_names_differ_among_active_tokens_but_a_revoked_one_frees_its_name(
    client: Client, learner: User,
) -> None:
    client.force_login(learner)
    create(client)

    response = create(client)

    assert response.status_code == 422
    assert "You already have an active token called &#x27;laptop&#x27;" in \
        response.content.decode()
    client.post(reverse("account:token_revoke", args=[ApiToken.objects.get().pk]))
    assert create(client).status_code == 200
    assert ApiToken.objects.filter(name="laptop").count() == 2


def test_an_account_holds_a_bounded_number_of_active_tokens(learner: User) -> None:
    for number in range(MAX_ACTIVE_TOKENS):
        token_create(user=learner, name=f"t{number}", scopes=["read"], expires_in_days=1)

    with pytest.raises(ValidationError, match=f"You have {MAX_ACTIVE_TOKENS} active tokens"):
        token_create(user=learner, name="one more", scopes=["read"], expires_in_days=1)
    ApiToken.objects.filter(name="t0").update(expires_at=timezone.now() - timedelta(days=1))
    token_create(user=learner, name="one more", scopes=["read"], expires_in_days=1)


def test_revoking_a_token_stops_it_and_keeps_it_listed(client: Client, learner: User) -> None:
    client.force_login(learner)
    secret = secret_in(create(client).content.decode())
    token = ApiToken.objects.get()

    response = client.post(reverse("account:token_revoke", args=[token.pk]), follow=True)

    page = response.content.decode()
    assert "The token “laptop” is revoked: it no longer works." in page
    assert "revoked " in page
    refused = Client().get(COURSES, **headers_of(secret))
    assert refused.status_code == 401
    assert refused.json()["detail"].startswith("This token was revoked on ")


def test_nobody_revokes_another_persons_token(client: Client, learner: User,
                                              other_learner: User) -> None:
    token = token_create(user=learner, name="laptop", scopes=["read"], expires_in_days=None)
    client.force_login(other_learner)

    response = client.post(reverse("account:token_revoke", args=[token.token.pk]))

    assert response.status_code == 404
    assert ApiToken.objects.get().revoked_at is None


# --- how the API greets a token ------------------------------------------------------------


def test_an_expired_token_is_refused_with_when(learner: User, bearer: Bearer) -> None:
    headers = bearer(learner, "read")
    expire(headers)

    response = Client().get(COURSES, **headers)

    assert response.status_code == 401
    assert response.json()["detail"].startswith("This token expired on ")
    assert response["WWW-Authenticate"] == 'Bearer realm="eigenlab"'


def test_a_token_of_a_disabled_account_is_refused(learner: User, bearer: Bearer) -> None:
    headers = bearer(learner, "read")
    User.objects.filter(pk=learner.pk).update(is_active=False)

    response = Client().get(COURSES, **headers)

    assert response.status_code == 401
    assert response.json() == {"detail": "The account of this token is disabled."}


@pytest.mark.parametrize(("header", "detail"), [
    (None, "Send a personal access token in the header `Authorization: Bearer eig_…`; create "
           "one on your account page."),
    ("Basic YWRhOnB3", "The Authorization header must read `Bearer ` followed by the token."),
    ("Bearer ", "The Authorization header must read `Bearer ` followed by the token."),
    ("Bearer hunter2", "This is not an Eigenlab token (those start with eig_); create one on "
                       "your account page."),
    (f"Bearer {PREFIX}{'x' * 43}", "This token is not known: it may be mistyped, or it was "
                                   "deleted."),
])
def test_a_missing_or_unknown_token_is_refused_with_the_reason(
    db: None, header: str | None, detail: str,
) -> None:
    extra = {"HTTP_AUTHORIZATION": header} if header is not None else {}

    response = Client().get(COURSES, **extra)

    assert response.status_code == 401
    assert response.json() == {"detail": detail}


def test_a_session_does_not_open_the_api(client: Client, learner: User) -> None:
    """Only tokens: a page's script can never call the API with a learner's cookie."""
    client.force_login(learner)

    assert client.get(COURSES).status_code == 401


def test_the_last_use_is_recorded_at_most_once_a_minute(learner: User) -> None:
    made = token_create(user=learner, name="laptop", scopes=["read"], expires_in_days=None)

    token_authenticate(made.secret)
    first = ApiToken.objects.get().last_used_at
    token_authenticate(made.secret)
    assert ApiToken.objects.get().last_used_at == first
    ApiToken.objects.update(last_used_at=timezone.now() - timedelta(minutes=2))
    token_authenticate(made.secret)

    assert first is not None and ApiToken.objects.get().last_used_at > first


def test_a_token_request_may_carry_a_body_larger_than_a_strangers(
    learner: User, exercise: Any, bearer: Bearer, settings: Any,
) -> None:
    """The token signs its owner in before the anonymous body limit (a 413) looks."""
    settings.ANONYMOUS_MAX_BODY_BYTES = 1024
    body = {"code": "def dot(u, v):\n    return 0.0\n" + "# padding\n" * 500}
    url = f"/api/exercises/{exercise.slug}/submissions"

    stranger = Client().post(url, body, content_type="application/json")
    owner = Client().post(url, body, content_type="application/json", **bearer(learner))

    assert stranger.status_code == 413
    assert owner.status_code == 201


def test_tokens_die_with_their_course_staff_rights(instructor: User, course: Course,
                                                   bearer: Bearer) -> None:
    """A staff token carries its owner's rights as they are at each request."""
    headers = bearer(instructor, "staff")
    url = f"/api/courses/{course.slug}/gradebook"
    assert Client().get(url, **headers).status_code == 200

    instructor.enrollments.all().delete()

    assert Client().get(url, **headers).status_code == 404
