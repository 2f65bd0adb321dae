"""Reads for staff: who may see which course, the gradebook, analytics, submissions, reviews.

Instructors and TAs see the courses they teach; admins see all; nobody else sees any of it
(the rule: courses.permissions). A gradebook is a run's: its roster, its submissions, its late
policy and due dates.
"""

import difflib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, User
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from authoring.models import ExerciseDraft
from courses.models import Course, CourseRun, DueDate, Enrollment, Module
from courses.permissions import TEACHING_ROLES, taught_courses, teaches, teaches_anything
from exercises.models import Exercise
from gradebook import rules
from gradebook.models import Regrade, ReviewRequest, ScoreChange
from grader.models import Submission

STATUSES = {
    "complete": "Solved everything shown",
    "in-progress": "Started, not finished",
    "not-started": "Not started",
    "late": "Sent something late",
}
SORTS = {"learner": "Learner (A to Z)", "-total": "Total (high first)",
         "total": "Total (low first)"}


# ---- What staff may open (the rule itself is courses.permissions) ----

def courses_for_staff(*, user: AbstractBaseUser) -> QuerySet[Course]:
    if not teaches_anything(user):
        raise PermissionDenied("Only instructors and admins can open the teaching pages.")
    return taught_courses(user)


def course_for_staff(*, user: AbstractBaseUser, slug: str) -> Course:
    """The course, or 404 to anybody who does not teach it (its existence is not theirs)."""
    course = Course.objects.filter(slug=slug).first()
    if course is None or not teaches(user, course):
        raise Http404("No such course.")
    return course


def exercise_for_staff(*, user: AbstractBaseUser, course: Course, slug: str) -> Exercise:
    exercise = (Exercise.objects.select_related("module__course", "current_version")
                .filter(slug=slug, module__course=course).first())
    if exercise is None:
        raise Http404("No such exercise.")
    return exercise


def submission_for_staff(*, user: AbstractBaseUser, submission_id: int) -> Submission:
    submission = (Submission.objects.select_related("user", "exercise__module__course",
                                                    "exercise_version", "variant")
                  .filter(pk=submission_id).first())
    if submission is None or not teaches(user, submission.exercise.module.course_id):
        raise Http404("No such submission.")
    return submission


def review_for_staff(*, user: AbstractBaseUser, review_id: int) -> ReviewRequest:
    review = (ReviewRequest.objects.select_related("submission__exercise__module__course",
                                                   "submission__user", "requested_by",
                                                   "resolved_by")
              .filter(pk=review_id).first())
    if review is None or not teaches(user, review.submission.exercise.module.course_id):
        raise Http404("No such review.")
    return review


def regrade_for_staff(*, user: AbstractBaseUser, regrade_id: int) -> Regrade:
    regrade = (Regrade.objects.select_related("exercise__module__course", "version")
               .filter(pk=regrade_id).first())
    if regrade is None or not teaches(user, regrade.exercise.module.course_id):
        raise Http404("No such regrade.")
    return regrade


# ---- Gradebook ----

@dataclass
class Cell:
    best: float = 0.0
    attempts: int = 0
    late: bool = False
    solved: bool = False
    overridden: bool = False
    latest_id: int | None = None

    @property
    def started(self) -> bool:
        return self.attempts > 0


@dataclass
class LearnerRow:
    user: User
    cells: list[Cell]
    module_totals: list[float]
    enrollment: Enrollment | None = None  # in the gradebook's run: student id, section

    @property
    def total(self) -> float:
        return sum(self.module_totals)

    @property
    def student_id(self) -> str:
        return self.enrollment.student_id if self.enrollment else ""

    @property
    def section(self) -> str:
        section = self.enrollment.section if self.enrollment else None
        return section.name if section else ""


@dataclass
class ModuleColumns:
    module: Module
    exercises: list[Exercise]
    due_at: datetime | None = None  # in the run (learners' extensions aside)

    @property
    def points(self) -> float:
        return float(sum(exercise.points for exercise in self.exercises))


@dataclass
class Gradebook:
    run: CourseRun
    modules: list[ModuleColumns]
    rows: list[LearnerRow] = field(default_factory=list)

    @property
    def course(self) -> Course:
        return self.run.course

    @property
    def exercises(self) -> list[Exercise]:
        return [exercise for columns in self.modules for exercise in columns.exercises]

    @property
    def points(self) -> float:
        return sum(columns.points for columns in self.modules)


