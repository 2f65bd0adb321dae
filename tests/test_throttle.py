"""Rate limits per account and per IP on every write a user can repeat, counted in the real
Redis cache; the refusal says how long to wait, and an unreachable cache refuses nobody."""

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from authoring.models import ExerciseDraft
from courses.services import course_default_run
from exercises.models import Exercise
from gradebook.models import ReviewRequest
from grader.models import Submission
from tests.conftest import DOT_SOLUTION, PASSWORD, make_user

WAIT = re.compile(r"too quickly; please try again in (a second|\d+ seconds|\d+ minutes)")


def _limits(settings: Any, **groups: tuple[str, str]) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, **groups}


def _client(user: User, address: str = "10.0.0.1") -> Client:
    client = Client(REMOTE_ADDR=address)
    client.login(username=user.username, password=PASSWORD)
    return client


def _post_code(client: Client, exercise: Exercise, kind: str = "submit") -> Any:
    url = reverse("grader:create", args=[exercise.slug])
    return client.post(url, {"code": DOT_SOLUTION, "kind": kind}, HTTP_HX_REQUEST="true")


@pytest.fixture
def quiet_broker(django_capture_on_commit_callbacks: Any) -> Any:
    with django_capture_on_commit_callbacks():  # accepted submissions are not sent anywhere
        yield


def test_an_account_sending_too_fast_is_told_how_long_to_wait(
    settings: Any, learner: User, exercise: Exercise, quiet_broker: Any,
) -> None:
    _limits(settings, submit=("2/m", "100/m"))
    settings.GRADER_MAX_PENDING_PER_USER = 100
    client = _client(learner)
    assert [_post_code(client, exercise).status_code for _ in range(2)] == [200, 200]

    refused = _post_code(client, exercise)

    assert refused.status_code == 429
    assert WAIT.search(refused.content.decode())
    assert Submission.objects.filter(user=learner).count() == 2


def test_checks_are_counted_apart_from_submissions(
    settings: Any, learner: User, exercise: Exercise, quiet_broker: Any,
) -> None:
    _limits(settings, submit=("1/m", "100/m"), check=("1/m", "100/m"))
    client = _client(learner)
    assert _post_code(client, exercise, "submit").status_code == 200
    assert _post_code(client, exercise, "check").status_code == 200
    assert _post_code(client, exercise, "check").status_code == 429


def test_one_address_is_limited_across_accounts(
    settings: Any, learner: User, other_learner: User, exercise: Exercise, quiet_broker: Any,
) -> None:
    _limits(settings, submit=("100/m", "3/m"))
    first, second = _client(learner), _client(other_learner)
    assert [_post_code(first, exercise).status_code for _ in range(2)] == [200, 200]
    assert _post_code(second, exercise).status_code == 200
    assert _post_code(second, exercise).status_code == 429
    elsewhere = _client(make_user("hopper"), address="10.0.0.2")
    assert _post_code(elsewhere, exercise).status_code == 200


def test_signups_from_one_address_are_limited(settings: Any, db: None) -> None:
    _limits(settings, signup=("", "2/h"))
    client = Client(REMOTE_ADDR="10.0.0.9")
    for number in range(2):
        client.post(reverse("signup"), {"username": f"new{number}", "email": f"n{number}@x.org",
                                        "password1": "a-long-passphrase-9",
                                        "password2": "a-long-passphrase-9"})
        client.logout()
    refused = client.post(reverse("signup"), {"username": "new2", "email": "n2@x.org",
                                              "password1": "a-long-passphrase-9",
                                              "password2": "a-long-passphrase-9"})
    assert refused.status_code == 429
    assert WAIT.search(refused.content.decode())
    assert not User.objects.filter(username="new2").exists()


def test_review_requests_are_limited(
    settings: Any, learner: User, exercise: Exercise, quiet_broker: Any,
) -> None:
    _limits(settings, review=("1/h", "100/h"))
    graded = [Submission.objects.create(
        user=learner, exercise=exercise, exercise_version=exercise.current_version,
        variant=exercise.current_version.variants.get(), code=DOT_SOLUTION, attempt=number,
        run=course_default_run(course=exercise.module.course),
        status="graded", verdict="failed", max_score=10) for number in (1, 2)]
    client = _client(learner)
    for submission, expected in zip(graded, (302, 429), strict=True):
        response = client.post(reverse("reviews:create", args=[submission.pk]),
                               {"message": "Please look at case 2."})
        assert response.status_code == expected
    assert ReviewRequest.objects.count() == 1


def test_validations_are_limited_and_the_draft_is_still_saved(
    settings: Any, instructor: User, module: Any, quiet_broker: Any,
) -> None:
    from tests.test_authoring import edit_payload, new_draft

    _limits(settings, validate=("1/h", "100/h"))
    draft = new_draft(module, instructor)
    client = _client(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    client.post(url, {**edit_payload(draft), "action": "validate"})
    second = client.post(url, {**edit_payload(draft, title="Renamed"), "action": "validate"},
                         follow=True)
    assert WAIT.search(second.content.decode())
    saved = ExerciseDraft.objects.get(pk=draft.pk)
    assert saved.title == "Renamed" and saved.validation_run == 1


def test_an_unreachable_cache_refuses_nobody(
    settings: Any, learner: User, exercise: Exercise, quiet_broker: Any,
) -> None:
    settings.CACHES = {"default": {**settings.CACHES["default"],
                                   "LOCATION": "redis://127.0.0.1:1/0"}}
    _limits(settings, submit=("1/m", "1/m"))
    client = _client(learner)
    assert [_post_code(client, exercise).status_code for _ in range(2)] == [200, 200]
