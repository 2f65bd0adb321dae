"""Reads of the authoring pages: who may author what, and the state of a course's exercises.

Whoever authors a course (courses.permissions: its instructors and admins, not its TAs) writes
its exercises. To anybody else a course's authoring pages and drafts do not exist (404), so
their slugs leak nothing.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from courses.models import Course, Module
from courses.permissions import AnyUser, authored_courses, authors
from exercises.models import Exercise

from .models import ExerciseDraft


def course_get_for_author(*, user: AnyUser, slug: str) -> Course:
    course = Course.objects.filter(slug=slug).first()
    if course is None or not authors(user, course):
        raise Http404("No such course.")
    return course


def exercise_get_for_author(*, user: AnyUser, slug: str) -> Exercise:
    exercise = (Exercise.objects.select_related("module__course", "current_version")
                .filter(slug=slug).first())
    if exercise is None or not authors(user, exercise.module.course):
        raise Http404("No such exercise.")
    return exercise


def draft_of(*, exercise: Exercise) -> ExerciseDraft | None:
    return ExerciseDraft.objects.select_related("exercise").filter(exercise=exercise).first()


def target_modules(*, user: AnyUser) -> QuerySet[Module]:
    """The modules a user may put a copy or an import into."""
    return (Module.objects.filter(course__in=authored_courses(user))
            .select_related("course").order_by("course__order", "course__title", "order"))


@dataclass(frozen=True)
class AuthoringRow:
    exercise: Exercise
    draft: ExerciseDraft | None

    @property
    def status(self) -> str:
        """library | draft | changed (published, with unpublished edits) | published."""
        if self.exercise.source_path:
            return "library"
        if not self.exercise.published:
            return "draft"
        if self.draft is not None and self.draft.has_unpublished_changes:
            return "changed"
        return "published"

    @property
    def status_label(self) -> str:
        return {"library": "Library", "draft": "Draft", "changed": "Published · edited",
                "published": "Published"}[self.status]


@dataclass(frozen=True)
class ModuleRows:
    module: Module
    rows: list[AuthoringRow]


def course_exercise_rows(*, course: Course) -> list[ModuleRows]:
    exercises = (Exercise.objects.select_related("draft__exercise", "current_version")
                 .order_by("order", "title"))
    modules = course.modules.order_by("order", "title").prefetch_related(
        Prefetch("exercises", queryset=exercises))
    return [
        ModuleRows(module=module, rows=[
            AuthoringRow(exercise=exercise, draft=getattr(exercise, "draft", None))
            for exercise in module.exercises.all()
        ])
        for module in modules
    ]
