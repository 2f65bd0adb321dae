"""ExerciseDraft moved to the authoring app (authoring.0001 takes over its table)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("exercises", "0003_version_entry_points")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel(name="ExerciseDraft")],
        ),
    ]
