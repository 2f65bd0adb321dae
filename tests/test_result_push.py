"""Results pushed to the page: the grading announces "submission N changed" after the commit
that stored the result, and the pending result's request (grader:wait) answers on that
announcement, after a bounded wait with the still-pending panel, or at once with a slower
retry when it cannot wait. A private Redis per test: no announcement of another run is heard.
"""

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from exercises.models import Exercise
from grader import events, services
from grader.grading import Graded
from grader.judge import Judgement
from grader.models import Submission
from tests.integration.conftest import PrivateRedis, private_redis  # noqa: F401
from tests.test_pages import HTMX, graded, make_submission, post_code

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens there: Redis is "down"
PASSED = Judgement(verdict=Submission.Verdict.PASSED, score=10.0, max_score=10.0,
                   message="All tests passed.")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def events_redis(private_redis: PrivateRedis, settings: Any) -> PrivateRedis:  # noqa: F811
    settings.GRADER_EVENTS_URL = private_redis.url
    return private_redis


@pytest.fixture
def learner_client(client: Client, learner: User) -> Client:
    client.force_login(learner)
    return client


@pytest.fixture
def listen(events_redis: PrivateRedis) -> Iterator[Callable[[int], Callable[[float], bool]]]:
    """listen(pk) subscribes to the submission's channel; the result says whether an
    announcement arrived within the given seconds."""
    subscriptions: list[Any] = []

    def subscribe(submission_id: int) -> Callable[[float], bool]:
        pubsub = events_redis.client().pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(events.channel(submission_id))
        subscriptions.append(pubsub)

        def heard(seconds: float) -> bool:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if pubsub.get_message(timeout=deadline - time.monotonic()) is not None:
                    return True
            return False

        assert not heard(0.2)  # subscribed, and nothing said yet
        return heard

    yield subscribe
    for pubsub in subscriptions:
        pubsub.close()


def grade_with(monkeypatch: pytest.MonkeyPatch, outcome: Graded | Exception) -> None:
    """The sandbox and checks stand in for: the grading returns `outcome` (or raises it)."""
    def run_and_judge(**kwargs: Any) -> Graded:
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(services, "run_and_judge", run_and_judge)


def wait_url(submission: Submission) -> str:
    return reverse("grader:wait", args=[submission.pk])


# --- The grading announces the stored result ---------------------------------------------


