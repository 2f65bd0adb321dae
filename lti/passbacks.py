"""Scores back to the LMS (Assignment and Grade Services) through an outbox.

A change of a learner's counted score writes or updates their Passback row (in its own
transaction, after the grading's has committed) and sends a task on the staff queue; the
task posts the score to the link's line item. A refused or unanswered post is tried again
later (30 s, 60 s, 120 s, ... at most an hour apart) and ends `failed` after
LTI_PASSBACK_MAX_ATTEMPTS, with the LMS's answer kept for the gradebook. The sweeper sends
again every pending row whose time has come, so a lost message loses no score.

The score is the gradebook's: Progress.best_score (the best counted score, overrides and late
policy applied) out of the exercise's points; for a module, the sums over its published
exercises.
"""

import logging
from datetime import timedelta
from typing import Final

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from lti_tool.models import LtiUser
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.grade import Grade

from courses.models import Progress
from exercises.models import Exercise
from lti import launches, tasks
from lti.models import Passback, ResourceTarget, UsedNonce

logger = logging.getLogger(__name__)

SCORE_SCOPE: Final = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
# A UsedNonce outlives any id_token it could be replayed with (LMSs issue them for minutes).
NONCE_KEEP = timedelta(days=1)


def counted_score(*, target: ResourceTarget, user_id: int) -> tuple[float, float] | None:
    """(given, maximum) for the learner on what the link opens; None: no score to send (the
    link opens no exercise, or the learner has not tried any of it)."""
    if target.exercise_id is not None:
        exercises = list(Exercise.objects.filter(pk=target.exercise_id))
    elif target.module_id is not None:
        exercises = list(Exercise.objects.filter(module_id=target.module_id, published=True))
    else:
        return None
    points = {exercise.pk: float(exercise.points) for exercise in exercises}
    maximum = sum(points.values())
    if maximum <= 0:
        return None
    best = list(Progress.objects.filter(user_id=user_id, run_id=target.context_run.run_id,
                                        exercise_id__in=list(points)))
    if not best:
        return None  # nothing attempted yet: the LMS shows no grade rather than a zero
    given = sum(min(progress.best_score, points[progress.exercise_id]) for progress in best)
    return max(0.0, min(given, maximum)), maximum


def targets_of(*, exercise_id: int, run_id: int) -> list[ResourceTarget]:
    """The graded links of the run that show this exercise's score."""
    module_id = Exercise.objects.filter(pk=exercise_id).values_list("module_id", flat=True)
    return list(ResourceTarget.objects.filter(context_run__run_id=run_id)
                .filter(Q(exercise_id=exercise_id) | Q(module_id__in=module_id))
                .exclude(lineitem_url="").select_related("context_run"))


@transaction.atomic
def passback_queue(*, target: ResourceTarget, user_id: int) -> Passback | None:
    """The learner's newest score for this link, in the outbox (unless the LMS has it)."""
    if not target.lineitem_url:
        return None
    lti_user = LtiUser.objects.filter(
        auth_user_id=user_id,
        registration_id=target.resource_link.context.deployment.registration_id).first()
    score = counted_score(target=target, user_id=user_id)
    if lti_user is None or score is None:
        return None
    given, maximum = score
    now = timezone.now()
    row = Passback.objects.select_for_update().filter(target=target, user_id=user_id).first()
    if row is None:
        row = _create(target, user_id, lti_user, given, maximum)
    elif (row.score_given, row.score_maximum) == (given, maximum):
        return row  # the LMS has it, or is about to
    else:
        Passback.objects.filter(pk=row.pk).update(
            lti_user=lti_user, score_given=given, score_maximum=maximum, scored_at=now,
            version=F("version") + 1, state=Passback.State.PENDING, attempts=0, last_error="",
            next_try_at=now)
    tasks.send_passback.send_on_commit(row.pk)
    return row


def _create(target: ResourceTarget, user_id: int, lti_user: LtiUser, given: float,
            maximum: float) -> Passback:
    now = timezone.now()
    try:
        with transaction.atomic():
            return Passback.objects.create(target=target, user_id=user_id, lti_user=lti_user,
                                           score_given=given, score_maximum=maximum,
                                           scored_at=now, next_try_at=now)
    except IntegrityError:  # made meanwhile by another change of the same score
        row = Passback.objects.get(target=target, user_id=user_id)
        Passback.objects.filter(pk=row.pk).update(
            score_given=given, score_maximum=maximum, scored_at=now, version=F("version") + 1,
            state=Passback.State.PENDING, attempts=0, last_error="", next_try_at=now)
        return row


