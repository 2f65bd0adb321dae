"""Writes of the gradebook: overrides, reviews, late policy (regrades: gradebook.regrades).

Every change of a submission's grade goes through `score_record`, which writes the audit row
(ScoreChange: who, when, old -> new, why), tells the learner (notifications.services) and
recomputes the learner's Progress in the same transaction. The rule for what a grade counts
for is in gradebook.rules:

- grade = the staff override if any, else the graded score;
- counted = the override as it is (staff decided knowing the work was late), else the graded
  score under the course's late policy (counts / percentage / zero);
- Progress.best_score = the best counted score of the learner's graded submissions, capped at
  the exercise's points; solved from the first submission whose grade reaches full marks.

Because Progress is *recomputed* here (not only grown, as grading does), an override or a
regrade may lower it as well as raise it. Changing the late policy changes no grade, so it
writes no ScoreChange rows; it recomputes every Progress of the course.
"""

import logging
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from courses.models import Course, Progress
from exercises.models import Exercise, ExerciseVersion, Variant
from gradebook import (
    rules,  # the module, not its names: tasks imports this module back
)
from gradebook.models import Regrade, ReviewRequest, ScoreChange
from grader.grading import Graded
from grader.models import Submission
from notifications import services as notifications

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Regraded:
    """A submission graded again against another version, not yet saved."""

    version: ExerciseVersion
    variant: Variant
    graded: Graded


def _course_of(submission: Submission) -> Course:
    return Course.objects.get(modules__exercises=submission.exercise_id)


@transaction.atomic
def progress_recompute(*, user_id: int, exercise_id: int) -> Progress:
    """Progress from the graded submissions, under the rule in this module's docstring."""
    exercise = Exercise.objects.select_related("module__course").get(pk=exercise_id)
    course = exercise.module.course
    graded = Submission.objects.filter(
        user_id=user_id, exercise_id=exercise_id, kind=Submission.Kind.SUBMIT,
        status=Submission.Status.GRADED,
    ).order_by("created_at", "id")
    points = float(exercise.points)
    best, solved_at = 0.0, None
    for submission in graded:
        best = max(best, rules.counted_score(submission, course))
        if solved_at is None and rules.reaches_full_marks(submission):
            solved_at = submission.graded_at or submission.created_at
    progress, _ = Progress.objects.select_for_update().get_or_create(
        user_id=user_id, exercise_id=exercise_id, defaults={"max_score": points}
    )
    progress.best_score = min(best, points)
    progress.max_score = points
    progress.solved_at = solved_at
    progress.save(update_fields=["best_score", "max_score", "solved_at", "updated_at"])
    return progress


@transaction.atomic
def score_record(
    *, submission_id: int, actor: User | None, reason: str,
    source: ScoreChange.Source, override: float | None = None,
    regraded: Regraded | None = None, review: ReviewRequest | None = None,
    regrade: Regrade | None = None,
) -> ScoreChange | None:
    """The one way a graded submission's grade changes: by an override or a regrade.

    A regrade replaces the graded result (and clears an override: the caller decides whether
    overridden submissions are regraded at all). Writes a ScoreChange when the grade changes,
    and always for an override (confirming a score is a decision worth recording).
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give a reason: the learner and the other staff will see it.")
    submission = Submission.objects.select_for_update().get(pk=submission_id)
    if submission.kind != Submission.Kind.SUBMIT or submission.status != Submission.Status.GRADED:
        raise ValidationError("Only graded submissions have a score to change.")
    old = rules.grade_of(submission)
    if regraded is not None:
        _apply_regraded(submission, regraded)
    if override is not None:
        if not 0 <= override <= submission.max_score:
            raise ValidationError(
                f"The score must be between 0 and {submission.max_score:g}.")
        submission.score_override = float(override)
    submission.save()
    new = rules.grade_of(submission)
    change = None
    if override is not None or rules.direction(old, new) != "same":
        change = ScoreChange.objects.create(
            submission=submission, changed_by=actor, source=source, old_score=old,
            new_score=new, reason=reason, review=review, regrade=regrade,
        )
        if review is None:  # a review's answer tells of its score change (review_resolve)
            notifications.score_change_notify(change=change)
    progress_recompute(user_id=submission.user_id, exercise_id=submission.exercise_id)
    return change


def _apply_regraded(submission: Submission, regraded: Regraded) -> None:
    judgement = regraded.graded.judgement
    submission.exercise_version = regraded.version
    submission.variant = regraded.variant
    submission.verdict = judgement.verdict
    submission.score = judgement.score
    submission.max_score = judgement.max_score
    submission.tests = judgement.tests
    submission.message = judgement.message
    submission.stdout = regraded.graded.stdout
    submission.graded_at = timezone.now()
    submission.score_override = None


def submission_override(
    *, submission: Submission, actor: User, score: float, reason: str
) -> ScoreChange | None:
    """Staff set a grade without a review request."""
    return score_record(submission_id=submission.pk, actor=actor, reason=reason,
                        source=ScoreChange.Source.OVERRIDE, override=score)


# ---- Review requests ----

@transaction.atomic
def review_request_create(
    *, user: User, submission: Submission, message: str
) -> ReviewRequest:
    message = message.strip()
    if submission.user_id != user.pk:
        raise ValidationError("You can only ask for a review of your own submission.")
    if submission.kind != Submission.Kind.SUBMIT or submission.status != Submission.Status.GRADED:
        raise ValidationError("Only a graded submission can be reviewed.")
    if not message:
        raise ValidationError("Say what you would like the staff to look at.")
    if ReviewRequest.objects.filter(submission=submission,
                                    state=ReviewRequest.State.OPEN).exists():
        raise ValidationError("You already asked for a review of this submission.")
    return ReviewRequest.objects.create(submission=submission, requested_by=user, message=message)


@transaction.atomic
def review_resolve(
    *, review: ReviewRequest, actor: User, reason: str,
    score: float | None = None,
) -> ReviewRequest:
    """Closes a review: keeps the grade (score None) or overrides it, with a reason."""
    review = ReviewRequest.objects.select_for_update().get(pk=review.pk)
    if review.state != ReviewRequest.State.OPEN:
        raise ValidationError("This review was already resolved.")
    if not reason.strip():
        raise ValidationError("Give a reason: the learner will see it.")
    outcome, change = ReviewRequest.Outcome.KEPT, None
    if score is not None:
        change = score_record(submission_id=review.submission_id, actor=actor, reason=reason,
                              source=ScoreChange.Source.REVIEW, override=score, review=review)
        outcome = ReviewRequest.Outcome.OVERRIDDEN
    review.state = ReviewRequest.State.CLOSED
    review.outcome = outcome
    review.reason = reason.strip()
    review.resolved_by = actor  # type: ignore[assignment]
    review.resolved_at = timezone.now()
    review.save()
    notifications.review_answer_notify(review=review, change=change)
    return review


# ---- Late policy ----

@transaction.atomic
def course_late_policy_set(*, course: Course, policy: str, percentage: int) -> Course:
    if policy not in Course.LatePolicy.values:
        raise ValidationError("Choose one of the late policies.")
    if not 0 <= percentage <= 100:
        raise ValidationError("The percentage must be between 0 and 100.")
    course.late_policy = policy
    course.late_percentage = percentage
    course.save(update_fields=["late_policy", "late_percentage"])
    pairs = (Progress.objects.filter(exercise__module__course=course)
             .values_list("user_id", "exercise_id"))
    for user_id, exercise_id in list(pairs):
        progress_recompute(user_id=user_id, exercise_id=exercise_id)
    return course
