"""An instructor opens the gradebook, exports it as CSV and resolves a learner's review."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from gradebook.models import ReviewRequest, ScoreChange
from gradebook.services import review_request_create
from tests.e2e.test_learner_flow import log_in
from tests.test_gradebook import graded

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_instructor_exports_the_gradebook_and_resolves_a_review(
    page: Page, live_server, learner, other_learner, instructor, exercise, tmp_path: Path
) -> None:
    graded(learner, exercise, 5)
    submission = graded(learner, exercise, 7.5)
    graded(other_learner, exercise, 10)
    review_request_create(user=learner, submission=submission,
                          message="My answer differs only by rounding.")
    course = exercise.module.course

    log_in(page, live_server.url, instructor.username)
    page.get_by_role("link", name="Teaching").click()
    page.get_by_role("link", name=course.title).first.click()
    expect(page.get_by_role("heading", name=re.compile("Gradebook"))).to_be_visible()
    table = page.get_by_role("region", name="Gradebook table")
    expect(table.get_by_role("row", name=re.compile(r"ada"))).to_contain_text("7.5")
    page.screenshot(path="/tmp/eigenlab-gradebook.png", full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export CSV").click()
    download = download_info.value
    assert download.suggested_filename == "linear-algebra-gradebook.csv"
    saved = tmp_path / "gradebook.csv"
    download.save_as(saved)
    assert saved.read_bytes().decode("utf-8") == (
        "\ufeffLearner,Student ID,Name,Email,Section,Dot product (10),Vectors total (10),"
        "Course total (10)\r\n"
        "ada,,,ada@example.org,,7.5,7.5,7.5\r\n"
        "grace,,,grace@example.org,,10,10,10\r\n"
    )

    page.get_by_role("link", name="Dot product").click()
    expect(page.get_by_role("heading", name="Attempts until solved")).to_be_visible()
    page.screenshot(path="/tmp/eigenlab-analytics.png", full_page=True)

    page.goto(f"{live_server.url}{reverse('gradebook:reviews')}")
    expect(page.get_by_role("cell", name="My answer differs only by rounding.")).to_be_visible()
    page.screenshot(path="/tmp/eigenlab-reviews.png", full_page=True)
    page.get_by_role("link", name=re.compile("Resolve")).click()
    page.get_by_label("Change the score").check()
    page.get_by_label("New score").fill("9")
    page.get_by_label("Reason").fill("Rounding to two places is fine here.")
    page.screenshot(path="/tmp/eigenlab-review.png", full_page=True)
    page.get_by_role("button", name="Resolve review").click()
    expect(page.get_by_role("status")).to_contain_text("Review resolved")
    expect(page.get_by_text("No reviews match")).to_be_visible()

    review = ReviewRequest.objects.get()
    assert (review.state, review.outcome) == ("closed", "overridden")
    change = ScoreChange.objects.get()
    assert (change.old_score, change.new_score, change.changed_by) == (7.5, 9, instructor)
