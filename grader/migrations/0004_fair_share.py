"""A fair share of the grader: one running submission per learner, and an index for turns."""

from django.conf import settings
from django.db import migrations, models


def requeue_extra_running(apps, schema_editor):
    """A learner's second running submission goes back to the queue (the sweeper sends it)."""
    Submission = apps.get_model("grader", "Submission")
    kept: set[int] = set()
    for pk, user_id in (Submission.objects.filter(status="running")
                        .order_by("started_at", "id").values_list("pk", "user_id")):
        if user_id in kept:
            Submission.objects.filter(pk=pk).update(status="queued", enqueued_at=None)
        kept.add(user_id)


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0004_exercisedraft_moves_to_authoring"),
        ("grader", "0003_submission_late_submission_score_override_and_more"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="submission",
            index=models.Index(fields=["user", "-started_at"], name="submission_user_started"),
        ),
        migrations.RunPython(requeue_extra_running, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="submission",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "running")), fields=("user",),
                name="submission_one_running_per_user"),
        ),
    ]
