"""One way to send work, one failure policy: with the broker down, a request is kept (never a
500, never a failure shown for our outage) and the app's sweeper sends it once it is back.
Real parts: a private Redis that is really stopped, a real worker, the real sandbox."""

import logging
import time

import pytest
from django.contrib.auth.models import User

from authoring import services as authoring
from authoring import validation
from authoring.models import ExerciseDraft
from courses.models import Module
from exercises.models import Exercise
from gradebook import regrades as gradebook
from gradebook.models import Regrade
from grader.models import Submission
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER

from .conftest import PrivateRedis, Workers, wait_finished, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]

OFF_BY_ONE = ("def dot(u, v):\n    total = 0.0\n    for i in range(len(u) - 1):\n"
              "        total += u[i] * v[i]\n    return total\n")


def _draft(module: Module, user: User) -> ExerciseDraft:
    content = authoring.DraftContent(
        title="Dot, authored", entry="dot", variants=1, statement_md="Compute $u \\cdot v$.",
        starter=DOT_STARTER, solution=DOT_SOLUTION, cases=DOT_CASES,
        checks=[{"check": "close"}], mutants={"off_by_one": OFF_BY_ONE})
    return authoring.draft_create(user=user, module=module, slug="authored-dot", content=content)


def test_a_validation_asked_for_while_redis_is_down_runs_once_it_is_back(
    workers: Workers, private_redis: PrivateRedis, settings, module, instructor, caplog,
) -> None:
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()
    draft = _draft(module, instructor)
    private_redis.stop()

    with caplog.at_level(logging.ERROR, logger="config.celery"):
        validation.draft_request_validation(draft=draft)  # must not raise
    assert f"could not send authoring.tasks.validate_draft({draft.pk})" in caplog.text
    assert ExerciseDraft.objects.get(pk=draft.pk).validation_status == "queued"

    private_redis.start()
    assert validation.validations_sweep() == {"enqueued": 1}
    wait_until(lambda: ExerciseDraft.objects.get(pk=draft.pk).validation_status == "passed",
               60, worker.log_text)


def test_a_regrade_started_while_redis_is_down_previews_once_it_is_back(
    workers: Workers, private_redis: PrivateRedis, settings, learner, instructor,
    exercise: Exercise, caplog,
) -> None:
    from grader.services import submission_create

    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    worker = workers.start()
    submission = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    wait_finished([submission.pk], 45, worker.log_text)
    assert Submission.objects.get(pk=submission.pk).verdict == "passed"
    private_redis.stop()

    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="config.celery"):
        regrade = gradebook.regrade_create(exercise=exercise, actor=instructor,
                                           submission_ids=None, include_overridden=False,
                                           reason="Checking the new cases.")
    assert time.monotonic() - started < 10
    assert f"could not send gradebook.tasks.regrade_preview({regrade.pk})" in caplog.text
    assert Regrade.objects.get(pk=regrade.pk).status == "previewing"

    private_redis.start()
    assert gradebook.regrades_sweep() == {"previews": 1, "applies": 0}
    wait_until(lambda: Regrade.objects.get(pk=regrade.pk).status == "previewed", 60,
               worker.log_text)
    assert Regrade.objects.get(pk=regrade.pk).preview["same"] == 1
