"""Validating a draft through Celery: request, run in the sandbox, store the report.

A newer request supersedes a running one (a run counter); a run whose worker vanished is
taken over after a lease. A passing run also stores the reference outputs of every variant,
which Publish then uses, so the web process never runs any code.
"""

import logging
from datetime import timedelta
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.models import Module
from exercises.packages import PackageError
from exercises.services import ReferenceError
from exercises.validation import validate_package

from . import tasks  # the module, not its names: tasks imports this module back
from .models import ExerciseDraft
from .services import DraftContent, clean_content, content_of, draft_update, package_from_draft

logger = logging.getLogger(__name__)

# A validation `running` longer than this lost its worker: a redelivered task may take it.
VALIDATION_LEASE_SECONDS = settings.AUTHORING_VALIDATION_HARD_SECONDS + 30


@transaction.atomic
def draft_save(*, draft: ExerciseDraft, module: Module, slug: str, content: DraftContent,
               validate: bool) -> ExerciseDraft:
    """Saves the working copy and, when asked, queues its validation: both or neither."""
    draft = draft_update(draft=draft, module=module, slug=slug, content=content)
    if validate:
        draft = draft_request_validation(draft=draft)
    return draft


@transaction.atomic
def draft_request_validation(*, draft: ExerciseDraft) -> ExerciseDraft:
    """Queues a validation of the saved content; an older run still going is superseded."""
    clean_content(slug=draft.exercise.slug, content=content_of(draft))
    locked = ExerciseDraft.objects.select_for_update().get(pk=draft.pk)
    locked.validation_run += 1
    locked.validation_status = ExerciseDraft.Status.QUEUED
    locked.validation_requested_at = locked.validation_enqueued_at = timezone.now()
    locked.validation_started_at = None
    locked.save(update_fields=["validation_run", "validation_status", "validation_requested_at",
                               "validation_enqueued_at", "validation_started_at"])
    tasks.validate_draft.send_on_commit(locked.pk)
    draft.validation_run = locked.validation_run
    draft.validation_status = locked.validation_status
    return draft


def validations_sweep() -> dict[str, int]:
    """Takes back the validations whose worker was lost (running past the lease) and sends
    again every queued one whose message may be lost (the broker was down, say)."""
    given_up, taken = _give_up_lost_validations(), _take_back_lost_validations()
    if taken or given_up:
        logger.warning("validations lost with their worker: %s queued again, %s given up",
                       taken, given_up)
    queued = ExerciseDraft.objects.filter(validation_status=ExerciseDraft.Status.QUEUED)
    return {"enqueued": tasks.validate_draft.resend_stale(queued,
                                                          sent_field="validation_enqueued_at")}


def _lost_validations() -> QuerySet[ExerciseDraft]:
    lost = timezone.now() - timedelta(seconds=VALIDATION_LEASE_SECONDS)
    return ExerciseDraft.objects.filter(validation_status=ExerciseDraft.Status.RUNNING,
                                        validation_started_at__lt=lost)


def _take_back_lost_validations() -> int:
    """The same run, queued again: claim_validation takes it, finish_validation stores it."""
    return _lost_validations().update(validation_status=ExerciseDraft.Status.QUEUED,
                                      validation_enqueued_at=None)


def _give_up_lost_validations() -> int:
    """A run asked for longer ago than GRADER_MAX_DELIVERIES leases has been taken back that
    often at most, and kept losing its worker: it ends, saying so, instead of looping."""
    deliveries = settings.GRADER_MAX_DELIVERIES
    asked = timezone.now() - timedelta(seconds=deliveries * VALIDATION_LEASE_SECONDS)
    given_up = 0
    for draft in _lost_validations().filter(validation_requested_at__lt=asked):
        report = _problem_report("Validation did not finish: its worker stopped again and "
                                 "again, on our side. Please validate again later.")
        finish_validation(draft.pk, draft.validation_run, status=ExerciseDraft.Status.FAILED,
                          fingerprint=draft.fingerprint(), report=report)
        given_up += 1
    return given_up


