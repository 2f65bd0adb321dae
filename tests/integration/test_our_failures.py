"""A sandbox that fails on our side is never the learner's verdict and never costs an attempt:
the submission is graded again, or ends as "a problem on our side" with the attempt given back.

Real parts: the warm pool in this process, a zygote really killed with SIGKILL mid-job, a
private Redis that receives the retry.
"""

import os
import signal
import threading
import time
from typing import Any

import pytest
from django.contrib.auth.models import User

from courses.models import Progress
from exercises.models import Exercise
from grader.models import Submission
from grader.sandbox import pool
from grader.services import submission_create, submission_grade
from tests.conftest import DOT_SOLUTION

from .conftest import Broker

pytestmark = [pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]

SLOW_RIGHT = ("import time\nimport numpy as np\n\ndef dot(u, v):\n    time.sleep(1.5)\n"
              "    return float(np.dot(u, v))\n")


def _kill_the_zygote_in(seconds: float) -> threading.Thread:
    zygote = pool._slot._ready_zygote()  # started now, so that the job below finds it warm

    def kill() -> None:
        time.sleep(seconds)
        os.killpg(zygote._process.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill)
    killer.start()
    return killer


def _submit(user: User, exercise: Exercise, code: str) -> Submission:
    # Its message waits on the private broker: this test grades in-process instead.
    return submission_create(user=user, exercise=exercise, code=code)


def _attempts(user: User, exercise: Exercise) -> int:
    return Progress.objects.get(user=user, exercise=exercise).attempts


def test_a_zygote_killed_mid_job_means_grading_again(
    private_broker: Broker, settings: Any, learner: User, exercise: Exercise,
) -> None:
    settings.GRADER_SANDBOX_BACKEND = "pool"
    submission = _submit(learner, exercise, SLOW_RIGHT)
    waiting = private_broker.queue_length()
    killer = _kill_the_zygote_in(0.5)
    submission_grade(submission_id=submission.pk)
    killer.join()

    retried = Submission.objects.get(pk=submission.pk)
    assert (retried.status, retried.verdict, retried.deliveries) == ("queued", "", 1)
    assert private_broker.queue_length() == waiting + 1  # sent again, after a short pause
    assert _attempts(learner, exercise) == 1

    submission_grade(submission_id=submission.pk)  # what the redelivered message does
    graded = Submission.objects.get(pk=submission.pk)
    assert (graded.status, graded.verdict, graded.score, graded.attempt) == (
        "graded", "passed", 10.0, 1)
    assert _attempts(learner, exercise) == 1


def test_a_sandbox_that_keeps_failing_ends_on_our_side_and_gives_the_attempt_back(
    private_broker: Broker, settings: Any, learner: User, exercise: Exercise,
) -> None:
    settings.GRADER_SANDBOX_BACKEND = "pool"
    settings.GRADER_MAX_DELIVERIES = 1
    submission = _submit(learner, exercise, SLOW_RIGHT)
    waiting = private_broker.queue_length()
    killer = _kill_the_zygote_in(0.5)
    submission_grade(submission_id=submission.pk)
    killer.join()

    ended = Submission.objects.get(pk=submission.pk)
    assert (ended.status, ended.verdict) == ("error", "")
    assert "problem on our side" in ended.message and "not counted" in ended.message
    assert private_broker.queue_length() == waiting  # not sent again
    assert _attempts(learner, exercise) == 0

    again = _submit(learner, exercise, DOT_SOLUTION)
    assert again.attempt == 2  # numbers stay unique; the count is what was judged
    submission_grade(submission_id=again.pk)
    assert Submission.objects.get(pk=again.pk).verdict == "passed"
    assert _attempts(learner, exercise) == 1
