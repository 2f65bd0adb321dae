"""The database keeps the invariants itself, whatever code writes to it."""

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CourseRun, Enrollment, Progress
from courses.services import course_default_run
from exercises.models import Exercise
from grader.models import Submission


def submission(user: User, exercise: Exercise, **fields: Any) -> Submission:
    assert exercise.current_version is not None
    values: dict[str, Any] = {
        "user": user, "exercise": exercise, "exercise_version": exercise.current_version,
        "variant": exercise.current_version.variants.get(), "code": "pass\n",
        "max_score": 10.0, "kind": Submission.Kind.SUBMIT, "attempt": 1,
        "run": course_default_run(course=exercise.module.course),
    }
    return Submission.objects.create(**{**values, **fields})


def assert_rejected(write: Callable[[], object]) -> None:
    """Runs the write in its own savepoint so the test can go on after the failure."""
    with pytest.raises(IntegrityError), transaction.atomic():
        write()


def test_a_user_is_enrolled_in_a_run_once(learner: User, run: CourseRun) -> None:
    Enrollment.objects.create(user=learner, run=run)

    assert_rejected(lambda: Enrollment.objects.create(user=learner, run=run))


def test_an_enrollment_role_must_be_known(learner: User, run: CourseRun) -> None:
    assert_rejected(lambda: Enrollment.objects.create(user=learner, run=run, role="owner"))


def test_progress_best_score_cannot_exceed_max_score(learner: User, exercise: Exercise,
                                                     run: CourseRun) -> None:
    assert_rejected(lambda: Progress.objects.create(
        user=learner, exercise=exercise, run=run, best_score=11, max_score=10))


def test_progress_best_score_cannot_be_negative(learner: User, exercise: Exercise,
                                                run: CourseRun) -> None:
    assert_rejected(lambda: Progress.objects.create(
        user=learner, exercise=exercise, run=run, best_score=-1, max_score=10))


def test_progress_is_one_row_per_user_exercise_and_run(learner: User, exercise: Exercise,
                                                       run: CourseRun) -> None:
    Progress.objects.create(user=learner, exercise=exercise, run=run, max_score=10)

    assert_rejected(lambda: Progress.objects.create(
        user=learner, exercise=exercise, run=run, max_score=10))


def test_progress_knows_when_it_is_solved(learner: User, exercise: Exercise,
                                          run: CourseRun) -> None:
    progress = Progress.objects.create(user=learner, exercise=exercise, run=run, max_score=10)
    assert not progress.solved

    progress.solved_at = timezone.now()

    assert progress.solved


@pytest.mark.parametrize("score", [-0.5, 10.5])
def test_a_submission_score_stays_within_zero_and_max(learner: User, exercise: Exercise,
                                                      score: float) -> None:
    assert_rejected(lambda: submission(learner, exercise, score=score))


def test_a_submission_may_score_full_marks(learner: User, exercise: Exercise) -> None:
    assert submission(learner, exercise, score=10.0).score == 10.0


def test_a_check_has_no_attempt_number(learner: User, exercise: Exercise) -> None:
    assert_rejected(lambda: submission(learner, exercise, kind=Submission.Kind.CHECK,
                                             attempt=1))


def test_a_counted_submission_needs_an_attempt_number(learner: User,
                                                      exercise: Exercise) -> None:
    assert_rejected(lambda: submission(learner, exercise, attempt=None))


def test_an_attempt_number_is_used_once_per_user_and_exercise(
    learner: User, other_learner: User, exercise: Exercise
) -> None:
    submission(learner, exercise, attempt=1)
    submission(other_learner, exercise, attempt=1)  # the same number for somebody else is fine

    assert_rejected(lambda: submission(learner, exercise, attempt=1))


def test_many_checks_may_exist_side_by_side(learner: User, exercise: Exercise) -> None:
    for _ in range(3):
        submission(learner, exercise, kind=Submission.Kind.CHECK, attempt=None)

    assert Submission.objects.filter(kind=Submission.Kind.CHECK).count() == 3


def test_a_graded_submission_needs_a_verdict(learner: User, exercise: Exercise) -> None:
    assert_rejected(lambda: submission(learner, exercise,
                                             status=Submission.Status.GRADED, verdict=""))


def test_a_submission_status_must_be_known(learner: User, exercise: Exercise) -> None:
    assert_rejected(lambda: submission(learner, exercise, status="lost"))


def test_an_exercise_difficulty_must_be_known(exercise: Exercise) -> None:
    exercise.difficulty = "impossible"

    assert_rejected(exercise.save)


def test_a_finished_submission_reports_whether_it_passed(learner: User,
                                                         exercise: Exercise) -> None:
    done = submission(learner, exercise, status=Submission.Status.GRADED,
                      verdict=Submission.Verdict.PASSED, score=10)
    waiting = submission(learner, exercise, attempt=2)

    assert done.is_finished and done.passed
    assert not waiting.is_finished and not waiting.passed
