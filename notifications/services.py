"""Writes of notifications: what a learner is told, and when they have read it.

score_change_notify and review_answer_notify are called by gradebook.services inside the
transaction that changes the grade or answers the review, so a notification exists exactly when
its change does (a rolled-back override leaves none). The database keeps each one unique per
change, per answer and per deadline. Nobody is told of their own doing: staff who change the
grade of their own submission (a test run, say) already know.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.deadlines import deadlines_load
from courses.models import CourseRun, DueDate, Enrollment, Extension, Progress
from exercises.models import Exercise
from gradebook import rules
from gradebook.models import ReviewRequest, ScoreChange
from grader.models import ClusterFeedback, Submission
from notifications.models import Notification

# How much of an instructor's note the notification itself carries; the attempt shows it all.
NOTE_EXCERPT = 200
# Work due within this long reminds each learner of what they have not solved yet.
DEADLINE_WINDOW = timedelta(hours=24)

SCORE_NEWS = {
    ScoreChange.Source.OVERRIDE: "Score changed by your instructor",
    ScoreChange.Source.REGRADE: "Regraded",
    ScoreChange.Source.REVIEW: "Score changed after your review request",
}


def _points(value: float) -> str:
    return f"{round(float(value), 2):g}"


def _attempt(submission: Submission) -> str:
    return f"{submission.exercise.title}, attempt {submission.attempt}"


def _own_doing(actor_id: int | None, submission: Submission) -> bool:
    return actor_id is not None and actor_id == submission.user_id


def score_change_notify(*, change: ScoreChange) -> Notification | None:
    """Tells the learner their grade moved (an override that confirms it is not news)."""
    submission = change.submission
    if _own_doing(change.changed_by_id, submission):
        return None
    if rules.direction(change.old_score, change.new_score) == "same":
        return None
    text = (f"{SCORE_NEWS[ScoreChange.Source(change.source)]}: {_attempt(submission)}, "
            f"{_points(change.old_score)} → {_points(change.new_score)}/"
            f"{_points(submission.max_score)} — {change.reason}")
    return Notification.objects.create(user_id=submission.user_id, kind=Notification.Kind.SCORE,
                                       text=text, submission=submission, score_change=change)


def review_answer_notify(*, review: ReviewRequest,
                         change: ScoreChange | None) -> Notification | None:
    """Tells the learner the answer to their review request, with its new score if any: one
    notification, which stands for the score change too."""
    submission = review.submission
    if _own_doing(review.resolved_by_id, submission):
        return None
    if change is None:
        verdict = f"score kept ({_points(rules.grade_of(submission))}/" \
                  f"{_points(submission.max_score)})"
    else:
        verdict = (f"new score {_points(change.new_score)}/{_points(submission.max_score)} "
                   f"(was {_points(change.old_score)})")
    text = f"Review answered: {_attempt(submission)}, {verdict} — {review.reason}"
    return Notification.objects.create(user_id=submission.user_id, kind=Notification.Kind.REVIEW,
                                       text=text, submission=submission, review=review,
                                       score_change=change)


# ---- Deadlines (a periodic task: notifications.tasks.remind_deadlines) ----

def deadline_reminders_create(*, now: datetime | None = None) -> int:
    """Reminds every learner of each published exercise they have not solved in their run
    whose due date, their own (courses.deadlines: extensions included), falls within
    DEADLINE_WINDOW; once per learner, exercise and due date. Counts the reminders."""
    now = now or timezone.now()
    soon = Q(due_at__gt=now, due_at__lte=now + DEADLINE_WINDOW)
    modules: dict[int, set[int]] = defaultdict(set)  # run id -> modules something is due in
    for run_id, module_id in DueDate.objects.filter(soon).values_list("run_id", "module_id"):
        modules[run_id].add(module_id)
    for run_id, module_id, exercise_module_id in Extension.objects.filter(soon).values_list(
            "run_id", "module_id", "exercise__module_id"):
        modules[run_id].add(module_id or exercise_module_id)
    runs = CourseRun.objects.filter(pk__in=list(modules), course__published=True)
    reminders = [reminder for run in runs
                 for reminder in _reminders(run, modules[run.pk], now)]
    # Two runs at once (a slow beat tick, say) may race: the constraint keeps one of each.
    Notification.objects.bulk_create(reminders, ignore_conflicts=True)
    return len(reminders)


def _reminders(run: CourseRun, module_ids: set[int], now: datetime) -> list[Notification]:
    dates = deadlines_load(run_ids=[run.pk])
    learners = list(Enrollment.objects.filter(run=run, role=Enrollment.Role.LEARNER,
                                              user__is_active=True)
                    .values_list("user_id", flat=True))
    exercises = Exercise.objects.filter(published=True, module_id__in=module_ids
                                        ).select_related("module")
    solved = set(Progress.objects.filter(run=run, solved_at__isnull=False)
                 .values_list("user_id", "exercise_id"))
    told = set(Notification.objects.filter(kind=Notification.Kind.DEADLINE,
                                           exercise__module_id__in=module_ids, due_at__gt=now)
               .values_list("user_id", "exercise_id", "due_at"))
    reminders = []
    for exercise in exercises:
        text = f"Due soon: {exercise.title} ({exercise.module.title}) is not solved yet."
        for user_id in learners:
            due_at = dates.for_exercise(run_id=run.pk, user_id=user_id, exercise=exercise)
            if (due_at is None or not now < due_at <= now + DEADLINE_WINDOW
                    or (user_id, exercise.pk) in solved
                    or (user_id, exercise.pk, due_at) in told):
                continue
            reminders.append(Notification(user_id=user_id, kind=Notification.Kind.DEADLINE,
                                          text=text, exercise=exercise, due_at=due_at))
    return reminders


# ---- Reading ----

def _unread_of(user: AbstractBaseUser) -> QuerySet[Notification]:
    return Notification.objects.filter(user_id=user.pk, read_at__isnull=True)


def notification_mark_read(*, notification: Notification) -> None:
    Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
        read_at=timezone.now())


def notifications_mark_all_read(*, user: AbstractBaseUser) -> int:
    return _unread_of(user).update(read_at=timezone.now())


# ---- Instructors' notes on clusters of wrong answers (gradebook.clusters) ----

def cluster_feedback_notify(*, note: ClusterFeedback, submissions: Iterable[Submission]) -> int:
    """Tells each learner of these submissions (one each) of the note on their answer; a
    learner already told of this note is not told again. Returns how many were told now."""
    excerpt = note.text if len(note.text) <= NOTE_EXCERPT else note.text[:NOTE_EXCERPT] + "…"
    told = Notification.objects.filter(cluster_feedback=note)
    before = told.count()
    Notification.objects.bulk_create([
        Notification(user_id=submission.user_id, kind=Notification.Kind.FEEDBACK,
                     submission=submission, cluster_feedback=note,
                     text=f"A note from your instructor on {_attempt(submission)}: {excerpt}")
        for submission in submissions], ignore_conflicts=True)
    return told.count() - before
