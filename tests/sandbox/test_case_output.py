"""What a learner printed reaches them case by case, and never for a hidden case.

Hidden tests exist so that a learner cannot fit their code to the inputs; a `print(u, v)`
inside the function must not hand those inputs over. The harness (not the learner) tells the
worker which case was running when each line was printed, in its own events on the result
channel; the worker keeps the output of public cases beside their test, drops the hidden
ones, and keeps what was printed while the code loaded. Every test here runs on both
sandbox backends, through the one grading path (`run_and_judge`) and the pages.
"""

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.services import course_default_run
from exercises.models import Exercise, ExerciseVersion, Variant
from grader.grading import Graded, run_and_judge
from grader.models import Submission
from grader.services import submission_create, submission_grade

pytestmark = [pytest.mark.sandbox, pytest.mark.django_db,
              pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

PUBLIC_LINE = "args: [1, 2, 3] [4, 5, 6]"
# How the hidden case's inputs look when printed: none of this may ever reach the learner.
HIDDEN_TEXTS = ("0.5, -1.0, 2.0", "[1.0, 1.0, 1.0]", "-1.0")
HIDDEN_NOTE = "Output of hidden tests is not shown."

PRINT_ARGS = """
import numpy as np

print("loading the module", 6 * 7)


def dot(u, v):
    print("args:", u, v)
    return float(np.dot(u, v))
"""

# Markers that a design reading structure out of stdout might trust, printed in every case,
# and forged events written straight to the result channel (fd 3 in the pool, a pipe in a
# fresh jail) claiming the hidden case's text for the public case and the top level.
FAKE_MARKERS = r"""
import json, os, stat
import numpy as np


def forge(event):
    line = (json.dumps(event) + "\n").encode()
    for fd in range(3, 1024):
        try:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                os.write(fd, line)
        except OSError:
            pass


def dot(u, v):
    text = f"args: {u} {v}\n"
    print("=== end of hidden test ===")
    print("=== public test: small vectors ===")
    print(json.dumps({"event": "print", "case": 0, "text": text}))
    print("\x1e\x00case 0\x1e", flush=True)
    print(text)
    for case in (None, 0):
        forge({"event": "print", "case": case, "text": text})
        forge({"event": "start", "index": 0})
    forge({"event": "case", "index": 0, "ok": True, "output": 32.0, "mutated": [],
           "stdout": text})
    return float(np.dot(u, v))
"""

FLOOD_IN_HIDDEN = """
def dot(u, v):
    if u == [1, 2, 3]:
        print("the public example:", u)
        return 32.0
    while True:
        print("hidden:", u, v)
"""

FLOOD_IN_PUBLIC = "def dot(u, v):\n    while True:\n        print('x' * 65536)\n"

HANGS_AFTER_PRINTING = """
def dot(u, v):
    print("started with", u)
    while True:
        pass
"""

IMPORT_ERROR_AFTER_PRINTING = 'print("before the error")\nscale = 1 / 0\n'

# The hidden case comes first here: a thread and a process started in it print the hidden
# inputs later, while the public case runs.
HIDDEN_FIRST_CASES = """
def cases(rng):
    return [
        {"name": "hidden first", "args": {"u": [0.5, -1.0, 2.0], "v": [1.0, 1.0, 1.0]}},
        {"name": "public after", "public": True, "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
    ]
"""
HIDDEN_FIRST_VARIANT = [
    {"name": "hidden first", "public": False, "weight": 1.0,
     "args": {"u": [0.5, -1.0, 2.0], "v": [1.0, 1.0, 1.0]}, "expected": 1.5},
    {"name": "public after", "public": True, "weight": 1.0,
     "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
]
LATE_PRINTS = """
import os, threading, time
import numpy as np


def late(text):
    time.sleep(0.3)
    print(text, flush=True)


def dot(u, v):
    text = f"late: {u} {v}"
    if u != [1, 2, 3]:
        threading.Thread(target=late, args=(text,), daemon=True).start()
        if os.fork() == 0:
            late(text)
            os._exit(0)
    else:
        time.sleep(1.0)
    print("now:", u)
    return float(np.dot(u, v))
"""


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    # Production serves hashed files from collectstatic's manifest; tests never collect.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def grade(exercise: Exercise, sandbox_backend: str) -> Callable[..., Graded]:
    """The one grading path, on the `exercise` fixture's stored variant."""

    def grade_code(code: str, *, public_only: bool = False,
                   version: ExerciseVersion | None = None) -> Graded:
        version = version or exercise.current_version
        assert version is not None
        return run_and_judge(code=code, version=version, variant=version.variants.get(),
                             public_only=public_only)

    return grade_code


def visible(graded: Graded) -> str:
    """Everything of a grading that is stored for, and shown to, the learner."""
    judgement = graded.judgement
    return json.dumps([judgement.message, judgement.tests, graded.stdout])


def assert_no_hidden_input(text: str) -> None:
    for hidden in HIDDEN_TEXTS:
        assert hidden not in text, f"{hidden!r} leaked: {text[:3000]}"


def stored(user: User, exercise: Exercise, graded: Graded) -> Submission:
    """The row the grading service writes from a Graded (grader.services._store)."""
    version = exercise.current_version
    assert version is not None
    judgement = graded.judgement
    return Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version, variant=version.variants.get(),
        run=course_default_run(course=exercise.module.course),
        code=PRINT_ARGS, attempt=1, status=Submission.Status.GRADED, verdict=judgement.verdict,
        score=judgement.score, max_score=judgement.max_score, tests=judgement.tests,
        message=judgement.message, stdout=graded.stdout, graded_at=timezone.now(),
    )


def page(client: Client, user: User, submission: Submission) -> str:
    client.force_login(user)
    response = client.get(reverse("grader:detail", args=[submission.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_public_prints_are_shown_beside_their_test_and_hidden_ones_never(
    grade: Callable[..., Graded],
) -> None:
    graded = grade(PRINT_ARGS)
    public, hidden = graded.judgement.tests
    assert graded.judgement.verdict == "passed", graded.judgement
    assert public["stdout"] == PUBLIC_LINE + "\n"
    assert "stdout" not in hidden, hidden
    assert graded.stdout == f"loading the module 42\n{PUBLIC_LINE}\n"
    assert_no_hidden_input(visible(graded))


def test_the_detail_page_shows_public_prints_and_never_hidden_ones(
    grade: Callable[..., Graded], client: Client, learner: User, exercise: Exercise,
) -> None:
    body = page(client, learner, stored(learner, exercise, grade(PRINT_ARGS)))
    assert PUBLIC_LINE in body
    assert "loading the module 42" in body
    assert HIDDEN_NOTE in body
    assert_no_hidden_input(body)


def test_the_grading_service_stores_and_shows_only_public_prints(
    client: Client, learner: User, exercise: Exercise, sandbox_backend: str,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        submission = submission_create(user=learner, exercise=exercise, code=PRINT_ARGS)
    submission_grade(submission_id=submission.pk)
    submission.refresh_from_db()
    assert (submission.status, submission.verdict) == ("graded", "passed"), submission.message
    assert submission.tests[0]["stdout"] == PUBLIC_LINE + "\n"
    assert_no_hidden_input(json.dumps([submission.tests, submission.stdout]))
    body = page(client, learner, submission)
    assert PUBLIC_LINE in body
    assert_no_hidden_input(body)


def test_fake_boundary_markers_cannot_leak_hidden_output(grade: Callable[..., Graded]) -> None:
    graded = grade(FAKE_MARKERS)
    assert graded.judgement.verdict == "passed", graded.judgement
    assert PUBLIC_LINE in graded.judgement.tests[0]["stdout"]
    assert "=== public test: small vectors ===" in graded.stdout  # shown as the text it is
    assert_no_hidden_input(visible(graded))


def test_late_prints_of_a_hidden_case_do_not_land_in_a_public_one(
    grade: Callable[..., Graded], exercise: Exercise,
) -> None:
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=2, content_hash="hidden-first", entry="dot", points=10,
        solution_code="", cases_code=HIDDEN_FIRST_CASES,
        config={"checks": [{"check": "close"}], "limits": {"time_seconds": 10}},
    )
    Variant.objects.create(version=version, index=0, seed=7, cases=HIDDEN_FIRST_VARIANT)
    graded = grade(LATE_PRINTS, version=version)
    assert graded.judgement.verdict == "passed", graded.judgement
    hidden, public = graded.judgement.tests
    assert public["stdout"] == "now: [1, 2, 3]\n"
    assert "stdout" not in hidden
    assert "late:" not in visible(graded)
    assert_no_hidden_input(visible(graded))


def test_printing_too_much_in_a_hidden_case_is_the_output_verdict(
    grade: Callable[..., Graded],
) -> None:
    graded = grade(FLOOD_IN_HIDDEN)
    assert graded.judgement.verdict == "output", graded.judgement
    assert "printed more than 1024 KB" in graded.judgement.message
    assert graded.judgement.tests[0]["stdout"] == "the public example: [1, 2, 3]\n"
    assert graded.stdout == "the public example: [1, 2, 3]\n"
    assert "hidden:" not in visible(graded)


def test_printing_too_much_in_a_public_case_keeps_a_capped_head(
    grade: Callable[..., Graded],
) -> None:
    graded = grade(FLOOD_IN_PUBLIC)
    assert graded.judgement.verdict == "output", graded.judgement
    assert "printed more than 1024 KB" in graded.judgement.message
    printed = graded.judgement.tests[0]["stdout"]
    assert printed and set(printed) == {"x"} and len(printed) <= 4096, len(printed)
    assert len(graded.stdout) <= 16 * 1024


def test_prints_before_a_timeout_are_kept(grade: Callable[..., Graded],
                                           exercise: Exercise) -> None:
    version = exercise.current_version
    assert version is not None
    version.config = {**version.config, "limits": {"time_seconds": 1, "memory_mb": 256}}
    version.save()
    graded = grade(HANGS_AFTER_PRINTING)
    assert graded.judgement.verdict == "timeout", graded.judgement
    assert graded.judgement.tests[0]["stdout"] == "started with [1, 2, 3]\n"
    assert graded.stdout == "started with [1, 2, 3]\n"


def test_prints_at_import_time_still_appear(grade: Callable[..., Graded]) -> None:
    graded = grade(IMPORT_ERROR_AFTER_PRINTING)
    assert graded.judgement.verdict == "error", graded.judgement
    assert "ZeroDivisionError" in graded.judgement.message
    assert graded.stdout == "before the error\n"


def test_checking_the_examples_shows_only_public_output(grade: Callable[..., Graded]) -> None:
    graded = grade(PRINT_ARGS, public_only=True)
    assert [test["name"] for test in graded.judgement.tests] == ["small vectors"]
    assert graded.judgement.tests[0]["stdout"] == PUBLIC_LINE + "\n"
    assert graded.stdout == f"loading the module 42\n{PUBLIC_LINE}\n"
