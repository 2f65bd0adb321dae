"""Reads for the learner pages: what a user may see, and how far they have got.

Unpublished courses and exercises exist only for staff and the course's instructors: to a
learner they are 404s, and they never count towards anybody's totals.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import ValidationError
from django.db.models import Case, Prefetch, QuerySet, Value, When
from django.http import Http404
from django.utils import timezone

from courses import deadlines
from courses.deadlines import Deadlines, deadlines_load
from courses.models import CodeDraft, Course, CourseRun, Enrollment, Module, Progress
from courses.permissions import may_see_course, teaches
from exercises.models import Exercise
from grader.models import Submission
from grader.selectors import submissions_of_learner


@dataclass(frozen=True)
class ExerciseRow:
    exercise: Exercise
    best_score: float = 0.0
    attempts: int = 0
    solved: bool = False


@dataclass
class Tally:
    """Solved exercises and earned points over some set of exercises."""

    solved: int = 0
    total: int = 0
    points_earned: float = 0.0
    points_total: float = 0.0

    @property
    def percent(self) -> int:
        if not self.points_total:
            return 0
        return min(100, round(100 * self.points_earned / self.points_total))

    def add(self, other: "Tally") -> None:
        self.solved += other.solved
        self.total += other.total
        self.points_earned += other.points_earned
        self.points_total += other.points_total


@dataclass
class ModuleOutline:
    module: Module
    rows: list[ExerciseRow]
    due_at: datetime | None = None  # in the learner's run, with their module extension

    @property
    def tally(self) -> Tally:
        return Tally(
            solved=sum(row.solved for row in self.rows),
            total=len(self.rows),
            points_earned=sum(row.best_score for row in self.rows),
            points_total=sum(row.exercise.points for row in self.rows),
        )


@dataclass
class CourseOutline:
    course: Course
    modules: list[ModuleOutline] = field(default_factory=list)
    enrolled: bool = False
    # The run whose dates the user sees (their own, else the default): its zone shows them.
    run: CourseRun | None = None

    @property
    def tally(self) -> Tally:
        total = Tally()
        for outline in self.modules:
            total.add(outline.tally)
        return total


def course_get_for_learner(*, user: User, slug: str) -> Course:
    course = Course.objects.filter(slug=slug).first()
    if course is None or not may_see_course(user, course):
        raise Http404("No such course.")
    return course


def exercise_get_for_learner(
    *, user: User, slug: str, course_slug: str | None = None
) -> Exercise:
    """The exercise, or 404 when it is not visible to this user (or not in that course)."""
    found = Exercise.objects.select_related("module__course", "current_version").filter(slug=slug)
    if course_slug is not None:
        found = found.filter(module__course__slug=course_slug)
    exercise = found.first()
    if exercise is None:
        raise Http404("No such exercise.")
    course = exercise.module.course
    visible = exercise.published and course.published
    if not (visible or teaches(user, course)):
        raise Http404("No such exercise.")
    return exercise


def catalog(*, user: User) -> list[CourseOutline]:
    return _outlines(user, Course.objects.filter(published=True))


def course_outline(*, user: User, course: Course) -> CourseOutline:
    return _outlines(user, Course.objects.filter(pk=course.pk))[0]


def enrolled_outlines(*, user: User) -> list[CourseOutline]:
    return _outlines(user, Course.objects.filter(runs__enrollments__user=user).distinct())


def _outlines(user: User, courses: QuerySet[Course]) -> list[CourseOutline]:
    """Outlines of several courses in a fixed number of queries, whatever their size."""
    published = Exercise.objects.filter(published=True).order_by("order", "title")
    modules = Module.objects.order_by("order", "title").prefetch_related(
        Prefetch("exercises", queryset=published)
    )
    courses = courses.prefetch_related(Prefetch("modules", queryset=modules))
    runs, enrolled = _runs_of(user, courses)
    standing = _standing(user, runs.values())
    dates = deadlines_load(run_ids=[run.pk for run in runs.values()], user_ids=[user.pk])
    return [
        CourseOutline(
            course=course,
            modules=[_module_outline(module, standing, dates, user, runs.get(course.pk))
                     for module in course.modules.all()],
            enrolled=course.pk in enrolled,
            run=runs.get(course.pk),
        )
        for course in courses
    ]


def _runs_of(user: AbstractBaseUser, courses: QuerySet[Course]
             ) -> tuple[dict[int, CourseRun], set[int]]:
    """Per course, the run whose work and dates the user sees (see enrollment_of_learner);
    and the courses they are enrolled in."""
    runs: dict[int, CourseRun] = {}
    for enrollment in _current_first(Enrollment.objects.filter(
            user_id=user.pk, run__course__in=courses).select_related("run")):
        runs.setdefault(enrollment.run.course_id, enrollment.run)
    enrolled = set(runs)
    for run in CourseRun.objects.filter(course__in=courses, is_default=True).exclude(
            course_id__in=enrolled):
        runs[run.course_id] = run
    return runs, enrolled


def _standing(user: User, runs: Iterable[CourseRun]) -> dict[int, Progress]:
    progress = Progress.objects.filter(user=user, run__in=list(runs))
    return {item.exercise_id: item for item in progress}


def _module_outline(module: Module, standing: dict[int, Progress], dates: Deadlines,
                    user: User, run: CourseRun | None) -> ModuleOutline:
    due_at = (dates.for_module(run_id=run.pk, user_id=user.pk, module_id=module.pk)
              if run is not None else None)
    return ModuleOutline(
        module=module, rows=[_row(exercise, standing) for exercise in module.exercises.all()],
        due_at=due_at,
    )


def _row(exercise: Exercise, standing: dict[int, Progress]) -> ExerciseRow:
    progress = standing.get(exercise.pk)
    if progress is None:
        return ExerciseRow(exercise=exercise)
    # Points may have changed since grading: never show more than the exercise is worth.
    best = min(progress.best_score, float(exercise.points))
    return ExerciseRow(exercise=exercise, best_score=best, attempts=progress.attempts,
                       solved=progress.solved)


# ---- Which run a learner's work belongs to ----

def _current_first(enrollments: QuerySet[Enrollment]) -> QuerySet[Enrollment]:
    """A run still going before one that ended; then the newest enrollment."""
    ended = Case(When(run__ends_on__lt=timezone.localdate(), then=Value(1)), default=Value(0))
    return enrollments.annotate(run_ended=ended).order_by("run_ended", "-created_at", "-id")


def enrollment_of_learner(*, user: AbstractBaseUser | AnonymousUser,
                          course: Course | int) -> Enrollment | None:
    """The enrollment a user's work in this course belongs to, if they have one: of several
    runs (a learner taking the course again), the current one."""
    if not user.is_authenticated:
        return None
    course_id = course if isinstance(course, int) else course.pk
    enrollments = Enrollment.objects.filter(user_id=user.pk, run__course_id=course_id)
    return _current_first(enrollments).select_related("run", "section").first()


def run_of_learner(*, user: AbstractBaseUser | AnonymousUser,
                   course: Course | int) -> CourseRun | None:
    """The run whose dates this user sees: their enrollment's, else the default run, which
    they join with their first submission (None: the course has no run yet)."""
    enrollment = enrollment_of_learner(user=user, course=course)
    if enrollment is not None:
        return enrollment.run
    course_id = course if isinstance(course, int) else course.pk
    return CourseRun.objects.filter(course_id=course_id, is_default=True).first()


@dataclass(frozen=True)
class Due:
    """A due date as a page shows it: the moment, and the zone of the run it is due in."""

    at: datetime
    time_zone: str


def due_for_learner(*, user: User, exercise: Exercise) -> Due | None:
    """When this user's work on the exercise is due (courses.deadlines), for the page."""
    run = run_of_learner(user=user, course=exercise.module.course_id)
    if run is None:
        return None
    at = deadlines.due_at(run_id=run.pk, user_id=user.pk, exercise=exercise)
    return Due(at=at, time_zone=run.time_zone) if at is not None else None


