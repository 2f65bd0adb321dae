"""The grading pipeline end to end, and the services it is made of.

End to end, with a real worker process: `manage.py submit --wait --json` run as a subprocess,
and the web form followed by polling the status fragment. Then the services on their own
(no worker): validation, the pending cap, check runs, claiming, sweeping, grading in-process
with the real sandbox.
"""

import json
import re
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Progress
from grader import fairness, services
from grader.models import Submission
from grader.tasks import grade_submission
from tests.conftest import DOT_SOLUTION

from .conftest import REPO, Broker, Worker, Workers, wait_until

WRONG = "def dot(u, v):\n    return 1.5\n"  # fails the public case (32), passes the hidden one
TESTS = [("small vectors", True), ("hidden random", False)]


# --- end to end: manage.py submit ------------------------------------------------------


def run_submit(workers: Workers, tmp_path: Path, *args: str, code: bytes | None = None,
               user: str = "ada") -> subprocess.CompletedProcess[str]:
    source = tmp_path / f"solution-{time.monotonic_ns()}.py"
    source.write_bytes(code if code is not None else DOT_SOLUTION.encode())
    return subprocess.run(
        [sys.executable, "manage.py", "submit", "--user", user, "--exercise", "dot-product",
         str(source), *args],
        cwd=REPO, env=workers.env(), capture_output=True, text=True, timeout=120,
    )


@pytest.mark.worker
@pytest.mark.sandbox
@pytest.mark.django_db(transaction=True)
def test_manage_py_submit_grades_through_the_worker(
    workers: Workers, celery_worker: Worker, tmp_path: Path, learner: User, exercise,
):
    done = run_submit(workers, tmp_path, "--wait", "--json", "--timeout", "60")
    assert done.returncode == 0, done.stderr + celery_worker.log_text()
    result = json.loads(done.stdout)
    assert (result["status"], result["verdict"]) == ("graded", "passed")
    assert (result["score"], result["max_score"]) == (10, 10)
    assert [(t["name"], t["public"]) for t in result["tests"]] == TESTS
    assert all(t["passed"] for t in result["tests"])
    assert set(result) == {"id", "status", "verdict", "score", "max_score", "message",
                           "tests", "stdout"}

    wrong = run_submit(workers, tmp_path, "--wait", "--json", "--timeout", "60",
                       code=WRONG.encode())
    assert wrong.returncode == 0, wrong.stderr  # graded, even if not passed
    result = json.loads(wrong.stdout)
    assert (result["status"], result["verdict"], result["score"]) == ("graded", "failed", 5)
    public, hidden = result["tests"]
    assert (public["passed"], hidden["passed"]) == (False, True)
    assert "expected 32" in public["message"], public["message"]

    rows = Submission.objects.filter(user=learner).order_by("id")
    assert [(s.status, s.verdict, s.attempt) for s in rows] == [
        ("graded", "passed", 1), ("graded", "failed", 2)]
    assert Progress.objects.get(user=learner, exercise=exercise).best_score == 10


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_manage_py_submit_rejects_bad_input_clearly(
    workers: Workers, tmp_path: Path, learner: User, exercise,
):
    missing = run_submit(workers, tmp_path, "--json", user="nobody")
    assert missing.returncode != 0
    assert "No user named 'nobody'" in missing.stderr

    code = "def dot(u, v):\n    return 0.0  # caf\xe9\n".encode("latin-1")
    latin1 = run_submit(workers, tmp_path, "--json", code=code)
    assert latin1.returncode != 0
    position = code.index(b"\xe9")
    assert f"is not UTF-8 text (byte {position})" in latin1.stderr, latin1.stderr
    assert "Traceback" not in missing.stderr + latin1.stderr
    assert not Submission.objects.exists()


# --- end to end: the web form ------------------------------------------------------------


def poll_status(client: Client, pk: int, text: str, worker: Worker) -> str:
    url = reverse("grader:status", args=[pk])
    body = ""

    def shows() -> bool:
        nonlocal body
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        return text in body

    wait_until(shows, 30, lambda: f"the status never showed {text!r}:\n{body}\n"
                                  f"{worker.log_text()}", interval=0.3)
    return body


