"""ExerciseDraft moves from exercises to this app: only Django's state changes here; the
table keeps its name until 0002 renames it."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("exercises", "0004_exercisedraft_moves_to_authoring"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="ExerciseDraft",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("title", models.CharField(max_length=200)),
                        ("order", models.PositiveIntegerField(default=0)),
                        ("points", models.PositiveIntegerField(default=10)),
                        (
                            "difficulty",
                            models.CharField(
                                choices=[("easy", "Easy"), ("medium", "Medium"), ("hard", "Hard")],
                                default="easy",
                                max_length=10,
                            ),
                        ),
                        ("tags", models.JSONField(blank=True, default=list)),
                        ("entry", models.CharField(max_length=100)),
                        ("variants", models.PositiveSmallIntegerField(default=3)),
                        ("hints", models.JSONField(blank=True, default=list)),
                        ("inputs_read_only", models.BooleanField(default=False)),
                        ("limits", models.JSONField(default=dict, help_text="{time_seconds, memory_mb}")),
                        (
                            "checks",
                            models.JSONField(default=list, help_text="the [[checks]] tables, as a list"),
                        ),
                        ("statement_md", models.TextField(blank=True)),
                        ("starter", models.TextField(blank=True)),
                        ("solution", models.TextField(blank=True)),
                        ("cases", models.TextField(blank=True)),
                        ("mutants", models.JSONField(blank=True, default=dict, help_text="{name: source}")),
                        (
                            "validation_status",
                            models.CharField(
                                choices=[
                                    ("never", "Not validated"),
                                    ("queued", "Queued"),
                                    ("running", "Running"),
                                    ("passed", "Passed"),
                                    ("failed", "Failed"),
                                ],
                                default="never",
                                max_length=10,
                            ),
                        ),
                        ("validation_run", models.PositiveIntegerField(default=0)),
                        ("validation_requested_at", models.DateTimeField(blank=True, null=True)),
                        ("validation_started_at", models.DateTimeField(blank=True, null=True)),
                        ("validated_at", models.DateTimeField(blank=True, null=True)),
                        ("validation_report", models.JSONField(blank=True, null=True)),
                        ("validated_fingerprint", models.CharField(blank=True, max_length=64)),
                        (
                            "validated_variants",
                            models.JSONField(
                                blank=True,
                                default=list,
                                help_text="[[seed, cases]] of the reference, from validation",
                            ),
                        ),
                        ("published_fingerprint", models.CharField(blank=True, max_length=64)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "created_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "exercise",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="draft",
                                to="exercises.exercise",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "exercises_exercisedraft",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    (
                                        "validation_status__in",
                                        ["never", "queued", "running", "passed", "failed"],
                                    )
                                ),
                                name="draft_validation_status_valid",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(("variants__gte", 1), ("variants__lte", 20)),
                                name="draft_variants_in_range",
                            ),
                        ],
                    },
                ),
            ],
        ),
    ]
