"""Writes of the grading pipeline: create, grade, sweep. Celery tasks only call these.

Safe to run twice: a worker claims a submission with a conditional UPDATE, and only the
worker holding the claim may write the result.
"""

import logging
import math
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import DatabaseError, transaction
from django.db.models import F, Max, Value
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from courses import accounts, deadlines, hints
from courses.models import CourseRun, Progress
from courses.services import enrollment_create
from courses.signals import progress_changed_on_commit
from exercises.models import Exercise
from grader import events, fairness, misconceptions, tasks  # tasks imports this back
from grader.behaviour import behaviour_key
from grader.grading import Graded, SandboxFailure, run_and_judge, run_snippet, shown_pictures
from grader.judge import Judgement, run_error_message
from grader.models import Submission, SubmissionFigure
from grader.notebooks import notebook_from_upload
from grader.precheck import precheck_code
from grader.sandbox import RunReport

logger = logging.getLogger(__name__)

INTERNAL_ERROR = ("The grader could not run your code because of a problem on our side, so "
                  "this attempt was not counted. Your code was kept; please submit it again "
                  "in a minute.")
# A sandbox that failed on our side gets the submission again after this pause.
SANDBOX_RETRY_SECONDS = 2


def _poison_message(deliveries: int) -> str:
    return (f"Grading was interrupted {deliveries} times while running this code, so we "
            "stopped trying. It probably uses too much time or memory in a way that stops the "
            "grader itself; simplify it and submit again.")


def validate_code(code: object, *, what: str = "the code") -> str:
    """`what`: how the messages name it ("the code to run" for a Run's snippet)."""
    named = what[0].upper() + what[1:]
    if not isinstance(code, str):
        raise ValidationError(f"{named} must be text.")
    if "\x00" in code:
        raise ValidationError(f"{named} contains a NUL character; paste it as plain text.")
    if not code.strip():
        raise ValidationError(f"{named} is empty.")
    size = len(code.encode("utf-8", "surrogatepass"))
    if size > settings.GRADER_MAX_CODE_BYTES:
        # Rounded up: 64 KB and one byte is too much, so it must not read "64 KB".
        raise ValidationError(f"{named} is {math.ceil(size / 1024)} KB; the limit is "
                              f"{settings.GRADER_MAX_CODE_BYTES // 1024} KB.")
    try:
        code.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{named} is not valid UTF-8 text.") from None
    return code.removeprefix("\ufeff")  # a byte-order mark from a file is not Python


@transaction.atomic
def submission_create(
    *, user: User, exercise: Exercise, code: object,
    kind: str = Submission.Kind.SUBMIT, snippet: object = "",
) -> Submission:
    accounts.ensure_may_send_code(user)
    code = validate_code(code)
    if not exercise.published or exercise.current_version is None:
        raise ValidationError("This exercise is not open for submissions.")
    if kind == Submission.Kind.RUN:  # unfinished code may be run: only the snippet is asked
        snippet = validate_code(snippet, what="the code to run")
    else:
        snippet = ""
        precheck_code(code, entry=exercise.current_version.entry)  # before an attempt counts
    # The learner's row is the lock: parallel posts count one after another, so the cap holds.
    User.objects.select_for_update().only("pk").get(pk=user.pk)
    pending = Submission.objects.filter(
        user=user, status__in=[Submission.Status.QUEUED, Submission.Status.RUNNING]
    ).count()
    if pending >= settings.GRADER_MAX_PENDING_PER_USER:
        raise ValidationError(f"You have {pending} submissions waiting to be graded; "
                              "wait for them to finish before sending more.")
    # The work belongs to the run the learner is enrolled in (joining the default one first).
    run = enrollment_create(user=user, course=exercise.module.course).run
    accounts.ensure_may_send_code(user, run)  # the run may ask for a confirmed address
    version = exercise.current_version
    attempt = _count_attempt(user, exercise, run) if kind == Submission.Kind.SUBMIT else None
    now = timezone.now()
    due = deadlines.due_at(run_id=run.pk, user_id=user.pk, exercise=exercise)
    submission = Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version, run=run,
        variant=version.variant_for(user.pk), kind=kind, code=code, snippet=snippet,
        attempt=attempt,
        max_score=float(version.points), enqueued_at=now,
        late=deadlines.is_late(due=due, sent_at=now),
        hint_penalty=hints.penalty_now(user=user, exercise=exercise),
    )
    tasks.grade_submission.send_on_commit(submission.pk)
    return submission


