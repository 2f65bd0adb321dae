"""Writes of the gradebook: overrides, reviews, a run's late policy, due dates and extensions
(regrades: gradebook.regrades).

Every change of a submission's grade goes through `score_record`, which writes the audit row
(ScoreChange: who, when, old -> new, why), tells the learner (notifications.services) and
recomputes the learner's Progress in the same transaction. The rule for what a grade counts
for is in gradebook.rules:

- grade = the staff override if any, else the graded score;
- counted = the override as it is (staff decided knowing the work was late), else the graded
  score under the late policy of the submission's run (counts / percentage / zero);
- Progress.best_score = the best counted score of the learner's graded submissions in a run,
  capped at the exercise's points; solved from the first submission whose grade reaches full
  marks.

Because Progress is *recomputed* here (not only grown, as grading does), an override or a
regrade may lower it as well as raise it. Changing a run's late policy, due dates or
extensions changes no grade, so it writes no ScoreChange rows: it marks the run's submissions
late or on time again (courses.deadlines) and recomputes the Progress that follows.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from courses.deadlines import deadlines_load, is_late
from courses.models import CourseRun, DueDate, Enrollment, Extension, Module, Progress, Section
from courses.signals import progress_changed_on_commit
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


@transaction.atomic
def progress_recompute(*, user_id: int, exercise_id: int, run_id: int) -> Progress:
    """Progress in one run from its graded submissions, under the rule in this module's
    docstring."""
    exercise = Exercise.objects.get(pk=exercise_id)
    run = CourseRun.objects.get(pk=run_id)
    graded = Submission.objects.filter(
        user_id=user_id, exercise_id=exercise_id, run_id=run_id, kind=Submission.Kind.SUBMIT,
        status=Submission.Status.GRADED,
    ).order_by("created_at", "id")
    points = float(exercise.points)
    best, solved_at = 0.0, None
    for submission in graded:
        best = max(best, rules.counted_score(submission, run))
        if solved_at is None and rules.reaches_full_marks(submission):
            solved_at = submission.graded_at or submission.created_at
    progress, _ = Progress.objects.select_for_update().get_or_create(
        user_id=user_id, exercise_id=exercise_id, run_id=run_id, defaults={"max_score": points}
    )
    progress.best_score = min(best, points)
    progress.max_score = points
    progress.solved_at = solved_at
    progress.save(update_fields=["best_score", "max_score", "solved_at", "updated_at"])
    progress_changed_on_commit(user_id=user_id, exercise_id=exercise_id, run_id=run_id)
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
    progress_recompute(user_id=submission.user_id, exercise_id=submission.exercise_id,
                       run_id=submission.run_id)
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


# ---- A run's late policy, due dates and extensions (the rule: courses.deadlines) ----

@transaction.atomic
def run_late_policy_set(*, run: CourseRun, policy: str, percentage: int) -> CourseRun:
    if policy not in CourseRun.LatePolicy.values:
        raise ValidationError("Choose one of the late policies.")
    if not 0 <= percentage <= 100:
        raise ValidationError("The percentage must be between 0 and 100.")
    run.late_policy = policy
    run.late_percentage = percentage
    run.save(update_fields=["late_policy", "late_percentage"])
    pairs = Progress.objects.filter(run=run).values_list("user_id", "exercise_id")
    for user_id, exercise_id in list(pairs):
        progress_recompute(user_id=user_id, exercise_id=exercise_id, run_id=run.pk)
    return run


@transaction.atomic
def due_date_set(*, run: CourseRun, module: Module, due_at: datetime | None) -> DueDate | None:
    """When the module is due in the run (None: never); late marks and totals follow."""
    if module.course_id != run.course_id:
        raise ValidationError("That module is not part of this run's course.")
    due = None
    if due_at is None:
        DueDate.objects.filter(run=run, module=module).delete()
    else:
        due, _ = DueDate.objects.update_or_create(run=run, module=module,
                                                  defaults={"due_at": due_at})
    late_marks_refresh(run=run, exercises=Exercise.objects.filter(module=module))
    return due


@transaction.atomic
def extension_grant(
    *, run: CourseRun, due_at: datetime, reason: str, granted_by: User | None,
    user: User | None = None, section: Section | None = None,
    module: Module | None = None, exercise: Exercise | None = None,
) -> Extension:
    """A due date of its own for one learner or one section, for a module or an exercise;
    granting again for the same ones replaces it. Late marks and totals follow."""
    _check_extension(run, user, section, module, exercise)
    if not reason.strip():
        raise ValidationError("Give a reason: it is kept with the extension.")
    extension, _ = Extension.objects.update_or_create(
        run=run, user=user, section=section, module=module, exercise=exercise,
        defaults={"due_at": due_at, "reason": reason.strip(), "granted_by": granted_by})
    _refresh_for(extension)
    return extension


def _check_extension(run: CourseRun, user: User | None, section: Section | None,
                     module: Module | None, exercise: Exercise | None) -> None:
    if (user is None) == (section is None):
        raise ValidationError("An extension is for one learner or for one section.")
    if (module is None) == (exercise is None):
        raise ValidationError("An extension is of one module or of one exercise.")
    if section is not None and section.run_id != run.pk:
        raise ValidationError("That section belongs to another run.")
    if user is not None and not Enrollment.objects.filter(user=user, run=run).exists():
        raise ValidationError("That learner is not enrolled in this run.")
    within = module or (exercise.module if exercise is not None else None)
    if within is None or within.course_id != run.course_id:
        raise ValidationError("That is not part of this run's course.")


@transaction.atomic
def extension_revoke(*, extension: Extension) -> None:
    extension.delete()
    _refresh_for(extension)


def _refresh_for(extension: Extension) -> None:
    exercises = Exercise.objects.filter(Q(pk=extension.exercise_id)
                                        if extension.exercise_id is not None
                                        else Q(module_id=extension.module_id))
    users = (list(Enrollment.objects.filter(section__pk=extension.section_id)
                  .values_list("user_id", flat=True))
             if extension.section_id is not None else [extension.user_id])
    late_marks_refresh(run=extension.run, exercises=exercises,
                       user_ids=[user for user in users if user is not None])


@transaction.atomic
def late_marks_refresh(*, run: CourseRun, exercises: Iterable[Exercise],
                       user_ids: list[int] | None = None) -> int:
    """Marks the run's submissions of these exercises (by these learners; None: all) late or
    on time again by today's dates, and recomputes the Progress whose marks changed. Counts
    the submissions whose mark changed."""
    by_id = {exercise.pk: exercise for exercise in exercises}
    found = Submission.objects.filter(run=run, exercise_id__in=list(by_id))
    if user_ids is not None:
        found = found.filter(user_id__in=user_ids)
    dates = deadlines_load(run_ids=[run.pk], user_ids=user_ids)
    flipped: dict[bool, list[int]] = {True: [], False: []}
    touched = set()
    for submission in found.only("pk", "user_id", "exercise_id", "kind", "late", "created_at"):
        due = dates.for_exercise(run_id=run.pk, user_id=submission.user_id,
                                 exercise=by_id[submission.exercise_id])
        late = is_late(due=due, sent_at=submission.created_at)
        if late != submission.late:
            flipped[late].append(submission.pk)
            if submission.kind == Submission.Kind.SUBMIT:
                touched.add((submission.user_id, submission.exercise_id))
    for late, ids in flipped.items():
        Submission.objects.filter(pk__in=ids).update(late=late)
    for user_id, exercise_id in sorted(touched):
        progress_recompute(user_id=user_id, exercise_id=exercise_id, run_id=run.pk)
    return len(flipped[True]) + len(flipped[False])
