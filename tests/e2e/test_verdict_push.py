"""The verdict reaches the page when it is stored: the pending panel's request waits on the server
(grader:wait) instead of polling, a failed wait falls back to a slow poll rather than an error,
and a panel that a newer result replaced drops its wait (a browser keeps few connections per
site, and a lingering wait would hold one). The worker announces on its broker's Redis, the
test's private one, where the live server waits too (GRADER_EVENTS_URL unset)."""

import re
import time
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, Request, expect

from exercises.models import Exercise
from grader import events
from tests.e2e.test_learner_flow import exercise_url, log_in, replace_editor_code
from tests.integration.conftest import Broker, Workers

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CORRECT = ["def dot(u, v):", "return float(sum(a * b for a, b in zip(u, v)))"]
GRADED = 30_000
ANNOUNCED = 10_000  # ms: the job is graded in well under a second; only a lost event is slower
WAIT = re.compile(r"/submissions/\d+/wait/$")
STATUS = re.compile(r"/submissions/\d+/status/$")


def requests_of(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def open_exercise(page: Page, live_server: Any, user: User, exercise: Exercise) -> None:
    log_in(page, live_server.url, user.username)
    page.goto(f"{live_server.url}{exercise_url(exercise)}")
    expect(page.locator(".cm-editor")).to_be_visible()


@pytest.mark.worker
def test_the_verdict_arrives_through_the_wait_without_any_poll(
    page: Page, live_server: Any, learner: User, exercise: Exercise, celery_worker: Any,
    settings: Any,
) -> None:
    settings.GRADER_WAIT_SECONDS = 3 * ANNOUNCED / 1000  # a wait that ran out would be late
    urls = requests_of(page)
    open_exercise(page, live_server, learner, exercise)
    replace_editor_code(page, CORRECT)

    page.get_by_role("button", name="Submit", exact=True).click()

    verdict = page.locator("#result .status-panel")
    expect(verdict).to_contain_text("Passed", timeout=ANNOUNCED)
    expect(page.locator("#result-announcer")).to_contain_text("Attempt 1: Passed")
    expect(page.locator("#attempts")).to_contain_text("Passed")  # the list heard it too
    assert [url for url in urls if WAIT.search(url)], urls
    assert [url for url in urls if STATUS.search(url)] == []


@pytest.mark.worker
def test_when_waiting_fails_the_page_polls_slowly_instead_of_showing_an_error(
    page: Page, live_server: Any, learner: User, exercise: Exercise, workers: Workers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        time.sleep(0.5)  # a wait that was open a while, then failed (a bug, a restart)
        raise RuntimeError("the wait failed")

    monkeypatch.setattr(events, "wait_for_change", broken)
    urls = requests_of(page)
    open_exercise(page, live_server, learner, exercise)
    replace_editor_code(page, CORRECT)

    # No worker yet: the submission is still pending when its wait fails.
    with page.expect_response(WAIT) as failed:
        page.get_by_role("button", name="Submit", exact=True).click()
    assert failed.value.status == 500
    workers.start()

    verdict = page.locator("#result .status-panel")
    expect(verdict).to_contain_text("Passed", timeout=GRADED)
    assert [url for url in urls if STATUS.search(url)], urls  # the slow poll got it
    expect(page.locator("#result")).not_to_contain_text("went wrong")


def test_a_result_replaced_by_a_newer_one_drops_its_wait(
    page: Page, live_server: Any, learner: User, exercise: Exercise, private_broker: Broker,
    settings: Any,
) -> None:
    # No worker: both checks stay queued, so the first one's wait is still open when the second
    # result takes its place.
    settings.GRADER_WAIT_SECONDS = 20
    dropped: list[str] = []
    page.on("requestfailed", lambda request: dropped.append(_failure(request)))
    open_exercise(page, live_server, learner, exercise)
    check = page.get_by_role("button", name="Check examples")

    with page.expect_request(WAIT) as first_wait:
        check.click()
    expect(page.locator("#result .status-panel")).to_contain_text("Queued")
    with page.expect_request(WAIT) as second_wait:
        check.click()

    first, second = first_wait.value.url, second_wait.value.url
    assert first != second
    for _ in range(50):  # events reach Python while Playwright waits
        if f"{first} net::ERR_ABORTED" in dropped:
            break
        page.wait_for_timeout(100)
    assert f"{first} net::ERR_ABORTED" in dropped, dropped
    assert not [failure for failure in dropped if failure.startswith(second)]


def _failure(request: Request) -> str:
    return f"{request.url} {request.failure}"
