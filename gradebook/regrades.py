"""Regrades: grade an exercise's submissions again against its current version, preview
first (nothing saved), then apply (each changed grade through services.score_record).
"""

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from config.celery import RowTask
from exercises.models import Exercise, ExerciseVersion, Variant
from gradebook import (
    rules,
    tasks,  # the module, not its names: tasks imports this module back
)
from gradebook.models import Regrade, RegradeItem, ScoreChange
from gradebook.services import Regraded, score_record
from grader.grading import SandboxFailure, run_and_judge
from grader.models import Submission

logger = logging.getLogger(__name__)


# ---- Regrade: preview (nothing saved), then apply; one Celery task per submission ----
#
# Each phase is a set of RegradeItems, one per chosen submission. One message from the web
# request (regrade_preview / regrade_apply) fans out one regrade_item message per item. An item
# is claimed by a conditional update, graded again outside any transaction, and marked done in
# the transaction that records its grade; the last item of a phase ends the regrade, under the
# regrade's row lock so that two items finishing together cannot both miss it.

Phase = RegradeItem.Phase
State = RegradeItem.State
RUNNING_STATUS: dict[str, str] = {Phase.PREVIEW: Regrade.Status.PREVIEWING,
                                  Phase.APPLY: Regrade.Status.APPLYING}
DONE_STATUS: dict[str, str] = {Phase.PREVIEW: Regrade.Status.PREVIEWED,
                               Phase.APPLY: Regrade.Status.APPLIED}
UNFINISHED = [State.PENDING, State.RUNNING]
SANDBOX_RETRY_SECONDS = 2  # our sandbox failed: its zygote restarts meanwhile
FAILURES_NAMED = 10  # in the message of a failed regrade; the table has every row


def regradable(*, exercise: Exercise) -> QuerySet[Submission]:
    return Submission.objects.filter(exercise=exercise, kind=Submission.Kind.SUBMIT,
                                     status=Submission.Status.GRADED)


@transaction.atomic
def regrade_create(
    *, exercise: Exercise, actor: User, submission_ids: list[int] | None,
    include_overridden: bool, reason: str,
) -> Regrade:
    """Asks for a preview of regrading all (ids None) or the given submissions of an exercise."""
    if exercise.current_version is None:
        raise ValidationError("This exercise has no version to grade against.")
    if not reason.strip():
        raise ValidationError("Give a reason: it is recorded with every changed score.")
    chosen = regradable(exercise=exercise)
    if submission_ids is not None:
        chosen = chosen.filter(pk__in=submission_ids)
    ids = sorted(chosen.values_list("pk", flat=True))
    if not ids:
        raise ValidationError("Choose at least one graded submission.")
    regrade = Regrade.objects.create(
        exercise=exercise, version=exercise.current_version, requested_by=actor,
        submission_ids=ids, include_overridden=include_overridden, reason=reason.strip(),
        enqueued_at=timezone.now(),
    )
    _items_create(regrade, Phase.PREVIEW, ids)
    tasks.regrade_preview.send_on_commit(regrade.pk)
    return regrade


def _items_create(regrade: Regrade, phase: str, submission_ids: list[int]) -> None:
    RegradeItem.objects.bulk_create(
        RegradeItem(regrade=regrade, phase=phase, submission_id=pk) for pk in submission_ids)


@transaction.atomic
def regrade_start(*, regrade: Regrade) -> Regrade:
    """Applies a previewed regrade, unless the exercise got yet another version since."""
    regrade = Regrade.objects.select_for_update().select_related("exercise").get(pk=regrade.pk)
    if regrade.status != Regrade.Status.PREVIEWED:
        raise ValidationError("Only a previewed regrade can be started, and only once.")
    if regrade.exercise.current_version_id != regrade.version_id:
        raise ValidationError("The exercise changed since this preview; preview again.")
    ids = sorted(regradable(exercise=regrade.exercise).filter(pk__in=regrade.submission_ids)
                 .values_list("pk", flat=True))
    if not ids:
        raise ValidationError("None of these submissions is graded any more.")
    regrade.status = Regrade.Status.APPLYING
    regrade.enqueued_at = timezone.now()
    regrade.save(update_fields=["status", "enqueued_at"])
    _items_create(regrade, Phase.APPLY, ids)
    tasks.regrade_apply.send_on_commit(regrade.pk)
    return regrade


