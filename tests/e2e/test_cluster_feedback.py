"""An instructor opens the wrong answers of an exercise grouped by behaviour (three learners'
different code, one cluster), writes a note for the cluster and has it told to the learners
already in it; one of them follows the notification and reads the note on their attempt."""

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import enroll, make_user
from tests.e2e.test_learner_flow import log_in
from tests.sandbox.test_clusters import ALWAYS_ZERO, SKIPS_LAST, graded

pytestmark = [pytest.mark.e2e, pytest.mark.sandbox, pytest.mark.django_db(transaction=True)]

NOTE = "Your sum seems to skip the last entry: check the range of your loop."


def test_an_instructor_writes_a_note_for_a_cluster_and_a_learner_reads_it(
    page: Page, live_server: Any, instructor: Any, exercise: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    people = [make_user(name) for name in ("ana", "ben", "cy")]
    for person, code in zip(people, SKIPS_LAST, strict=True):
        enroll(person, exercise.module.course)
        graded(person, exercise, code, django_capture_on_commit_callbacks)
    graded(people[0], exercise, ALWAYS_ZERO, django_capture_on_commit_callbacks)

    log_in(page, live_server.url, instructor.username)
    page.get_by_role("link", name="Teaching").click()
    page.get_by_role("link", name=exercise.module.course.title).first.click()
    page.get_by_role("link", name="Dot product").click()
    page.get_by_role("link", name="Wrong answers, grouped").click()
    expect(page.get_by_role("heading", name=re.compile("wrong answers"))).to_be_visible()
    first = page.locator(".cluster").first
    expect(first).to_contain_text("3 learners · 3 submissions")
    expect(page.locator(".cluster").nth(1)).to_contain_text("1 learner · 1 submission")
    page.screenshot(path="/tmp/eigenlab-clusters.png", full_page=True)

    first.get_by_role("link", name="Cluster 1").click()
    expect(page.get_by_role("heading", name="Submission 1 of 3")).to_be_visible()
    page.get_by_role("link", name="Older →").click()
    expect(page.get_by_role("heading", name="Submission 2 of 3")).to_be_visible()
    expect(page.locator("#member-code")).to_contain_text("np.dot(u[:-1], v[:-1])")
    page.get_by_label("Note to the learners").fill(NOTE)
    page.get_by_label("Also tell the learners already in this cluster").check()
    page.screenshot(path="/tmp/eigenlab-cluster.png", full_page=True)
    page.get_by_role("button", name="Save the note").click()
    expect(page.get_by_role("status")).to_contain_text("shown to the learners already in it")
    expect(page.get_by_role("heading", name="Your note on these answers")).to_be_visible()

    page.context.clear_cookies()
    log_in(page, live_server.url, "ben")
    badge = page.get_by_role("link", name=re.compile(r"^Notifications"))
    expect(badge).to_have_accessible_name("Notifications, 1 unread")
    badge.click()
    page.get_by_role("link", name=re.compile("A note from your instructor")).click()
    expect(page.get_by_text("A note from your instructor on this answer:")).to_be_visible()
    expect(page.get_by_text(NOTE)).to_be_visible()
    page.screenshot(path="/tmp/eigenlab-cluster-note-learner.png", full_page=True)
