"""The API's interactive docs in a real browser: Swagger UI renders from this site's own files
under our Content-Security-Policy, without one console error or one request elsewhere; and a
learner makes a token on the account page and calls the API with it from the docs."""

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import ConsoleMessage, Page, Request, expect

from exercises.models import Exercise
from tests.e2e.test_learner_flow import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


class Watch:
    """Console errors, uncaught exceptions and requests that leave the live server."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.errors: list[str] = []
        self.elsewhere: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("request", lambda request: self._request(request, base_url))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _request(self, request: Request, base_url: str) -> None:
        if not request.url.startswith((base_url, "data:", "blob:")):
            self.elsewhere.append(request.url)


def test_the_docs_render_from_this_site_without_errors(page: Page, live_server: Any) -> None:
    watch = Watch(page, live_server.url)

    page.goto(f"{live_server.url}/api/docs")

    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Eigenlab API")
    for path in ("/api/courses", "/api/exercises/{slug}/notebook",
                 "/api/submissions/{submission_id}/wait"):
        expect(page.locator(f'.opblock-summary-path[data-path="{path}"]')).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Authorize"))).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert watch.errors == []
    assert watch.elsewhere == []


def test_a_token_made_on_the_account_page_opens_the_api_in_the_docs(
    page: Page, live_server: Any, learner: User, exercise: Exercise,
) -> None:
    watch = Watch(page, live_server.url)
    log_in(page, live_server.url, learner.username)
    page.locator(".site-user__name").click()
    expect(page.get_by_role("heading", name="Personal access tokens")).to_be_visible()
    page.get_by_label("Name").fill("browser")
    page.get_by_role("button", name="Create token").click()
    secret = page.get_by_label("The new token").input_value()
    assert secret.startswith("eig_")
    expect(page.get_by_text("Copy it now: it is shown only this once.")).to_be_visible()

    page.goto(f"{live_server.url}/api/docs")
    page.get_by_role("button", name=re.compile("Authorize")).first.click()
    page.locator("#auth-bearer-value").fill(secret)
    page.get_by_role("button", name="Apply credentials").click()
    page.locator(".auth-btn-wrapper .btn-done").click()
    operation = page.locator("#operations-learning-api_learner_courses")
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()

    expect(operation.locator(".live-responses-table tbody .response-col_status").first) \
        .to_have_text("200")
    expect(operation.locator(".live-responses-table")).to_contain_text("linear-algebra")
    assert watch.errors == []
    assert watch.elsewhere == []
