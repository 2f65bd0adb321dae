"""Thin Celery adapters over lti's services; routed to the staff queue (config.celery)."""

from celery import shared_task

from lti import passbacks, roster


@shared_task
def send_passback(passback_id: int) -> str:
    return passbacks.passback_send(passback_id=passback_id)


@shared_task
def sync_roster(context_run_id: int) -> str:
    result = roster.roster_sync(context_run_id=context_run_id)
    return result.error or f"{result.enrolled} of {result.members} members enrolled"


@shared_task
def sweep_passbacks() -> dict[str, int]:
    return passbacks.passbacks_sweep()
