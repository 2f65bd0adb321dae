"""Writes of the grading pipeline: create, grade, sweep. Celery tasks only call these.

Safe to run twice: a worker claims a submission with a conditional UPDATE, and only the
worker holding the claim may write the result.
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from courses.models import Course, Enrollment, Progress
from exercises.models import Exercise, Variant
from exercises.services import sandbox_limits
from grader import sandbox
from grader.judge import Judgement, judge
from grader.models import Submission

logger = logging.getLogger(__name__)

INTERNAL_ERROR = ("The grader could not run your code because of a problem on our side. "
                  "Your submission was kept; please try again in a minute.")


def _poison_message(deliveries: int) -> str:
    return (f"Grading was interrupted {deliveries} times while running this code, so we "
            "stopped trying. It probably uses too much time or memory in a way that stops the "
            "grader itself; simplify it and submit again.")


def validate_code(code: object) -> str:
    if not isinstance(code, str):
        raise ValidationError("The code must be text.")
    if "\x00" in code:
        raise ValidationError("The code contains a NUL character; paste it as plain text.")
    if not code.strip():
        raise ValidationError("The code is empty.")
    size = len(code.encode("utf-8", "surrogatepass"))
    if size > settings.GRADER_MAX_CODE_BYTES:
        raise ValidationError(f"The code is {size // 1024} KB; the limit is "
                              f"{settings.GRADER_MAX_CODE_BYTES // 1024} KB.")
    try:
        code.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("The code is not valid UTF-8 text.") from None
    return code.removeprefix("\ufeff")  # a byte-order mark from a file is not Python


def variant_for(user: User, exercise: Exercise) -> Variant:
    """Each learner keeps one variant of an exercise: stable across attempts and versions."""
    assert exercise.current_version is not None
    variant_ids = list(exercise.current_version.variants.order_by("index")
                       .values_list("pk", flat=True))
    if not variant_ids:
        raise ValidationError("This exercise is not ready for submissions yet.")
    digest = hashlib.sha256(f"{user.pk}:{exercise.slug}".encode()).digest()
    chosen = variant_ids[int.from_bytes(digest[:4], "big") % len(variant_ids)]
    return Variant.objects.only("pk", "index", "seed", "version_id").get(pk=chosen)


@transaction.atomic
def submission_create(
    *, user: User, exercise: Exercise, code: object,
    kind: str = Submission.Kind.SUBMIT,
) -> Submission:
    code = validate_code(code)
    if not exercise.published or exercise.current_version is None:
        raise ValidationError("This exercise is not open for submissions.")
    pending = Submission.objects.filter(
        user=user, status__in=[Submission.Status.QUEUED, Submission.Status.RUNNING]
    ).count()
    if pending >= settings.GRADER_MAX_PENDING_PER_USER:
        raise ValidationError(f"You have {pending} submissions waiting to be graded; "
                              "wait for them to finish before sending more.")
    Enrollment.objects.get_or_create(user=user, course=exercise.module.course)
    attempt = None
    if kind == Submission.Kind.SUBMIT:
        progress, _ = Progress.objects.select_for_update().get_or_create(
            user=user, exercise=exercise, defaults={"max_score": float(exercise.points)}
        )
        progress.attempts += 1
        progress.save(update_fields=["attempts", "updated_at"])
        attempt = progress.attempts
    submission = Submission.objects.create(
        user=user, exercise=exercise, exercise_version=exercise.current_version,
        variant=variant_for(user, exercise), kind=kind, code=code, attempt=attempt,
        max_score=float(exercise.points), enqueued_at=timezone.now(),
        late=exercise.module.due_at is not None and timezone.now() > exercise.module.due_at,
    )
    transaction.on_commit(lambda: enqueue(submission.pk))
    return submission


def enqueue(submission_id: int) -> bool:
    """Sends the id to the broker; if the broker is down, the sweeper sends it later."""
    from grader.tasks import grade_submission

    try:
        grade_submission.delay(submission_id)
    except Exception:
        logger.exception("could not enqueue submission %s; the sweeper will retry", submission_id)
        return False
    return True


def claim(submission_id: int) -> Submission | None:
    """Takes a queued submission (or one whose worker vanished) for this worker, or None."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.GRADER_LEASE_SECONDS)
    claimed = Submission.objects.filter(pk=submission_id).filter(
        Q(status=Submission.Status.QUEUED)
        | Q(status=Submission.Status.RUNNING, started_at__lt=stale)
    ).update(status=Submission.Status.RUNNING, started_at=now, deliveries=F("deliveries") + 1)
    if not claimed:
        return None
    return (
        Submission.objects.select_related("exercise", "exercise_version", "variant")
        .defer("exercise__statement_md", "exercise__statement_html", "exercise__starter_code",
               "exercise_version__solution_code")
        .get(pk=submission_id)
    )