@pytest.mark.worker
@pytest.mark.sandbox
@pytest.mark.django_db(transaction=True)
def test_the_web_form_gets_graded_by_the_worker(
    celery_worker: Worker, client: Client, learner: User, exercise,
):
    client.force_login(learner)
    url = reverse("grader:create", args=[exercise.slug])

    response = client.post(url, {"code": DOT_SOLUTION, "kind": "submit"})
    assert response.status_code == 302
    pk = int(re.search(r"[?&]submission=(\d+)", response["Location"]).group(1))
    body = poll_status(client, pk, "Passed", celery_worker)
    assert "10</strong> / 10 points" in body
    assert "small vectors" in body and "hidden random" in body

    # The editor's htmx request: the fragment itself, which then polls.
    response = client.post(url, {"code": WRONG, "kind": "submit"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    wrong = int(re.search(r'id="submission-(\d+)"', response.content.decode()).group(1))
    body = poll_status(client, wrong, "Failed", celery_worker)
    assert "5</strong> / 10 points" in body and "expected 32" in body

    rows = {s.pk: s for s in Submission.objects.filter(user=learner)}
    assert (rows[pk].status, rows[pk].verdict, rows[pk].score) == ("graded", "passed", 10)
    assert (rows[wrong].status, rows[wrong].verdict, rows[wrong].score) == ("graded", "failed", 5)


# --- services, no worker -----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "message"), [
    ("", "empty"),
    ("   \n\t\n", "empty"),
    ("def dot(u, v):\n    return 0\x00\n", "NUL"),
    (b"def dot(u, v): pass", "must be text"),
    (None, "must be text"),
    (["def dot(u, v): pass"], "must be text"),
    ("\ud800", "not valid UTF-8"),
])
def test_submission_create_rejects_bad_code(learner, exercise, code, message):
    with pytest.raises(ValidationError, match=message):
        services.submission_create(user=learner, exercise=exercise, code=code)
    assert not Submission.objects.exists()
    assert not Progress.objects.filter(attempts__gt=0).exists()  # no attempt was counted


@pytest.mark.django_db
def test_submission_create_caps_the_code_size(learner, exercise, settings):
    limit = settings.GRADER_MAX_CODE_BYTES
    header = "def dot(u, v):\n    return 0\n#"
    fits = header + "x" * (limit - len(header))
    assert len(fits.encode()) == limit
    services.submission_create(user=learner, exercise=exercise, code=fits)
    with pytest.raises(ValidationError, match=f"the limit is {limit // 1024} KB"):
        services.submission_create(user=learner, exercise=exercise, code=fits + "x")
    # Bytes, not characters: 'é' is two bytes in UTF-8.
    with pytest.raises(ValidationError, match="the limit is"):
        services.submission_create(user=learner, exercise=exercise,
                                   code=header + "é" * (limit // 2))
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_pending_submissions_are_capped_per_user(learner, other_learner, exercise, settings):
    cap = settings.GRADER_MAX_PENDING_PER_USER
    made = [services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
            for _ in range(cap)]
    with pytest.raises(ValidationError, match=f"You have {cap} submissions waiting"):
        services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    with pytest.raises(ValidationError, match="waiting"):  # check runs count as pending too
        services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION,
                                   kind="check")
    services.submission_create(user=other_learner, exercise=exercise, code=DOT_SOLUTION)

    Submission.objects.filter(pk=made[0].pk).update(status="running")  # still pending
    with pytest.raises(ValidationError):
        services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    Submission.objects.filter(pk=made[0].pk).update(status="error")  # finished: a free slot
    services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    assert Progress.objects.get(user=learner, exercise=exercise).attempts == cap + 1


@pytest.mark.django_db
def test_a_check_run_does_not_count_as_an_attempt(learner, exercise):
    first = services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    check = services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION,
                                       kind="check")
    second = services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    assert (first.attempt, check.attempt, second.attempt) == (1, None, 2)
    assert Progress.objects.get(user=learner, exercise=exercise).attempts == 2


