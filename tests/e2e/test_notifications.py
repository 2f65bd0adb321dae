"""A learner sees the unread count in the navigation, follows a notification to the attempt
whose grade changed, and marks the rest read."""

import re

import pytest
from playwright.sync_api import Page, expect

from gradebook.services import review_request_create, review_resolve, submission_override
from tests.e2e.test_learner_flow import log_in
from tests.test_gradebook import graded

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_learner_follows_the_badge_to_a_changed_grade_and_marks_all_read(
    page: Page, live_server, learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 4)
    submission_override(submission=submission, actor=instructor, score=8,
                        reason="The method is right; only rounding differs.")

    log_in(page, live_server.url, learner.username)
    badge = page.get_by_role("link", name=re.compile(r"^Notifications"))
    expect(badge).to_have_accessible_name("Notifications, 1 unread")
    expect(badge).to_contain_text("1")
    page.screenshot(path="/tmp/eigenlab-notifications-badge.png")

    badge.click()
    expect(page.get_by_role("heading", name="Notifications")).to_be_visible()
    page.get_by_role("link", name=re.compile("only rounding differs")).click()
    expect(page.get_by_role("heading", name=re.compile("Attempt 1"))).to_be_visible()
    expect(page.get_by_text(re.compile(
        "8/10 — changed by your instructor: The method is right; only rounding differs."))
    ).to_be_visible()
    expect(badge).to_have_accessible_name("Notifications")  # opened: read
    page.screenshot(path="/tmp/eigenlab-attempt-changed.png", full_page=True)

    other = graded(learner, exercise, 5)
    review = review_request_create(user=learner, submission=other, message="Please look.")
    review_resolve(review=review, actor=instructor, reason="The hidden case fails.")
    submission_override(submission=submission, actor=instructor, score=9, reason="Bonus.")
    page.reload()
    expect(badge).to_have_accessible_name("Notifications, 2 unread")

    badge.click()
    page.screenshot(path="/tmp/eigenlab-notifications.png", full_page=True)
    page.get_by_role("button", name="Mark all as read").click()
    expect(page.get_by_role("status")).to_contain_text("marked as read")
    expect(badge).to_have_accessible_name("Notifications")

    page.get_by_role("link", name="My review requests").click()
    expect(page.get_by_text("The hidden case fails.")).to_be_visible()
