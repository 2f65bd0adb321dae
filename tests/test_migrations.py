"""Migrations keep today's data: versions get the entry and points they were graded with, and
drafts move to the authoring app with their rows."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("exercises", "0002_exercise_draft"), ("courses", "0003_course_late_percentage_"
                                                 "course_late_policy_and_more")]
AFTER = [("exercises", "0004_exercisedraft_moves_to_authoring"), ("authoring", "0002_own_table")]


def _migrate(targets: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_versions_and_drafts_survive_the_move() -> None:
    old = _migrate(BEFORE)
    course = old.get_model("courses", "Course").objects.create(slug="la", title="LA")
    module = old.get_model("courses", "Module").objects.create(course=course, slug="m", title="M")
    exercise = old.get_model("exercises", "Exercise").objects.create(
        module=module, slug="dot", title="Dot", points=7, entry="dot", statement_md="x",
        statement_html="x", starter_code="")
    old.get_model("exercises", "ExerciseVersion").objects.create(
        exercise=exercise, number=1, content_hash="h", solution_code="", cases_code="",
        config={})
    old.get_model("exercises", "ExerciseDraft").objects.create(
        exercise=exercise, title="Dot, edited", entry="dot")

    new = _migrate(AFTER)
    version = new.get_model("exercises", "ExerciseVersion").objects.get()
    assert (version.entry, version.points) == ("dot", 7)
    draft = new.get_model("authoring", "ExerciseDraft").objects.get()
    assert (draft.title, draft.exercise_id, draft.validation_enqueued_at) == (
        "Dot, edited", exercise.pk, None)
    assert "authoring_exercisedraft" in connection.introspection.table_names()

    _migrate(executor_leaf_nodes())  # back to the latest state for the tests that follow


def executor_leaf_nodes() -> list[tuple[str, str]]:
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
