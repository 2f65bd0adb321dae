"""Staff work never sticks half-done (ARCHITECTURE.md section 11), proven with real parts: real
Celery worker processes, a real kill -9, a real soft time limit, the real sandbox.

A regrade runs one task per submission and marks each done in the transaction that changes
its grade; a draft validation lost with its worker is taken back by the sweeper.
"""

import os
import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from authoring import services as authoring
from authoring import validation
from authoring.models import ExerciseDraft
from courses.models import Module
from courses.services import course_default_run
from exercises.models import Exercise, ExerciseVersion, Variant
from gradebook import regrades as gradebook
from gradebook.models import Regrade, RegradeItem, ScoreChange
from grader.models import Submission
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER

from .conftest import LEASE_SECONDS, Broker, Worker, Workers, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]

# Right under version 2 only (its hidden case expects 32); slow enough that a kill lands
# mid-regrade, and well inside the 4 s lease of these tests.
SLOW_32 = "import time\n\ndef dot(u, v):\n    time.sleep(0.25)\n    return 32.0\n"
V2_CASES = """
def cases(rng):
    return [
        {"name": "small vectors", "public": True, "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
        {"name": "hidden again", "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
    ]
"""


def graded_at_v1(users: list[User], exercise: Exercise, code: str) -> list[Submission]:
    """What version 1 gave this code (5 of 10: the public case only), without grading it."""
    version = exercise.current_version
    assert version is not None
    return [Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version,
        run=course_default_run(course=exercise.module.course),
        variant=version.variants.get(index=0), code=code, attempt=1, status="graded",
        score=5.0, max_score=10.0, verdict="failed", graded_at=timezone.now(),
    ) for user in users]


