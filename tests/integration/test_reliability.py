"""Nothing is lost (ARCHITECTURE.md section 2), proven with real parts: a real Celery worker
process, a private Redis that is really restarted, real kill -9, the real sandbox.

Each test ends by counting: every submission created is finished, and says so.
"""

import logging
import os
import signal
import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.utils import timezone

from courses.models import Progress
from grader.models import Submission
from grader.services import submissions_sweep
from grader.tasks import grade_submission, sweep_stuck_submissions
from tests.conftest import DOT_SOLUTION

from .conftest import LEASE_SECONDS, Broker, PrivateRedis, Workers, wait_finished, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]

WRONG = "def dot(u, v):\n    return 1.5\n"  # passes the hidden case only: 5 of 10 points
# Sleeps on its first call only, so that the grading surely is `running` when the worker is
# killed, and a complete grading (~3 s) still fits in the 4 s lease.
SLOW_ONCE = (
    "import time\nimport numpy as np\n_calls = []\n\n"
    "def dot(u, v):\n    if not _calls:\n        time.sleep(3)\n    _calls.append(1)\n"
    "    return float(np.dot(u, v))\n"
)
SLEEPER = "import time\n\ndef dot(u, v):\n    time.sleep(30)\n    return 0.0\n"


def submit(user: User, exercise, code: str, kind: str = "submit") -> Submission:
    from grader.services import submission_create

    return submission_create(user=user, exercise=exercise, code=code, kind=kind)


def users(count: int) -> list[User]:
    # No password: hashing one costs ~0.3 s each and these learners never log in.
    return [User.objects.create(username=f"learner{i}") for i in range(count)]


def fetch(submission: Submission) -> Submission:
    return Submission.objects.get(pk=submission.pk)


def counted(ids: list[int], label: str) -> tuple[int, int]:
    graded = Submission.objects.filter(pk__in=ids, status=Submission.Status.GRADED).count()
    print(f"{label}: submitted {len(ids)}, graded {graded}")
    return len(ids), graded


def wait_running(submission: Submission, deliveries: int, logs) -> None:
    wait_until(
        lambda: Submission.objects.filter(pk=submission.pk, status="running",
                                          deliveries=deliveries).exists(),
        20, lambda: f"never running (delivery {deliveries}): {fetch(submission).status}\n{logs()}",
        interval=0.05,
    )


def wait_past_lease(submission: Submission) -> None:
    started = fetch(submission).started_at
    assert started is not None
    lease = timedelta(seconds=django_settings.GRADER_LEASE_SECONDS + 0.3)
    remaining = (started + lease - timezone.now()).total_seconds()
    if remaining > 0:
        time.sleep(remaining)


def test_kill_9_during_a_grading_loses_nothing(workers: Workers, settings, learner, exercise):
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0  # what the sweep takes back, it sends at once
    first = workers.start()
    submission = submit(learner, exercise, SLOW_ONCE)
    wait_running(submission, 1, first.log_text)

    first.kill9()
    assert fetch(submission).status == "running"  # the dead worker still "holds" it
    replacement = workers.start()
    wait_past_lease(submission)
    # The sweeper through its real path: a message, run by the worker with its own settings.
    sweep_stuck_submissions.delay()

    wait_finished([submission.pk], 30, replacement.log_text)
    graded = fetch(submission)
    assert (graded.status, graded.verdict, graded.score) == ("graded", "passed", 10.0), (
        graded.message)
    assert graded.deliveries == 2
    progress = Progress.objects.get(user=learner, exercise=exercise)
    assert (progress.attempts, progress.best_score) == (1, 10.0)
    assert progress.solved_at is not None
    submitted, done = counted([submission.pk], "kill -9 mid-grading")
    assert submitted == done == 1


def test_a_pool_process_killed_during_a_grading_loses_nothing(
    workers: Workers, settings, learner, exercise,
):
    """Only the process running the task dies (as under the OOM killer): the main worker
    process lives on and, with reject_on_worker_lost, gets the message back at once. That
    copy must not grade a submission whose lease has not run out; the sweeper does it later."""
    # Celery notices a lost pool process only after up to worker_lost_wait (10 s): the lease
    # must be longer than that for the copy to arrive within it (in production it is 120 s).
    settings.GRADER_LEASE_SECONDS = 12
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()
    submission = submit(learner, exercise, SLOW_ONCE)
    wait_running(submission, 1, worker.log_text)
    (child,) = worker.pool_children()

    os.kill(child, signal.SIGKILL)
    wait_until(lambda: "WorkerLostError" in worker.log_text(), 10,
               lambda: f"the worker did not notice its lost process:\n{worker.log_text()}")
    wait_until(lambda: worker.succeeded() >= 1, 10,  # the redelivered copy, a no-op
               lambda: f"the message was not delivered again:\n{worker.log_text()}")
    row = fetch(submission)
    assert (row.status, row.deliveries) == ("running", 1), worker.log_text()
    assert worker.alive and worker.pool_children() != [child]  # a fresh pool process

    wait_past_lease(submission)
    assert submissions_sweep() == {"failed": 0, "requeued": 1, "enqueued": 1}
    wait_finished([submission.pk], 30, worker.log_text)
    graded = fetch(submission)
    assert (graded.status, graded.verdict, graded.deliveries) == ("graded", "passed", 2)
    assert worker.alive
    submitted, done = counted([submission.pk], "pool process killed mid-grading")
    assert submitted == done == 1


