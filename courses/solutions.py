"""When a learner may read an exercise's model solution: the course's solution_visibility
(after the deadline: the learner's own, courses.deadlines).

The model solution is the reference the grader trusts, so the rule is applied on the server:
a page that may not show it never receives it (hiding it in the browser would still send it).
The exercise page asks through the `model_solution` template tag.
"""

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone

from courses import deadlines
from courses.models import Course, Progress
from courses.selectors import run_of_learner
from exercises.models import Exercise

Visibility = Course.SolutionVisibility


def solution_visible(*, user: AbstractBaseUser | AnonymousUser, exercise: Exercise,
                     progress: Progress | None, now: datetime | None = None) -> bool:
    """Whether this learner (whose progress it is) may read the model solution now."""
    policy = exercise.module.course.solution_visibility
    if policy == Visibility.AFTER_SOLVING:
        return progress is not None and progress.solved
    if policy == Visibility.AFTER_DEADLINE:
        # Without a deadline there is no "after": the solution would be out from day one.
        due_at = _due_at(user, exercise, progress)
        return due_at is not None and (now or timezone.now()) > due_at
    return False


def _due_at(user: AbstractBaseUser | AnonymousUser, exercise: Exercise,
            progress: Progress | None) -> datetime | None:
    """The learner's own due date (an extension keeps the solution back until it ends too)."""
    run_id = progress.run_id if progress is not None else None
    if run_id is None:
        run = run_of_learner(user=user, course=exercise.module.course_id)
        run_id = run.pk if run is not None else None
    if run_id is None or user.pk is None:
        return None
    return deadlines.due_at(run_id=run_id, user_id=user.pk, exercise=exercise)


def model_solution(*, user: AbstractBaseUser | AnonymousUser, exercise: Exercise,
                   progress: Progress | None) -> str | None:
    """The current version's solution code for this user, or None when they may not see it."""
    if not user.is_authenticated or exercise.current_version is None:
        return None
    if progress is not None and progress.user_id != user.pk:
        return None  # someone else's success is not this user's
    if not solution_visible(user=user, exercise=exercise, progress=progress):
        return None
    return exercise.current_version.solution_code