def submission_create_from_notebook(*, user: User, exercise: Exercise, upload: UploadedFile,
                                    kind: str) -> tuple[Submission, str]:
    """A notebook's code cells, sent like the editor's code: the submission, and the notice of
    what was removed from them (magics, shell commands), for the learner."""
    converted = notebook_from_upload(upload)
    submission = submission_create(user=user, exercise=exercise, code=converted.code, kind=kind)
    return submission, converted.notice


def connections_open() -> None:
    """Opens this process's database and announcement connections ahead of its first job,
    which would otherwise pay for them (kept: DB_CONN_MAX_AGE). A failure waits for the job."""
    try:
        Submission.objects.exists()
    except DatabaseError as exc:
        logger.warning("could not open the database connection ahead of the first job: %s", exc)
    events.connect()


def _count_attempt(user: User, exercise: Exercise, run: CourseRun) -> int:
    """Counts one attempt in the run; returns its number, past every number this learner used
    on the exercise (uncounted ones and other runs' too)."""
    progress, _ = Progress.objects.select_for_update().get_or_create(
        user=user, exercise=exercise, run=run, defaults={"max_score": float(exercise.points)}
    )
    progress.attempts += 1
    progress.save(update_fields=["attempts", "updated_at"])
    used = Submission.objects.filter(user=user, exercise=exercise).aggregate(Max("attempt"))
    return max(progress.attempts, (used["attempt__max"] or 0) + 1)


def submission_grade(*, submission_id: int) -> None:
    """Grades the fairest waiting submission (see grader.fairness), then wakes the next one.

    `submission_id` only says that something was queued: the slot serves whoever's turn it
    is, so a learner's many submissions never hold every slot.
    """
    submission = fairness.claim_next()
    if submission is None:
        return  # nothing this slot may take: all graded, or their learners are being served
    if _grade(submission):
        _wake_next()  # a slot is free: the next learner's turn (a released one has its own)


def _wake_next() -> None:
    waiting = fairness.next_waiting_id()
    if waiting is not None:
        tasks.grade_submission.send(waiting)


def _grade(submission: Submission) -> bool:
    """Grades a claimed submission; False when it was released to be graded again."""
    if submission.deliveries > settings.GRADER_MAX_DELIVERIES:
        _finish_with_error(submission, _poison_message(submission.deliveries - 1))
        return True
    try:
        if submission.kind == Submission.Kind.RUN:
            _store_run(submission, run_snippet(code=submission.code, snippet=submission.snippet,
                                               version=submission.exercise_version))
            return True
        graded = run_and_judge(code=submission.code, version=submission.exercise_version,
                               variant=submission.variant,
                               public_only=submission.kind == Submission.Kind.CHECK)
        _store(submission, graded)
    except SandboxFailure as exc:
        logger.warning("sandbox failure grading submission %s: %s", submission.pk, exc)
        return not _retry_or_give_up(submission)
    except SoftTimeLimitExceeded:
        # Celery interrupted a grading that hung past every sandbox limit: neither the
        # learner's verdict nor a final error. It stays claimed; after its lease the sweeper
        # sends it again, up to the delivery cap.
        raise
    except Exception:
        # Never leave a claimed submission behind: it would only be retried into the cap.
        logger.exception("grading submission %s failed", submission.pk)
        _finish_with_error(submission, INTERNAL_ERROR, ours=True)
    return True


def _retry_or_give_up(submission: Submission) -> bool:
    """Our failure is never the learner's verdict: True when it will be graded again,
    False when it ended uncounted."""
    if submission.deliveries >= settings.GRADER_MAX_DELIVERIES:
        _finish_with_error(submission, INTERNAL_ERROR, ours=True)
        return False
    released = Submission.objects.filter(
        pk=submission.pk, status=Submission.Status.RUNNING, started_at=submission.started_at
    ).update(status=Submission.Status.QUEUED, enqueued_at=timezone.now())
    if released:
        tasks.grade_submission.send(submission.pk, countdown=SANDBOX_RETRY_SECONDS)
    return True


@transaction.atomic
def _store(submission: Submission, graded: Graded) -> None:
    judgement, stdout = graded.judgement, graded.stdout
    public_only = submission.kind == Submission.Kind.CHECK
    version, variant = submission.exercise_version, submission.variant
    # Example checks run the public cases only: no behaviour to cluster.
    behaviour = "" if public_only else behaviour_key(
        judgement=judgement, outputs=graded.outputs, variant_index=variant.index,
        config=version.config)
    mistake = misconceptions.recognise(
        judgement=judgement, outputs=graded.outputs, version=version, variant=variant,
        public_only=public_only, behaviour=behaviour)
    _tell_tests_their_pictures(submission, graded)
    updated = Submission.objects.filter(
        pk=submission.pk, status=Submission.Status.RUNNING, started_at=submission.started_at
    ).update(
        status=Submission.Status.GRADED, verdict=judgement.verdict, score=judgement.score,
        max_score=judgement.max_score, tests=judgement.tests, message=judgement.message,
        stdout=stdout, graded_at=timezone.now(),
        known_mistake=mistake.mutant if mistake else "",
        misconception=mistake.text if mistake else "", behaviour=behaviour,
    )
    if updated:
        _store_pictures(submission, graded)
        events.announce_on_commit(submission.pk)  # the learner's page is waiting for it
    if updated and submission.kind == Submission.Kind.SUBMIT:
        _record_progress(submission, judgement)


