"""A fair share of the grader: one running submission per learner, learners served in turn."""

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from exercises.models import Exercise
from grader import fairness
from grader.models import Submission
from grader.services import submission_create
from tests.conftest import DOT_SOLUTION, make_user


def _queue(user: User, exercise: Exercise, count: int, capture: Any) -> list[Submission]:
    with capture():  # no broker needed: these tests claim by hand
        return [submission_create(user=user, exercise=exercise, code=DOT_SOLUTION,
                                  kind="check") for _ in range(count)]


def _finish(submission: Submission) -> None:
    Submission.objects.filter(pk=submission.pk).update(status="graded", verdict="passed")


def test_a_learner_never_has_two_submissions_running(
    learner: User, other_learner: User, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    mine = _queue(learner, exercise, 3, django_capture_on_commit_callbacks)
    first = fairness.claim_next()
    assert first is not None and first.pk == mine[0].pk
    assert fairness.claim_next() is None  # only the same learner's work is waiting

    theirs = _queue(other_learner, exercise, 1, django_capture_on_commit_callbacks)
    second = fairness.claim_next()
    assert second is not None and second.pk == theirs[0].pk


def test_the_next_learner_is_served_before_a_learners_second_job(
    learner: User, other_learner: User, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    flood = _queue(learner, exercise, 4, django_capture_on_commit_callbacks)
    first = fairness.claim_next()
    assert first is not None and first.pk == flood[0].pk
    late = _queue(other_learner, exercise, 1, django_capture_on_commit_callbacks)
    _finish(first)

    # The flood is older, but its learner was served last: the other learner goes first.
    assert [s.pk for s in fairness.waiting_in_fair_order()][:2] == [late[0].pk, flood[1].pk]
    taken = fairness.claim_next()
    assert taken is not None and taken.pk == late[0].pk


def test_learners_take_turns_round_robin(
    exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    learners = [make_user(f"learner{i}") for i in range(3)]
    for learner in learners:
        _queue(learner, exercise, 2, django_capture_on_commit_callbacks)
    served = []
    for _ in range(6):
        submission = fairness.claim_next()
        assert submission is not None
        served.append(submission.user_id)
        _finish(submission)
    assert served == [learner.pk for learner in learners] * 2


def test_the_database_refuses_two_running_submissions_of_one_learner(
    learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    first, second = _queue(learner, exercise, 2, django_capture_on_commit_callbacks)
    Submission.objects.filter(pk=first.pk).update(status="running", started_at=timezone.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=second.pk).update(status="running")
    assert fairness.claim(second.pk) is None


def test_an_abandoned_submission_is_taken_back_before_waiting_ones(
    learner: User, other_learner: User, exercise: Exercise, settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.GRADER_LEASE_SECONDS = 60
    lost = _queue(learner, exercise, 1, django_capture_on_commit_callbacks)[0]
    Submission.objects.filter(pk=lost.pk).update(
        status="running", deliveries=1, started_at=timezone.now() - timedelta(seconds=61))
    _queue(other_learner, exercise, 1, django_capture_on_commit_callbacks)
    taken = fairness.claim_next()
    assert taken is not None and (taken.pk, taken.deliveries) == (lost.pk, 2)


def test_a_too_large_code_names_its_size_rounded_up(
    learner: User, exercise: Exercise, settings: Any,
) -> None:
    settings.GRADER_MAX_CODE_BYTES = 64 * 1024
    code = "x = 1\n" + "#" * (65 * 1024 - 6)
    with pytest.raises(ValidationError) as refused:
        submission_create(user=learner, exercise=exercise, code=code)
    assert refused.value.messages == ["The code is 65 KB; the limit is 64 KB."]
