"""Reads of submissions, scoped to what the asking user may see."""

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from exercises.models import Exercise
from grader.models import Submission


def submission_get_for_owner(*, user: User, submission_id: int) -> Submission:
    """404 for anybody else's submission: its existence is not theirs to know either."""
    return get_object_or_404(
        Submission.objects.select_related("exercise", "exercise__module__course"),
        pk=submission_id, user=user,
    )


def submissions_of_learner(*, user: User, exercise: Exercise) -> QuerySet[Submission]:
    return Submission.objects.filter(user=user, exercise=exercise).order_by("-created_at", "-id")


def last_code(*, user: User, exercise: Exercise) -> str | None:
    latest = submissions_of_learner(user=user, exercise=exercise).only("code").first()
    return latest.code if latest else None
