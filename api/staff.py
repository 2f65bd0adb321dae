"""Staff operations: a run's gradebook, for exactly those who may export it on the web
(gradebook.selectors.course_for_staff: the course's instructors and TAs, and admins)."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Router
from ninja.params import P, PathEx, QueryEx

from api.auth import TokenAuth
from api.learner import ERRORS, SLUG
from api.models import ApiToken
from api.schemas import GradebookOut
from courses.models import Course, CourseRun
from courses.services import course_default_run
from gradebook.export import gradebook_csv
from gradebook.selectors import Gradebook, course_for_staff, gradebook

router = Router(tags=["teaching"])

STAFF = TokenAuth(ApiToken.Scope.STAFF)
RUN = P(pattern=r"^[-a-zA-Z0-9_]*$", max_length=50,
        description="The run's slug; empty or absent: the course's default run.")
CSV_RESPONSE = {"responses": {200: {"description": "The gradebook as the web page exports it",
                                    "content": {"text/csv": {"schema": {"type": "string"}}}}}}


def _book(request: HttpRequest, course_slug: str, run_slug: str) -> Gradebook:
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    course = course_for_staff(user=token.user, slug=course_slug)
    return gradebook(run=_run(course, run_slug))


def _run(course: Course, slug: str) -> CourseRun:
    if not slug:
        return course_default_run(course=course)
    run = course.runs.filter(slug=slug).first()
    if run is None:
        raise Http404("No such run.")
    return run


@router.get("/courses/{course_slug}/gradebook", response={200: GradebookOut, **ERRORS},
            auth=STAFF, summary="A run's gradebook: best counted scores per learner")
def gradebook_json(request: HttpRequest, course_slug: PathEx[str, SLUG],
                   run: QueryEx[str, RUN] = "") -> dict[str, Any]:
    book = _book(request, course_slug, run)
    exercises = book.exercises
    return {
        "course": book.course.slug, "run": book.run.slug, "points": book.points,
        "exercises": [{"slug": exercise.slug, "title": exercise.title,
                       "module": columns.module.title, "points": float(exercise.points)}
                      for columns in book.modules for exercise in columns.exercises],
        "learners": [{
            "username": row.user.get_username(), "student_id": row.student_id,
            "name": row.user.get_full_name(), "email": row.user.email, "section": row.section,
            "scores": {e.slug: cell.best for e, cell in zip(exercises, row.cells, strict=True)},
            "attempts": {e.slug: cell.attempts
                         for e, cell in zip(exercises, row.cells, strict=True)},
            "late": {e.slug: cell.late for e, cell in zip(exercises, row.cells, strict=True)},
            "total": row.total,
        } for row in book.rows],
    }


@router.get("/courses/{course_slug}/gradebook.csv", response=ERRORS, auth=STAFF,
            summary="A run's gradebook as CSV (the web page's export)", openapi_extra=CSV_RESPONSE)
def gradebook_csv_export(request: HttpRequest, course_slug: PathEx[str, SLUG],
                         run: QueryEx[str, RUN] = "") -> HttpResponse:
    book = _book(request, course_slug, run)
    response = HttpResponse(gradebook_csv(book), content_type="text/csv; charset=utf-8")
    name = book.course.slug if book.run.is_default else f"{book.course.slug}-{book.run.slug}"
    response["Content-Disposition"] = f'attachment; filename="{name}-gradebook.csv"'
    return response
