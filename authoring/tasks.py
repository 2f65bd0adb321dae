"""Thin Celery adapters of authoring: ids in, authoring.validation does the work."""

from celery import shared_task
from django.conf import settings

from authoring import validation


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             soft_time_limit=settings.AUTHORING_VALIDATION_SOFT_SECONDS,
             time_limit=settings.AUTHORING_VALIDATION_HARD_SECONDS)
def validate_draft(draft_id: int) -> None:
    validation.draft_validate(draft_id=draft_id)


@shared_task(ignore_result=True)
def sweep_validations() -> dict[str, int]:
    return validation.validations_sweep()
