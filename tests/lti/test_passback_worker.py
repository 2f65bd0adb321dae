"""The whole way with real parts: a learner launched from the LMS sends code, a real Celery
worker grades it in the sandbox, and the same worker (staff queue) posts the score to the LMS's
AGS endpoint; an override then sends the new score."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from exercises.models import Exercise
from gradebook import services as gradebook_services
from grader.models import Submission
from grader.services import submission_create
from lti.models import Passback
from tests.conftest import DOT_SOLUTION
from tests.integration.conftest import Worker
from tests.lti.conftest import launch_through, register
from tests.lti.lms import LEARNER, Launch, TestLms, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]


def test_a_graded_submission_and_an_override_reach_the_lms(
        lms: TestLms, exercise: Exercise, instructor: User, celery_worker: Worker) -> None:
    register(lms)
    page = reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    launch_through(Client(), lms, Launch(sub="lms-user-ada", roles=LEARNER,
                                         target_link_uri="http://testserver" + page))
    learner = User.objects.get(lti_users__sub="lms-user-ada")

    submission = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    wait_for(lambda: lms.scores, 60)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.GRADED and submission.score == 10
    [score] = lms.scores
    assert (score["userId"], score["scoreGiven"], score["scoreMaximum"]) == (
        "lms-user-ada", 10.0, 10.0)
    assert celery_worker.succeeded("lti.tasks.send_passback") == 1

    gradebook_services.submission_override(submission=submission, actor=instructor, score=6,
                                           reason="Solution shared in the forum.")
    wait_for(lambda: len(lms.scores) == 2, 30)
    assert lms.scores[-1]["scoreGiven"] == 6.0
    assert wait_for(lambda: Passback.objects.filter(state="sent", score_given=6).exists(), 10)
