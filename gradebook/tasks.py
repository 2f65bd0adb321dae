"""Thin Celery adapters for regrades: ids in, gradebook.services does the work."""

from typing import Any

from celery import shared_task

from gradebook import services


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def regrade_preview(regrade_id: int) -> dict[str, Any]:
    return services.regrade_preview(regrade_id=regrade_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def regrade_apply(regrade_id: int) -> dict[str, Any]:
    return services.regrade_apply(regrade_id=regrade_id)


@shared_task(ignore_result=True)
def sweep_regrades() -> dict[str, int]:
    return services.regrades_sweep()
