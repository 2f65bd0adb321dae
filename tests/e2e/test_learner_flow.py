"""A learner logs in, opens an exercise, writes code in the editor and sees the verdict."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from grader.models import Submission
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def exercise_url(exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


def log_in(page: Page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}{reverse('login')}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Log in", re.I)).click()
    expect(page).not_to_have_url(re.compile(r"/login/"))


def replace_editor_code(page: Page, lines: list[str]) -> None:
    """Types like a person: CodeMirror indents after a colon, so lines are typed unindented."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for number, line in enumerate(lines):
        if number:
            page.keyboard.press("Escape")  # close any completion popup before Enter
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def test_a_learner_submits_from_the_editor_and_sees_the_verdict_without_reloading(
    page: Page, live_server, learner, exercise, celery_worker
) -> None:
    log_in(page, live_server.url, learner.username)
    page.goto(f"{live_server.url}{exercise_url(exercise)}")

    expect(page.locator(".statement .katex").first).to_be_visible()  # math rendered by KaTeX
    expect(page.locator(".cm-editor")).to_be_visible()
    expect(page.locator(".cm-content")).to_contain_text("def dot(u, v):")  # the starter code

    page.evaluate("window.__notReloaded = true")
    replace_editor_code(page, ["def dot(u, v):", "return float(sum(a * b for a, b in zip(u, v)))"])
    page.get_by_role("button", name="Submit", exact=True).click()

    verdict = page.locator("#result .status-panel")
    expect(verdict).to_contain_text("Passed", timeout=30_000)
    expect(verdict).to_contain_text("10")
    assert page.evaluate("window.__notReloaded") is True
    submission = Submission.objects.get(user=learner)
    assert submission.status == "graded" and submission.verdict == "passed"
    assert "zip(u, v)" in submission.code
    page.screenshot(path="/tmp/eigenlab-e2e-verdict.png", full_page=True)


def test_check_examples_runs_public_cases_without_counting_an_attempt(
    page: Page, live_server, learner, exercise, celery_worker
) -> None:
    log_in(page, live_server.url, learner.username)
    page.goto(f"{live_server.url}{exercise_url(exercise)}")
    page.get_by_role("button", name="Check examples").click()

    verdict = page.locator("#result .status-panel")
    expect(verdict).to_contain_text("not counted as an attempt", timeout=30_000)
    expect(verdict).to_contain_text("expected 32", timeout=30_000)
    submission = Submission.objects.get(user=learner)
    assert submission.kind == "check" and submission.attempt is None
    assert [test["name"] for test in submission.tests] == ["small vectors"]
