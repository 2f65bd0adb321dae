"""Clear exercise pages in a real browser: wide content scrolls instead of being cut off (every
library exercise, its hints and model solution, on a desktop and on a phone), and hints are
revealed one at a time."""

import copy
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, ViewportSize, expect

from courses.models import Course, Module, Progress
from courses.services import course_default_run
from exercises.markdown import render_markdown
from exercises.models import Exercise, ExerciseVersion, Variant
from exercises.packages import ExercisePackage, load_library
from exercises.services import variant_seed
from grader.sandbox.harness import encode
from tests.e2e.test_learner_flow import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP: ViewportSize = {"width": 1440, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}

# Everything the statement column shows must be inside it, or inside a scroll region a
# keyboard can reach (tabindex=0, a name, a cue at the edge that hides content). Returns the
# problems found, as text a person can act on.
OVERFLOW_PROBLEMS = """() => {
  const column = document.querySelector(".exercise-statement");
  const bound = column.getBoundingClientRect();
  const problems = [];
  const name = (el) => {
    const classes = typeof el.className === "string" && el.className.trim()
      ? "." + el.className.trim().split(/\\s+/).join(".") : "";
    const text = (el.textContent || "").trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${classes}> "${text}"`;
  };
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const scroller = (el) => {
    for (let up = el.parentElement; up && up !== column; up = up.parentElement) {
      if (scrolls(up)) return up;
    }
    return null;
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth}px in ${root.clientWidth}px`);
  }
  for (const el of column.querySelectorAll("*")) {
    // A formula is judged by the boxes of its parts (KaTeX's bases) lying where they can be
    // seen, not by KaTeX's inner struts and drawings; its MathML copy is hidden on purpose.
    if (el.parentElement.closest(".katex-base, .katex-mathml, svg")) continue;
    const math = el.closest(".katex");
    const box = el.getBoundingClientRect();
    if (!box.width || !el.getClientRects().length) continue;
    if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
      const reachable = el.getAttribute("tabindex") === "0" && el.getAttribute("role") === "region"
        && /scrolls sideways$/.test(el.getAttribute("aria-label") || "");
      if (!reachable || !getComputedStyle(el).backgroundAttachment.includes("local")) {
        problems.push(`scrolls without a keyboard stop, a name and a cue: ${name(el)}`);
      }
    }
    const region = scroller(el);
    if (region) {
      // Scrolling reaches only what starts at or after the box's start (at scrollLeft 0).
      if (box.left < region.getBoundingClientRect().left - 2) {
        problems.push(`out of reach left of its scroll box: ${name(el)}`);
      }
      continue;
    }
    if (box.left < bound.left - 1 || box.right > bound.right + 1) {
      problems.push(`sticks out of the column by ${Math.round(Math.max(
        bound.left - box.left, box.right - bound.right))}px: ${name(el)}`);
    } else if (!math && !scrolls(el) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`cut off by ${el.scrollWidth - el.clientWidth}px: ${name(el)}`);
    }
  }
  return problems;
}"""

