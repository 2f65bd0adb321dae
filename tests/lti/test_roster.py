"""The roster from the LMS's Names and Role Provisioning Service (lti1p3platform's, over
HTTP): after an instructor's launch, and on demand from the run's LMS page."""

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment
from exercises.models import Exercise
from lti import roster
from lti.models import ContextRun
from tests.lti.conftest import launch_through
from tests.lti.lms import INSTRUCTOR, LEARNER, TA, Launch, Member, TestLms

pytestmark = pytest.mark.usefixtures("registered", "eager_tasks")
Capture = Callable[..., Any]


def instructor_launch(exercise: Exercise, **extra: Any) -> Launch:
    page = reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    return Launch(sub="lms-prof", roles=INSTRUCTOR, name="Gilbert Strang", given_name="Gilbert",
                  family_name="Strang", email="strang@example.edu",
                  target_link_uri="http://testserver" + page, **extra)


def roster_of(run_id: int) -> dict[str, tuple[str, str, str]]:
    return {e.user.lti_users.get().sub: (e.role, e.student_id, e.user.get_full_name())
            for e in Enrollment.objects.filter(run_id=run_id).select_related("user")}


def test_an_instructor_launch_brings_the_lms_roster(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    lms.members = [
        Member("lms-prof", INSTRUCTOR, name="Gilbert Strang", given_name="Gilbert",
               family_name="Strang"),
        Member("lms-ada", LEARNER, name="Ada Lovelace", given_name="Ada", family_name="Lovelace",
               email="ada@example.edu", lis_person_sourcedid="S-1024"),
        Member("lms-alan", TA, given_name="Alan", family_name="Turing",
               lis_person_sourcedid="S-2048"),
        Member("lms-gone", LEARNER, given_name="Left", family_name="Early", status="Inactive"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        launch_through(Client(), lms, instructor_launch(exercise))

    link = ContextRun.objects.get()
    assert roster_of(link.run_id) == {
        "lms-prof": ("instructor", "", "Gilbert Strang"),
        "lms-ada": ("learner", "S-1024", "Ada Lovelace"),
        "lms-alan": ("ta", "S-2048", "Alan Turing"),
    }
    assert link.roster_synced_at is not None and link.roster_error == ""
    assert User.objects.get(lti_users__sub="lms-ada").email == "ada@example.edu"
    # The NRPS request carried a token the platform issued for the tool's signed assertion.
    assert any("contextmembership" in request["scope"] for request in lms.token_requests)


def test_a_learner_who_launches_later_keeps_the_account_the_roster_made(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    lms.members = [Member("lms-ada", LEARNER, given_name="Ada", family_name="Lovelace")]
    with django_capture_on_commit_callbacks(execute=True):
        launch_through(Client(), lms, instructor_launch(exercise))
    made = User.objects.get(lti_users__sub="lms-ada")

    launch = instructor_launch(exercise)
    launch.sub, launch.roles = "lms-ada", LEARNER
    launch_through(Client(), lms, launch)
    assert User.objects.get(lti_users__sub="lms-ada") == made
    assert Enrollment.objects.filter(user=made).count() == 1


def test_the_run_page_syncs_on_demand_and_says_when_the_lms_refuses(
        lms: TestLms, exercise: Exercise, django_capture_on_commit_callbacks: Capture) -> None:
    launch_through(Client(), lms, instructor_launch(exercise))  # the sync task not run
    link = ContextRun.objects.get()
    assert link.roster_synced_at is None
    lms.members = [Member("lms-grace", LEARNER, given_name="Grace", family_name="Hopper")]
    client = Client()
    client.force_login(User.objects.get(lti_users__sub="lms-prof"))

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("lti:run_roster", args=[link.run_id]))
    assert answer.status_code == 302
    assert "lms-grace" in roster_of(link.run_id)

    link.context.memberships_url = lms.base + "/nowhere/memberships-missing"
    link.context.save()
    result = roster.roster_sync(context_run_id=link.pk)
    assert "404" in result.error
    page = client.get(reverse("lti:run", args=[link.run_id]))
    assert b"Last sync failed" in page.content
