import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0007_default_runs"),
        ("grader", "0005_submission_run"),
    ]

    operations = [
        migrations.AlterField(
            model_name="submission",
            name="run",
            field=models.ForeignKey(on_delete=django.db.models.deletion.RESTRICT,
                                    related_name="submissions", to="courses.courserun"),
        ),
    ]