def test_redis_restart_with_20_queued_submissions(
    workers: Workers, private_broker: Broker, private_redis: PrivateRedis, settings, exercise,
):
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    learners = users(4)
    ids = [submit(learners[i % 4], exercise, DOT_SOLUTION if i % 2 else WRONG).pk
           for i in range(20)]
    assert private_broker.queue_length() == 20  # the messages are in Redis, nobody consumes

    private_redis.restart()
    assert private_broker.queue_length() == 0  # ...and now they are gone
    worker = workers.start(concurrency=2)
    assert Submission.objects.filter(pk__in=ids, status="queued").count() == 20

    # This process still holds a connection to the dead server: sending must reconnect.
    assert submissions_sweep() == {"failed": 0, "requeued": 0, "enqueued": 20}
    wait_finished(ids, 60, worker.log_text)

    for submission in Submission.objects.filter(pk__in=ids):
        assert submission.verdict == ("passed" if submission.code == DOT_SOLUTION else "failed")
        assert submission.deliveries == 1
    submitted, graded = counted(ids, "redis restart")
    assert f"submitted {submitted}, graded {graded}" == "submitted 20, graded 20"


def test_redis_restarted_during_a_grading(
    workers: Workers, private_redis: PrivateRedis, learner, exercise,
):
    """The worker loses its broker mid-task: the grading still lands, the worker reconnects
    and serves the next submission."""
    worker = workers.start()
    slow = submit(learner, exercise, SLOW_ONCE)
    wait_running(slow, 1, worker.log_text)
    private_redis.restart()

    wait_finished([slow.pk], 30, worker.log_text)
    assert (fetch(slow).status, fetch(slow).verdict, fetch(slow).deliveries) == (
        "graded", "passed", 1)
    after = submit(learner, exercise, DOT_SOLUTION)  # sent to the new, empty Redis
    wait_finished([after.pk], 30, worker.log_text)
    assert (fetch(after).status, fetch(after).verdict) == ("graded", "passed")
    assert "Connection to broker lost" in worker.log_text()
    submitted, graded = counted([slow.pk, after.pk], "redis restart mid-grading")
    assert submitted == graded == 2


def test_redis_down_at_submit_time(
    workers: Workers, private_redis: PrivateRedis, settings, learner, exercise, caplog,
):
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()  # connected now; it must reconnect by itself later
    private_redis.stop()

    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="config.celery"):
        submission = submit(learner, exercise, DOT_SOLUTION)  # must not raise
    assert time.monotonic() - started < 10, "the learner waited too long for a dead broker"
    assert f"could not send grader.tasks.grade_submission({submission.pk})" in caplog.text
    assert fetch(submission).status == "queued"  # the row is the source of truth

    private_redis.start()
    assert submissions_sweep()["enqueued"] == 1
    wait_finished([submission.pk], 45, worker.log_text)
    assert "Connection to broker lost" in worker.log_text()
    assert (fetch(submission).status, fetch(submission).verdict) == ("graded", "passed")
    submitted, graded = counted([submission.pk], "redis down at submit")
    assert submitted == graded == 1


def test_the_same_task_delivered_four_times_grades_once(workers: Workers, learner, exercise):
    worker = workers.start(concurrency=2)
    submission = submit(learner, exercise, DOT_SOLUTION)  # message 1 (on commit)
    for _ in range(3):
        grade_submission.delay(submission.pk)  # messages 2-4: duplicates

    wait_until(lambda: worker.succeeded() >= 4, 30,
               lambda: f"the worker did not run all 4 messages:\n{worker.log_text()}")
    graded = fetch(submission)
    assert (graded.status, graded.verdict, graded.score) == ("graded", "passed", 10.0)
    assert graded.deliveries == 1  # claimed once; the other three found nothing to do
    progress = Progress.objects.get(user=learner, exercise=exercise)
    assert (progress.attempts, progress.best_score) == (1, 10.0)
    assert progress.solved_at is not None
    assert Submission.objects.count() == 1
    counted([submission.pk], "4 deliveries of one task")