# Every hint and the model solution open, so that they are measured too.
OPEN_ALL = """async () => {
  for (const details of document.querySelectorAll(".exercise-statement details")) {
    details.open = true;
  }
  await new Promise((done) => setTimeout(done));  // the toggle events are queued as tasks
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""

SETTLED = """async () => {
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return document.querySelectorAll(".math:not([data-math-rendered])").length;
}"""


def public_cases(package: ExercisePackage) -> list[dict[str, Any]]:
    """The public examples with the reference's outputs, computed here from the library's own
    trusted files (no sandbox: this test is about how they look)."""
    namespace: dict[str, Any] = {}
    exec(compile(package.cases, f"{package.slug}/cases.py", "exec"), namespace)  # trusted
    cases = namespace["cases"](np.random.default_rng(variant_seed(package.slug, 0)))
    exec(compile(package.solution, f"{package.slug}/solution.py", "exec"), namespace)  # trusted
    entry = namespace[package.entry]
    shown = []
    for case in (case for case in cases if case.get("public")):
        args = encode(case["args"])
        expected = encode(entry(*copy.deepcopy(list(case["args"].values()))))
        shown.append({"name": case["name"], "public": True, "weight": 1, "args": args,
                      "expected": expected})
    return shown


def library_exercises() -> Iterator[Exercise]:
    for library_course in load_library():
        info = library_course.info
        course = Course.objects.create(slug=info.slug, title=info.title, order=info.order)
        for library_module in library_course.modules:
            module_info = library_module.info
            module = Module.objects.create(course=course, slug=module_info.slug,
                                           title=module_info.title, order=module_info.order)
            for package in library_module.packages:
                yield exercise_from(module, package)


def exercise_from(module: Module, package: ExercisePackage) -> Exercise:
    exercise = Exercise.objects.create(
        module=module, slug=package.slug, title=package.title, order=package.order,
        points=package.points, difficulty=package.difficulty, entry=package.entry,
        statement_md=package.statement_md, statement_html=render_markdown(package.statement_md),
        starter_code=package.starter, hints=package.hints,
    )
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=1, content_hash=package.content_hash, entry=package.entry,
        points=package.points, solution_code=package.solution, cases_code=package.cases,
        config=package.config,
    )
    Variant.objects.create(version=version, index=0, seed=0, cases=public_cases(package))
    exercise.current_version = version
    exercise.save(update_fields=["current_version"])
    return exercise


def page_url(exercise: Exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


def open_settled(page: Page, url: str) -> None:
    page.goto(url)
    assert page.evaluate(SETTLED) == 0, "every formula is rendered"


def test_no_library_exercise_cuts_off_content_on_a_desktop_or_a_phone(
    page: Page, live_server, learner
) -> None:
    exercises = list(library_exercises())
    assert len(exercises) >= 90
    for exercise in exercises:  # solved: the model solution is on the page as well
        Progress.objects.create(user=learner, exercise=exercise, best_score=exercise.points,
                                run=course_default_run(course=exercise.module.course),
                                max_score=exercise.points, attempts=1, solved_at=timezone.now())
    log_in(page, live_server.url, learner.username)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems: dict[str, list[str]] = {}
    for size in (DESKTOP, PHONE):
        page.set_viewport_size(size)
        for exercise in exercises:
            open_settled(page, f"{live_server.url}{page_url(exercise)}")
            page.evaluate(OPEN_ALL)
            found = page.evaluate(OVERFLOW_PROBLEMS)
            if found:
                problems[f"{exercise.slug} at {size['width']}px"] = found
    assert not errors, errors
    assert not problems, "\n".join(
        f"{where}:\n  " + "\n  ".join(found) for where, found in problems.items())


WIDE_STATEMENT = """# Wide things

$$
x = a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9 + a_{10} + a_{11} + a_{12}
  + a_{13} + a_{14} + a_{15} + a_{16} + a_{17} + a_{18} + a_{19} + a_{20} + a_{21} + a_{22}
$$

| name | a long column heading | another long column heading | and a third long heading |
|---|---|---|---|
| shape | $(m, n)$ | `np.zeros((m, n))` | a long, long cell of text without end |

