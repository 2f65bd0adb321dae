"""Course runs (terms), sections, due dates per run and extensions: the tables, and the new
columns as nullable, so that 0007 can carry today's data into a default run per course before
0008 makes them required. The uniqueness rules change here, so that undoing 0007 can merge
rows back before the old rules return."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import courses.models

RUN = "courses.courserun"
CASCADE = django.db.models.deletion.CASCADE


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0005_codedraft"),
        ("exercises", "0004_exercisedraft_moves_to_authoring"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CourseRun",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("course", models.ForeignKey(on_delete=CASCADE, related_name="runs",
                                             to="courses.course")),
                ("slug", models.SlugField()),
                ("title", models.CharField(max_length=200)),
                ("time_zone", models.CharField(default="UTC", max_length=64,
                                               validators=[courses.models.validate_time_zone])),
                ("starts_on", models.DateField(blank=True, null=True)),
                ("ends_on", models.DateField(blank=True, null=True)),
                ("enrollment", models.CharField(
                    choices=[("open", "Anyone signed in may join"),
                             ("code", "With a section's join code"),
                             ("lti", "Only through the LMS"), ("closed", "Closed")],
                    default="open", max_length=8)),
                ("is_default", models.BooleanField(default=False)),
                ("late_policy", models.CharField(
                    choices=[("counts", "Late work counts in full"),
                             ("percentage", "Late work earns a percentage"),
                             ("zero", "Late work does not count")],
                    default="counts", max_length=12)),
                ("late_percentage", models.PositiveSmallIntegerField(
                    default=50,
                    help_text="percent of the score a late submission keeps (policy: percentage)")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "ordering": ["course", "-is_default", "-starts_on", "title"],
                "constraints": [
                    models.UniqueConstraint(fields=("course", "slug"),
                                            name="run_unique_slug_per_course"),
                    models.UniqueConstraint(condition=models.Q(("is_default", True)),
                                            fields=("course",), name="run_one_default_per_course"),
                    models.CheckConstraint(
                        condition=models.Q(("enrollment__in", ["open", "code", "lti", "closed"])),
                        name="run_enrollment_valid"),
                    models.CheckConstraint(
                        condition=models.Q(("late_policy__in", ["counts", "percentage", "zero"])),
                        name="run_late_policy_valid"),
                    models.CheckConstraint(
                        condition=models.Q(("late_percentage__gte", 0),
                                           ("late_percentage__lte", 100)),
                        name="run_late_percentage_in_range"),
                    models.CheckConstraint(
                        condition=models.Q(("starts_on__isnull", True), ("ends_on__isnull", True),
                                           ("ends_on__gte", models.F("starts_on")),
                                           _connector="OR"),
                        name="run_ends_after_it_starts"),
                ],
            },
        ),
        migrations.CreateModel(
            name="Section",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("run", models.ForeignKey(on_delete=CASCADE, related_name="sections", to=RUN)),
                ("name", models.CharField(max_length=100)),
                ("join_code", models.CharField(default=courses.models.new_join_code,
                                               max_length=16, unique=True)),
            ],
            options={
                "ordering": ["run", "name"],
                "constraints": [
                    models.UniqueConstraint(fields=("run", "name"),
                                            name="section_unique_name_per_run"),
                ],
            },
        ),
        migrations.CreateModel(
            name="DueDate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("run", models.ForeignKey(on_delete=CASCADE, related_name="due_dates", to=RUN)),
                ("module", models.ForeignKey(on_delete=CASCADE, related_name="due_dates",
                                             to="courses.module")),
                ("due_at", models.DateTimeField()),
            ],
            options={
                "ordering": ["run", "due_at"],
                "constraints": [
                    models.UniqueConstraint(fields=("run", "module"),
                                            name="duedate_unique_run_module"),
                ],
            },
        ),
        migrations.CreateModel(
            name="Extension",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("run", models.ForeignKey(on_delete=CASCADE, related_name="extensions", to=RUN)),
                ("user", models.ForeignKey(blank=True, null=True, on_delete=CASCADE,
                                           related_name="extensions",
                                           to=settings.AUTH_USER_MODEL)),
                ("section", models.ForeignKey(blank=True, null=True, on_delete=CASCADE,
                                              related_name="extensions", to="courses.section")),
                ("module", models.ForeignKey(blank=True, null=True, on_delete=CASCADE,
                                             related_name="extensions", to="courses.module")),
                ("exercise", models.ForeignKey(blank=True, null=True, on_delete=CASCADE,
                                               related_name="extensions",
                                               to="exercises.exercise")),
                ("due_at", models.DateTimeField()),
                ("reason", models.TextField(
                    help_text="why it was granted (an accommodation, an illness)")),
                ("granted_by", models.ForeignKey(
                    blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                    related_name="+", to=settings.AUTH_USER_MODEL)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("section__isnull", True), ("user__isnull", False)),
                            models.Q(("section__isnull", False), ("user__isnull", True)),
                            _connector="OR"),
                        name="extension_for_a_user_or_a_section"),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("exercise__isnull", True), ("module__isnull", False)),
                            models.Q(("exercise__isnull", False), ("module__isnull", True)),
                            _connector="OR"),
                        name="extension_of_a_module_or_an_exercise"),
                    models.CheckConstraint(condition=models.Q(("reason", ""), _negated=True),
                                           name="extension_has_a_reason"),
                    models.UniqueConstraint(
                        condition=models.Q(("module__isnull", False), ("user__isnull", False)),
                        fields=("run", "user", "module"), name="extension_unique_user_module"),
                    models.UniqueConstraint(
                        condition=models.Q(("exercise__isnull", False), ("user__isnull", False)),
                        fields=("run", "user", "exercise"),
                        name="extension_unique_user_exercise"),
                    models.UniqueConstraint(
                        condition=models.Q(("module__isnull", False), ("section__isnull", False)),
                        fields=("run", "section", "module"),
                        name="extension_unique_section_module"),
                    models.UniqueConstraint(
                        condition=models.Q(("exercise__isnull", False),
                                           ("section__isnull", False)),
                        fields=("run", "section", "exercise"),
                        name="extension_unique_section_exercise"),
                ],
            },
        ),
        # Enrollment: per run, with a section and the TA role.
        migrations.AddField(
            model_name="enrollment",
            name="run",
            field=models.ForeignKey(null=True, on_delete=CASCADE, related_name="enrollments",
                                    to=RUN),
        ),
        migrations.AddField(
            model_name="enrollment",
            name="section",
            field=models.ForeignKey(blank=True, null=True,
                                    on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="enrollments", to="courses.section"),
        ),
        # Nullable until 0008 removes it, so that undoing 0008 can bring the column back.
        migrations.AlterField(
            model_name="enrollment",
            name="course",
            field=models.ForeignKey(null=True, on_delete=CASCADE, related_name="enrollments",
                                    to="courses.course"),
        ),
        migrations.RemoveConstraint(model_name="enrollment", name="enrollment_unique_user_course"),
        migrations.AddConstraint(
            model_name="enrollment",
            constraint=models.UniqueConstraint(fields=("user", "run"),
                                               name="enrollment_unique_user_run"),
        ),
        migrations.RemoveConstraint(model_name="enrollment", name="enrollment_role_valid"),
        migrations.AlterField(
            model_name="enrollment",
            name="role",
            field=models.CharField(choices=[("learner", "Learner"), ("ta", "Teaching assistant"),
                                            ("instructor", "Instructor")],
                                   default="learner", max_length=20),
        ),
        migrations.AddConstraint(
            model_name="enrollment",
            constraint=models.CheckConstraint(
                condition=models.Q(("role__in", ["learner", "ta", "instructor"])),
                name="enrollment_role_valid"),
        ),
        # Progress: per run.
        migrations.AddField(
            model_name="progress",
            name="run",
            field=models.ForeignKey(null=True, on_delete=CASCADE, related_name="progress", to=RUN),
        ),
        migrations.RemoveConstraint(model_name="progress", name="progress_unique_user_exercise"),
        migrations.AddConstraint(
            model_name="progress",
            constraint=models.UniqueConstraint(fields=("user", "exercise", "run"),
                                               name="progress_unique_user_exercise_run"),
        ),
    ]