def gradebook(
    *, run: CourseRun, module_slug: str = "", learner: str = "", status: str = "",
    sort: str = "learner",
) -> Gradebook:
    """The run's learners x published exercises: best counted score, attempts, late mark;
    totals."""
    modules = _module_columns(run, module_slug)
    book = Gradebook(run=run, modules=modules)
    exercises = book.exercises
    learners = User.objects.filter(enrollments__run=run,
                                   enrollments__role=Enrollment.Role.LEARNER).order_by("username")
    if learner:
        learners = learners.filter(username__icontains=learner)
    cells = _cells(run, exercises, learners)
    members = {enrollment.user_id: enrollment for enrollment in Enrollment.objects.filter(
        run=run, role=Enrollment.Role.LEARNER).select_related("section")}
    for user in learners:
        row_cells = [cells.get((user.pk, exercise.pk), Cell()) for exercise in exercises]
        book.rows.append(LearnerRow(user=user, cells=row_cells,
                                    module_totals=_module_totals(modules, row_cells),
                                    enrollment=members.get(user.pk)))
    book.rows = [row for row in book.rows if _has_status(row, status)]
    if sort in ("total", "-total"):
        book.rows.sort(key=lambda row: (row.total, row.user.username.lower()) if sort == "total"
                       else (-row.total, row.user.username.lower()))
    return book


def _module_columns(run: CourseRun, module_slug: str) -> list[ModuleColumns]:
    modules = run.course.modules.order_by("order", "title")
    if module_slug:
        modules = modules.filter(slug=module_slug)
    published = Exercise.objects.filter(module__in=modules, published=True).order_by(
        "order", "title")
    by_module: dict[int, list[Exercise]] = defaultdict(list)
    for exercise in published:
        by_module[exercise.module_id].append(exercise)
    due = dict(DueDate.objects.filter(run=run).values_list("module_id", "due_at"))
    return [ModuleColumns(module=module, exercises=by_module[module.pk], due_at=due.get(module.pk))
            for module in modules]


def _cells(run: CourseRun, exercises: list[Exercise],
           learners: QuerySet[User]) -> dict[tuple[int, int], Cell]:
    submissions = Submission.objects.filter(
        run=run, exercise__in=exercises, user__in=learners, kind=Submission.Kind.SUBMIT,
    ).only("user_id", "exercise_id", "run_id", "status", "verdict", "score", "score_override",
           "late", "max_score").order_by("created_at", "id")
    points = {exercise.pk: float(exercise.points) for exercise in exercises}
    cells: dict[tuple[int, int], Cell] = {}
    for submission in submissions:
        cell = cells.setdefault((submission.user_id, submission.exercise_id), Cell())
        cell.attempts += 1
        cell.latest_id = submission.pk
        cell.late = cell.late or submission.late
        if submission.status != Submission.Status.GRADED:
            continue
        counted = min(rules.counted_score(submission, run), points[submission.exercise_id])
        cell.best = max(cell.best, counted)
        cell.solved = cell.solved or rules.reaches_full_marks(submission)
        cell.overridden = cell.overridden or submission.score_override is not None
    return cells


def _module_totals(modules: list[ModuleColumns], cells: list[Cell]) -> list[float]:
    totals, start = [], 0
    for columns in modules:
        end = start + len(columns.exercises)
        totals.append(sum(cell.best for cell in cells[start:end]))
        start = end
    return totals


def _has_status(row: LearnerRow, status: str) -> bool:
    if status == "complete":
        return bool(row.cells) and all(cell.solved for cell in row.cells)
    if status == "in-progress":
        return any(cell.started for cell in row.cells) and not all(
            cell.solved for cell in row.cells)
    if status == "not-started":
        return not any(cell.started for cell in row.cells)
    if status == "late":
        return any(cell.late for cell in row.cells)
    return True


# ---- Analytics ----