def public_examples(*, user: User, exercise: Exercise) -> list[dict[str, Any]]:
    """The public cases of the variant this learner is graded on (each learner keeps one)."""
    if exercise.current_version is None:
        return []
    try:
        variant = exercise.current_version.variant_for(user.pk)
    except ValidationError:
        return []  # no variants computed yet: nothing to show
    return variant.public_cases


def progress_of(*, user: User, exercise: Exercise) -> Progress | None:
    """The user's progress in the run their work on this course belongs to now."""
    run = run_of_learner(user=user, course=exercise.module.course_id)
    return Progress.objects.filter(user=user, exercise=exercise, run=run).first()


def recent_submissions(*, user: User, limit: int = 10) -> list[Submission]:
    latest = Submission.objects.filter(user=user).select_related("exercise__module__course")
    return list(latest.order_by("-created_at", "-id")[:limit])


def exercise_neighbours(*, exercise: Exercise) -> tuple[Exercise | None, Exercise | None]:
    """The published exercises before and after this one in its course, for navigation."""
    ordered = list(
        Exercise.objects.filter(module__course=exercise.module.course, published=True)
        .select_related("module__course")
        .order_by("module__order", "module__title", "order", "title")
    )
    ids = [item.pk for item in ordered]
    if exercise.pk not in ids:
        return None, None
    index = ids.index(exercise.pk)
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index + 1] if index + 1 < len(ordered) else None
    return before, after


@dataclass(frozen=True)
class EditorStart:
    """What the exercise page's editor opens with, and what keeps unsent code safe."""

    code: str
    # What Discard goes back to: the last code sent, else the starter.
    fallback: str
    # The draft the editor opens with; None when the code sent since is newer (or the same).
    restored: CodeDraft | None = None
    # When the newest code the server holds was saved or sent: a copy the browser kept while
    # offline is only worth restoring when it is newer than this.
    known_at: datetime | None = None


def editor_start(*, user: User, exercise: Exercise) -> EditorStart:
    latest = submissions_of_learner(user=user, exercise=exercise).only("code", "created_at")
    sent = latest.first()
    fallback = sent.code if sent else exercise.starter_code
    sent_at = sent.created_at if sent else None
    draft = CodeDraft.objects.filter(user=user, exercise=exercise).first()
    if draft is None:
        return EditorStart(code=fallback, fallback=fallback, known_at=sent_at)
    # Sending clears nothing: a draft simply loses to code sent after it.
    newer = sent_at is None or draft.saved_at > sent_at
    known_at = draft.saved_at if newer else sent_at
    if newer and draft.code != fallback:
        return EditorStart(code=draft.code, fallback=fallback, restored=draft, known_at=known_at)
    return EditorStart(code=fallback, fallback=fallback, known_at=known_at)
