import json
import sys
import time
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from exercises.models import Exercise
from grader.models import Submission
from grader.services import submission_create

POLL_SECONDS = 0.2


class Command(BaseCommand):
    help = "Submits a file through the grading pipeline (DB row, Celery, sandbox)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("file", help="the Python file to submit, or - for standard input")
        parser.add_argument("--user", required=True, help="username of the submitter")
        parser.add_argument("--exercise", required=True, help="exercise slug")
        parser.add_argument("--check", action="store_true",
                            help="run the public examples only (not counted as an attempt)")
        parser.add_argument("--wait", action="store_true", help="wait until graded")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--timeout", type=float, default=300.0,
                            help="seconds to wait with --wait (default 300)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"No user named {options['user']!r}.")
        exercise = Exercise.objects.filter(slug=options["exercise"]).first()
        if exercise is None:
            raise CommandError(f"No exercise with slug {options['exercise']!r}.")
        code = _read_code(options["file"])
        kind = Submission.Kind.CHECK if options["check"] else Submission.Kind.SUBMIT
        try:
            submission = submission_create(user=user, exercise=exercise, code=code, kind=kind)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        if options["wait"]:
            submission = _wait(submission, options["timeout"])
        self._print(submission, as_json=options["json"])
        if options["wait"] and submission.status != Submission.Status.GRADED:
            sys.exit(1)

    def _print(self, submission: Submission, *, as_json: bool) -> None:
        summary = summarise(submission)
        if as_json:
            self.stdout.write(json.dumps(summary))
            return
        self.stdout.write(f"Submission #{summary['id']}: {summary['status']} "
                          f"{summary['verdict'] or ''} {summary['score']}/{summary['max_score']}")
        for test in summary["tests"]:
            mark = "PASS" if test["passed"] else "FAIL"
            scope = "public" if test["public"] else "hidden"
            self.stdout.write(f"  {mark} [{scope}] {test['name']}: {test['message']}")
        if summary["message"]:
            self.stdout.write(summary["message"])


def _read_code(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path} is not UTF-8 text (byte {exc.start}).") from None


def _wait(submission: Submission, timeout: float) -> Submission:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        submission.refresh_from_db()
        if submission.is_finished:
            return submission
        time.sleep(POLL_SECONDS)
    return submission


def summarise(submission: Submission) -> dict[str, Any]:
    return {
        "id": submission.pk,
        "status": submission.status,
        "verdict": submission.verdict,
        "score": submission.score,
        "max_score": submission.max_score,
        "message": submission.message,
        "tests": [
            {key: test.get(key) for key in ("name", "public", "passed", "message")}
            for test in submission.tests
        ],
        "stdout": submission.stdout,
    }
