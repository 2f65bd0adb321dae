"""The learner's operations: what they may see, sending code or a notebook, and its result.

Each one asks what the web pages ask (courses.selectors for visibility, config.throttle for the
rate limits, grader.services.submission_create for everything a submission must satisfy), so
the API allows exactly what the pages allow.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from ninja import File, Router, Status, UploadedFile
from ninja.errors import HttpError
from ninja.params import Form, P, PathEx, Query, QueryEx

from api.auth import TokenAuth
from api.models import ApiToken
from api.schemas import (
    AttemptOut,
    CodeIn,
    CourseOut,
    ErrorOut,
    ExerciseOut,
    ExerciseRowOut,
    Kind,
    SubmissionOut,
    SubmittedOut,
    WaitOut,
    attempt_fields,
    submission_fields,
)
from api.selectors import courses_for_learner
from config import throttle
from courses import selectors
from exercises.models import Exercise
from grader import events
from grader.models import Submission
from grader.selectors import submission_get_for_owner, submissions_of_learner
from grader.services import submission_create, submission_create_from_notebook

router = Router(tags=["learning"])

READ = TokenAuth(ApiToken.Scope.READ)
SUBMIT = TokenAuth(ApiToken.Scope.SUBMIT)
# The results of one's own submissions: what a submit token sent, it may see graded.
RESULTS = TokenAuth(ApiToken.Scope.READ, ApiToken.Scope.SUBMIT)

SLUG = P(pattern=r"^[-a-zA-Z0-9_]+$", max_length=50)
# Every id fits the database's 64-bit integers; a larger number is a 422, never a 500.
SUBMISSION_ID = P(ge=1, le=2**63 - 1)
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut,
                          429: ErrorOut}
# While a result is pending, how long the client pauses before it waits again (as the page's
# panel does, grader.views.ASK_AGAIN): at once after a wait, a second when this process holds
# all the waits it may, five when there is no Redis to wait on.
ASK_AGAIN = {events.Wait.CHANGED: 0.0, events.Wait.TIMEOUT: 0.0, events.Wait.BUSY: 1.0,
             events.Wait.UNAVAILABLE: 5.0}


def _user(request: HttpRequest) -> Any:
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    return token.user


def _page_url(request: HttpRequest, exercise: Exercise) -> str:
    return request.build_absolute_uri(reverse("courses:exercise", kwargs={
        "course_slug": exercise.module.course.slug, "slug": exercise.slug}))


@router.get("/courses", response={200: list[CourseOut], **ERRORS}, auth=READ,
            summary="The courses you may open")
def courses(request: HttpRequest) -> list[dict[str, Any]]:
    return [{"slug": course.slug, "title": course.title, "description": course.description,
             "url": request.build_absolute_uri(reverse("courses:course", args=[course.slug]))}
            for course in courses_for_learner(user=_user(request))]


@router.get("/courses/{course_slug}/exercises", response={200: list[ExerciseRowOut], **ERRORS},
            auth=READ, summary="A course's exercises, with your progress")
def course_exercises(request: HttpRequest,
                     course_slug: PathEx[str, SLUG]) -> list[dict[str, Any]]:
    user = _user(request)
    course = selectors.course_get_for_learner(user=user, slug=course_slug)
    outline = selectors.course_outline(user=user, course=course)
    return [{"slug": row.exercise.slug, "title": row.exercise.title,
             "module": module.module.title, "points": float(row.exercise.points),
             "difficulty": row.exercise.difficulty, "best_score": row.best_score,
             "attempts": row.attempts, "solved": row.solved, "due_at": module.due_at,
             "url": request.build_absolute_uri(reverse("courses:exercise", kwargs={
                 "course_slug": course.slug, "slug": row.exercise.slug}))}
            for module in outline.modules for row in module.rows]


@router.get("/exercises/{slug}", response={200: ExerciseOut, **ERRORS}, auth=READ,
            summary="An exercise: its statement and starter code")
def exercise_detail(request: HttpRequest, slug: PathEx[str, SLUG]) -> dict[str, Any]:
    exercise = selectors.exercise_get_for_learner(user=_user(request), slug=slug)
    return {"slug": exercise.slug, "title": exercise.title,
            "course": exercise.module.course.slug, "module": exercise.module.title,
            "points": float(exercise.points), "difficulty": exercise.difficulty,
            "entry": exercise.entry, "statement_markdown": exercise.statement_md,
            "starter_code": exercise.starter_code, "published": exercise.published,
            "url": _page_url(request, exercise)}


@router.get("/exercises/{slug}/submissions", response={200: list[AttemptOut], **ERRORS},
            auth=READ, summary="Your own submissions of an exercise, newest first")
def attempts(request: HttpRequest, slug: PathEx[str, SLUG],
             kind: Query[Kind | None] = None,
             limit: QueryEx[int, P(ge=1, le=100)] = 50) -> list[dict[str, Any]]:
    user = _user(request)
    exercise = selectors.exercise_get_for_learner(user=user, slug=slug)
    mine = (submissions_of_learner(user=user, exercise=exercise)
            .select_related("exercise").defer("code", "tests", "stdout"))
    # What the exercise page's history lists: attempts and example checks.
    mine = mine.filter(kind__in=[kind] if kind else [Submission.Kind.SUBMIT, Submission.Kind.CHECK])
    return [attempt_fields(request, submission) for submission in mine[:limit]]


@router.post("/exercises/{slug}/submissions", response={201: SubmittedOut, **ERRORS},
             auth=SUBMIT, summary="Send code to be graded")
def submit_code(request: HttpRequest, slug: PathEx[str, SLUG],
                payload: CodeIn) -> Status[dict[str, Any]]:
    exercise = _exercise_to_send_to(request, slug, payload.kind)
    submission = submission_create(user=_user(request), exercise=exercise, code=payload.code,
                                   kind=payload.kind)
    return Status(201, {**submission_fields(request, submission), "notice": ""})


@router.post("/exercises/{slug}/notebook", response={201: SubmittedOut, **ERRORS},
             auth=SUBMIT, summary="Send a Jupyter notebook (.ipynb) to be graded")
def submit_notebook(request: HttpRequest, slug: PathEx[str, SLUG],
                    notebook: File[UploadedFile],
                    kind: Form[Kind] = "submit") -> Status[dict[str, Any]]:
    """Its code cells are graded, joined, without magics and shell commands (the notice
    lists what was removed)."""
    exercise = _exercise_to_send_to(request, slug, kind)
    submission, notice = submission_create_from_notebook(
        user=_user(request), exercise=exercise, upload=notebook, kind=kind)
    return Status(201, {**submission_fields(request, submission), "notice": notice})


def _exercise_to_send_to(request: HttpRequest, slug: str, kind: str) -> Exercise:
    exercise = selectors.exercise_get_for_learner(user=_user(request), slug=slug)
    if too_fast := throttle.refusal(request, kind):
        raise HttpError(429, too_fast)
    return exercise


@router.get("/submissions/{submission_id}", response={200: SubmissionOut, **ERRORS},
            auth=RESULTS, summary="One of your submissions and its result")
def submission_detail(request: HttpRequest,
                      submission_id: PathEx[int, SUBMISSION_ID]) -> dict[str, Any]:
    submission = submission_get_for_owner(user=_user(request), submission_id=submission_id)
    return submission_fields(request, submission)


@router.get("/submissions/{submission_id}/wait", response={200: WaitOut, **ERRORS},
            auth=RESULTS, summary="Wait (a bounded time) for a submission's result")
def submission_wait(request: HttpRequest, submission_id: PathEx[int, SUBMISSION_ID],
                    seconds: QueryEx[float, P(ge=0, le=60)] = 10) -> dict[str, Any]:
    """Answers as soon as the result is stored, or after `seconds` (at most the server's
    GRADER_WAIT_SECONDS) with the pending submission; ask again until `finished`."""
    user = _user(request)
    submission = submission_get_for_owner(user=user, submission_id=submission_id)
    pause = 0.0
    if not submission.is_finished and not settings.GRADER_PUSH_RESULTS:
        pause = settings.GRADER_POLL_MS / 1000
    elif not submission.is_finished and seconds > 0:
        outcome = events.wait_for_change(
            submission.pk, changed=lambda: _finished_now(submission),
            seconds=min(seconds, settings.GRADER_WAIT_SECONDS))
        submission = submission_get_for_owner(user=user, submission_id=submission_id)
        pause = ASK_AGAIN[outcome]
    return {**submission_fields(request, submission),
            "ask_again_after_seconds": 0.0 if submission.is_finished else pause}


def _finished_now(submission: Submission) -> bool:
    submission.refresh_from_db(fields=["status"])
    return submission.is_finished