@transaction.atomic
def regrade_resume(*, regrade: Regrade) -> Regrade:
    """Runs again what a failed or stalled regrade left: its failed items and those whose
    worker or message was lost. Done items never run again, so no grade changes twice."""
    regrade = Regrade.objects.select_for_update().get(pk=regrade.pk)
    if regrade.status != Regrade.Status.FAILED and not regrade.progress().stalled:
        raise ValidationError("This regrade is still running; it can be resumed once it "
                              "failed or stopped making progress.")
    phase = regrade.phase
    left = Q(state__in=[State.PENDING, State.FAILED]) | Q(state=State.RUNNING,
                                                          started_at__lt=_lease_start())
    regrade.items.filter(left, phase=phase).update(
        state=State.PENDING, attempts=0, message="", enqueued_at=None, finished_at=None)
    regrade.status = RUNNING_STATUS[phase]
    regrade.message = ""
    regrade.finished_at = None
    regrade.enqueued_at = timezone.now()
    regrade.save(update_fields=["status", "message", "finished_at", "enqueued_at"])
    _fan_out_task(phase).send_on_commit(regrade.pk)
    return regrade


def _fan_out_task(phase: str) -> RowTask:
    return tasks.regrade_preview if phase == Phase.PREVIEW else tasks.regrade_apply


def regrade_items_send(*, regrade_id: int) -> int:
    """The fan-out (the Celery side of regrade_preview / regrade_apply): sends a task for each
    item of the running phase not sent recently (up to resend_stale's batch; the sweeper sends
    any more)."""
    regrade = Regrade.objects.filter(pk=regrade_id).first()
    if regrade is None or not regrade.pending:
        return 0  # finished (or deleted) meanwhile: a late or duplicate message
    waiting = regrade.items.filter(phase=regrade.phase, state=State.PENDING)
    return int(tasks.regrade_item.resend_stale(waiting))


def regrade_item_run(*, item_id: int) -> None:
    """Grades one submission of a regrade again (the Celery side); a no-op unless pending."""
    item = _item_claim(item_id)
    if item is None:
        return  # done, failed, or held by another worker: a duplicate or late delivery
    submission, regrade = item.submission, item.regrade
    old = rules.grade_of(submission)
    if submission.score_override is not None and not regrade.include_overridden:
        _item_done(item, old=old, regraded=None)
        return
    try:
        regraded = _grade_again(submission, regrade.version)
    except SandboxFailure as exc:
        logger.warning("sandbox failure regrading submission %s: %s", submission.pk, exc)
        _item_retry_or_fail(item, f"the sandbox failed on our side: {exc}")
        return
    # Nothing else is caught. Celery's SoftTimeLimitExceeded above all says nothing about the
    # learner's code: the item stays claimed, and the sweeper takes it back after its lease.
    _item_done(item, old=old, regraded=regraded)


def _item_claim(item_id: int) -> RegradeItem | None:
    claimed = RegradeItem.objects.filter(pk=item_id, state=State.PENDING).update(
        state=State.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1)
    if not claimed:
        return None
    return RegradeItem.objects.select_related(
        "regrade__version", "submission__user", "submission__variant").get(pk=item_id)


def _held(item: RegradeItem) -> QuerySet[RegradeItem]:
    """The item, if the claim this worker made is still the current one (not taken back)."""
    return RegradeItem.objects.filter(pk=item.pk, state=State.RUNNING,
                                      started_at=item.started_at)


def _lock(regrade_id: int) -> Regrade:
    return Regrade.objects.select_for_update().get(pk=regrade_id)


@transaction.atomic
def _item_done(item: RegradeItem, *, old: float, regraded: Regraded | None) -> None:
    """Marks the item done and, when applying, records the new grade: both or neither."""
    regrade = _lock(item.regrade_id)
    new = old if regraded is None else regraded.graded.judgement.score
    change = RegradeItem.Change.KEPT if regraded is None else rules.direction(old, new)
    if not _held(item).update(state=State.DONE, change=change, old_score=old, new_score=new,
                              message="", finished_at=timezone.now()):
        return  # taken back after its lease, and finished by another worker meanwhile
    if item.phase == Phase.APPLY and regraded is not None:
        score_record(submission_id=item.submission_id, actor=regrade.requested_by,
                     reason=regrade.reason, source=ScoreChange.Source.REGRADE,
                     regraded=regraded, regrade=regrade)
    _finish_if_complete(regrade, item.phase)


def _item_retry_or_fail(item: RegradeItem, message: str) -> None:
    if item.attempts >= settings.GRADER_MAX_DELIVERIES:
        _item_fail(item, message)
    else:
        _item_release(item, message)


@transaction.atomic
def _item_release(item: RegradeItem, message: str) -> None:
    if _held(item).update(state=State.PENDING, message=message, enqueued_at=timezone.now()):
        transaction.on_commit(partial(tasks.regrade_item.send, item.pk,
                                      countdown=SANDBOX_RETRY_SECONDS))


@transaction.atomic
def _item_fail(item: RegradeItem, message: str) -> bool:
    regrade = _lock(item.regrade_id)
    if not _held(item).update(state=State.FAILED, message=message, finished_at=timezone.now()):
        return False
    _finish_if_complete(regrade, item.phase)
    return True


