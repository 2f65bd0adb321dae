"""Nothing a learner does is lost: unsent code survives reloads and navigation, every result
of a burst of checks arrives, and the verdict is announced by a live region that stays."""

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Dialog, Page, expect

from courses.models import CodeDraft
from exercises.models import Exercise
from grader.models import Submission
from tests.e2e.test_learner_flow import exercise_url, log_in, replace_editor_code
from tests.test_pages import graded

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

UNSENT = ["def dot(u, v):", "return sum(a * b for a, b in zip(u, v))  # unsent 42"]
# Saves wait for a pause in typing (a few seconds), so the tests wait longer than that.
SAVED = 15_000
GRADED = 60_000


def open_exercise(page: Page, live_server: Any, user: User, exercise: Exercise) -> None:
    log_in(page, live_server.url, user.username)
    page.goto(f"{live_server.url}{exercise_url(exercise)}")
    expect(page.locator(".cm-editor")).to_be_visible()


def dialogs_of(page: Page) -> list[str]:
    """Accepts every dialog (leaving the page when asked) and records its type."""
    seen: list[str] = []

    def accept(dialog: Dialog) -> None:
        seen.append(dialog.type)
        dialog.accept()

    page.on("dialog", accept)
    return seen


@pytest.fixture
def next_exercise(exercise: Exercise) -> Exercise:
    return Exercise.objects.create(
        module=exercise.module, slug="norm", title="Vector norm", order=2, points=10,
        entry="norm", statement_md="Compute the norm.", statement_html="<p>Compute the norm.</p>",
        starter_code="def norm(v):\n    return 0.0\n",
    )


# --- Autosave ------------------------------------------------------------------------------


def test_typed_code_survives_a_reload_with_a_notice_and_no_warning(
    page: Page, live_server: Any, learner: User, exercise: Exercise,
) -> None:
    dialogs = dialogs_of(page)
    open_exercise(page, live_server, learner, exercise)

    replace_editor_code(page, UNSENT)
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=SAVED)
    page.reload()

    expect(page.locator(".cm-content")).to_contain_text("# unsent 42")
    notice = page.locator("#draft-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(re.compile(r"Restored your unsaved draft from \d{1,2}:\d\d"))
    assert "# unsent 42" in CodeDraft.objects.get(user=learner, exercise=exercise).code
    assert dialogs == []  # saved: nothing to warn about


def test_following_the_next_exercise_link_and_going_back_keeps_the_code(
    page: Page, live_server: Any, learner: User, exercise: Exercise, next_exercise: Exercise,
) -> None:
    dialogs_of(page)  # a save may still be pending: leave anyway
    open_exercise(page, live_server, learner, exercise)

    replace_editor_code(page, UNSENT)
    page.get_by_role("link", name=re.compile("Vector norm")).click()
    expect(page.get_by_role("heading", name="Vector norm", level=1)).to_be_visible()
    page.go_back()

    expect(page.locator(".cm-content")).to_contain_text("# unsent 42")


def test_discard_goes_back_to_the_last_code_sent(
    page: Page, live_server: Any, learner: User, exercise: Exercise,
) -> None:
    graded(learner, exercise, code="def dot(u, v):\n    return 'last sent'\n")
    open_exercise(page, live_server, learner, exercise)
    replace_editor_code(page, UNSENT)
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=SAVED)
    page.reload()
    expect(page.locator(".cm-content")).to_contain_text("# unsent 42")
    page.screenshot(path="/tmp/eigenlab-e2e-draft.png", full_page=True)

    page.locator("#draft-notice").get_by_role("button", name="Discard").click()

    expect(page.locator(".cm-content")).to_contain_text("'last sent'")
    expect(page.locator(".cm-content")).not_to_contain_text("# unsent 42")
    expect(page.locator("#draft-notice")).to_be_hidden()
    page.reload()
    expect(page.locator(".cm-content")).to_contain_text("'last sent'")
    expect(page.locator("#draft-notice")).to_be_hidden()
    assert not CodeDraft.objects.filter(user=learner).exists()


