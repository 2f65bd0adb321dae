"""Hints that cost points: declared per hint in exercise.toml or on the authoring page,
revealed by the server one at a time, and taken off the attempts sent after them (never off
earlier ones, never below zero; an override counts as it is)."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from authoring.forms import DraftForm
from courses import hints
from courses.models import Course, HintReveal, Module, Progress
from courses.services import course_default_run
from exercises.models import Exercise
from exercises.packages import LIBRARY_ROOT, PackageError, load_package
from gradebook import rules
from gradebook.services import progress_recompute
from grader.models import Submission
from grader.services import submission_create
from tests.conftest import DOT_SOLUTION

DOT = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"
TEXTS = ["Pair the entries.", "Multiply each pair.", "Add them up."]


@pytest.fixture
def costly(exercise: Exercise) -> Exercise:
    exercise.hints = TEXTS
    exercise.hint_penalties = [0.0, 1.0, 2.5]
    exercise.save()
    return exercise


@pytest.fixture
def learner_client(client: Client, learner: User) -> Client:
    client.force_login(learner)
    return client


def reveal_url(exercise: Exercise, number: int) -> str:
    return reverse("courses:hint_reveal",
                   args=[exercise.module.course.slug, exercise.slug, number])


def page_of(client: Client, exercise: Exercise) -> str:
    url = reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    return client.get(url).content.decode()


# ---- The package format ----

def package_with(tmp_path: Path, line: str) -> Path:
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    toml = folder / "exercise.toml"
    toml.write_text(toml.read_text().replace("inputs_read_only = false",
                                             f"{line}\ninputs_read_only = false", 1))
    return folder


def test_a_package_declares_one_penalty_per_hint(tmp_path: Path) -> None:
    package = load_package(package_with(tmp_path, "hint_penalties = [0, 1, 2.5]"))

    assert package.hint_penalties == [0.0, 1.0, 2.5]
    assert load_package(DOT).hint_penalties == []  # none said: every hint free


def test_all_zero_penalties_mean_free_hints(tmp_path: Path) -> None:
    assert load_package(package_with(tmp_path, "hint_penalties = [0, 0, 0]")).hint_penalties == []


@pytest.mark.parametrize(("line", "problem"), [
    ("hint_penalties = [1, 2]", "2 penalties for 3 hints; give one per hint (0 for free)"),
    ("hint_penalties = [0, -1, 2]", "penalty 2 must be 0 or more points"),
    ("hint_penalties = [0, 1, 11]", "penalty 3 (11) is more than the exercise's 10 points"),
    ('hint_penalties = [0, "one", 2]', "penalty 2 is not a number"),
    ("hint_penalties = [0, true, 2]", "penalty 2 is not a number"),
    ("hint_penalties = [0, nan, 2]", "penalty 2 must be 0 or more points"),
])
def test_a_bad_penalty_is_refused_naming_the_field(tmp_path: Path, line: str,
                                                   problem: str) -> None:
    folder = package_with(tmp_path, line)
    with pytest.raises(PackageError) as error:
        load_package(folder)
    assert str(error.value) == f"{folder / 'exercise.toml'}: field `hint_penalties`: {problem}"


# ---- Revealing ----

def test_the_page_holds_no_costly_hint_before_it_is_revealed(
    learner_client: Client, costly: Exercise
) -> None:
    body = page_of(learner_client, costly)

    assert TEXTS[0] in body  # free: on the page
    assert TEXTS[1] not in body and TEXTS[2] not in body
    assert "Show hint 2 of 3 (costs 1 point)" in body
    assert "Show hint 3 of 3 (costs 2.5 points)" in body
    assert 'hx-confirm="Show hint 2? Attempts you send after it lose 1 point."' in body


def test_revealing_answers_the_hint_and_keeps_it_revealed(
    learner_client: Client, learner: User, costly: Exercise
) -> None:
    response = learner_client.post(reveal_url(costly, 2), HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert TEXTS[1] in response.content.decode()
    assert "\N{MINUS SIGN}1 point on later attempts" in response.content.decode()
    assert TEXTS[1] in page_of(learner_client, costly)  # after a reload too
    assert list(HintReveal.objects.filter(user=learner).values_list("index", flat=True)) == [1]


def test_hints_are_revealed_in_order(learner_client: Client, learner: User,
                                     costly: Exercise) -> None:
    response = learner_client.post(reveal_url(costly, 3), HTTP_HX_REQUEST="true")

    assert response.status_code == 409
    assert response.content.decode() == "Reveal hint 2 first."
    assert not HintReveal.objects.filter(user=learner).exists()
    with pytest.raises(ValidationError, match="no such hint"):
        hints.hint_reveal(user=learner, exercise=costly, number=4)


def test_revealing_twice_records_once(learner: User, costly: Exercise) -> None:
    hints.hint_reveal(user=learner, exercise=costly, number=2)
    hints.hint_reveal(user=learner, exercise=costly, number=2)

    assert HintReveal.objects.filter(user=learner).count() == 1
    assert hints.penalty_now(user=learner, exercise=costly) == 1.0


def test_without_javascript_the_reveal_comes_back_to_the_page(
    learner_client: Client, costly: Exercise
) -> None:
    response = learner_client.post(reveal_url(costly, 2))

    assert response.status_code == 302
    assert response["Location"].endswith(f"/exercises/{costly.slug}/")


def test_free_hints_stay_plain_disclosures(learner_client: Client, exercise: Exercise) -> None:
    exercise.hints = TEXTS
    exercise.save()

    body = page_of(learner_client, exercise)

    assert all(text in body for text in TEXTS)
    assert "costs" not in body and "<details class=\"hint\">" in body


# ---- What it costs ----

def send(user: User, exercise: Exercise, capture: Any) -> Submission:
    with capture(execute=False):
        return submission_create(user=user, exercise=exercise, code=DOT_SOLUTION)


def graded_as(submission: Submission, score: float) -> Submission:
    Submission.objects.filter(pk=submission.pk).update(
        status="graded", verdict="passed" if score == 10 else "failed", score=score)
    progress_recompute(user_id=submission.user_id, exercise_id=submission.exercise_id,
                       run_id=submission.run_id)
    submission.refresh_from_db()
    return submission


def test_attempts_after_a_reveal_count_its_penalty_and_earlier_ones_do_not(
    learner: User, costly: Exercise, django_capture_on_commit_callbacks: Any
) -> None:
    before = send(learner, costly, django_capture_on_commit_callbacks)
    hints.hint_reveal(user=learner, exercise=costly, number=2)
    hints.hint_reveal(user=learner, exercise=costly, number=3)
    after = send(learner, costly, django_capture_on_commit_callbacks)

    assert (before.hint_penalty, after.hint_penalty) == (0.0, 3.5)
    run = course_default_run(course=costly.module.course)
    graded_as(after, 10)
    assert rules.counted_score(after, run) == 6.5
    assert Progress.objects.get(user=learner, exercise=costly).best_score == 6.5
    graded_as(before, 8)  # the attempt sent before the hints keeps its 8
    assert Progress.objects.get(user=learner, exercise=costly).best_score == 8.0


def test_a_penalty_never_takes_a_score_below_zero_and_an_override_counts_as_it_is(
    learner: User, costly: Exercise, django_capture_on_commit_callbacks: Any
) -> None:
    hints.hint_reveal(user=learner, exercise=costly, number=2)
    hints.hint_reveal(user=learner, exercise=costly, number=3)
    low = graded_as(send(learner, costly, django_capture_on_commit_callbacks), 2)
    run = course_default_run(course=costly.module.course)

    assert rules.counted_score(low, run) == 0.0
    low.score_override = 9.0
    assert rules.counted_score(low, run) == 9.0


def test_the_grading_path_takes_the_penalty_off_too(
    learner: User, costly: Exercise, django_capture_on_commit_callbacks: Any
) -> None:
    """grader.services records Progress itself after a grading (one statement): same rule."""
    from grader.judge import Judgement
    from grader.services import _record_progress

    hints.hint_reveal(user=learner, exercise=costly, number=2)
    submission = send(learner, costly, django_capture_on_commit_callbacks)
    _record_progress(submission, Judgement(verdict="passed", score=10.0, max_score=10.0,
                                           tests=[], message=""))

    assert Progress.objects.get(user=learner, exercise=costly).best_score == 9.0


def test_the_result_says_what_the_hints_cost(learner_client: Client, learner: User,
                                            costly: Exercise) -> None:
    from tests.test_pages import make_submission

    submission = make_submission(learner, costly, status="graded", verdict="passed",
                                 score=10.0, hint_penalty=3.5)
    body = learner_client.get(reverse("grader:detail", args=[submission.pk])).content.decode()

    assert "counts 3.5 less for the hints you opened" in body


# ---- Authoring ----

def test_the_authoring_form_takes_penalties_per_hint(course: Course, module: Module) -> None:
    base = {"title": "Dot", "slug": "dot", "module": module.pk, "order": 1, "points": 10,
            "difficulty": "easy", "tags": "", "entry": "dot", "variants": 3,
            "statement_md": "Dot.", "hints": "\n".join(TEXTS), "starter": "x = 1\n",
            "solution": "x = 1\n", "cases": "def cases(rng):\n    return []\n",
            "checks": '[[checks]]\ncheck = "close"\n', "time_seconds": 10, "memory_mb": 512}
    modules = Module.objects.all()

    def form(penalties: str) -> DraftForm:
        data = QueryDict(mutable=True)
        data.update({**base, "hint_penalties": penalties})
        return DraftForm(data, modules=modules)

    good = form("0, 1, 2.5")
    assert good.is_valid(), good.errors
    assert good.content().hint_penalties == [0.0, 1.0, 2.5]
    free = form("0, 0, 0")
    assert free.is_valid() and free.content().hint_penalties == []
    short = form("1, 2")
    assert not short.is_valid()
    assert short.errors["hint_penalties"] == [
        "2 penalties for 3 hints; give one per hint (0 for free)."]
    words = form("one")
    assert not words.is_valid()
    assert words.errors["hint_penalties"] == ["Give numbers separated by commas, e.g. 0, 1, 2."]
