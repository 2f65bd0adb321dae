from typing import Any

from django.db import models
from django.db.models import Q


class Exercise(models.Model):
    """What a learner sees. The graded content lives in immutable ExerciseVersion rows."""

    class Difficulty(models.TextChoices):
        EASY = "easy", "Easy"
        MEDIUM = "medium", "Medium"
        HARD = "hard", "Hard"

    module = models.ForeignKey("courses.Module", on_delete=models.CASCADE, related_name="exercises")
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(default=0)
    points = models.PositiveIntegerField(default=10)
    difficulty = models.CharField(
        max_length=10, choices=Difficulty.choices, default=Difficulty.EASY
    )
    tags = models.JSONField(default=list, blank=True)
    entry = models.CharField(max_length=100, help_text="The function the learner defines.")
    statement_md = models.TextField()
    statement_html = models.TextField(help_text="Rendered and sanitised at save time.")
    starter_code = models.TextField()
    hints = models.JSONField(default=list, blank=True)
    published = models.BooleanField(default=True)
    source_path = models.CharField(max_length=500, blank=True)
    current_version = models.ForeignKey(
        "ExerciseVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["module", "order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(difficulty__in=["easy", "medium", "hard"]),
                name="exercise_difficulty_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ExerciseVersion(models.Model):
    """Everything grading depends on, frozen: a new content hash makes a new version."""

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    solution_code = models.TextField()
    cases_code = models.TextField()
    config = models.JSONField(help_text="checks, limits and options from exercise.toml")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["exercise", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "number"], name="version_unique_number"),
            models.UniqueConstraint(
                fields=["exercise", "content_hash"], name="version_unique_content_hash"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exercise.slug} v{self.number}"

    @property
    def limits(self) -> dict[str, Any]:
        return dict(self.config.get("limits", {}))


class Variant(models.Model):
    """One seeded set of cases with the reference's outputs, computed in the sandbox."""

    version = models.ForeignKey(ExerciseVersion, on_delete=models.CASCADE, related_name="variants")
    index = models.PositiveIntegerField()
    seed = models.BigIntegerField()
    cases = models.JSONField(
        help_text="[{name, public, weight, args, expected}] as encoded by the sandbox codec"
    )

    class Meta:
        ordering = ["version", "index"]
        constraints = [
            models.UniqueConstraint(fields=["version", "index"], name="variant_unique_index"),
        ]

    def __str__(self) -> str:
        return f"{self.version} variant {self.index}"

    @property
    def public_cases(self) -> list[dict[str, Any]]:
        return [case for case in self.cases if case.get("public")]
