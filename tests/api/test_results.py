"""What the API says about a submission: what the learner's result panel shows and nothing
more; sending through it meets the page's limits; waiting is bounded. And its schema and docs
are served from this site."""

import json
import re
import time
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from exercises.models import Exercise
from grader.models import Submission
from tests.conftest import DOT_SOLUTION
from tests.test_pages import make_submission

from .conftest import Bearer
from .notebooks import notebook_bytes

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

STORED_TESTS = [
    {"name": "small vectors", "public": True, "weight": 1.0, "passed": True, "message": "",
     "error": "", "stdout": "hello\n", "args": {"u": [1, 2, 3]}, "expected": 32.0},
    {"name": "hidden random", "public": False, "weight": 1.0, "passed": False,
     "message": "The result is off by about 10%.", "error": "",
     "args": {"u": [0.5, -1.0, 2.0]}, "expected": 1.5, "got": 9.0},
]


def send(client: Client, exercise: Exercise, headers: dict[str, str], **body: Any) -> Any:
    return client.post(f"/api/exercises/{exercise.slug}/submissions",
                       json.dumps({"code": DOT_SOLUTION, **body}),
                       content_type="application/json", **headers)


def send_notebook(client: Client, exercise: Exercise, headers: dict[str, str],
                  data: bytes, **form: str) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile
    return client.post(f"/api/exercises/{exercise.slug}/notebook",
                       {"notebook": SimpleUploadedFile("solution.ipynb", data), **form},
                       **headers)


def test_a_result_carries_what_the_result_panel_shows_and_no_hidden_data(
    learner: User, exercise: Exercise, bearer: Bearer,
) -> None:
    submission = make_submission(
        learner, exercise, status=Submission.Status.GRADED, verdict=Submission.Verdict.FAILED,
        score=5.0, message="1 of 2 tests failed.", tests=STORED_TESTS, stdout="top\n",
        misconception="You summed the vectors.", graded_at=timezone.now())

    body = Client().get(f"/api/submissions/{submission.pk}", **bearer(learner, "read")).json()

    assert body["tests"] == [
        {"name": "small vectors", "public": True, "passed": True, "message": "", "error": "",
         "stdout": "hello\n"},
        {"name": "hidden random", "public": False, "passed": False,
         "message": "The result is off by about 10%.", "error": "", "stdout": ""}]
    text = json.dumps(body)
    assert "0.5" not in text and "1.5" not in text and "expected" not in text
    assert (body["status"], body["verdict"], body["verdict_label"]) == ("graded", "failed",
                                                                        "Failed")
    assert (body["score"], body["max_score"], body["finished"]) == (5.0, 10.0, True)
    assert body["misconception"] == "You summed the vectors." and body["stdout"] == "top\n"
    assert body["url"] == f"http://testserver/submissions/{submission.pk}/"
    assert "code" not in body


def test_an_example_check_has_no_score_as_on_the_page(learner: User, exercise: Exercise,
                                                      bearer: Bearer) -> None:
    check = make_submission(learner, exercise, kind=Submission.Kind.CHECK,
                            status=Submission.Status.GRADED, verdict="passed", score=10.0)

    body = Client().get(f"/api/submissions/{check.pk}", **bearer(learner)).json()

    assert body["kind"] == "check" and body["score"] is None and body["attempt"] is None


def test_an_instructors_override_is_shown(learner: User, exercise: Exercise,
                                          bearer: Bearer) -> None:
    graded = make_submission(learner, exercise, status=Submission.Status.GRADED,
                             verdict="failed", score=2.0, score_override=8.0)

    body = Client().get(f"/api/submissions/{graded.pk}", **bearer(learner)).json()

    assert (body["score"], body["score_override"]) == (2.0, 8.0)


def test_sending_code_makes_a_counted_attempt_as_the_page_does(
    learner: User, exercise: Exercise, bearer: Bearer,
) -> None:
    response = send(Client(), exercise, bearer(learner, "submit"))

    assert response.status_code == 201
    body = response.json()
    submission = Submission.objects.get()
    assert body["id"] == submission.pk and body["status"] == "queued"
    assert (body["attempt"], body["notice"], body["finished"]) == (1, "", False)
    assert submission.code == DOT_SOLUTION and submission.user == learner


def test_code_the_service_refuses_is_a_422_with_its_reason(
    learner: User, exercise: Exercise, bearer: Bearer,
) -> None:
    response = send(Client(), exercise, bearer(learner), code="   ")

    assert response.status_code == 422
    assert response.json() == {"detail": "The code is empty."}


def test_a_malformed_body_is_a_422_that_names_the_field(learner: User, exercise: Exercise,
                                                        bearer: Bearer) -> None:
    wrong_kind = send(Client(), exercise, bearer(learner), kind="grade")
    no_code = Client().post(f"/api/exercises/{exercise.slug}/submissions", "{}",
                            content_type="application/json", **bearer(learner))
    not_json = Client().post(f"/api/exercises/{exercise.slug}/submissions", b"\xff{",
                             content_type="application/json", **bearer(learner))

    assert wrong_kind.status_code == 422 and "kind" in wrong_kind.json()["detail"]
    assert no_code.status_code == 422 and "code" in no_code.json()["detail"]
    assert 400 <= not_json.status_code < 500
    assert not Submission.objects.exists()