def _finish_if_complete(regrade: Regrade, phase: str) -> None:
    """Ends the phase once none of its items is left to run (the caller holds the lock)."""
    items = regrade.items.filter(phase=phase)
    if items.filter(state__in=UNFINISHED).exists():
        return
    counts = _counts(items)
    failed = list(items.filter(state=State.FAILED).select_related("submission__user"))
    outcome = {"preview" if phase == Phase.PREVIEW else "result": counts}
    Regrade.objects.filter(pk=regrade.pk, status=RUNNING_STATUS[phase]).update(
        status=Regrade.Status.FAILED if failed else DONE_STATUS[phase],
        message=_failure_message(failed, total=len(counts["rows"])),
        finished_at=timezone.now(), **outcome)


def _counts(items: QuerySet[RegradeItem]) -> dict[str, Any]:
    counts = _empty_counts()
    for item in items.select_related("submission__user").order_by("submission_id"):
        change = item.change or "failed"
        old = rules.grade_of(item.submission) if item.old_score is None else item.old_score
        counts[change] += 1
        counts["rows"].append({
            "id": item.submission_id, "user": item.submission.user.get_username(),
            "attempt": item.submission.attempt, "old": old,
            "new": old if item.new_score is None else item.new_score, "change": change})
    return counts


def _empty_counts() -> dict[str, Any]:
    return {"up": 0, "down": 0, "same": 0, "kept": 0, "failed": 0, "rows": []}


def _failure_message(failed: list[RegradeItem], *, total: int) -> str:
    if not failed:
        return ""
    named = "; ".join(f"{item.submission.user.get_username()}, attempt "
                      f"{item.submission.attempt} (#{item.submission_id}): {item.message}"
                      for item in failed[:FAILURES_NAMED])
    more = f"; and {len(failed) - FAILURES_NAMED} more" if len(failed) > FAILURES_NAMED else ""
    return (f"Could not regrade {len(failed)} of {total} submissions: {named}{more}. "
            "Their grades did not change; retry them from this page.")


def _grade_again(submission: Submission, version: ExerciseVersion) -> Regraded:
    """Runs the submission's code against `version` in the sandbox; saves nothing."""
    variant = _variant_in(version, submission)
    graded = run_and_judge(code=submission.code, version=version, variant=variant)
    return Regraded(version=version, variant=variant, graded=graded)


def _variant_in(version: ExerciseVersion, submission: Submission) -> Variant:
    """The variant with the same index as before, so a learner keeps their cases."""
    same = version.variants.filter(index=submission.variant.index).first()
    return same if same is not None else version.variant_for(submission.user_id)


# ---- Regrade: the sweeper ----

def regrades_sweep() -> dict[str, int]:
    """Takes back items whose worker was lost (running past the lease), ends regrades with
    nothing left to run, and sends every item whose message may be lost (the broker was down,
    say). Counts the item messages sent, per phase."""
    taken, given_up = _items_take_back()
    if taken or given_up:
        logger.warning("regrade items lost with their worker: %s sent again, %s given up",
                       taken, given_up)
    _finish_idle()
    return {"previews": _resend(Phase.PREVIEW), "applies": _resend(Phase.APPLY)}


def _lease_start() -> datetime:
    """An item claimed before this lost its worker: its task's hard time limit has passed."""
    return timezone.now() - timedelta(seconds=settings.GRADER_LEASE_SECONDS)


def _items_take_back() -> tuple[int, int]:
    lost = RegradeItem.objects.filter(state=State.RUNNING, started_at__lt=_lease_start())
    given_up = 0
    for item in lost.filter(attempts__gte=settings.GRADER_MAX_DELIVERIES):
        given_up += _item_fail(item, f"its grading was interrupted {item.attempts} times "
                                     "(a worker lost, or the time limit reached)")
    taken = lost.filter(attempts__lt=settings.GRADER_MAX_DELIVERIES).update(
        state=State.PENDING, enqueued_at=None)
    return taken, given_up


def _finish_idle() -> None:
    """Ends a running regrade none of whose items is left (say their submissions were
    deleted): no item will finish it."""
    idle = Regrade.objects.filter(status__in=RUNNING_STATUS.values()).exclude(
        items__state__in=UNFINISHED)
    for regrade_id in idle.values_list("pk", flat=True):
        with transaction.atomic():
            regrade = _lock(regrade_id)
            _finish_if_complete(regrade, regrade.phase)


def _resend(phase: str) -> int:
    waiting = RegradeItem.objects.filter(phase=phase, state=State.PENDING,
                                         regrade__status=RUNNING_STATUS[phase])
    return int(tasks.regrade_item.resend_stale(waiting))
