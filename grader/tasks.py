"""Thin Celery adapters: ids in, services do the work."""

from celery import shared_task

from grader import services


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def grade_submission(submission_id: int) -> None:
    services.submission_grade(submission_id=submission_id)


@shared_task(ignore_result=True)
def sweep_stuck_submissions() -> dict[str, int]:
    return services.submissions_sweep()
