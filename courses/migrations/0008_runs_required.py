"""Every enrollment and progress row now has its run (0007): the run is required, and what
the run took over leaves the course (late policy), the module (due date) and the enrollment
(course)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0007_default_runs"),
    ]

    operations = [
        migrations.AlterField(
            model_name="enrollment",
            name="run",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                    related_name="enrollments", to="courses.courserun"),
        ),
        migrations.AlterField(
            model_name="progress",
            name="run",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                    related_name="progress", to="courses.courserun"),
        ),
        migrations.RemoveField(model_name="enrollment", name="course"),
        migrations.RemoveField(model_name="module", name="due_at"),
        migrations.RemoveConstraint(model_name="course", name="course_late_policy_valid"),
        migrations.RemoveConstraint(model_name="course", name="course_late_percentage_in_range"),
        migrations.RemoveField(model_name="course", name="late_policy"),
        migrations.RemoveField(model_name="course", name="late_percentage"),
    ]
