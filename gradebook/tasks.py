"""Thin Celery adapters for regrades and cluster notes: ids in, the services do the work.

A regrade runs one `regrade_item` task per submission and phase; `regrade_preview` and
`regrade_apply` only send those (one message from the web request, fanned out by a worker).
Both names stay: a message sent before an upgrade still means "run this regrade's items".
"""

from celery import shared_task
from django.conf import settings

from gradebook import clusters, regrades


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def regrade_preview(regrade_id: int) -> int:
    return regrades.regrade_items_send(regrade_id=regrade_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def regrade_apply(regrade_id: int) -> int:
    return regrades.regrade_items_send(regrade_id=regrade_id)


# One item is one run in the sandbox, like a grading: the same limits, so that the item's
# lease (GRADER_LEASE_SECONDS, past the hard limit) never takes back a task still alive.
@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             soft_time_limit=settings.CELERY_TASK_SOFT_TIME_LIMIT,
             time_limit=settings.CELERY_TASK_TIME_LIMIT)
def regrade_item(item_id: int) -> None:
    regrades.regrade_item_run(item_id=item_id)


@shared_task(ignore_result=True)
def sweep_regrades() -> dict[str, int]:
    return regrades.regrades_sweep()


# Runs a cluster note's code on every variant of its version (gradebook.clusters).
@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             soft_time_limit=settings.CELERY_TASK_SOFT_TIME_LIMIT,
             time_limit=settings.CELERY_TASK_TIME_LIMIT)
def cluster_feedback_outputs(note_id: int) -> None:
    clusters.cluster_feedback_outputs_compute(note_id=note_id)


@shared_task(ignore_result=True)
def sweep_cluster_feedback() -> int:
    return clusters.cluster_feedback_sweep()
