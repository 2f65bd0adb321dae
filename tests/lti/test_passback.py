"""Scores back to the LMS's AGS endpoint (lti1p3platform's score service, over HTTP), from the
outbox: after a change of Progress, an override, a refusal and its retries, the sweeper."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment, Progress
from exercises.models import Exercise
from gradebook import services as gradebook_services
from grader.models import Submission
from lti import passbacks
from lti.models import ContextRun, Passback
from tests.lti.conftest import launch_through
from tests.lti.lms import LEARNER, Launch, TestLms

pytestmark = pytest.mark.usefixtures("registered", "eager_tasks")
Capture = Callable[..., Any]


def launched_learner(lms: TestLms, exercise: Exercise, lineitem: int | None = 1) -> User:
    page = reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    launch_through(Client(), lms, Launch(sub="lms-user-ada", roles=LEARNER, lineitem=lineitem,
                                         target_link_uri="http://testserver" + page))
    user = User.objects.get(lti_users__sub="lms-user-ada")
    return user


def graded(user: User, exercise: Exercise, score: float) -> Submission:
    """A graded submission in the learner's LMS run, Progress recomputed as grading does."""
    run = Enrollment.objects.get(user=user).run
    version = exercise.current_version
    assert version is not None
    attempt = Submission.objects.filter(user=user, exercise=exercise).count() + 1
    submission = Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version, run=run,
        variant=version.variants.first(), code="# work\n", attempt=attempt, status="graded",
        score=score, max_score=float(exercise.points), graded_at=timezone.now(),
        verdict="passed" if score == exercise.points else "failed")
    Progress.objects.get_or_create(user=user, exercise=exercise, run=run,
                                   defaults={"max_score": exercise.points, "attempts": attempt})
    gradebook_services.progress_recompute(user_id=user.pk, exercise_id=exercise.pk,
                                          run_id=run.pk)
    return submission


def test_a_new_score_reaches_the_lms_line_item(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise)
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 7.5)

    [score] = lms.scores
    assert score["lineitem"] == "1" and score["userId"] == "lms-user-ada"
    assert (score["scoreGiven"], score["scoreMaximum"]) == (7.5, 10.0)
    assert score["activityProgress"] == "Completed"
    assert score["gradingProgress"] == "FullyGraded"
    assert score["timestamp"].startswith(str(timezone.now().year))
    row = Passback.objects.get()
    assert row.state == Passback.State.SENT and row.attempts == 1 and row.sent_at is not None
    # The tool authenticated with a client assertion the platform checked against its JWKS.
    assert lms.token_requests[-1]["grant_type"] == "client_credentials"


def test_an_override_sends_the_new_score(
        lms: TestLms, exercise: Exercise, instructor: User,
        django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise)
    with django_capture_on_commit_callbacks(execute=True):
        submission = graded(user, exercise, 10)
    with django_capture_on_commit_callbacks(execute=True):
        gradebook_services.submission_override(submission=submission, actor=instructor,
                                               score=4, reason="Copied from a classmate.")

    assert [score["scoreGiven"] for score in lms.scores] == [10.0, 4.0]
    assert Passback.objects.get().version == 2


def test_an_unchanged_score_is_not_sent_again(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise)
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 6)
        graded(user, exercise, 5)  # the best counted score stays 6
    assert [score["scoreGiven"] for score in lms.scores] == [6.0]