@dataclass
class Analytics:
    exercise: Exercise
    learners_attempted: int
    learners_solved: int
    attempts_to_solve: list[tuple[str, int]]  # (bucket label, learners)
    median_attempts: float | None
    median_time: timedelta | None
    failing_tests: list[tuple[str, int, int]]  # (test name, failures, graded submissions)

    @property
    def pass_rate(self) -> int:
        if not self.learners_attempted:
            return 0
        return round(100 * self.learners_solved / self.learners_attempted)

    @property
    def busiest_bucket(self) -> int:
        return max([count for _, count in self.attempts_to_solve] + [1])


def analytics(*, exercise: Exercise) -> Analytics:
    """Attempts until solved, pass rate, median time to solve, the tests that fail most."""
    staff = Enrollment.objects.filter(run__course=exercise.module.course_id,
                                      role__in=TEACHING_ROLES).values("user_id")
    submissions = list(Submission.objects.filter(
        exercise=exercise, kind=Submission.Kind.SUBMIT, status=Submission.Status.GRADED,
    ).exclude(user_id__in=staff)
        .only("user_id", "attempt", "created_at", "verdict", "score_override", "max_score",
              "tests").order_by("created_at", "id"))
    first_seen: dict[int, Any] = {}
    solved: dict[int, Submission] = {}
    failures: Counter[str] = Counter()
    for submission in submissions:
        first_seen.setdefault(submission.user_id, submission.created_at)
        if submission.user_id not in solved and rules.reaches_full_marks(submission):
            solved[submission.user_id] = submission
        for test in submission.tests or []:
            if not test.get("passed"):
                failures[str(test.get("name", "?"))] += 1
    attempts = [submission.attempt or 1 for submission in solved.values()]
    times = [submission.created_at - first_seen[user_id] for user_id, submission in solved.items()]
    return Analytics(
        exercise=exercise, learners_attempted=len(first_seen), learners_solved=len(solved),
        attempts_to_solve=_buckets(attempts),
        median_attempts=statistics.median(attempts) if attempts else None,
        median_time=_median_duration(times),
        failing_tests=[(name, count, len(submissions)) for name, count in failures.most_common(10)],
    )


def _buckets(attempts: list[int]) -> list[tuple[str, int]]:
    counts = Counter(min(value, 6) for value in attempts)
    return [(str(n) if n < 6 else "6+", counts.get(n, 0)) for n in range(1, 7)]


def _median_duration(times: list[timedelta]) -> timedelta | None:
    if not times:
        return None
    seconds = statistics.median(time.total_seconds() for time in times)
    return timedelta(seconds=round(seconds))


# ---- Submissions ----

def attempts_of(*, submission: Submission) -> QuerySet[Submission]:
    """The learner's other submissions of the same exercise, oldest first (their Runs are
    scratch work, not submissions)."""
    return (Submission.objects.filter(user_id=submission.user_id,
                                      exercise_id=submission.exercise_id)
            .exclude(kind=Submission.Kind.RUN)
            .only("pk", "kind", "attempt", "status", "verdict", "score", "score_override",
                  "max_score", "late", "created_at").order_by("created_at", "id"))


def previous_attempt(*, submission: Submission) -> Submission | None:
    return (Submission.objects.filter(user_id=submission.user_id,
                                      exercise_id=submission.exercise_id)
            .filter(Q(created_at__lt=submission.created_at)
                    | Q(created_at=submission.created_at, pk__lt=submission.pk))
            .order_by("-created_at", "-id").first())