def test_a_failed_save_warns_before_leaving_and_the_browser_keeps_a_copy(
    page: Page, live_server: Any, learner: User, exercise: Exercise,
) -> None:
    page.route(re.compile(r"/draft/$"), lambda route: route.abort("internetdisconnected"))
    dialogs = dialogs_of(page)
    open_exercise(page, live_server, learner, exercise)

    replace_editor_code(page, UNSENT)
    expect(page.locator("#draft-status")).to_contain_text("Not saved", timeout=SAVED)
    page.reload()

    assert "beforeunload" in dialogs
    expect(page.locator(".cm-content")).to_contain_text("# unsent 42")
    expect(page.locator("#draft-notice")).to_contain_text("Restored your unsaved draft from")
    assert not CodeDraft.objects.exists()


# --- Every result arrives, and is announced -------------------------------------------------


@pytest.mark.worker
def test_eight_quick_checks_all_get_their_result_and_a_refusal_stands_apart(
    page: Page, live_server: Any, learner: User, exercise: Exercise, workers: Any, settings: Any,
) -> None:
    settings.GRADER_MAX_PENDING_PER_USER = 5
    open_exercise(page, live_server, learner, exercise)
    check = page.get_by_role("button", name="Check examples")

    for _ in range(8):  # no worker yet: the sixth is refused, five stay queued
        check.click()
    expect(page.locator("#result .status-panel")).to_contain_text("Queued")
    expect(page.locator("#send-notice")).to_contain_text("waiting to be graded")
    assert Submission.objects.filter(user=learner).count() == 5
    workers.start()

    newest = Submission.objects.filter(user=learner).latest("created_at")
    panel = page.locator(f"#result #submission-{newest.pk}")
    expect(panel).to_contain_text("expected 32", timeout=GRADED)
    attempts = page.locator("#attempts")
    expect(attempts.locator("li")).to_have_count(5)
    expect(attempts.locator(".badge--pending")).to_have_count(0, timeout=GRADED)
    expect(attempts).not_to_contain_text("Queued")
    expect(attempts).not_to_contain_text("Running")
    assert Submission.objects.filter(user=learner, status="graded").count() == 5
    page.screenshot(path="/tmp/eigenlab-e2e-burst.png", full_page=True)


@pytest.mark.worker
def test_the_verdict_is_announced_by_a_live_region_that_stays(
    page: Page, live_server: Any, learner: User, exercise: Exercise, celery_worker: Any,
) -> None:
    open_exercise(page, live_server, learner, exercise)
    replace_editor_code(page, ["def dot(u, v):", "return float(sum(a * b for a, b in zip(u, v)))"])

    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#result .status-panel")).to_be_visible()
    # Every live region of the result column is marked now; the one that announces the verdict
    # must still be the same element when the verdict arrives (htmx swaps inside it).
    page.evaluate("""() => document.querySelectorAll('#editor [aria-live], #editor [role=status]')
                            .forEach((region) => { region.eigenlabKept = true; })""")

    expect(page.locator("#result .status-panel")).to_contain_text("Passed", timeout=GRADED)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[aria-live], [role=status]')]
                 .some((region) => region.eigenlabKept && /Passed/.test(region.textContent))""",
        timeout=5_000,
    )


def test_the_last_result_stays_after_a_reload_and_matches_the_attempt_list(
    page: Page, live_server: Any, learner: User, exercise: Exercise,
) -> None:
    last = graded(learner, exercise)
    open_exercise(page, live_server, learner, exercise)

    panel = page.locator(f"#result #submission-{last.pk}")
    expect(panel).to_contain_text("5 / 10 points")
    page.reload()
    expect(panel).to_contain_text("5 / 10 points")
    expect(page.locator("#result")).not_to_contain_text("Results appear here")
    expect(page.locator("#attempts li").first).to_contain_text("5/10")
