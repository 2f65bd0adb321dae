"""Staff work has its own queue and workers: a class's burst never delays a regrade, and
the learners' worker never runs staff work."""

from typing import Any

import pytest
from django.contrib.auth.models import User

from config.celery import route
from exercises.models import Exercise
from gradebook import regrades as gradebook
from gradebook.models import Regrade
from grader.models import Submission
from grader.services import submission_create
from tests.conftest import DOT_SOLUTION, make_user

from .conftest import Workers, wait_finished, wait_until

SLEEPER = "import time\n\ndef dot(u, v):\n    time.sleep(8)\n    return 0.0\n"


@pytest.mark.parametrize("task", ["authoring.tasks.validate_draft",
                                  "gradebook.tasks.regrade_apply",
                                  "grader.tasks.sweep_stuck_submissions"])
def test_staff_work_and_sweepers_go_to_the_staff_queue(task: str, settings: Any) -> None:
    settings.CELERY_STAFF_QUEUE = "staff-x"
    assert route(task, (), {}, {}) == {"queue": "staff-x"}


def test_learners_submissions_go_to_the_default_queue() -> None:
    assert route("grader.tasks.grade_submission", (), {}, {}) is None


@pytest.mark.worker
@pytest.mark.sandbox
@pytest.mark.django_db(transaction=True)
def test_a_regrade_runs_while_every_grading_slot_is_busy(
    workers: Workers, settings: Any, learner: User, instructor: User, exercise: Exercise,
) -> None:
    staff_queue = f"{workers.broker.queue}-staff"
    settings.CELERY_STAFF_QUEUE = staff_queue
    env = {"CELERY_STAFF_QUEUE": staff_queue}
    grading = workers.start(concurrency=1, **env)
    graded = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    wait_finished([graded.pk], 45, grading.log_text)
    busy = [submission_create(user=make_user(f"busy{i}"), exercise=exercise, code=SLEEPER)
            for i in range(3)]
    wait_until(lambda: Submission.objects.filter(status="running").exists(), 20,
               grading.log_text)
    staff = workers.start(concurrency=1, queue=staff_queue, **env)

    regrade = gradebook.regrade_create(exercise=exercise, actor=instructor, submission_ids=None,
                                       include_overridden=False, reason="New cases.")
    wait_until(lambda: Regrade.objects.get(pk=regrade.pk).status == "previewed", 30,
               staff.log_text)
    assert Submission.objects.filter(pk__in=[s.pk for s in busy], status="graded").count() == 0
    assert "Task gradebook.tasks.regrade_preview[" not in grading.log_text()  # never received
