"""What the API sends and accepts. A result carries exactly what the learner's result panel shows
(templates/grader/_submission_status.html): never a hidden case's inputs or expected values."""

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from django.urls import reverse
from ninja import Schema
from pydantic import Field

from courses.templatetags.eigenlab import verdict_label
from grader.models import Submission

Kind = Literal["submit", "check"]


class ErrorOut(Schema):
    detail: str = Field(description="What was wrong, in a sentence for the person.")


class CourseOut(Schema):
    slug: str
    title: str
    description: str
    url: str


class ExerciseRowOut(Schema):
    slug: str
    title: str
    module: str
    points: float
    difficulty: str
    best_score: float
    attempts: int
    solved: bool
    due_at: datetime | None = Field(description="Your due date for it, with any extension.")
    url: str


class ExerciseOut(Schema):
    slug: str
    title: str
    course: str
    module: str
    points: float
    difficulty: str
    entry: str = Field(description="The function (or names) your code must define.")
    statement_markdown: str
    starter_code: str
    published: bool
    url: str


class CodeIn(Schema):
    code: str = Field(description="The Python source to grade.")
    kind: Kind = Field("submit", description="submit: a counted attempt; check: the public "
                                             "examples only, never counted.")


class TestOut(Schema):
    name: str
    public: bool
    passed: bool
    message: str
    error: str
    stdout: str


class AttemptOut(Schema):
    id: int
    exercise: str
    kind: str = Field(description="submit (a counted attempt) or check (the examples only).")
    status: str = Field(description="queued, running, graded or error.")
    finished: bool
    verdict: str = Field(description="passed, failed, error, timeout, memory, output, crash; "
                                     "empty until graded.")
    verdict_label: str
    score: float | None = Field(description="Points the tests gave a graded submission (none "
                                            "for example checks).")
    score_override: float | None = Field(description="Points your instructor set instead.")
    max_score: float
    hint_penalty: float
    attempt: int | None
    late: bool
    created_at: datetime
    graded_at: datetime | None
    url: str


class SubmissionOut(AttemptOut):
    message: str
    misconception: str = Field(description="The known mistake your answers match, if any.")
    stdout: str
    tests: list[TestOut]


class SubmittedOut(SubmissionOut):
    notice: str = Field(description="What was removed from an uploaded notebook before "
                                    "grading (magics, shell commands); empty otherwise.")


class WaitOut(SubmissionOut):
    ask_again_after_seconds: float = Field(
        description="While not finished: how long to pause before waiting again (0: at once).")


class GradebookExerciseOut(Schema):
    slug: str
    title: str
    module: str
    points: float


class GradebookRowOut(Schema):
    username: str
    student_id: str
    name: str
    email: str
    section: str
    scores: dict[str, float] = Field(description="Best counted score per exercise slug.")
    attempts: dict[str, int]
    late: dict[str, bool]
    total: float


class GradebookOut(Schema):
    course: str
    run: str
    points: float
    exercises: list[GradebookExerciseOut]
    learners: list[GradebookRowOut]


def attempt_fields(request: HttpRequest, submission: Submission) -> dict[str, Any]:
    graded_attempt = (submission.status == Submission.Status.GRADED
                      and submission.kind == Submission.Kind.SUBMIT)
    return {
        "id": submission.pk, "exercise": submission.exercise.slug, "kind": submission.kind,
        "status": submission.status, "finished": submission.is_finished,
        "verdict": submission.verdict, "verdict_label": verdict_label(submission),
        "score": submission.score if graded_attempt else None,
        "score_override": submission.score_override, "max_score": submission.max_score,
        "hint_penalty": submission.hint_penalty, "attempt": submission.attempt,
        "late": submission.late, "created_at": submission.created_at,
        "graded_at": submission.graded_at,
        "url": request.build_absolute_uri(reverse("grader:detail", args=[submission.pk])),
    }


def submission_fields(request: HttpRequest, submission: Submission) -> dict[str, Any]:
    return {
        **attempt_fields(request, submission),
        "message": submission.message, "misconception": submission.misconception,
        "stdout": submission.stdout,
        "tests": [_shown_test(test) for test in submission.tests or []],
    }


def _shown_test(test: dict[str, Any]) -> dict[str, Any]:
    """Only the keys the result panel shows, whatever else a stored test carries."""
    return {"name": str(test.get("name", "")), "public": bool(test.get("public")),
            "passed": bool(test.get("passed")), "message": str(test.get("message") or ""),
            "error": str(test.get("error") or ""), "stdout": str(test.get("stdout") or "")}