def code_diff(*, before: str, after: str) -> list[tuple[str, str]]:
    """(kind, line) pairs of a unified diff: kind is add, remove, hunk or same."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), "before", "after",
                                 lineterm="", n=3)
    out = []
    for line in list(lines)[2:]:
        kind = {"+": "add", "-": "remove", "@": "hunk"}.get(line[:1], "same")
        out.append((kind, line))
    return out


def score_changes(*, course: Course | None = None,
                  submission: Submission | None = None) -> QuerySet[ScoreChange]:
    changes = ScoreChange.objects.select_related(
        "changed_by", "submission__user", "submission__exercise")
    if course is not None:
        changes = changes.filter(submission__exercise__module__course=course)
    if submission is not None:
        changes = changes.filter(submission=submission)
    return changes.order_by("-created_at", "-id")


# ---- Reviews ----

def review_queue(
    *, user: AbstractBaseUser, course_slug: str = "", exercise_slug: str = "",
    state: str = "open",
) -> QuerySet[ReviewRequest]:
    courses = courses_for_staff(user=user)
    reviews = ReviewRequest.objects.filter(
        submission__exercise__module__course__in=courses
    ).select_related("submission__exercise__module__course", "requested_by")
    if course_slug:
        reviews = reviews.filter(submission__exercise__module__course__slug=course_slug)
    if exercise_slug:
        reviews = reviews.filter(submission__exercise__slug=exercise_slug)
    if state in ReviewRequest.State.values:
        reviews = reviews.filter(state=state)
    # Oldest open first: the queue is worked through in the order learners asked.
    return reviews.order_by("created_at", "id") if state == "open" else reviews


def reviews_of_learner(*, user: AbstractBaseUser) -> QuerySet[ReviewRequest]:
    return ReviewRequest.objects.filter(requested_by_id=user.pk).select_related(
        "submission__exercise__module__course")


def regrades_of(*, exercise: Exercise) -> QuerySet[Regrade]:
    return Regrade.objects.filter(exercise=exercise).select_related("requested_by")[:10]


def unpublished_changes(*, exercise: Exercise) -> bool:
    """Whether the exercise's draft was saved (validated, say) but not published since: a
    regrade grades against the published version, so it would not use those changes."""
    draft = ExerciseDraft.objects.select_related("exercise").filter(exercise=exercise).first()
    return draft is not None and draft.has_unpublished_changes


def exercises_of_courses(*, courses: QuerySet[Course], course_slug: str = "") -> list[Exercise]:
    """The exercises offered as a filter in the review queue."""
    found = Exercise.objects.filter(module__course__in=courses).order_by(
        "module__course__title", "module__order", "order")
    if course_slug:
        found = found.filter(module__course__slug=course_slug)
    return list(found.only("slug", "title"))


def open_review_of(*, submission: Submission) -> ReviewRequest | None:
    return submission.review_requests.filter(state=ReviewRequest.State.OPEN).first()


# ---- What the learner sees of staff's work on their grade ----

@dataclass(frozen=True)
class ReviewAnswer:
    review: ReviewRequest
    change: ScoreChange | None  # the change the answer made, if it changed the score
    kept: float | None  # the grade it kept, if it kept it


@dataclass(frozen=True)
class GradeHistory:
    submission: Submission
    changes: list[ScoreChange]  # newest first
    reviews: list[ReviewAnswer]  # newest first

    @property
    def override(self) -> ScoreChange | None:
        """The change that set the override in force (a regrade since would have cleared it)."""
        if self.submission.score_override is None or not self.changes:
            return None
        latest = self.changes[0]
        return None if latest.source == ScoreChange.Source.REGRADE else latest

    @property
    def open_review(self) -> ReviewRequest | None:
        return next((answer.review for answer in self.reviews
                     if answer.review.state == ReviewRequest.State.OPEN), None)


def grade_history(*, user: AbstractBaseUser, submission: Submission) -> GradeHistory:
    """What staff did to the grade of `submission`, if it is the user's own (else nothing)."""
    own = Q(submission_id=submission.pk, submission__user_id=user.pk)
    changes = list(ScoreChange.objects.filter(own).select_related("changed_by")
                   .order_by("-created_at", "-id"))
    reviews = (ReviewRequest.objects.filter(own).select_related("resolved_by")
               .order_by("-created_at", "-id"))
    return GradeHistory(submission=submission, changes=changes,
                        reviews=[_answer(review, changes, submission) for review in reviews])


def _answer(review: ReviewRequest, changes: list[ScoreChange],
            submission: Submission) -> ReviewAnswer:
    if review.state == ReviewRequest.State.OPEN:
        return ReviewAnswer(review=review, change=None, kept=None)
    change = next((change for change in changes if change.review_id == review.pk), None)
    if change is not None:
        return ReviewAnswer(review=review, change=change, kept=None)
    # The grade kept is the one the next change started from; with none since, today's.
    assert review.resolved_at is not None  # a closed review (a database constraint)
    later = [change for change in changes if change.created_at > review.resolved_at]
    kept = later[-1].old_score if later else rules.grade_of(submission)
    return ReviewAnswer(review=review, change=None, kept=kept)
