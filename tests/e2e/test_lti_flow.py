"""In a real browser: an admin registers the LMS on the platforms page; the LMS (a real LTI 1.3
platform library, tests/lti/lms.py) launches a learner into an exercise with an auto-submitted
form post; the learner solves it in the editor; a real worker grades it and posts the score to
the LMS's AGS endpoint; an instructor's override then sends the new score."""

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from lti_tool.models import LtiRegistration
from playwright.sync_api import Browser, Page, expect

from exercises.models import Exercise
from grader.models import Submission
from lti.models import Passback
from tests.e2e.test_learner_flow import log_in, replace_editor_code
from tests.lti.lms import LEARNER, Launch, TestLms, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_lms(live_server) -> Iterator[TestLms]:  # type: ignore[no-untyped-def]
    """The LMS on the live server's host name (another port), serving the tool's JWKS over
    HTTP like any LMS would fetch it."""
    platform = TestLms(tool_base=live_server.url, host=urlsplit(live_server.url).hostname or "")
    try:
        yield platform
    finally:
        platform.close()


def register_platform(page: Page, base_url: str, lms: TestLms) -> LtiRegistration:
    page.goto(f"{base_url}{reverse('lti:platforms')}")
    expect(page.get_by_text(f"{base_url}/lti/launch/").first).to_be_visible()
    page.get_by_label("Name").fill("Test LMS")
    page.get_by_label("Issuer").fill(lms.issuer)
    page.get_by_label("Client ID").fill(lms.client_id)
    page.get_by_label("Deployment IDs").fill(lms.deployment_id)
    page.get_by_label("Authentication request URL").fill(lms.auth_url)
    page.get_by_label("Access token URL").fill(lms.token_url)
    page.get_by_label("Public keyset (JWKS) URL").fill(lms.keyset_url)
    page.get_by_role("button", name="Register platform").click()
    expect(page.locator("h1")).to_have_text("Test LMS")
    registration = LtiRegistration.objects.get()
    expect(page.get_by_text(f"/lti/login/{registration.uuid}/")).to_be_visible()
    return registration


def test_an_lms_learner_solves_an_exercise_and_the_lms_gets_the_scores(
        page: Page, browser: Browser, live_server, browser_lms: TestLms,  # type: ignore[no-untyped-def]
        admin_user: User, instructor: User, exercise: Exercise, celery_worker) -> None:
    log_in(page, live_server.url, admin_user.username)
    register_platform(page, live_server.url, browser_lms)  # the LMS uses /lti/login/

    exercise_path = reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    browser_lms.pending = Launch(sub="lms-user-ada", roles=LEARNER,
                                 target_link_uri=live_server.url + exercise_path)
    learner = browser.new_context().new_page()
    learner.goto(browser_lms.base + "/start")  # the learner clicks the link in the LMS
    expect(learner).to_have_url(live_server.url + exercise_path)
    expect(learner.locator(".site-user__name")).to_contain_text("ada-lovelace-")
    expect(learner.locator(".cm-editor")).to_be_visible()

    replace_editor_code(learner, ["def dot(u, v):",
                                  "return float(sum(a * b for a, b in zip(u, v)))"])
    learner.get_by_role("button", name="Submit", exact=True).click()
    expect(learner.locator("#result .status-panel")).to_contain_text("Passed", timeout=30_000)
    wait_for(lambda: browser_lms.scores, 30)
    assert (browser_lms.scores[0]["scoreGiven"], browser_lms.scores[0]["userId"]) == (
        10.0, "lms-user-ada")

    staff = browser.new_context().new_page()
    log_in(staff, live_server.url, instructor.username)
    submission = Submission.objects.get(kind="submit")
    staff.goto(f"{live_server.url}{reverse('gradebook:submission', args=[submission.pk])}")
    staff.get_by_label("New score").fill("7")
    staff.get_by_label("Reason").fill("Late hand-in agreed with the learner.")
    staff.get_by_role("button", name="Override score").click()
    expect(staff.locator(".messages")).to_contain_text(re.compile("score", re.I))
    wait_for(lambda: len(browser_lms.scores) == 2, 30)
    assert browser_lms.scores[1]["scoreGiven"] == 7.0
    wait_for(lambda: Passback.objects.filter(state="sent", score_given=7).exists(), 10)

    run = Passback.objects.get().target.context_run.run
    gradebook = reverse("gradebook:gradebook", args=[exercise.module.course.slug])
    staff.goto(f"{live_server.url}{gradebook}?run={run.slug}")
    expect(staff.locator(".gradebook .badge").first).to_have_text("LMS ✓")
    staff.screenshot(path="/tmp/eigenlab-e2e-lti-gradebook.png", full_page=True)