def test_a_refused_score_is_retried_until_the_lms_takes_it(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise)
    lms.refuse_scores = 1
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 10)

    row = Passback.objects.get()
    assert row.state == Passback.State.PENDING and row.attempts == 1
    assert "503" in row.last_error and "maintenance" in row.last_error
    assert row.next_try_at > timezone.now()  # backs off
    assert passbacks.passback_send(passback_id=row.pk) == "skipped"  # not before its time

    Passback.objects.filter(pk=row.pk).update(next_try_at=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert passbacks.passbacks_sweep()["resent"] == 1
    row.refresh_from_db()
    assert row.state == Passback.State.SENT and row.attempts == 2 and row.last_error == ""
    assert [score["scoreGiven"] for score in lms.scores] == [10.0]


def test_a_score_the_lms_keeps_refusing_is_marked_failed_shown_and_sent_again_on_demand(
        lms: TestLms, exercise: Exercise, instructor: User, settings: Any,
        django_capture_on_commit_callbacks: Capture) -> None:
    settings.LTI_PASSBACK_MAX_ATTEMPTS = 1
    user = launched_learner(lms, exercise)
    lms.refuse_scores = 1
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 8)
    row = Passback.objects.get()
    assert row.state == Passback.State.FAILED

    client = Client()
    client.force_login(instructor)
    run = ContextRun.objects.get().run
    book = client.get(reverse("gradebook:gradebook", args=[exercise.module.course.slug]),
                      {"run": run.slug})
    assert book.status_code == 200
    assert b"LMS failed" in book.content and b"maintenance" in book.content
    page = client.get(reverse("lti:run", args=[run.pk]))
    assert page.status_code == 200 and b"maintenance" in page.content

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("lti:run_resend", args=[run.pk]))
    assert answer.status_code == 302
    row.refresh_from_db()
    assert row.state == Passback.State.SENT
    book = client.get(reverse("gradebook:gradebook", args=[exercise.module.course.slug]),
                      {"run": run.slug})
    assert "LMS ✓" in book.content.decode()


def test_a_link_without_a_line_item_sends_nothing(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise, lineitem=None)
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 10)
    assert lms.scores == [] and not Passback.objects.exists()


def test_work_done_before_the_link_goes_back_on_the_next_launch(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise, lineitem=None)
    graded(user, exercise, 9)  # the link had no line item yet: nothing to send
    with django_capture_on_commit_callbacks(execute=True):
        launched_learner(lms, exercise, lineitem=1)
    assert [score["scoreGiven"] for score in lms.scores] == [9.0]


def test_the_run_lms_page_is_for_the_courses_managers_only(
        lms: TestLms, exercise: Exercise, ta: User) -> None:
    user = launched_learner(lms, exercise)
    run = ContextRun.objects.get().run
    client = Client()
    client.force_login(user)
    assert client.get(reverse("lti:run", args=[run.pk])).status_code == 404
    client.force_login(ta)
    assert client.get(reverse("lti:run", args=[run.pk])).status_code == 404
    assert client.post(reverse("lti:run_resend", args=[run.pk])).status_code == 404


def test_a_late_policy_change_sends_the_recomputed_score(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    user = launched_learner(lms, exercise)
    with django_capture_on_commit_callbacks(execute=True):
        submission = graded(user, exercise, 10)
        Submission.objects.filter(pk=submission.pk).update(late=True)
    run = ContextRun.objects.get().run
    with django_capture_on_commit_callbacks(execute=True):
        gradebook_services.run_late_policy_set(run=run, policy="percentage", percentage=50)

    assert [score["scoreGiven"] for score in lms.scores] == [10.0, 5.0]


def test_a_module_link_sends_the_sum_over_the_module(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    second = Exercise.objects.create(module=exercise.module, slug="norm", title="Norm",
                                     order=2, points=5, entry="norm",
                                     current_version=exercise.current_version)
    course_page = reverse("courses:course", args=[exercise.module.course.slug])
    launch_through(Client(), lms, Launch(
        sub="lms-user-ada", roles=LEARNER, lineitem=2,
        target_link_uri=f"http://testserver{course_page}?module={exercise.module.slug}"))
    user = User.objects.get(lti_users__sub="lms-user-ada")
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, exercise, 10)
    with django_capture_on_commit_callbacks(execute=True):
        graded(user, second, 2)

    assert [(s["lineitem"], s["scoreGiven"], s["scoreMaximum"]) for s in lms.scores] == [
        ("2", 10.0, 15.0), ("2", 12.0, 15.0)]
