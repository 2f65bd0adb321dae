"""An instructor writes, validates (sandbox, through a real Celery worker) and publishes an
exercise in the browser; a learner then solves it. Script tags typed by the instructor stay
text: no dialog ever opens."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Dialog, Locator, Page, expect

from authoring.models import ExerciseDraft
from exercises.models import Exercise
from grader.models import Submission
from tests.e2e.test_learner_flow import log_in, replace_editor_code

pytestmark = [pytest.mark.e2e, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

XSS = "<script>alert(1)</script>"
STATEMENT = f"""# Squares

Square a number: $f(x) = x^2$.

$$
f(-3) = 9
$$

Unsafe text stays text: {XSS}
"""
SOLUTION = "def square(x):\n    return float(x) * float(x)\n"
STARTER = "def square(x):\n    # TODO: return x squared\n    return 0.0\n"
CASES = '''def cases(rng):
    return [
        {"name": "two", "public": True, "args": {"x": 2}},
        {"name": "minus three", "public": True, "args": {"x": -3}},
        {"name": "one half", "public": True, "args": {"x": 0.5}},
        {"name": "random", "args": {"x": float(rng.normal(scale=10))}},
    ]
'''
MUTANTS = {
    "doubled": "# Mistake: 2x instead of x squared.\ndef square(x):\n    return 2.0 * x\n",
    "absolute": "# Mistake: |x| instead of x squared.\ndef square(x):\n    return abs(float(x))\n",
}


def set_editor(page: Page, textarea: Locator, text: str) -> None:
    textarea.evaluate("(element, text) => window.Eigenlab.setEditorValue(element, text)", text)


def test_an_instructor_authors_validates_and_publishes_and_a_learner_solves_it(
    page: Page, live_server, instructor, learner, module, celery_worker,
) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    base = live_server.url
    log_in(page, base, instructor.username)

    page.get_by_role("link", name="Authoring").click()
    page.get_by_role("link", name=module.course.title).click()
    page.get_by_role("link", name="New exercise").click()
    page.get_by_label("Title").fill("Squares")
    page.get_by_label("Module").select_option(label=module.title)
    page.get_by_label("Entry function").fill("square")
    page.get_by_role("button", name="Create draft").click()
    expect(page.locator(".page-header h1")).to_have_text("Squares")
    page.wait_for_load_state()  # htmx and the editors are set up by then (deferred scripts)

    statement = page.get_by_label("Markdown")
    statement.fill(STATEMENT)
    preview = page.locator("#statement-preview")
    expect(preview).to_contain_text(XSS)  # shown as text by the live preview...
    expect(preview.locator(".katex").first).to_be_visible()  # ...with the math rendered

    set_editor(page, page.locator("textarea[name=starter]"), STARTER)
    set_editor(page, page.locator("textarea[name=solution]"), SOLUTION)
    set_editor(page, page.locator("textarea[name=cases]"), CASES)
    for name, code in MUTANTS.items():
        page.get_by_role("button", name="+ Add mutant").click()
        mutant = page.locator("[data-mutant]").last
        expect(mutant.locator(".cm-editor")).to_be_visible()
        mutant.get_by_label("Name").fill(name)
        set_editor(page, mutant.locator("textarea"), code)
    page.get_by_label("Tags").fill("algebra, warm-up")
    page.screenshot(path="/tmp/eigenlab-authoring-edit.png", full_page=True)

    page.get_by_role("button", name="Save and validate").click()
    panel = page.locator("#validation-panel")
    expect(page.locator(".messages")).to_contain_text("validation queued")
    expect(panel).to_contain_text("✓ Passed", timeout=90_000)
    expect(panel).to_contain_text("2 / 2")
    expect(panel).to_contain_text("fails, as it should")
    panel.screenshot(path="/tmp/eigenlab-authoring-report.png")
    page.screenshot(path="/tmp/eigenlab-authoring-validated.png", full_page=True)

    draft = ExerciseDraft.objects.get(exercise__slug="squares")
    assert draft.validation_status == "passed" and sorted(draft.mutants) == sorted(MUTANTS)
    panel.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("Published: learners now get version 1")
    exercise = Exercise.objects.get(slug="squares")
    assert exercise.published and exercise.current_version.variants.count() == 3

    page.get_by_role("button", name="Log out").click()
    log_in(page, base, learner.username)
    page.goto(f"{base}{reverse('courses:exercise', args=[module.course.slug, 'squares'])}")
    expect(page.locator(".statement")).to_contain_text(XSS)
    expect(page.locator(".statement .katex").first).to_be_visible()
    expect(page.locator(".cm-content")).to_contain_text("def square(x):")
    replace_editor_code(page, ["def square(x):", "return x * x"])
    page.get_by_role("button", name="Submit", exact=True).click()
    verdict = page.locator("#result .status-panel")
    expect(verdict).to_contain_text("Passed", timeout=30_000)
    submission = Submission.objects.get(user=learner)
    assert submission.verdict == "passed" and submission.exercise_version.number == 1

    alerts = [text for text in dialogs if not text.startswith("beforeunload")]
    assert alerts == [], f"a script ran: {alerts}"
    assert re.search(r"alert\(1\)", page.content())  # still on the page, as text
