"""Every slot's zygote starts before a learner's job needs it: with its worker process, and again
right after a replacement, once the result that caused it is stored and announced.

A zygote imports numpy and scipy in ~0.5 s (more while others start beside it): started lazily,
the first job after a worker start waited seconds.
"""

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from exercises.models import Exercise
from grader import events, tasks
from grader.models import Submission
from grader.sandbox import jail, pool
from tests.conftest import DOT_SOLUTION
from tests.integration.conftest import (  # noqa: F401
    PrivateRedis,
    Workers,
    private_broker,
    private_redis,
    workers,
)
from tests.test_pages import make_submission

pytestmark = pytest.mark.sandbox


def zygotes_under(pid: int) -> list[int]:
    """The zygote interpreters (in their jails) descended from process `pid`."""
    found = []
    for child in _children(pid):
        if "zygote.py" in _cmdline(child) and "bwrap" not in _cmdline(child):
            found.append(child)
        found.extend(zygotes_under(child))
    return found


def _children(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                children.append(int(entry.name))
    return children


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.fixture
def module_slot() -> Iterator[None]:
    """The process's own slot (the one tasks use), empty before and after the test."""
    pool.shutdown()
    yield
    pool.shutdown()


@pytest.fixture
def own_events(private_redis: PrivateRedis, settings: Any) -> None:  # noqa: F811
    settings.GRADER_EVENTS_URL = private_redis.url


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_fresh_worker_process_has_its_zygote_running_before_its_first_job(
    workers: Workers,  # noqa: F811
) -> None:
    worker = workers.start(concurrency=2)  # returns once the worker logged "ready."

    children = worker.pool_children()
    log = worker.log_text()
    assert len(children) == 2
    assert {child: len(zygotes_under(child)) for child in children} == {c: 1 for c in children}
    assert worker.succeeded() == 0  # no job has run yet
    # Each started and answered before the worker said it was ready.
    assert log.count("zygote ready") == 2, log
    assert log.rindex("zygote ready") < log.index(" ready.\n"), log


@pytest.mark.django_db
def test_a_replaced_zygote_starts_again_without_a_job(
    learner: User, exercise: Exercise, monkeypatch: pytest.MonkeyPatch, settings: Any,
    module_slot: None, own_events: None, django_capture_on_commit_callbacks: Any,
) -> None:
    settings.GRADER_SANDBOX_BACKEND = "pool"
    monkeypatch.setattr(pool, "MAX_JOBS", 1)  # every zygote is replaced after one job
    submission = make_submission(learner, exercise, code=DOT_SOLUTION)

    with django_capture_on_commit_callbacks(execute=True):
        tasks.grade_submission(submission.pk)

    assert Submission.objects.get(pk=submission.pk).verdict == Submission.Verdict.PASSED
    replacement = pool._slot._zygote
    assert replacement is not None and replacement.alive and replacement.jobs == 0
    assert replacement.await_ready(30)  # it starts all the way with no job to wait for it


@pytest.mark.django_db(transaction=True)  # real commits: announced when the result commits
def test_the_replacement_starts_only_after_the_result_is_stored_and_announced(
    learner: User, exercise: Exercise, monkeypatch: pytest.MonkeyPatch, settings: Any,
    module_slot: None, own_events: None,
) -> None:
    settings.GRADER_SANDBOX_BACKEND = "pool"
    monkeypatch.setattr(pool, "MAX_JOBS", 1)
    submission = make_submission(learner, exercise, code=DOT_SOLUTION)
    steps: list[str] = []
    announce, zygote = events.announce, pool.Zygote
    monkeypatch.setattr(events, "announce", lambda pk: steps.append("announced") or announce(pk))

    def started(*args: Any, **kwargs: Any) -> pool.Zygote:
        steps.append(f"zygote started, submission {Submission.objects.get().status}")
        return zygote(*args, **kwargs)

    monkeypatch.setattr(pool, "Zygote", started)

    tasks.grade_submission(submission.pk)

    assert steps == ["zygote started, submission running",  # the one that ran the job
                     "announced", "zygote started, submission graded"]


def test_a_zygote_that_died_between_jobs_is_started_again(module_slot: None) -> None:
    pool.warm(seconds=30)
    first = pool._slot._zygote
    assert first is not None and first.info is not None
    os.killpg(first._process.pid, signal.SIGKILL)
    first._process.wait()

    pool.warm()  # what a worker process does after each job: start, never wait

    second = pool._slot._zygote
    assert second is not None and second is not first and second.alive
    assert second.await_ready(30)


def test_warming_after_a_job_starts_the_zygote_without_waiting_for_it(module_slot: None) -> None:
    pool.warm()

    zygote = pool._slot._zygote
    assert zygote is not None and zygote.alive
    assert zygote.info is None  # its start-up message is left for the next job to read
    assert zygote.await_ready(30)


def test_a_zygote_that_cannot_start_ahead_of_time_is_logged_and_left_to_the_job(
    module_slot: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(jail, "switch_user_args", lambda: ["/nonexistent/setpriv", "--"])

    pool.warm(seconds=5)  # never raises: the worker process must start regardless

    assert pool._slot._zygote is None
    assert "could not start the zygote ahead of its first job" in caplog.text
