"""Thin Celery adapters: ids in, services do the work. And the worker's side of the warm pool:
every slot's zygote starts before a learner's job needs it."""

import contextlib
import gc
import logging
import os
import select
import time
from typing import Any

from celery import shared_task
from celery.signals import worker_init, worker_process_init, worker_process_shutdown, worker_ready
from django.conf import settings

from grader import services
from grader.sandbox import pool

logger = logging.getLogger(__name__)

# How long a starting worker process waits for its zygote: well under the time Celery gives a new
# pool process to report for work (CELERY_WORKER_PROC_ALIVE_TIMEOUT) before it kills it. A zygote
# with the scientific stack starts in 1-2 s; a slower one keeps starting, and the first job
# waits for the rest.
WARM_SECONDS = 8.0


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def grade_submission(submission_id: int) -> None:
    services.submission_grade(submission_id=submission_id)
    if _prewarms():
        # The result is stored and announced: a zygote replaced during this job (after
        # MAX_JOBS, or any anomaly) starts now, not when the next learner's job needs it.
        pool.warm()


@shared_task(ignore_result=True)
def sweep_stuck_submissions() -> dict[str, int]:
    return services.submissions_sweep()


def _prewarms() -> bool:
    return bool(settings.GRADER_SANDBOX_BACKEND == "pool" and settings.GRADER_PREWARM_ZYGOTES)


# --- Every slot warm before the worker says "ready." ---------------------------------------
# Started lazily, a zygote made the first job after a worker start wait seconds. Each pool
# process starts its own as it starts, and tells the main process through a pipe made before
# the pool forks; the main process says "ready." once all did (or after WARM_SECONDS and a
# margin, well before Celery's limit: until it reports ready, no process is known to be up).
_started: tuple[int, int] | None = None  # (read end, write end) of that pipe
_main_pid = 0
_init_at = 0.0


@worker_init.connect
def open_start_pipe(**kwargs: Any) -> None:
    global _started, _main_pid, _init_at
    if _prewarms():
        _started, _main_pid, _init_at = os.pipe(), os.getpid(), time.monotonic()
        os.set_blocking(_started[1], False)  # never wait to tell


@worker_init.connect
def freeze_shared_heap(**kwargs: Any) -> None:
    """The pool processes are forked from this one and share its pages until they write to
    them. A full collection writes to every object it visits (and so copies its page into each
    process): what is loaded now (Django, the apps, numpy, scipy) stays out of collections."""
    gc.collect()
    gc.freeze()


@worker_process_init.connect
def start_zygote(**kwargs: Any) -> None:
    global _started
    if not _prewarms():
        return
    pool.warm(WARM_SECONDS)
    services.connections_open()
    if _started is not None:
        with contextlib.suppress(OSError):
            os.write(_started[1], b".")
        if os.getpid() != _main_pid:  # a pool process (the solo pool runs in the main one)
            for end in _started:
                os.close(end)
            _started = None


@worker_ready.connect
def await_zygotes(sender: Any, **kwargs: Any) -> None:
    global _started
    if _started is None:
        return
    read_end, write_end = _started
    _started = None  # processes forked later (replacements) have nobody to tell
    expected = int(getattr(sender.pool, "num_processes", 0) or 0)
    deadline = _init_at + WARM_SECONDS + 1.0
    told = 0
    while told < expected and (left := deadline - time.monotonic()) > 0:
        if select.select([read_end], [], [], left)[0]:
            told += len(os.read(read_end, expected))
    os.close(read_end)
    os.close(write_end)
    logger.info("%d of %d worker processes started their zygote", told, expected)


@worker_process_shutdown.connect
def stop_zygote(**kwargs: Any) -> None:
    """A worker process takes its warm zygote with it (bwrap's --die-with-parent also would)."""
    pool.shutdown()