def test_a_stored_result_is_announced_only_after_its_commit(
    learner: User, exercise: Exercise, listen: Any, monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    submission = make_submission(learner, exercise)
    heard = listen(submission.pk)
    grade_with(monkeypatch, Graded(judgement=PASSED, stdout=""))

    with django_capture_on_commit_callbacks() as callbacks:
        services.submission_grade(submission_id=submission.pk)
    assert not heard(0.3)  # a page woken now would still read the row as pending

    for callback in callbacks:
        callback()
    assert heard(5)
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.GRADED


def test_a_grading_that_ends_in_an_error_is_announced_too(
    learner: User, exercise: Exercise, listen: Any, monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    submission = make_submission(learner, exercise)
    heard = listen(submission.pk)
    grade_with(monkeypatch, RuntimeError("a bug of ours"))

    with django_capture_on_commit_callbacks(execute=True):
        services.submission_grade(submission_id=submission.pk)

    assert heard(5)
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.ERROR


def test_an_announcement_that_fails_is_logged_and_never_costs_the_result(
    learner: User, exercise: Exercise, monkeypatch: pytest.MonkeyPatch, settings: Any,
    django_capture_on_commit_callbacks: Any, caplog: pytest.LogCaptureFixture,
) -> None:
    settings.GRADER_EVENTS_URL = CLOSED_PORT
    submission = make_submission(learner, exercise)
    grade_with(monkeypatch, Graded(judgement=PASSED, stdout=""))

    with django_capture_on_commit_callbacks(execute=True):
        services.submission_grade(submission_id=submission.pk)

    stored = Submission.objects.get(pk=submission.pk)
    assert (stored.status, stored.verdict) == ("graded", "passed")
    assert f"could not announce submission {submission.pk}" in caplog.text


# --- Waiting for it -----------------------------------------------------------------------


def test_an_announcement_between_the_check_and_the_wait_is_not_missed(
    events_redis: PrivateRedis,
) -> None:
    def stored_right_after_the_check() -> bool:
        events.announce(42)  # the worker commits and announces just after the row was read
        return False

    outcome = events.wait_for_change(42, changed=stored_right_after_the_check, seconds=5)

    assert outcome == events.Wait.CHANGED  # subscribed first: it was heard, not waited out


def test_a_wait_without_news_ends_at_its_bound(events_redis: PrivateRedis) -> None:
    assert events.wait_for_change(42, changed=lambda: False, seconds=0.5) == events.Wait.TIMEOUT


def test_a_finished_wait_gives_its_place_back(events_redis: PrivateRedis, settings: Any) -> None:
    settings.GRADER_MAX_WAITS = 1
    for _ in range(3):
        assert events.wait_for_change(42, changed=lambda: True, seconds=1) == events.Wait.CHANGED
    with pytest.raises(ZeroDivisionError):
        events.wait_for_change(42, changed=lambda: 1 / 0 > 0, seconds=1)
    assert events.wait_for_change(42, changed=lambda: True, seconds=1) == events.Wait.CHANGED


def test_a_pending_result_waits_for_its_verdict_instead_of_polling(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks)

    body = response.content.decode()
    submission = Submission.objects.get()
    assert f'hx-get="{wait_url(submission)}" hx-trigger="load"' in body
    assert "delay:" not in body  # no timer: the request waits on the server
    assert reverse("grader:status", args=[submission.pk]) in body  # the fallback's address
    assert "js/result-wait.js" in body  # which the fallback needs


def test_with_pushes_off_the_panel_polls_every_interval_without_waiting(
    learner_client: Client, learner: User, exercise: Exercise, settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.GRADER_PUSH_RESULTS, settings.GRADER_POLL_MS = False, 700
    # A wait tried here would be "unavailable" and answer with the 5 s slow poll instead.
    settings.GRADER_EVENTS_URL = CLOSED_PORT

    sent = post_code(learner_client, exercise, django_capture_on_commit_callbacks)
    asked = learner_client.get(wait_url(Submission.objects.get()), **HTMX)

    for response in (sent, asked):
        assert 'hx-trigger="load delay:700ms"' in response.content.decode()


def test_the_wait_answers_at_once_when_the_result_is_already_stored(
    learner_client: Client, learner: User, exercise: Exercise, settings: Any,
) -> None:
    settings.GRADER_EVENTS_URL = CLOSED_PORT  # not even asked
    submission = graded(learner, exercise)

    response = learner_client.get(wait_url(submission), **HTMX)

    body = response.content.decode()
    assert response.status_code == 200 and response["HX-Trigger"] == "submission-finished"
    assert "<strong>5</strong> / 10 points" in body and "hx-get" not in body
    assert '<p id="result-announcer" hx-swap-oob="innerHTML">Attempt 1: Failed' in body


@pytest.mark.django_db(transaction=True)
def test_the_wait_answers_as_soon_as_the_result_is_announced(
    learner_client: Client, learner: User, exercise: Exercise, events_redis: PrivateRedis,
    settings: Any,
) -> None:
    settings.GRADER_WAIT_SECONDS = 60
    submission = make_submission(learner, exercise, status=Submission.Status.RUNNING)

    def worker() -> None:
        time.sleep(0.5)
        try:
            Submission.objects.filter(pk=submission.pk).update(
                status=Submission.Status.GRADED, verdict=Submission.Verdict.PASSED,
                score=10.0, graded_at=timezone.now())
            events.announce(submission.pk)
        finally:
            connection.close()

    grading = threading.Thread(target=worker)
    grading.start()
    started = time.monotonic()
    response = learner_client.get(wait_url(submission), **HTMX)
    waited = time.monotonic() - started
    grading.join()

    assert "Passed" in response.content.decode()
    assert response["HX-Trigger"] == "submission-finished"
    assert waited < settings.GRADER_WAIT_SECONDS / 2  # woken by the announcement


def test_after_its_bound_the_wait_answers_still_pending_and_asks_again(
    learner_client: Client, learner: User, exercise: Exercise, events_redis: PrivateRedis,
    settings: Any,
) -> None:
    settings.GRADER_WAIT_SECONDS = 0.5
    submission = make_submission(learner, exercise, status=Submission.Status.RUNNING)

    response = learner_client.get(wait_url(submission), **HTMX)

    body = response.content.decode()
    assert response.status_code == 200 and "HX-Trigger" not in response
    assert "Running your code…" in body
    assert f'hx-get="{wait_url(submission)}" hx-trigger="load"' in body


def test_past_the_cap_a_wait_answers_at_once_and_asks_again_a_second_later(
    learner_client: Client, learner: User, exercise: Exercise, events_redis: PrivateRedis,
    settings: Any,
) -> None:
    settings.GRADER_MAX_WAITS = 0
    submission = make_submission(learner, exercise)

    body = learner_client.get(wait_url(submission), **HTMX).content.decode()

    assert "Queued…" in body
    assert f'hx-get="{wait_url(submission)}" hx-trigger="load delay:1s"' in body


def test_without_redis_the_page_falls_back_to_a_slow_poll(
    learner_client: Client, learner: User, exercise: Exercise, settings: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings.GRADER_EVENTS_URL = CLOSED_PORT
    settings.GRADER_WAIT_SECONDS = 60
    submission = make_submission(learner, exercise)

    started = time.monotonic()
    body = learner_client.get(wait_url(submission), **HTMX).content.decode()

    assert time.monotonic() - started < settings.GRADER_WAIT_SECONDS / 2  # no wait at all
    assert f'hx-get="{wait_url(submission)}" hx-trigger="load delay:5s"' in body
    assert f"cannot wait for submission {submission.pk}" in caplog.text


def test_a_pending_status_goes_back_to_waiting(
    learner_client: Client, learner: User, exercise: Exercise,
) -> None:
    submission = make_submission(learner, exercise, status=Submission.Status.RUNNING)

    body = learner_client.get(reverse("grader:status", args=[submission.pk]),
                              **HTMX).content.decode()

    assert f'hx-get="{wait_url(submission)}" hx-trigger="load"' in body


def test_only_the_owner_may_wait_for_a_result(
    client: Client, learner: User, other_learner: User, exercise: Exercise, settings: Any,
) -> None:
    settings.GRADER_EVENTS_URL = CLOSED_PORT
    submission = make_submission(learner, exercise)

    anonymous = client.get(wait_url(submission))
    client.force_login(other_learner)
    stranger = client.get(wait_url(submission))
    client.force_login(learner)
    posted = client.post(wait_url(submission))

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert stranger.status_code == 404
    assert posted.status_code == 405

