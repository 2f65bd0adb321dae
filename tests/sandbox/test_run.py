"""A learner's "Run": their code, then a snippet of theirs, in the sandbox; what it prints,
raises and draws is the result; never graded, never an attempt, limited like checks."""

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from courses.models import Progress
from grader.models import Submission, SubmissionFigure
from grader.services import submission_create, submission_grade
from grader.snippets import example_call
from tests.conftest import DOT_SOLUTION

pytestmark = [pytest.mark.sandbox, pytest.mark.django_db]

HTMX = {"HTTP_HX_REQUEST": "true"}


def ran(user: User, exercise: Any, capture: Any, *, code: str = DOT_SOLUTION,
        snippet: str) -> Submission:
    with capture(execute=False):
        submission = submission_create(user=user, exercise=exercise, code=code,
                                       kind=Submission.Kind.RUN, snippet=snippet)
    submission_grade(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


def test_a_run_shows_what_the_snippet_prints_and_counts_nothing(
    exercise: Any, learner: User, django_capture_on_commit_callbacks: Any,
) -> None:
    run = ran(learner, exercise, django_capture_on_commit_callbacks,
              snippet="print(dot([1, 2], [3, 4]))\nprint('done')")

    assert (run.status, run.verdict, run.attempt) == ("graded", "ran", None)
    assert run.stdout == "11.0\ndone\n" and run.tests == [] and run.score == 0
    assert not Progress.objects.filter(user=learner, best_score__gt=0).exists()
    with django_capture_on_commit_callbacks(execute=False):
        first = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    assert first.attempt == 1


def test_unfinished_code_may_run_and_an_error_names_the_line(
    exercise: Any, learner: User, django_capture_on_commit_callbacks: Any,
) -> None:
    run = ran(learner, exercise, django_capture_on_commit_callbacks,
              code="def helper(x):\n    return x * 2\n",  # no dot() yet: fine for a Run
              snippet="print(helper(21))\nprint(helper(undefined))")

    assert run.verdict == "error"
    assert "NameError: name 'undefined' is not defined" in run.message
    assert "print(helper(undefined))" in run.message
    assert run.stdout == "42\n"  # what it printed before the error


def test_a_run_keeps_the_figures_it_draws_and_the_page_shows_them(
    exercise: Any, learner: User, django_capture_on_commit_callbacks: Any,
) -> None:
    run = ran(learner, exercise, django_capture_on_commit_callbacks,
              snippet="import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\n")

    assert run.verdict == "ran"
    assert list(SubmissionFigure.objects.filter(submission=run)
                .values_list("case_index", "position")) == [(None, 0)]
    assert run.run_figures == [0]
    client = Client()
    client.force_login(learner)
    page = client.get(reverse("grader:detail", args=[run.pk])).content.decode()
    assert reverse("grader:figure", args=[run.pk, 0]) in page
    assert "<h1>Run" in page and "It printed nothing." in page


def test_a_run_needs_its_snippet_and_is_limited_like_checks(
    exercise: Any, learner: User, settings: Any, django_capture_on_commit_callbacks: Any,
) -> None:
    with pytest.raises(ValidationError, match="The code to run is empty"):
        submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION,
                          kind=Submission.Kind.RUN, snippet="  ")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check": ("2/m", "100/m")}
    client = Client()
    client.force_login(learner)
    url = reverse("grader:create", args=[exercise.slug])
    answers = []
    with django_capture_on_commit_callbacks(execute=False):
        for _ in range(3):
            answers.append(client.post(url, {"code": DOT_SOLUTION, "kind": "run",
                                             "snippet": "print(1)"}, **HTMX))
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert "checking examples too quickly" in answers[2].content.decode()
    assert Submission.objects.filter(kind="run").count() == 2


def test_the_run_box_starts_with_a_call_on_the_first_example() -> None:
    case = {"args": {"u": [1, 2, 3], "v": [4.5, 5, 6]}}
    assert example_call("dot", case) == "print(dot([1, 2, 3], [4.5, 5, 6]))"
    array = {"args": {"A": {"__ndarray__": {"dtype": "float64", "shape": [1], "data": [1.0]}}}}
    assert example_call("det", array) == "print(det(...))"
    assert example_call("dot", None) == "print(dot(...))"
