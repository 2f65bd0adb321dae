"""Thin Celery adapters of authoring: ids in, exercises.authoring does the work."""

from celery import shared_task

from exercises import authoring


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             soft_time_limit=authoring.VALIDATION_SOFT_SECONDS,
             time_limit=authoring.VALIDATION_HARD_SECONDS)
def validate_draft(draft_id: int) -> None:
    authoring.draft_validate(draft_id=draft_id)
