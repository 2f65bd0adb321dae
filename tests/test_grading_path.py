"""What grading depends on is frozen in the version; looking at an exercise writes nothing;
a bad check never reaches a learner, from a package file or from the browser."""

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from authoring import services as authoring
from authoring.models import ExerciseDraft
from courses.models import Module, Progress
from exercises.models import Exercise, ExerciseVersion, Variant
from grader.models import Submission
from grader.services import submission_create, submission_grade
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER, PASSWORD


def _publish_renamed_entry(exercise: Exercise) -> None:
    """A new version whose learners define `dot_product` and earn 20 points."""
    old = exercise.current_version
    assert old is not None
    cases = DOT_CASES.replace("dot", "dot_product")
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=2, content_hash="renamed", entry="dot_product", points=20,
        solution_code=DOT_SOLUTION.replace("def dot", "def dot_product"), cases_code=cases,
        config=old.config)
    for variant in old.variants.all():
        Variant.objects.create(version=version, index=variant.index, seed=variant.seed,
                               cases=variant.cases)
    exercise.entry, exercise.points, exercise.current_version = "dot_product", 20, version
    exercise.save()


@pytest.mark.sandbox
def test_a_submission_queued_before_a_publish_is_graded_with_its_own_version(
    learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks():  # the message is not delivered yet
        submission = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    _publish_renamed_entry(exercise)

    submission_grade(submission_id=submission.pk)

    graded = Submission.objects.get(pk=submission.pk)
    assert (graded.status, graded.verdict, graded.score, graded.max_score) == (
        "graded", "passed", 10.0, 10.0)
    assert Progress.objects.get(user=learner, exercise=exercise).best_score == 10.0


def test_a_new_submission_takes_the_points_of_the_current_version(
    learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    _publish_renamed_entry(exercise)
    renamed = DOT_SOLUTION.replace("def dot", "def dot_product")
    with django_capture_on_commit_callbacks():
        submission = submission_create(user=learner, exercise=exercise, code=renamed)
    assert (submission.exercise_version.entry, submission.max_score) == ("dot_product", 20.0)


def test_the_variant_depends_on_the_learner_and_the_slug_not_on_the_version(
    learner: User, exercise: Exercise,
) -> None:
    first = exercise.current_version
    assert first is not None
    _publish_renamed_entry(exercise)
    second = Exercise.objects.get(pk=exercise.pk).current_version
    assert second is not None
    assert first.variant_for(learner.pk).index == second.variant_for(learner.pk).index


def _published_without_draft(module: Module) -> Exercise:
    exercise = Exercise.objects.create(
        module=module, slug="made-in-admin", title="Made in the admin", entry="dot",
        statement_md="x", statement_html="<p>x</p>", starter_code=DOT_STARTER)
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=1, content_hash="admin", entry="dot", points=10,
        solution_code=DOT_SOLUTION, cases_code=DOT_CASES,
        config={"checks": [{"check": "close"}], "limits": {}, "inputs_read_only": False})
    exercise.current_version = version
    exercise.save()
    return exercise


def test_opening_the_edit_page_creates_no_draft(module: Module, instructor: User) -> None:
    exercise = _published_without_draft(module)
    client = Client()
    client.login(username=instructor.username, password=PASSWORD)

    page = client.get(reverse("authoring:edit", args=[exercise.slug]))

    assert page.status_code == 200
    assert "Made in the admin" in page.content.decode()
    assert not ExerciseDraft.objects.exists()


def test_saving_the_edit_page_creates_the_draft(module: Module, instructor: User) -> None:
    exercise = _published_without_draft(module)
    draft = authoring.draft_ensure(exercise=exercise, user=instructor)
    assert ExerciseDraft.objects.get().pk == draft.pk
    assert not draft.has_unpublished_changes


def test_browser_authoring_refuses_a_misspelt_check_parameter(
    module: Module, instructor: User,
) -> None:
    content = authoring.scaffold(title="Squares", entry="square")
    content.checks = [{"check": "close", "rtoll": 1e-3}]

    with pytest.raises(ValidationError) as refused:
        authoring.draft_create(user=instructor, module=module, slug="squares", content=content)

    message = " ".join(refused.value.messages)
    assert "exercise.toml" in message and "`close`" in message and "`rtoll`" in message
    assert "did you mean `rtol`" in message
    assert not Exercise.objects.filter(slug="squares").exists()


def test_a_grading_interrupted_by_celerys_soft_limit_is_left_to_the_sweeper(
    learner: User, exercise: Exercise, monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    from grader import services

    with django_capture_on_commit_callbacks():
        submission = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)

    def interrupted(**kwargs: Any) -> None:  # what Celery's signal handler raises mid-run
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(services, "run_and_judge", interrupted)
    with pytest.raises(SoftTimeLimitExceeded):
        submission_grade(submission_id=submission.pk)
    held = Submission.objects.get(pk=submission.pk)
    assert (held.status, held.verdict, held.message) == ("running", "", "")
    assert Progress.objects.get(user=learner, exercise=exercise).attempts == 1


@pytest.mark.parametrize(("code", "message"), [
    ("def dot(u, v):\n    return sum(u * v for u, v in zip(u, v)\n",
     "Syntax error on line 2"),
    ("def dot_product(u, v):\n    return 0.0\n",
     "Your code does not define dot: write a function named dot"),
])
@pytest.mark.parametrize("kind", ["submit", "check"])
def test_code_that_cannot_run_costs_no_attempt(
    code: str, message: str, kind: str, learner: User, exercise: Exercise,
) -> None:
    with pytest.raises(ValidationError) as refused:
        submission_create(user=learner, exercise=exercise, code=code, kind=kind)
    assert refused.value.messages[0].startswith(message)
    assert not Submission.objects.exists()
    assert not Progress.objects.filter(user=learner, attempts__gt=0).exists()


@pytest.mark.parametrize("code", [
    "import numpy as np\ndot = np.dot\n",
    "from numpy import dot\n",
    "from numpy import *\n",
    "try:\n    from fast import dot\nexcept ImportError:\n    def dot(u, v):\n        return 0.0\n",
    "globals()['dot'] = lambda u, v: 0.0\n",
])
def test_every_way_of_defining_the_entry_is_accepted(
    code: str, learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks():
        submission = submission_create(user=learner, exercise=exercise, code=code)
    assert submission.attempt == 1
