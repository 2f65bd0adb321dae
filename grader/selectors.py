"""Reads of submissions, scoped to what the asking user may see."""

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from courses.permissions import teaches
from exercises.models import Exercise
from grader.models import Submission, SubmissionFigure


def submission_get_for_owner(*, user: User, submission_id: int) -> Submission:
    """404 for anybody else's submission: its existence is not theirs to know either."""
    return get_object_or_404(
        Submission.objects.select_related("exercise", "exercise__module__course"),
        pk=submission_id, user=user,
    )


def figure_for_viewer(*, user: User, submission_id: int, position: int) -> SubmissionFigure:
    """A picture of the learner's own figure, or one of a course the viewer teaches."""
    figure = get_object_or_404(SubmissionFigure.objects.select_related("submission__exercise"),
                               submission_id=submission_id, position=position)
    submission = figure.submission
    if submission.user_id != user.pk and not teaches(user, submission.exercise.module.course_id):
        raise Http404("No such figure.")
    return figure


def submissions_of_learner(*, user: User, exercise: Exercise) -> QuerySet[Submission]:
    return Submission.objects.filter(user=user, exercise=exercise).order_by("-created_at", "-id")


def latest_submission(*, user: User, exercise: Exercise) -> Submission | None:
    """The newest submission or check, whose result the exercise page shows on arrival."""
    return submissions_of_learner(user=user, exercise=exercise).first()


@dataclass(frozen=True)
class History:
    """A learner's submissions of one exercise, newest first, without their heavy columns:
    counted attempts apart from example checks."""

    attempts: list[Submission]
    checks: list[Submission]

    @property
    def pending(self) -> bool:
        return any(not item.is_finished for item in [*self.attempts, *self.checks])


def history_of_learner(*, user: User, exercise: Exercise, limit: int) -> History:
    mine = submissions_of_learner(user=user, exercise=exercise).defer("code", "tests", "stdout")
    return History(attempts=list(mine.filter(kind=Submission.Kind.SUBMIT)[:limit]),
                   checks=list(mine.filter(kind=Submission.Kind.CHECK)[:limit]))
