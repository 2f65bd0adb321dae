"""Thin Celery adapters: ids in, services do the work."""

from typing import Any

from celery import shared_task
from celery.signals import worker_process_shutdown

from grader import services
from grader.sandbox import pool


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def grade_submission(submission_id: int) -> None:
    services.submission_grade(submission_id=submission_id)


@shared_task(ignore_result=True)
def sweep_stuck_submissions() -> dict[str, int]:
    return services.submissions_sweep()


@worker_process_shutdown.connect
def stop_zygote(**kwargs: Any) -> None:
    """A worker process takes its warm zygote with it (bwrap's --die-with-parent also would)."""
    pool.shutdown()
