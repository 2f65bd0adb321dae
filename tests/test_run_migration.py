"""Migrations carry today's data into a default run per course without loss (and back)."""

from datetime import UTC, datetime
from typing import Any

import pytest
from django.db.models import F

from tests.test_migrations import _migrate, executor_leaf_nodes

BEFORE = [("courses", "0005_codedraft"), ("grader", "0004_fair_share"),
          ("exercises", "0004_exercisedraft_moves_to_authoring")]
AFTER = [("courses", "0008_runs_required"), ("grader", "0006_submission_run_required")]
DUE = datetime(2026, 12, 1, 23, 59, tzinfo=UTC)


def _old_world(old: Any) -> dict[str, Any]:
    """Two courses as they are today: learners, an instructor, work, progress, due dates."""
    model = old.get_model
    users = {name: model("auth", "User").objects.create(username=name)
             for name in ("ada", "grace", "prof")}
    algebra = model("courses", "Course").objects.create(
        slug="la", title="Linear Algebra", late_policy="percentage", late_percentage=40)
    stats = model("courses", "Course").objects.create(slug="st", title="Statistics")
    vectors = model("courses", "Module").objects.create(course=algebra, slug="v", title="V",
                                                        due_at=DUE)
    model("courses", "Module").objects.create(course=algebra, slug="m", title="M")
    tests = model("courses", "Module").objects.create(course=stats, slug="t", title="T")
    exercises = {"dot": _exercise(model, vectors, "dot"), "z": _exercise(model, tests, "z")}
    enroll = model("courses", "Enrollment").objects.create
    enroll(user=users["ada"], course=algebra)
    enroll(user=users["grace"], course=algebra)
    enroll(user=users["grace"], course=stats)
    enroll(user=users["prof"], course=algebra, role="instructor")
    for user, exercise, best in (("ada", "dot", 10), ("grace", "dot", 4), ("grace", "z", 6)):
        model("courses", "Progress").objects.create(
            user=users[user], exercise=exercises[exercise], best_score=best, max_score=10,
            attempts=2)
        for attempt in (1, 2):
            _submission(model, users[user], exercises[exercise], attempt, late=attempt == 2)
    return {"users": users, "exercises": exercises}


def _exercise(model: Any, module: Any, slug: str) -> Any:
    exercise = model("exercises", "Exercise").objects.create(
        module=module, slug=slug, title=slug, points=10, entry="f", statement_md="x",
        statement_html="x", starter_code="")
    version = model("exercises", "ExerciseVersion").objects.create(
        exercise=exercise, number=1, content_hash=slug, solution_code="", cases_code="",
        config={}, entry="f", points=10)
    model("exercises", "Variant").objects.create(version=version, index=0, seed=1, cases=[])
    return exercise


def _submission(model: Any, user: Any, exercise: Any, attempt: int, *, late: bool) -> Any:
    version = model("exercises", "ExerciseVersion").objects.get(exercise=exercise)
    return model("grader", "Submission").objects.create(
        user=user, exercise=exercise, exercise_version=version, variant=version.variants.get(),
        code="pass", attempt=attempt, status="graded", verdict="failed", score=attempt,
        max_score=10, late=late)


def _snapshot(apps: Any) -> dict[str, Any]:
    """What must survive, in terms that do not depend on the schema of either side."""
    model = apps.get_model
    return {
        "enrollments": sorted(model("courses", "Enrollment").objects.values_list(
            "user__username", "role")),
        "progress": sorted(model("courses", "Progress").objects.values_list(
            "user__username", "exercise__slug", "best_score", "max_score", "attempts")),
        "submissions": sorted(model("grader", "Submission").objects.values_list(
            "pk", "user__username", "exercise__slug", "attempt", "score", "late")),
    }


@pytest.mark.django_db(transaction=True)
def test_todays_data_moves_into_one_default_run_per_course_and_back() -> None:
    old = _migrate(BEFORE)
    _old_world(old)
    before = _snapshot(old)

    new = _migrate(AFTER)

    assert _snapshot(new) == before
    runs = new.get_model("courses", "CourseRun").objects.order_by("course__slug")
    assert [(run.course.slug, run.slug, run.title, run.time_zone, run.enrollment,
             run.is_default, run.late_policy, run.late_percentage) for run in runs] == [
        ("la", "default", "Linear Algebra", "UTC", "open", True, "percentage", 40),
        ("st", "default", "Statistics", "UTC", "open", True, "counts", 50),
    ]
    # Every row is in its own course's default run.
    model = new.get_model
    assert not model("courses", "Enrollment").objects.exclude(run__is_default=True).exists()
    assert sorted(model("courses", "Enrollment").objects.values_list(
        "user__username", "run__course__slug")) == [
        ("ada", "la"), ("grace", "la"), ("grace", "st"), ("prof", "la")]
    for name in (("courses", "Progress"), ("grader", "Submission")):
        rows = model(*name).objects
        in_own_default = rows.filter(run__course=F("exercise__module__course"),
                                     run__is_default=True)
        assert in_own_default.count() == rows.count() > 0, name
    assert list(model("courses", "DueDate").objects.values_list(
        "run__course__slug", "run__slug", "module__slug", "due_at")) == [
        ("la", "default", "v", DUE)]

    back = _migrate(BEFORE)

    assert _snapshot(back) == before
    courses = back.get_model("courses", "Course").objects.order_by("slug")
    assert [(course.late_policy, course.late_percentage) for course in courses] == [
        ("percentage", 40), ("counts", 50)]
    assert sorted(back.get_model("courses", "Module").objects.values_list("slug", "due_at")) == [
        ("m", None), ("t", None), ("v", DUE)]
    assert sorted(back.get_model("courses", "Enrollment").objects.values_list(
        "user__username", "course__slug")) == [
        ("ada", "la"), ("grace", "la"), ("grace", "st"), ("prof", "la")]

    _migrate(executor_leaf_nodes())  # back to the latest state for the tests that follow