def test_the_api_meets_the_same_rate_limit_as_the_page(
    learner: User, exercise: Exercise, bearer: Bearer, settings: Any,
) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submit": ("2/m", "100/m")}
    headers = bearer(learner)
    page = Client()
    page.force_login(learner)

    page.post(f"/submissions/new/{exercise.slug}/", {"code": DOT_SOLUTION, "kind": "submit"})
    first = send(Client(), exercise, headers)
    second = send(Client(), exercise, headers)

    assert first.status_code == 201
    assert second.status_code == 429
    assert second.json()["detail"].startswith("You are sending submissions too quickly; please "
                                              "try again in")
    assert Submission.objects.count() == 2


def test_the_pending_cap_holds_through_the_api(learner: User, exercise: Exercise,
                                               bearer: Bearer, settings: Any) -> None:
    settings.GRADER_MAX_PENDING_PER_USER = 1
    headers = bearer(learner)

    send(Client(), exercise, headers)
    refused = send(Client(), exercise, headers)

    assert refused.status_code == 422
    assert refused.json()["detail"].startswith("You have 1 submissions waiting to be graded")


def test_a_notebook_is_sent_as_its_code_with_the_notice(learner: User, exercise: Exercise,
                                                        bearer: Bearer) -> None:
    response = send_notebook(Client(), exercise, bearer(learner, "submit"),
                             notebook_bytes("!pip install numpy\n" + DOT_SOLUTION), kind="check")

    assert response.status_code == 201
    body = response.json()
    assert body["notice"] == ("Removed from the notebook before grading, because only IPython "
                              "runs it: cell 1, line 1: `!pip install numpy` (shell command).")
    submission = Submission.objects.get()
    assert submission.code == "# Cell 1\n" + DOT_SOLUTION and submission.kind == "check"


def test_a_malformed_notebook_is_a_422_with_the_reason(learner: User, exercise: Exercise,
                                                       bearer: Bearer) -> None:
    response = send_notebook(Client(), exercise, bearer(learner), b'{"cells": []}')

    assert response.status_code == 422
    assert response.json()["detail"].startswith("This JSON file is not a Jupyter notebook")
    missing = Client().post(f"/api/exercises/{exercise.slug}/notebook", {},
                            **bearer(learner))
    assert missing.status_code == 422 and "notebook" in missing.json()["detail"]


def test_a_finished_result_is_answered_at_once(learner: User, exercise: Exercise,
                                               bearer: Bearer) -> None:
    graded = make_submission(learner, exercise, status=Submission.Status.GRADED,
                             verdict="passed", score=10.0)
    started = time.monotonic()

    body = Client().get(f"/api/submissions/{graded.pk}/wait?seconds=30",
                        **bearer(learner)).json()

    assert time.monotonic() - started < 2
    assert body["finished"] and body["ask_again_after_seconds"] == 0.0


def test_a_wait_is_bounded_by_the_servers_setting(learner: User, exercise: Exercise,
                                                  bearer: Bearer, settings: Any) -> None:
    settings.GRADER_WAIT_SECONDS = 1
    pending = make_submission(learner, exercise)
    started = time.monotonic()

    body = Client().get(f"/api/submissions/{pending.pk}/wait?seconds=60",
                        **bearer(learner)).json()

    assert 0.9 < time.monotonic() - started < 5
    assert body["status"] == "queued" and not body["finished"]
    assert body["ask_again_after_seconds"] == 0.0


def test_without_pushed_results_a_wait_says_how_long_to_pause(
    learner: User, exercise: Exercise, bearer: Bearer, settings: Any,
) -> None:
    settings.GRADER_PUSH_RESULTS = False
    pending = make_submission(learner, exercise)

    body = Client().get(f"/api/submissions/{pending.pk}/wait", **bearer(learner)).json()

    assert body["ask_again_after_seconds"] == settings.GRADER_POLL_MS / 1000


@pytest.mark.parametrize("url", ["/api/submissions/0", "/api/submissions/abc",
                                 "/api/submissions/99999999999999999999",
                                 "/api/exercises/not%20a%20slug",
                                 "/api/exercises/x/submissions?limit=0"])
def test_a_bad_path_or_query_is_a_422_never_a_500(learner: User, bearer: Bearer,
                                                  url: str) -> None:
    assert Client().get(url, **bearer(learner)).status_code == 422


def test_the_schema_is_served_with_every_operation(db: None) -> None:
    schema = Client().get("/api/openapi.json").json()

    assert schema["info"]["title"] == "Eigenlab API"
    assert set(schema["paths"]) == {
        "/api/courses", "/api/courses/{course_slug}/exercises", "/api/exercises/{slug}",
        "/api/exercises/{slug}/submissions", "/api/exercises/{slug}/notebook",
        "/api/submissions/{submission_id}", "/api/submissions/{submission_id}/wait",
        "/api/courses/{course_slug}/gradebook", "/api/courses/{course_slug}/gradebook.csv"}
    assert schema["components"]["securitySchemes"] == {
        "TokenAuth": {"type": "http", "scheme": "bearer"}}


def test_the_docs_load_their_scripts_from_this_site(db: None) -> None:
    page = Client().get("/api/docs")

    html = page.content.decode()
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert page.status_code == 200
    assert sources and all(source.startswith("/static/") for source in sources), sources
    assert '"validatorUrl": null' in html
    assert "default-src 'self'" in page["Content-Security-Policy"]
