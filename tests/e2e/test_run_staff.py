"""An instructor sets up a term in a real browser: a run in New York's time zone, a section
with its join code, a due date typed on New York's clocks. A learner in Paris joins with the
code (typed loosely) and reads the due date in New York time, with the zone, and on their own
clock beside it."""

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Browser, Page, expect

from courses.models import CourseRun, DueDate, Enrollment
from tests.e2e.test_learner_flow import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PARIS = {"timezone_id": "Europe/Paris", "locale": "en-GB"}


def test_an_instructor_sets_a_due_date_in_new_york_and_a_learner_in_paris_joins_and_reads_it(
    page: Page, browser: Browser, live_server: Any, instructor: Any, learner: Any,
    exercise: Any,
) -> None:
    log_in(page, live_server.url, instructor.username)
    page.get_by_role("link", name="Teaching").click()
    page.get_by_role("link", name="Runs and roster").click()
    page.get_by_role("link", name="New run").click()
    page.get_by_label("Title").fill("Fall 2026")
    page.get_by_label("Time zone").select_option("America/New_York")
    page.get_by_label("Who may join").select_option("code")
    page.get_by_role("button", name="Create run").click()
    expect(page.get_by_role("heading", name=re.compile("Fall 2026"))).to_be_visible()

    page.get_by_label("Section name").fill("Tuesday lab")
    page.get_by_role("button", name="Create section").click()
    expect(page.get_by_role("status")).to_contain_text("Section Tuesday lab created")
    code = page.get_by_label("Join code of Tuesday lab").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    page.screenshot(path="/tmp/eigenlab-run.png", full_page=True)

    page.get_by_role("navigation", name="Fall 2026").get_by_role("link",
                                                                 name="Due dates").click()
    page.get_by_label("Vectors").fill("2026-12-15T23:59")
    page.get_by_role("button", name="Save due dates").click()
    expect(page.get_by_role("status")).to_contain_text("1 due date changed")
    expect(page.get_by_text("Tue 15 Dec 2026, 23:59 EST")).to_be_visible()
    page.screenshot(path="/tmp/eigenlab-due-dates.png", full_page=True)

    run = CourseRun.objects.get(slug="fall-2026")
    assert run.time_zone == "America/New_York"
    assert DueDate.objects.get(run=run).due_at == datetime(2026, 12, 16, 4, 59, tzinfo=UTC)

    context = browser.new_context(**PARIS)
    paris = context.new_page()
    try:
        log_in(paris, live_server.url, learner.username)
        paris.get_by_role("navigation", name="Main").get_by_role(
            "link", name="Join with a code").click()
        paris.get_by_label("Join code").fill(f"{code[:4].lower()} {code[4:].lower()}")
        paris.get_by_role("button", name="Join").click()
        expect(paris.get_by_role("status")).to_contain_text(
            "Welcome: you joined Linear Algebra (Fall 2026, section Tuesday lab).")
        assert paris.url == f"{live_server.url}{reverse('courses:course', args=['linear-algebra'])}"

        due = paris.locator(".module .due")
        expect(due).to_contain_text("Tue 15 Dec 2026, 23:59 EST")
        expect(due).to_contain_text("(America/New_York)")
        expect(due.locator(".local-time")).to_have_text(
            re.compile(r"your time: .*16 Dec 2026.*05:59.*(CET|GMT\+1)"))
        paris.screenshot(path="/tmp/eigenlab-joined.png", full_page=True)

        paris.get_by_role("link", name="Dot product").click()
        meta = paris.locator(".exercise-meta")
        expect(meta).to_contain_text("Due Tue 15 Dec 2026, 23:59 EST (America/New_York)")
        expect(meta.locator(".local-time")).to_contain_text("05:59")
    finally:
        context.close()

    enrollment = Enrollment.objects.get(user=learner)
    assert (enrollment.run, enrollment.section.name, enrollment.role) == (
        run, "Tuesday lab", "learner")