def test_a_submission_that_keeps_killing_workers_ends_as_an_error(
    workers: Workers, settings, learner, exercise,
):
    """The real loop: each time the grading runs, its worker is killed -9 (as if the code
    took the worker down). After GRADER_MAX_DELIVERIES claims it stops with a clear error."""
    settings.GRADER_MAX_DELIVERIES = 2  # two real kills fit in the time budget
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()
    submission = submit(learner, exercise, SLEEPER)

    for delivery in (1, 2):
        wait_running(submission, delivery, worker.log_text)
        worker.kill9()
        worker = workers.start()
        wait_past_lease(submission)
        swept = submissions_sweep()
        expected = ({"failed": 0, "requeued": 1, "enqueued": 1} if delivery == 1
                    else {"failed": 1, "requeued": 0, "enqueued": 0})
        assert swept == expected

    final = fetch(submission)
    assert final.status == "error"
    assert final.deliveries == 2
    assert "interrupted 2 times" in final.message and "submit again" in final.message
    assert final.graded_at is not None
    time.sleep(1)  # the last worker is alive and idle: nothing sends it again
    assert fetch(submission).status == "error" and fetch(submission).deliveries == 2
    assert worker.alive
    # Not graded, but finished: nothing is left pending for the learner.
    assert Submission.objects.exclude(status__in=["graded", "error"]).count() == 0
    print(f"poison: submitted 1, finished 1 (error after {final.deliveries} deliveries)")


def test_a_poisoned_submission_at_the_cap_is_not_run_again(
    workers: Workers, learner, exercise, settings,
):
    """Simulated kills at the default cap: a row left running with deliveries at the cap.
    A late (duplicate) message reaching the worker must not run the code a fourth time."""
    cap = settings.GRADER_MAX_DELIVERIES
    worker = workers.start()
    submission = submit(learner, exercise, DOT_SOLUTION)
    wait_finished([submission.pk], 30, worker.log_text)
    stale = timezone.now() - timedelta(seconds=LEASE_SECONDS + 5)
    Submission.objects.filter(pk=submission.pk).update(
        status="running", verdict="", deliveries=cap, started_at=stale, graded_at=None)

    grade_submission.delay(submission.pk)  # the broker hands the message out once more
    wait_finished([submission.pk], 30, worker.log_text)
    final = fetch(submission)
    assert final.status == "error"
    assert f"interrupted {cap} times" in final.message
    assert final.deliveries == cap + 1


def test_a_burst_of_30_submissions(workers: Workers, exercise):
    worker = workers.start(concurrency=2)
    learners = users(10)
    started = time.monotonic()
    ids = [submit(learners[i % 10], exercise, DOT_SOLUTION if i % 3 else WRONG).pk
           for i in range(30)]
    wait_finished(ids, 90, worker.log_text)
    elapsed = time.monotonic() - started

    for submission in Submission.objects.filter(pk__in=ids):
        expected = ("passed", 10.0) if submission.code == DOT_SOLUTION else ("failed", 5.0)
        assert (submission.verdict, submission.score) == expected
        assert submission.deliveries == 1
    for user in learners:
        progress = Progress.objects.get(user=user, exercise=exercise)
        assert progress.attempts == 3 and progress.best_score == 10.0
    submitted, graded = counted(ids, f"burst ({elapsed:.1f} s)")
    assert submitted == graded == 30
    worker.stop()  # a warm shutdown after the burst is clean
    assert worker.process.returncode == 0, worker.log_text()


HOSTILE = {
    "fork bomb": "import os\n\ndef dot(u, v):\n    while True:\n        os.fork()\n",
    "memory bomb": "def dot(u, v):\n    hog = []\n    while True:\n"
                   "        hog.append(bytearray(64 * 1024 * 1024))\n",
    "output flood": "def dot(u, v):\n    while True:\n        print('x' * 10000)\n",
    "kill the parent": "import os\n\ndef dot(u, v):\n    os.kill(os.getppid(), 9)\n"
                       "    return 0.0\n",
    "infinite loop": "def dot(u, v):\n    while True:\n        pass\n",
}


def test_the_worker_keeps_serving_after_hostile_code(workers: Workers, learner, exercise):
    version = exercise.current_version
    version.config = {**version.config, "limits": {"time_seconds": 3, "memory_mb": 256}}
    version.save(update_fields=["config"])
    worker = workers.start()

    hostile = {name: submit(learner, exercise, code).pk for name, code in HOSTILE.items()}
    wait_finished(list(hostile.values()), 60, worker.log_text)
    verdicts = {name: (s.status, s.verdict) for name, pk in hostile.items()
                for s in [Submission.objects.get(pk=pk)]}
    print("hostile verdicts:", verdicts)
    for name, (status, verdict) in verdicts.items():
        assert status == "graded", f"{name}: {status}"
        assert verdict not in ("", "passed"), f"{name}: {verdict}"
    assert verdicts["infinite loop"][1] == "timeout"
    assert verdicts["output flood"][1] == "output"
    assert verdicts["memory bomb"][1] == "memory"

    assert worker.alive
    correct = submit(learner, exercise, DOT_SOLUTION)
    wait_finished([correct.pk], 30, worker.log_text)
    assert (fetch(correct).status, fetch(correct).verdict) == ("graded", "passed")
    assert worker.alive
    ids = [*hostile.values(), correct.pk]
    submitted, graded = counted(ids, "hostile code then a correct one")
    assert submitted == graded == 6