@transaction.atomic
def _store_run(submission: Submission, report: RunReport) -> None:
    """A Run's result: what it printed, how it ended, what it drew. Nothing is judged."""
    verdict, message = str(Submission.Verdict.RAN), ""
    if report.error is not None:
        verdict, message = Submission.Verdict.ERROR, run_error_message(report.error)
    elif report.outcome != "completed":  # a limit: timeout, memory, output or crash
        verdict, message = report.outcome, report.message
    updated = Submission.objects.filter(
        pk=submission.pk, status=Submission.Status.RUNNING, started_at=submission.started_at
    ).update(status=Submission.Status.GRADED, verdict=verdict, message=message, tests=[],
             stdout=report.top_stdout, graded_at=timezone.now())
    if updated:
        SubmissionFigure.objects.bulk_create(
            SubmissionFigure(submission=submission, case_index=None, position=position,
                             png=picture.png, width=picture.width, height=picture.height)
            for position, picture in enumerate(shown_pictures(report, [])))
        events.announce_on_commit(submission.pk)


def _tell_tests_their_pictures(submission: Submission, graded: Graded) -> None:
    """Each test lists the positions of the pictures drawn in its case (stored with it)."""
    if not graded.pictures:
        return
    public_only = submission.kind == Submission.Kind.CHECK
    considered = [index for index, case in enumerate(submission.variant.cases)
                  if case["public"] or not public_only]
    for index, test in zip(considered, graded.judgement.tests, strict=True):
        test["figures"] = [position for position, picture in enumerate(graded.pictures)
                           if picture.section == index]


def _store_pictures(submission: Submission, graded: Graded) -> None:
    """Keeps the pictures of the learner's figures."""
    SubmissionFigure.objects.bulk_create(
        SubmissionFigure(submission=submission, case_index=picture.section, position=position,
                         png=picture.png, width=picture.width, height=picture.height)
        for position, picture in enumerate(graded.pictures))


def _record_progress(submission: Submission, judgement: Judgement) -> None:
    """One statement: the best counted score only grows, and the first pass sets solved_at.

    The rule is gradebook.rules (counted_score, reaches_full_marks) for a fresh grading, which
    has no override yet; overrides and regrades recompute Progress there in full.
    """
    counted = judgement.score
    if submission.late:  # under the late policy of the submission's run
        counted = CourseRun.objects.get(pk=submission.run_id).late_score(counted)
    counted = max(counted - submission.hint_penalty, 0.0)
    solved_now = judgement.verdict == Submission.Verdict.PASSED
    Progress.objects.filter(user_id=submission.user_id, exercise_id=submission.exercise_id,
                            run_id=submission.run_id).update(
        max_score=judgement.max_score,
        best_score=Least(Greatest(F("best_score"), Value(counted)),
                         Value(judgement.max_score)),
        solved_at=Coalesce(F("solved_at"), Value(timezone.now())) if solved_now
        else F("solved_at"),
        updated_at=timezone.now(),
    )
    progress_changed_on_commit(user_id=submission.user_id, exercise_id=submission.exercise_id,
                               run_id=submission.run_id)


@transaction.atomic
def _finish_with_error(submission: Submission, message: str, *, ours: bool = False) -> None:
    """Ends a claimed submission; a failure of `ours` gives the learner their attempt back."""
    ended = Submission.objects.filter(pk=submission.pk, status=Submission.Status.RUNNING).update(
        status=Submission.Status.ERROR, message=message, graded_at=timezone.now()
    )
    if ended:
        events.announce_on_commit(submission.pk)
    if ended and ours and submission.kind == Submission.Kind.SUBMIT:
        Progress.objects.filter(
            user_id=submission.user_id, exercise_id=submission.exercise_id,
            run_id=submission.run_id, attempts__gt=0,
        ).update(attempts=F("attempts") - 1, updated_at=timezone.now())


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
    queued = Submission.objects.filter(status=Submission.Status.QUEUED)
    enqueued = tasks.grade_submission.resend_stale(queued)
    return {"failed": failed, "requeued": requeued, "enqueued": enqueued}
