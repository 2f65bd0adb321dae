import hashlib
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from grader.sandbox.types import Limits


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
    # `points` and `entry` show the current version's on pages and in totals; grading always
    # reads the submission's own (frozen) version.
    entry = models.CharField(max_length=100, help_text="The function the learner defines.")
    statement_md = models.TextField()
    statement_html = models.TextField(help_text="Rendered and sanitised at save time.")
    starter_code = models.TextField()
    hints = models.JSONField(default=list, blank=True)
    # Points taken off attempts sent after revealing each hint, one per hint (empty: free).
    # The learner reveals them one at a time through courses.hints, which records when.
    hint_penalties = models.JSONField(default=list, blank=True)
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
    entry = models.CharField(max_length=100, help_text="The function the learner defines.")
    points = models.PositiveIntegerField(default=10)
    solution_code = models.TextField()
    cases_code = models.TextField()
    config = models.JSONField(help_text="checks, limits and options from exercise.toml")
    # The known mistakes (the package's mutants) as feedback: {mutant name: the learner-facing
    # text}, and a hash of the mutants they come from. Not part of grading: a sync that finds
    # only the mutants changed updates them (and Variant.mistakes) on this version.
    misconceptions = models.JSONField(default=dict, blank=True)
    mistakes_hash = models.CharField(max_length=64, blank=True)
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

    def sandbox_limits(self) -> Limits:
        return Limits.from_config(self.limits, ceiling_seconds=settings.GRADER_SANDBOX_MAX_SECONDS)

    def variant_for(self, user_id: int) -> "Variant":
        """Each learner keeps one variant of an exercise: stable across attempts and versions.

        The choice hashes the learner and the exercise's slug (not the version), so a new
        version with as many variants gives every learner the same index as before.
        """
        variant_ids = list(self.variants.order_by("index").values_list("pk", flat=True))
        if not variant_ids:
            raise ValidationError("This exercise is not ready for submissions yet.")
        digest = hashlib.sha256(f"{user_id}:{self.exercise.slug}".encode()).digest()
        chosen = variant_ids[int.from_bytes(digest[:4], "big") % len(variant_ids)]
        return Variant.objects.only("pk", "index", "seed", "version_id", "cases").get(pk=chosen)


class Variant(models.Model):
    """One seeded set of cases with the reference's outputs, computed in the sandbox."""

    version = models.ForeignKey(ExerciseVersion, on_delete=models.CASCADE, related_name="variants")
    index = models.PositiveIntegerField()
    seed = models.BigIntegerField()
    cases = models.JSONField(
        help_text="[{name, public, weight, args, expected}] as encoded by the sandbox codec"
    )
    # What each mutant returned on these cases, computed in its own jail like the reference:
    # {mutant name: {case index: {ok, output, mutated}}}. Compared in the worker with a failing
    # learner's outputs (grader.misconceptions); never sent to a jail or a page.
    mistakes = models.JSONField(default=dict, blank=True)

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
