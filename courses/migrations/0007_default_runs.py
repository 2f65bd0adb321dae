"""Today's data goes into a default run per course, without loss: the run takes the course's
title and late policy (time zone UTC, open enrolment); every enrollment, submission and
progress row of the course joins it, and every module's due date becomes the run's.

Undone, the default run's policy and due dates go back to the course and its modules. The old
tables hold one enrollment per course and one progress row per exercise, so of several runs'
rows the default run's is kept (else the newest), and a TA becomes a learner (there was no
such role).
"""

from typing import Any

from django.db import migrations


def to_default_runs(apps: Any, schema_editor: Any) -> None:
    models = {name: apps.get_model("courses", name) for name in
              ("Course", "CourseRun", "DueDate", "Enrollment", "Module", "Progress")}
    submissions = apps.get_model("grader", "Submission").objects
    for course in models["Course"].objects.order_by("pk"):
        run = models["CourseRun"].objects.create(
            course=course, slug="default", title=course.title, time_zone="UTC",
            enrollment="open", is_default=True, late_policy=course.late_policy,
            late_percentage=course.late_percentage)
        models["Enrollment"].objects.filter(course=course).update(run=run)
        models["Progress"].objects.filter(exercise__module__course=course).update(run=run)
        submissions.filter(exercise__module__course=course).update(run=run)
        dated = models["Module"].objects.filter(course=course, due_at__isnull=False)
        models["DueDate"].objects.bulk_create(
            models["DueDate"](run=run, module_id=module_id, due_at=due_at)
            for module_id, due_at in dated.values_list("pk", "due_at"))


def to_courses(apps: Any, schema_editor: Any) -> None:
    models = {name: apps.get_model("courses", name) for name in
              ("Course", "CourseRun", "DueDate", "Enrollment", "Module", "Progress")}
    for run in models["CourseRun"].objects.filter(is_default=True):
        models["Course"].objects.filter(pk=run.course_id).update(
            late_policy=run.late_policy, late_percentage=run.late_percentage)
        for module_id, due_at in run.due_dates.values_list("module_id", "due_at"):
            models["Module"].objects.filter(pk=module_id).update(due_at=due_at)
    enrollments = models["Enrollment"].objects
    enrollments.filter(role="ta").update(role="learner")
    _keep_one(enrollments.select_related("run").order_by("-run__is_default", "-created_at", "-pk"),
              key=lambda row: (row.user_id, row.run.course_id),
              keep=lambda row: enrollments.filter(pk=row.pk).update(course=row.run.course_id))
    _keep_one(models["Progress"].objects.order_by("-run__is_default", "-updated_at", "-pk"),
              key=lambda row: (row.user_id, row.exercise_id), keep=lambda row: None)


def _keep_one(rows: Any, *, key: Any, keep: Any) -> None:
    """Keeps the first row of each key (in the order given), deletes the others."""
    seen, extra = set(), []
    for row in rows:
        if key(row) in seen:
            extra.append(row.pk)
        else:
            seen.add(key(row))
            keep(row)
    rows.model.objects.filter(pk__in=extra).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0006_runs"),
        ("grader", "0005_submission_run"),
    ]

    operations = [migrations.RunPython(to_default_runs, to_courses)]