def publish_v2(exercise: Exercise) -> None:
    old = exercise.current_version
    assert old is not None
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=2, content_hash="v2", entry=old.entry, points=old.points,
        solution_code=DOT_SOLUTION, cases_code=V2_CASES, config=old.config)
    Variant.objects.create(version=version, index=0, seed=7, cases=[
        {"name": "small vectors", "public": True, "weight": 1.0,
         "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
        {"name": "hidden again", "public": False, "weight": 1.0,
         "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
    ])
    exercise.current_version = version
    exercise.save()


def users(count: int) -> list[User]:
    return [User.objects.create(username=f"learner{i:02d}") for i in range(count)]


def regrade_status(regrade: Regrade) -> str:
    return Regrade.objects.get(pk=regrade.pk).status


def changed(regrade: Regrade) -> int:
    return ScoreChange.objects.filter(regrade=regrade).count()


def running_item(regrade: Regrade) -> int | None:
    return (RegradeItem.objects.filter(regrade=regrade, phase="apply", state="running")
            .values_list("pk", flat=True).first())


def wait_quiet(count: Callable[[], int], seconds: float, timeout: float) -> int:
    """Waits until `count()` stays the same for `seconds` (the worker drained its queue)."""
    last, since = count(), time.monotonic()
    deadline = since + timeout
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = count()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= seconds:
            return now
    raise AssertionError(f"still changing after {timeout} s: {last}")


def test_a_regrade_whose_pool_process_is_killed_mid_apply_changes_each_grade_once(
    workers: Workers, settings, exercise, instructor,
) -> None:
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()
    submissions = graded_at_v1(users(12), exercise, SLOW_32)
    publish_v2(exercise)
    regrade = gradebook.regrade_create(exercise=exercise, actor=instructor, submission_ids=None,
                                       include_overridden=False, reason="Hidden case fixed")
    wait_until(lambda: regrade_status(regrade) == "previewed", 60, worker.log_text)
    assert Regrade.objects.get(pk=regrade.pk).preview["up"] == 12

    gradebook.regrade_start(regrade=Regrade.objects.get(pk=regrade.pk))
    # Mid-apply: some grades changed, and one submission is in the sandbox right now.
    running = wait_until(lambda: changed(regrade) >= 3 and running_item(regrade), 60,
                         worker.log_text, interval=0.01)
    (child,) = worker.pool_children()
    os.kill(child, signal.SIGKILL)  # the process running that submission dies
    killed_at = time.monotonic()
    at_kill = changed(regrade)
    assert 3 <= at_kill < 12, at_kill
    wait_until(lambda: "WorkerLostError" in worker.log_text(), 15,
               lambda: f"the worker did not notice its lost process:\n{worker.log_text()}")

    # The other submissions go on; the one that was running stays claimed by the dead process
    # (its redelivered message finds it claimed and does nothing).
    wait_quiet(lambda: changed(regrade), 3, 60)
    assert regrade_status(regrade) == "applying", worker.log_text()
    assert running_item(regrade) == running
    assert changed(regrade) == 11
    time.sleep(max(0.0, LEASE_SECONDS + 0.5 - (time.monotonic() - killed_at)))
    swept = gradebook.regrades_sweep()
    assert swept["applies"] >= 1, (swept, regrade_status(regrade),
                                   f"{changed(regrade)} of 12 changed")

    wait_until(lambda: regrade_status(regrade) == "applied", 60,
               lambda: f"{regrade_status(regrade)}, {changed(regrade)} changed\n"
                       f"{worker.log_text()}")
    per_submission = Counter(ScoreChange.objects.filter(regrade=regrade)
                             .values_list("submission_id", flat=True))
    assert per_submission == dict.fromkeys((s.pk for s in submissions), 1)
    assert set(Submission.objects.values_list("score", flat=True)) == {10.0}
    result = Regrade.objects.get(pk=regrade.pk).result
    assert (result["up"], result["failed"]) == (12, 0)
    assert RegradeItem.objects.get(pk=running).attempts == 2  # the dead claim, then the sweep's
    assert worker.alive
    print(f"pool process killed mid-regrade: {at_kill} of 12 changed at the kill, "
          f"12 of 12 changed once each at the end")


def test_a_real_soft_time_limit_in_one_item_is_retried_not_the_learners_failure(
    workers: Workers, private_broker: Broker, settings, exercise, instructor,
) -> None:
    """The worker's own time limit interrupts one submission's regrade (Celery raises
    SoftTimeLimitExceeded in the task): it is not a verdict; the sweeper runs it again."""
    from gradebook import tasks

    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    slow_code = "import time\n\ndef dot(u, v):\n    time.sleep(1)\n    return 32.0\n"
    slow, *fast = graded_at_v1(users(1), exercise, slow_code) + graded_at_v1(
        [User.objects.create(username=f"fast{i}") for i in range(3)], exercise,
        "def dot(u, v):\n    return 32.0\n")
    publish_v2(exercise)
    # No worker yet: the fan-out waits in the queue, then this message for the slow one, with
    # a soft time limit it cannot meet.
    regrade = gradebook.regrade_create(exercise=exercise, actor=instructor, submission_ids=None,
                                       include_overridden=False, reason="Hidden case fixed")
    item = Regrade.objects.get(pk=regrade.pk).items.get(submission=slow)
    tasks.regrade_item.apply_async((item.pk,), soft_time_limit=0.5, time_limit=30)
    assert private_broker.queue_length() == 2
    worker = workers.start()

    wait_until(lambda: "SoftTimeLimitExceeded" in worker.log_text(), 60, worker.log_text)
    wait_until(lambda: Regrade.objects.get(pk=regrade.pk).items.filter(
        state="done").count() == 3, 60, worker.log_text)
    item.refresh_from_db()
    assert (item.state, item.change) == ("running", "")  # claimed, never a learner's verdict
    assert regrade_status(regrade) == "previewing"

    time.sleep(max(0.0, (item.started_at + timedelta(seconds=LEASE_SECONDS + 0.3)
                         - timezone.now()).total_seconds()))
    assert gradebook.regrades_sweep() == {"previews": 1, "applies": 0}
    wait_until(lambda: regrade_status(regrade) == "previewed", 60, worker.log_text)
    preview = Regrade.objects.get(pk=regrade.pk).preview
    assert (preview["up"], preview["failed"]) == (4, 0)
    item.refresh_from_db()
    assert (item.state, item.change, item.attempts) == ("done", "up", 2)
    assert len(fast) == 3


OFF_BY_ONE = ("def dot(u, v):\n    total = 0.0\n    for i in range(len(u) - 1):\n"
              "        total += u[i] * v[i]\n    return total\n")


def _draft(module: Module, user: User) -> ExerciseDraft:
    content = authoring.DraftContent(
        title="Dot, authored", entry="dot", variants=1, statement_md="Compute $u \\cdot v$.",
        starter=DOT_STARTER, solution=DOT_SOLUTION, cases=DOT_CASES,
        checks=[{"check": "close"}], mutants={"off_by_one": OFF_BY_ONE})
    return authoring.draft_create(user=user, module=module, slug="authored-dot", content=content)


def _status(draft: ExerciseDraft) -> str:
    return ExerciseDraft.objects.get(pk=draft.pk).validation_status


def test_a_validation_lost_with_its_worker_is_taken_back_by_the_sweeper_and_completes(
    workers: Workers, settings, module, instructor, monkeypatch,
) -> None:
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    monkeypatch.setattr(validation, "VALIDATION_LEASE_SECONDS", LEASE_SECONDS)  # the sweeper's
    first: Worker = workers.start()
    draft = _draft(module, instructor)
    validation.draft_request_validation(draft=draft)
    wait_until(lambda: _status(draft) == "running", 30, first.log_text, interval=0.02)
    first.kill9()  # the whole worker: no redelivery until the visibility timeout (long)
    assert _status(draft) == "running"

    replacement = workers.start()
    started = ExerciseDraft.objects.get(pk=draft.pk).validation_started_at
    assert started is not None
    time.sleep(max(0.0, (started + timedelta(seconds=LEASE_SECONDS + 0.3)
                         - timezone.now()).total_seconds()))
    assert validation.validations_sweep() == {"enqueued": 1}
    wait_until(lambda: _status(draft) == "passed", 90,
               lambda: f"{_status(draft)}\n{replacement.log_text()}")
    report = ExerciseDraft.objects.get(pk=draft.pk).validation_report
    assert report["ok"] and report["mutants_caught"] == ["off_by_one"]
