"""Thin Celery adapters of authoring: ids in, exercises.draft_validation does the work."""

from celery import shared_task

from exercises import draft_validation


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             soft_time_limit=draft_validation.VALIDATION_SOFT_SECONDS,
             time_limit=draft_validation.VALIDATION_HARD_SECONDS)
def validate_draft(draft_id: int) -> None:
    draft_validation.draft_validate(draft_id=draft_id)
