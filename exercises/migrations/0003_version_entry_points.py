"""A version freezes the entry point and the points it is graded with (copied from today's
exercise for the versions that exist)."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_from_exercise(apps, schema_editor):
    Exercise = apps.get_model("exercises", "Exercise")
    ExerciseVersion = apps.get_model("exercises", "ExerciseVersion")
    owner = Exercise.objects.filter(pk=OuterRef("exercise_id"))
    ExerciseVersion.objects.update(entry=Subquery(owner.values("entry")[:1]),
                                   points=Subquery(owner.values("points")[:1]))


class Migration(migrations.Migration):
    dependencies = [("exercises", "0002_exercise_draft")]

    operations = [
        migrations.AddField(
            model_name="exerciseversion", name="entry",
            field=models.CharField(default="", help_text="The function the learner defines.",
                                   max_length=100),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="exerciseversion", name="points",
            field=models.PositiveIntegerField(default=10),
        ),
        migrations.RunPython(copy_from_exercise, migrations.RunPython.noop),
    ]
