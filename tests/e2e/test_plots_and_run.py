"""A learner's plot shows beside the public test it was drawn in, and "Run" shows what their
own line prints, in the browser, graded by a real worker in the real sandbox."""

import re

import pytest
from playwright.sync_api import Page, expect

from grader.models import Submission
from tests.e2e.test_learner_flow import exercise_url, log_in, replace_editor_code

pytestmark = [pytest.mark.e2e, pytest.mark.worker, pytest.mark.sandbox,
              pytest.mark.django_db(transaction=True)]


def test_a_plot_shows_in_the_feedback_and_run_shows_its_output(
    page: Page, live_server, learner, exercise, celery_worker
) -> None:
    log_in(page, live_server.url, learner.username)
    page.goto(f"{live_server.url}{exercise_url(exercise)}")
    replace_editor_code(page, [
        "import matplotlib.pyplot as plt",
        "def dot(u, v):",
        "plt.plot(u, v)",
        "return float(sum(a * b for a, b in zip(u, v)))",
    ])
    page.get_by_role("button", name="Submit", exact=True).click()

    panel = page.locator("#result .status-panel")
    expect(panel).to_contain_text("Passed", timeout=30_000)
    picture = panel.get_by_role("img", name=re.compile("Figure 1 your code drew in"))
    expect(picture).to_be_visible()
    width = picture.evaluate("img => img.naturalWidth")
    assert width == 640  # the PNG arrived and decoded
    page.screenshot(path="/tmp/eigenlab-e2e-plot.png", full_page=True)

    page.get_by_text("Try it: run your code with a line of your own").click()
    snippet = page.get_by_label("Python to run after your code")
    expect(snippet).to_have_value("print(dot([1, 2, 3], [4, 5, 6]))")  # the first example
    snippet.fill("print('dot is', dot([1, 2], [3, 4]))")
    page.get_by_role("button", name="Run", exact=True).click()

    expect(panel).to_contain_text("dot is 11.0", timeout=30_000)
    expect(panel).to_contain_text("not graded, not an attempt")
    page.screenshot(path="/tmp/eigenlab-e2e-run.png", full_page=True)
    run = Submission.objects.get(kind="run")
    assert (run.verdict, run.attempt, run.stdout) == ("ran", None, "dot is 11.0\n")
    assert Submission.objects.filter(kind="submit").count() == 1
