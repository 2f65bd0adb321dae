import pytest
from django.urls import reverse
from playwright.sync_api import Page

from exercises import authoring
from exercises.models import Exercise
from tests.e2e.test_learner_flow import log_in
from tests.test_authoring import dot_content, DOT_SOLUTION, OFF_BY_ONE

pytestmark = [pytest.mark.django_db(transaction=True)]


def test_screens(page: Page, live_server, instructor, module, exercise) -> None:
    Exercise.objects.create(module=module, slug="lib-ex", title="Library dot", entry="dot",
                            statement_md="x", statement_html="<p>x</p>", starter_code="",
                            source_path="library/linear-algebra/vectors/dot-product")
    draft = authoring.draft_create(user=instructor, module=module, slug="authored",
                                   content=dot_content(mutants={"off_by_one": OFF_BY_ONE, "same": DOT_SOLUTION}))
    authoring.draft_request_validation(draft=draft)
    authoring.draft_validate(draft_id=draft.pk)
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server.url, instructor.username)
    page.goto(live_server.url + reverse("authoring:exercises", args=["linear-algebra"]))
    page.screenshot(path="/tmp/s-course.png", full_page=True)
    page.goto(live_server.url + reverse("authoring:edit", args=["authored"]))
    page.screenshot(path="/tmp/s-edit-top.png")
    page.locator("#validation-panel").screenshot(path="/tmp/s-failed.png")
    page.goto(live_server.url + reverse("authoring:edit", args=["lib-ex"]))
    page.screenshot(path="/tmp/s-library.png")
    page.set_viewport_size({"width": 420, "height": 900})
    page.goto(live_server.url + reverse("authoring:edit", args=["authored"]))
    page.screenshot(path="/tmp/s-mobile.png")
