"""Figures: the learner's plots leave the jail as capped, checked PNG pictures (public cases and
Runs only) and, when their function returns one, as the data it plots for the `plot` check."""

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from grader.checks import run_check
from grader.checks.plots import Plot
from grader.codec import decode
from grader.grading import shown_pictures
from grader.models import Submission, SubmissionFigure
from grader.sandbox import Job, Limits, RunReport
from grader.sandbox.events import MAX_PIXELS, PNG_SIGNATURE, png_size
from grader.services import submission_create, submission_grade
from tests.conftest import enroll, make_user

from .support import dot_job, output

pytestmark = pytest.mark.sandbox
# A fresh interpreter imports matplotlib and builds its font cache every time: seconds.
SLOW = Limits(wall_seconds=30, memory_mb=512)

DRAWS_EVERY_CASE = """
import matplotlib.pyplot as plt

def dot(u, v):
    plt.figure()
    plt.plot(u, v, marker="o")
    plt.title("u against v")
    return sum(a * b for a, b in zip(u, v))
"""


def test_pictures_come_from_public_cases_only_and_are_real_pngs(
    sandbox_run: Callable[[Job], RunReport],
) -> None:
    report = sandbox_run(dot_job(DRAWS_EVERY_CASE, SLOW))

    assert report.outcome == "completed" and report.finished
    assert [picture.section for picture in report.figures] == [0]  # case 1 is hidden
    picture = report.figures[0]
    assert picture.png.startswith(PNG_SIGNATURE)
    assert png_size(picture.png) == (picture.width, picture.height) == (640, 480)


def test_a_job_sends_at_most_four_pictures_and_a_huge_figure_is_scaled_down(
    sandbox_run: Callable[[Job], RunReport],
) -> None:
    code = ("import matplotlib.pyplot as plt\n\ndef dot(u, v):\n"
            "    plt.figure(figsize=(60, 20))\n    plt.plot([0, 1], [0, 1])\n"
            "    for _ in range(6):\n        plt.figure()\n    return 32.0\n")
    report = sandbox_run(dot_job(code, SLOW))

    assert len(report.figures) == 4
    assert (report.figures[0].width, report.figures[0].height) == (MAX_PIXELS, 533)
    assert all(max(p.width, p.height) <= MAX_PIXELS for p in report.figures)


FORGER = """
import base64, json, os
import matplotlib.pyplot as plt

def dot(u, v):
    channel = os.fdopen(3, "w", closefd=False)
    if u[0] != 1:  # the hidden case: draw its inputs, and try to pass them off as public
        figure = plt.figure()
        plt.plot(u, v)
        import io
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        for section in (0, None):
            channel.write(json.dumps({"event": "figure", "case": section,
                                      "png": base64.b64encode(buffer.getvalue()).decode()}))
            channel.write("\\n")
    channel.write(json.dumps({"event": "figure", "case": None,
                              "png": base64.b64encode(b"<svg onload=alert(1)>").decode()}))
    channel.write("\\n")
    channel.flush()
    return sum(a * b for a, b in zip(u, v))
"""


def test_forged_pictures_are_dropped(sandbox_run: Callable[[Job], RunReport]) -> None:
    report = sandbox_run(dot_job(FORGER, SLOW))

    assert report.figures == []  # not a PNG; and a hidden case's cannot pass for earlier ones


RETURNS_FIGURE = """
import matplotlib.pyplot as plt

def dot(u, v):
    figure, axes = plt.subplots()
    axes.plot(u, v, label="v by u")
    axes.scatter(u, u)
    axes.bar([0, 1], [3, 4])
    axes.set_title("Pairs")
    axes.set_xlabel("u")
    axes.legend()
    return figure
"""


def test_a_returned_figure_is_judged_on_what_it_plots(
    sandbox_run: Callable[[Job], RunReport],
) -> None:
    report = sandbox_run(dot_job(RETURNS_FIGURE, SLOW))
    encoded = output(report)

    assert set(encoded) == {"__figure__"}
    json.dumps(encoded)  # plain data
    plot = decode(encoded)
    assert isinstance(plot, Plot)
    axes = plot.axes[0]
    assert (axes.title, axes.xlabel, axes.ylabel, axes.legend) == ("Pairs", "u", "", ("v by u",))
    assert axes.lines[0].x.tolist() == [1, 2, 3] and axes.lines[0].y.tolist() == [4, 5, 6]
    assert axes.scatters[0].y.tolist() == [1, 2, 3] and axes.bars[0].y.tolist() == [3, 4]
    assert run_check("plot", {}, plot, plot, reveal=True, params={"texts": ["title"]}).passed
    other = decode(output(sandbox_run(dot_job(RETURNS_FIGURE.replace("[3, 4]", "[3, 5]"), SLOW))))
    result = run_check("plot", {}, plot, other, reveal=True, params={})
    assert not result.passed
    assert result.message == "the bar group's y value at point 2 is 5.0, expected 4.0"


def test_shown_pictures_follow_the_stored_cases_not_the_jails() -> None:
    from grader.sandbox import Picture

    png = base64.b64decode(base64.b64encode(b"x"))
    report = RunReport(figures=[Picture(None, png, 1, 1), Picture(0, png, 1, 1),
                                Picture(1, png, 1, 1), Picture(7, png, 1, 1)])
    cases = [{"public": True}, {"public": False}]
    assert [p.section for p in shown_pictures(report, cases)] == [None, 0]


@pytest.mark.django_db
def test_a_graded_submission_keeps_its_pictures_and_serves_them_to_its_people(
    exercise: Any, learner: User, other_learner: User, instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    enroll(learner, exercise.module.course)
    with django_capture_on_commit_callbacks(execute=False):
        submission = submission_create(user=learner, exercise=exercise, code=DRAWS_EVERY_CASE)
    submission_grade(submission_id=submission.pk)

    submission.refresh_from_db()
    assert submission.verdict == Submission.Verdict.PASSED
    assert [test.get("figures") for test in submission.tests] == [[0], []]
    figure = SubmissionFigure.objects.get(submission=submission)
    assert (figure.case_index, figure.width, figure.height) == (0, 640, 480)
    url = reverse("grader:figure", args=[submission.pk, 0])
    seen = {}
    for person in (learner, other_learner, instructor, make_user("stranger")):
        client = Client()
        client.force_login(person)
        seen[person.username] = client.get(url)
    mine = seen[learner.username]
    assert mine.status_code == 200 and mine["Content-Type"] == "image/png"
    assert mine["X-Content-Type-Options"] == "nosniff"
    assert mine.content == bytes(figure.png)
    assert seen[instructor.username].status_code == 200
    assert seen[other_learner.username].status_code == 404
    assert seen["stranger"].status_code == 404
    client = Client()
    client.force_login(learner)
    page = client.get(reverse("grader:detail", args=[submission.pk])).content.decode()
    assert f'src="{url}"' in page and "Figure 1 your code drew in “small vectors”" in page