def submission_grade(*, submission_id: int) -> None:
    submission = claim(submission_id)
    if submission is None:
        return  # already graded, or another worker holds it
    if submission.deliveries > settings.GRADER_MAX_DELIVERIES:
        _finish_with_error(submission, _poison_message(submission.deliveries - 1))
        return
    try:
        outcome = _run_and_judge(submission)
        _store(submission, outcome)
    except Exception:
        # Never leave a claimed submission behind: it would only be retried into the cap.
        logger.exception("grading submission %s failed", submission.pk)
        _finish_with_error(submission, INTERNAL_ERROR)


def _run_and_judge(submission: Submission) -> tuple[Judgement, str]:
    version = submission.exercise_version
    public_only = submission.kind == Submission.Kind.CHECK
    report = sandbox.run(sandbox.Job(
        code=submission.code, cases_source=version.cases_code,
        entry=submission.exercise.entry, seed=submission.variant.seed,
        public_only=public_only, limits=sandbox_limits(version.config),
    ))
    judgement = judge(cases=submission.variant.cases, report=report, config=version.config,
                      points=float(submission.exercise.points), public_only=public_only)
    return judgement, report.stdout


@transaction.atomic
def _store(submission: Submission, outcome: tuple[Judgement, str]) -> None:
    judgement, stdout = outcome
    updated = Submission.objects.filter(
        pk=submission.pk, status=Submission.Status.RUNNING, started_at=submission.started_at
    ).update(
        status=Submission.Status.GRADED, verdict=judgement.verdict, score=judgement.score,
        max_score=judgement.max_score, tests=judgement.tests, message=judgement.message,
        stdout=stdout, graded_at=timezone.now(),
    )
    if updated and submission.kind == Submission.Kind.SUBMIT:
        _record_progress(submission, judgement)


def _record_progress(submission: Submission, judgement: Judgement) -> None:
    """One statement: the best counted score only grows, and the first pass sets solved_at.

    The rule is gradebook.rules (counted_score, reaches_full_marks) for a fresh grading, which
    has no override yet; overrides and regrades recompute Progress there in full.
    """
    counted = judgement.score
    if submission.late:
        counted = Course.objects.get(modules__exercises=submission.exercise_id).late_score(counted)
    solved_now = judgement.verdict == Submission.Verdict.PASSED
    Progress.objects.filter(user_id=submission.user_id, exercise_id=submission.exercise_id).update(
        max_score=judgement.max_score,
        best_score=Least(Greatest(F("best_score"), Value(counted)),
                         Value(judgement.max_score)),
        solved_at=Coalesce(F("solved_at"), Value(timezone.now())) if solved_now
        else F("solved_at"),
        updated_at=timezone.now(),
    )


def _finish_with_error(submission: Submission, message: str) -> None:
    Submission.objects.filter(pk=submission.pk, status=Submission.Status.RUNNING).update(
        status=Submission.Status.ERROR, message=message, graded_at=timezone.now()
    )


def submissions_sweep() -> dict[str, int]:
    """Takes back submissions whose worker or message was lost, and sends them again."""
    now = timezone.now()
    lease = now - timedelta(seconds=settings.GRADER_LEASE_SECONDS)
    abandoned = Submission.objects.filter(status=Submission.Status.RUNNING, started_at__lt=lease)
    poisoned = abandoned.filter(deliveries__gte=settings.GRADER_MAX_DELIVERIES)
    failed = 0
    for submission in poisoned:
        _finish_with_error(submission, _poison_message(submission.deliveries))
        failed += 1
    requeued = abandoned.filter(deliveries__lt=settings.GRADER_MAX_DELIVERIES).update(
        status=Submission.Status.QUEUED, enqueued_at=None
    )
    # Only what was not sent recently: a long but healthy backlog gets no duplicates.
    last_sent = now - timedelta(seconds=settings.GRADER_REQUEUE_AFTER_SECONDS)
    ids = list(Submission.objects.filter(status=Submission.Status.QUEUED)
               .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=last_sent))
               .order_by("created_at").values_list("pk", flat=True)[:1000])
    sent = [submission_id for submission_id in ids if enqueue(submission_id)]
    Submission.objects.filter(pk__in=sent).update(enqueued_at=now)
    return {"failed": failed, "requeued": requeued, "enqueued": len(sent)}
