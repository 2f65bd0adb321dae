"""What the statement column shows: wide Markdown in scroll regions, each hint once and one at
a time, and the model solution only to a learner the course lets see it."""

import re
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Course, DueDate, Enrollment, Module, Progress
from courses.services import course_default_run
from exercises.markdown import render_markdown
from exercises.models import Exercise
from exercises.packages import ExercisePackage, load_library

# WhiteNoise looks for collectstatic's output, which these tests never produce.
pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

HINTS_HEADING = re.compile(r"^#{1,6}\s+hints?\b", flags=re.IGNORECASE | re.MULTILINE)
SOLUTION = "import numpy as np\n\ndef dot(u, v):\n    # the model solution, fenced off\n" \
           "    return float(np.dot(u, v))\n"
SOLUTION_MARK = "the model solution, fenced off"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _packages() -> list[ExercisePackage]:
    return [package for course in load_library() for module in course.modules
            for package in module.packages]


# --- Markdown ---------------------------------------------------------------------------


def test_a_markdown_table_sits_in_a_scroll_region() -> None:
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")

    assert html.startswith('<div class="scroll-x"><table>')
    assert html.rstrip().endswith("</table></div>")


def test_table_text_cannot_forge_a_scroll_region() -> None:
    html = render_markdown('Text <table> and <div class="scroll-x"> stay text.\n')

    assert "<table>" not in html and '<div class="scroll-x">' not in html


# --- Hints ------------------------------------------------------------------------------


def test_no_library_statement_repeats_the_hints_of_its_exercise_toml() -> None:
    repeating = [package.slug for package in _packages()
                 if package.hints and HINTS_HEADING.search(package.statement_md)]

    assert repeating == [], f"statements with their own Hints section: {repeating}"


def exercise_url(exercise: Exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


@pytest.fixture
def learner_client(client: Client, learner: User) -> Client:
    client.force_login(learner)
    return client


def test_each_hint_is_its_own_disclosure_numbered_of_the_total(
    learner_client: Client, exercise: Exercise
) -> None:
    exercise.hints = ["Pair the entries.", "Multiply each pair.", "Add <all> of them."]
    exercise.save()

    body = learner_client.get(exercise_url(exercise)).content.decode()

    summaries = re.findall(r'<details class="hint">\s*<summary>(.*?)</summary>', body)
    assert summaries == ["Show hint 1 of 3", "Show hint 2 of 3", "Show hint 3 of 3"]
    assert "Add &lt;all&gt; of them." in body
    assert "<details open" not in body


# --- The model solution -----------------------------------------------------------------


@pytest.fixture
def solved_by(exercise: Exercise) -> Any:
    def solve(user: User) -> Progress:
        return Progress.objects.create(user=user, exercise=exercise, best_score=10,
                                       run=course_default_run(course=exercise.module.course),
                                       max_score=10, attempts=1, solved_at=timezone.now())
    return solve


def due(module: Module, due_at: Any) -> None:
    """The module's due date in its course's default run (None: not due)."""
    run = course_default_run(course=module.course)
    DueDate.objects.filter(run=run, module=module).delete()
    if due_at is not None:
        DueDate.objects.create(run=run, module=module, due_at=due_at)


@pytest.fixture
def course_with(exercise: Exercise) -> Any:
    assert exercise.current_version is not None
    exercise.current_version.solution_code = SOLUTION
    exercise.current_version.save()

    def choose(visibility: str, due_at: Any = None) -> Course:
        course = exercise.module.course
        course.solution_visibility = visibility
        course.save()
        due(exercise.module, due_at)
        return course
    return choose


def page(client: Client, exercise: Exercise) -> str:
    return client.get(exercise_url(exercise)).content.decode()


def test_courses_show_the_solution_after_solving_by_default(db: None) -> None:
    assert Course(slug="new", title="New").solution_visibility == "after_solving"


def test_a_learner_who_solved_it_sees_the_model_solution_collapsed(
    learner_client: Client, learner: User, exercise: Exercise, course_with: Any, solved_by: Any
) -> None:
    course_with("after_solving")
    solved_by(learner)

    body = page(learner_client, exercise)

    assert SOLUTION_MARK in body
    section = re.search(r'<details class="solution"[^>]*>\s*<summary>([^<]*)</summary>', body)
    assert section is not None and section.group(1) == "Model solution"
    assert "float(np.dot(u, v))" in body


def test_an_unsolved_exercise_never_sends_the_solution(
    learner_client: Client, learner: User, exercise: Exercise, course_with: Any,
    solved_by: Any, other_learner: User
) -> None:
    course_with("after_solving")
    solved_by(other_learner)  # someone else's success is not this learner's
    Progress.objects.create(user=learner, exercise=exercise, best_score=5, max_score=10,
                            run=course_default_run(course=exercise.module.course),
                            attempts=3)

    body = page(learner_client, exercise)

    assert SOLUTION_MARK not in body and "Model solution" not in body


def test_never_means_never_even_after_solving_and_the_deadline(
    learner_client: Client, learner: User, exercise: Exercise, course_with: Any, solved_by: Any
) -> None:
    course_with("never", due_at=timezone.now() - timedelta(days=1))
    solved_by(learner)

    assert SOLUTION_MARK not in page(learner_client, exercise)


def test_after_the_deadline_the_solution_waits_for_the_deadline_even_when_solved(
    learner_client: Client, learner: User, exercise: Exercise, course_with: Any, solved_by: Any
) -> None:
    course_with("after_deadline", due_at=timezone.now() + timedelta(hours=1))
    solved_by(learner)

    assert SOLUTION_MARK not in page(learner_client, exercise)


def test_after_the_deadline_every_learner_sees_it_solved_or_not(
    learner_client: Client, exercise: Exercise, course_with: Any
) -> None:
    course_with("after_deadline", due_at=timezone.now() - timedelta(minutes=1))

    assert SOLUTION_MARK in page(learner_client, exercise)


def test_after_the_deadline_without_a_deadline_is_never(
    learner_client: Client, learner: User, exercise: Exercise, course_with: Any, solved_by: Any
) -> None:
    course_with("after_deadline", due_at=None)
    solved_by(learner)

    assert SOLUTION_MARK not in page(learner_client, exercise)


def test_an_instructor_who_has_not_solved_it_sees_no_solution_on_the_learner_page(
    client: Client, instructor: User, exercise: Exercise, course_with: Any
) -> None:
    # Instructors read the reference in authoring; this page shows what a learner would see.
    course_with("after_solving")
    client.force_login(instructor)

    assert SOLUTION_MARK not in page(client, exercise)
    assert Enrollment.objects.filter(user=instructor).exists()


def test_the_database_refuses_an_unknown_visibility(course: Course) -> None:
    course.solution_visibility = "sometimes"
    with pytest.raises(IntegrityError):
        course.save()