@pytest.mark.django_db
def test_submission_create_enqueues_only_after_commit(
    learner, exercise, django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submission = services.submission_create(user=learner, exercise=exercise,
                                                code=DOT_SOLUTION)
    assert len(callbacks) == 1
    assert (submission.status, submission.deliveries, submission.kind) == ("queued", 0, "submit")


@pytest.mark.django_db
def test_claim_is_exclusive(learner, exercise):
    submission = services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    claimed = fairness.claim(submission.pk)
    assert claimed is not None
    assert (claimed.status, claimed.deliveries) == ("running", 1)
    assert claimed.started_at is not None
    assert fairness.claim(submission.pk) is None  # a second worker gets nothing
    assert Submission.objects.get(pk=submission.pk).deliveries == 1

    Submission.objects.filter(pk=submission.pk).update(status="graded", verdict="passed")
    assert fairness.claim(submission.pk) is None  # nor does a late duplicate


@pytest.mark.django_db
def test_claim_takes_back_a_running_submission_only_after_its_lease(learner, exercise,
                                                                   settings):
    settings.GRADER_LEASE_SECONDS = 60
    submission = services.submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    assert fairness.claim(submission.pk) is not None
    Submission.objects.filter(pk=submission.pk).update(
        started_at=timezone.now() - timedelta(seconds=59))
    assert fairness.claim(submission.pk) is None  # its worker may still be at it
    Submission.objects.filter(pk=submission.pk).update(
        started_at=timezone.now() - timedelta(seconds=61))
    again = fairness.claim(submission.pk)
    assert again is not None and again.deliveries == 2


def make_running(user: User, exercise, *, deliveries: int, age: float) -> Submission:
    submission = services.submission_create(user=user, exercise=exercise, code=DOT_SOLUTION)
    Submission.objects.filter(pk=submission.pk).update(
        status="running", deliveries=deliveries,
        started_at=timezone.now() - timedelta(seconds=age),
        created_at=timezone.now() - timedelta(seconds=age + 1),
    )
    return submission


@pytest.mark.django_db
def test_the_sweeper_requeues_stale_work_and_stops_poison(
    private_broker: Broker, exercise, settings,
):
    settings.GRADER_LEASE_SECONDS = 60
    settings.GRADER_REQUEUE_AFTER_SECONDS = 30
    cap = settings.GRADER_MAX_DELIVERIES
    learners = [User.objects.create(username=f"sweep{i}") for i in range(5)]
    lost = make_running(learners[0], exercise, deliveries=1, age=61)
    busy = make_running(learners[1], exercise, deliveries=1, age=59)  # within its lease
    poison = make_running(learners[2], exercise, deliveries=cap, age=61)
    waiting = services.submission_create(user=learners[3], exercise=exercise,
                                         code=DOT_SOLUTION)
    Submission.objects.filter(pk=waiting.pk).update(  # its message was sent, and lost
        enqueued_at=timezone.now() - timedelta(seconds=31))
    fresh = services.submission_create(user=learners[4], exercise=exercise, code=DOT_SOLUTION)

    assert services.submissions_sweep() == {"failed": 1, "requeued": 1, "enqueued": 2}
    rows = {s.pk: s for s in Submission.objects.all()}
    assert rows[lost.pk].status == "queued" and rows[lost.pk].deliveries == 1
    assert rows[busy.pk].status == "running"
    assert rows[poison.pk].status == "error"
    assert f"interrupted {cap} times" in rows[poison.pk].message
    assert rows[poison.pk].graded_at is not None
    assert rows[waiting.pk].status == "queued" and rows[fresh.pk].status == "queued"
    # The two old queued ones (lost, waiting) were sent to the (private) broker; fresh was not
    # (its on-commit message is held back by the test transaction).
    assert private_broker.queue_length() == 2
    # A sweep right after sends nothing again: a waiting backlog gets no duplicates.
    assert services.submissions_sweep() == {"failed": 0, "requeued": 0, "enqueued": 0}
    assert private_broker.queue_length() == 2


@pytest.mark.django_db
def test_a_late_delivery_past_the_cap_ends_as_an_error_without_running(
    learner, exercise, settings,
):
    cap = settings.GRADER_MAX_DELIVERIES
    submission = make_running(learner, exercise, deliveries=cap,
                              age=settings.GRADER_LEASE_SECONDS + 1)
    services.submission_grade(submission_id=submission.pk)
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.deliveries) == ("error", cap + 1)
    assert f"interrupted {cap} times" in row.message
    assert row.tests == [] and row.verdict == ""  # the code was not run again


@pytest.mark.sandbox
@pytest.mark.django_db
def test_grading_in_process_updates_progress(learner, exercise):
    """The task body, run here with the real sandbox: the best score never goes down and
    solved_at is set once."""

    def grade(code: str, kind: str = "submit") -> Submission:
        submission = services.submission_create(user=learner, exercise=exercise, code=code,
                                                kind=kind)
        grade_submission(submission.pk)
        return Submission.objects.get(pk=submission.pk)

    def progress() -> Progress:
        return Progress.objects.get(user=learner, exercise=exercise)

    wrong = grade(WRONG)
    assert (wrong.status, wrong.verdict, wrong.score, wrong.deliveries) == (
        "graded", "failed", 5, 1)
    assert [(t["name"], t["public"], t["passed"]) for t in wrong.tests] == [
        ("small vectors", True, False), ("hidden random", False, True)]
    assert (progress().best_score, progress().solved_at) == (5, None)

    right = grade(DOT_SOLUTION)
    assert (right.verdict, right.score) == ("passed", 10)
    solved_at = progress().solved_at
    assert progress().best_score == 10 and solved_at is not None

    again = grade(WRONG)
    assert again.score == 5
    assert (progress().best_score, progress().solved_at) == (10, solved_at)  # kept

    check = grade(WRONG, kind="check")  # public examples only, not an attempt
    assert (check.verdict, [t["name"] for t in check.tests]) == ("failed", ["small vectors"])
    assert (progress().attempts, progress().best_score, progress().solved_at) == (
        3, 10, solved_at)

    grade_submission(right.pk)  # a duplicate message long after: nothing changes
    assert Submission.objects.get(pk=right.pk).deliveries == 1
    assert Submission.objects.get(pk=right.pk).graded_at == right.graded_at