def draft_validate(*, draft_id: int) -> None:
    """The Celery side: validates the draft in the sandbox and stores the report."""
    claimed = claim_validation(draft_id)
    if claimed is None:
        return  # already done, superseded by a newer request, or held by another worker
    draft, run = claimed
    fingerprint = draft.fingerprint()
    variants: list[tuple[int, list[dict[str, Any]]]] = []
    mistakes: list[Any] = []
    try:
        package = package_from_draft(draft=draft)
        # Fewer extra seeds than check_exercises sweeps: the author waits for this one.
        validation = validate_package(package, extra_seeds=settings.AUTHORING_SWEEP_SEEDS)
        report = {**validation.as_dict(), "mutants_total": len(package.mutants)}
        if validation.ok:
            variants = validation.reference  # the expected outputs learners will face
            mistakes = validation.mistakes  # the mutants' outputs, for misconception feedback
    except PackageError as exc:
        report = _problem_report(str(exc))
    except ReferenceError as exc:
        report = _problem_report(str(exc))
    except SoftTimeLimitExceeded:
        seconds = settings.AUTHORING_VALIDATION_SOFT_SECONDS
        report = _problem_report(f"Validation took longer than {seconds} s. Make the cases "
                                 "smaller or use fewer variants or mutants.")
    except Exception:
        logger.exception("validating draft %s failed", draft_id)
        report = _problem_report("The validator failed on our side; please try again later.")
    status = ExerciseDraft.Status.PASSED if report["ok"] else ExerciseDraft.Status.FAILED
    finish_validation(draft_id, run, status=status, fingerprint=fingerprint, report=report,
            variants=[[seed, cases, known] for (seed, cases), known
                      in zip(variants, mistakes or [{} for _ in variants], strict=True)])


def _problem_report(problem: str) -> dict[str, Any]:
    return {"ok": False, "problems": [problem], "reference_ok": False, "starter_passes": False,
            "mutants_caught": [], "mutants_missed": [], "mutants_total": 0, "variants": 0,
            "extra_seeds": 0, "seconds": 0.0}


def claim_validation(draft_id: int) -> tuple[ExerciseDraft, int] | None:
    current = ExerciseDraft.objects.filter(pk=draft_id).values_list("validation_run",
                                                                      flat=True).first()
    if current is None:
        return None
    now = timezone.now()
    lost = now - timedelta(seconds=VALIDATION_LEASE_SECONDS)
    claimed = ExerciseDraft.objects.filter(pk=draft_id, validation_run=current).filter(
        Q(validation_status=ExerciseDraft.Status.QUEUED)
        | Q(validation_status=ExerciseDraft.Status.RUNNING, validation_started_at__lt=lost)
    ).update(validation_status=ExerciseDraft.Status.RUNNING, validation_started_at=now)
    if not claimed:
        return None
    return ExerciseDraft.objects.select_related("exercise").get(pk=draft_id), current


def finish_validation(draft_id: int, run: int, *, status: str, fingerprint: str,
            report: dict[str, Any], variants: list[Any] | None = None) -> None:
    """Stores the outcome unless a newer request superseded this run."""
    ExerciseDraft.objects.filter(
        pk=draft_id, validation_run=run,
        validation_status__in=[ExerciseDraft.Status.QUEUED, ExerciseDraft.Status.RUNNING],
    ).update(validation_status=status, validation_report=report,
             validated_fingerprint=fingerprint, validated_variants=variants or [],
             validated_at=timezone.now())


def validation_stalled(draft: ExerciseDraft) -> bool:
    """Queued or running for longer than a run may take (plus time to wait for a worker)."""
    return draft.validation_stalled(after_seconds=VALIDATION_LEASE_SECONDS + 60)