```
np.array([[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0]])
```
"""


@pytest.fixture
def wide_exercise(exercise: Exercise) -> Exercise:
    exercise.statement_md = WIDE_STATEMENT
    exercise.statement_html = render_markdown(WIDE_STATEMENT)
    exercise.hints = ["Look at the first entry.", "Then at the second.", "Add them up."]
    exercise.save()
    assert exercise.current_version is not None
    variant = exercise.current_version.variants.get()
    wide = encode(np.arange(60.0).reshape(3, 20) * 1000.5)
    variant.cases = [{**variant.cases[0], "args": {"u": wide, "v": wide}, "expected": wide}]
    variant.save()
    return exercise


def test_wide_content_scrolls_by_keyboard_with_a_cue_at_the_hidden_edge(
    page: Page, live_server, learner, wide_exercise: Exercise
) -> None:
    log_in(page, live_server.url, learner.username)
    page.set_viewport_size(PHONE)
    open_settled(page, f"{live_server.url}{page_url(wide_exercise)}")

    formula = page.locator(".statement .math.block")
    expect(formula).to_have_attribute("tabindex", "0")
    expect(formula).to_have_attribute("role", "region")
    expect(formula).to_have_attribute("aria-label", "Formula, scrolls sideways")
    table = page.locator(".statement .scroll-x:has(> table)")
    code = page.locator(".statement pre")
    value = page.locator(".examples pre.value").first
    for wide, label in ((table, "Table"), (code, "Code"), (value, "Input of small vectors")):
        expect(wide).to_have_attribute("tabindex", "0")
        expect(wide).to_have_attribute("aria-label", f"{label}, scrolls sideways")

    # The cue: shadows painted on the edges where content is hidden (scroll-bound covers
    # hide them at the ends).
    image, attachment = formula.evaluate(
        "el => [getComputedStyle(el).backgroundImage, getComputedStyle(el).backgroundAttachment]")
    assert "gradient" in image and "local" in attachment

    formula.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("el => el.scrollLeft > 0", arg=formula.element_handle())


def test_a_narrow_formula_is_no_keyboard_stop(
    page: Page, live_server, learner, exercise: Exercise
) -> None:
    log_in(page, live_server.url, learner.username)
    page.set_viewport_size(DESKTOP)
    open_settled(page, f"{live_server.url}{page_url(exercise)}")

    formula = page.locator(".statement .math.block")
    expect(formula).to_have_count(1)
    expect(formula).not_to_have_attribute("tabindex", "0")
    expect(formula).not_to_have_attribute("data-overflow", "right")


def test_hints_are_revealed_one_at_a_time(
    page: Page, live_server, learner, wide_exercise: Exercise
) -> None:
    log_in(page, live_server.url, learner.username)
    open_settled(page, f"{live_server.url}{page_url(wide_exercise)}")
    first = page.get_by_text("Show hint 1 of 3")
    second = page.get_by_text("Show hint 2 of 3")

    expect(first).to_be_visible()
    expect(page.get_by_text("Look at the first entry.")).to_be_hidden()
    expect(second).to_be_hidden()
    expect(page.get_by_text("Show hint 3 of 3")).to_be_hidden()

    first.click()
    expect(page.get_by_text("Look at the first entry.")).to_be_visible()
    expect(second).to_be_visible()
    expect(page.get_by_text("Then at the second.")).to_be_hidden()
    expect(page.get_by_text("Show hint 3 of 3")).to_be_hidden()

    second.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Then at the second.")).to_be_visible()
    expect(page.get_by_text("Show hint 3 of 3")).to_be_visible()
    expect(page.get_by_text("Add them up.")).to_be_hidden()


def test_a_costly_hint_asks_first_then_shows_and_unlocks_the_next(
    page: Page, live_server, learner, wide_exercise: Exercise
) -> None:
    wide_exercise.hint_penalties = [0.0, 1.0, 2.0]
    wide_exercise.save()
    log_in(page, live_server.url, learner.username)
    open_settled(page, f"{live_server.url}{page_url(wide_exercise)}")
    expect(page.get_by_text("Look at the first entry.")).to_be_visible()  # free
    second = page.get_by_role("button", name="Show hint 2 of 3 (costs 1 point)")
    third = page.get_by_role("button", name="Show hint 3 of 3 (costs 2 points)")
    expect(second).to_be_visible()
    expect(third).to_be_hidden()
    questions: list[str] = []

    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    second.click()
    expect(second).to_be_visible()  # declined: nothing revealed
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.accept()))
    second.click()

    expect(page.get_by_text("Then at the second.")).to_be_visible()
    expect(page.get_by_text("\N{MINUS SIGN}1 point on later attempts")).to_be_visible()
    expect(third).to_be_visible()
    assert questions == ["Show hint 2? Attempts you send after it lose 1 point."] * 2
