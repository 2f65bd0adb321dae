"""A submission belongs to a run: nullable here, filled by courses 0007, required by 0006."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0006_runs"),
        ("grader", "0004_fair_share"),
    ]

    operations = [
        migrations.AddField(
            model_name="submission",
            name="run",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.RESTRICT,
                                    related_name="submissions", to="courses.courserun"),
        ),
        migrations.AlterField(
            model_name="submission",
            name="late",
            field=models.BooleanField(
                default=False,
                help_text="sent after the due date that applies to its learner "
                          "(courses.deadlines; set again when due dates change)"),
        ),
    ]