def progress_passbacks_queue(*, user_id: int, exercise_id: int, run_id: int) -> int:
    """Queues the learner's score for every graded link that shows this exercise."""
    queued = 0
    for target in targets_of(exercise_id=exercise_id, run_id=run_id):
        queued += passback_queue(target=target, user_id=user_id) is not None
    return queued


def passback_send(*, passback_id: int) -> str:
    """Posts a pending score to the LMS: 'sent', 'retry', 'failed' or 'skipped' (nothing
    due, or another worker has it)."""
    now = timezone.now()
    row = (Passback.objects.select_related("lti_user", "target__resource_link__context__"
                                           "deployment__registration")
           .filter(pk=passback_id, state=Passback.State.PENDING, next_try_at__lte=now).first())
    lease = now + timedelta(seconds=3 * settings.LTI_HTTP_TIMEOUT_SECONDS)
    if row is None or not Passback.objects.filter(
            pk=row.pk, version=row.version, state=Passback.State.PENDING,
            next_try_at__lte=now).update(next_try_at=lease):
        return "skipped"
    try:
        _post_score(row)
    except Exception as error:  # the LMS refused, timed out, or answered nonsense
        return _attempt_failed(row, error)
    # Marked sent only if no newer score arrived meanwhile; that one has its own message.
    Passback.objects.filter(pk=row.pk, version=row.version).update(
        state=Passback.State.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1,
        last_error="")
    return "sent"


def _post_score(row: Passback) -> None:
    registration = row.target.resource_link.context.deployment.registration
    grade = (Grade().set_score_given(row.score_given).set_score_maximum(row.score_maximum)
             .set_timestamp(row.scored_at.isoformat()).set_activity_progress("Completed")
             .set_grading_progress("FullyGraded").set_user_id(row.lti_user.sub))
    service = AssignmentsGradesService(launches.service_connector(registration),
                                       {"scope": [SCORE_SCOPE],
                                        "lineitem": row.target.lineitem_url})
    service.put_grade(grade)


def _attempt_failed(row: Passback, error: Exception) -> str:
    attempts = row.attempts + 1
    delay = min(settings.LTI_PASSBACK_RETRY_SECONDS * 2 ** row.attempts, 3600)
    final = attempts >= settings.LTI_PASSBACK_MAX_ATTEMPTS
    message = str(error)[:2000] or error.__class__.__name__
    logger.warning("score for passback %s not accepted (attempt %s): %s", row.pk, attempts,
                   message)
    Passback.objects.filter(pk=row.pk, version=row.version).update(
        attempts=attempts, last_error=message,
        state=Passback.State.FAILED if final else Passback.State.PENDING,
        next_try_at=timezone.now() + timedelta(seconds=delay))
    if final:
        return "failed"
    tasks.send_passback.send(row.pk, countdown=delay)
    return "retry"


@transaction.atomic
def passbacks_retry(*, run_id: int) -> int:
    """Staff send the run's failed scores again ('Send again' on the run's LMS page)."""
    failed = Passback.objects.filter(target__context_run__run_id=run_id,
                                     state=Passback.State.FAILED)
    ids = list(failed.values_list("pk", flat=True))
    Passback.objects.filter(pk__in=ids).update(state=Passback.State.PENDING, attempts=0,
                                               next_try_at=timezone.now())
    for passback_id in ids:
        tasks.send_passback.send_on_commit(passback_id)
    return len(ids)


def passbacks_sweep() -> dict[str, int]:
    """Sends again the pending scores whose time has come; forgets old nonces."""
    due = Passback.objects.filter(state=Passback.State.PENDING, next_try_at__lte=timezone.now())
    resent = tasks.send_passback.resend_stale(due)
    forgotten, _ = UsedNonce.objects.filter(used_at__lt=timezone.now() - NONCE_KEEP).delete()
    return {"resent": resent, "nonces_forgotten": forgotten}
