import hashlib
import json
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


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


class ExerciseDraft(models.Model):
    """The editable package of a browser-authored exercise: its working copy.

    Learners only ever see the Exercise row and its versions, which change on publish. The
    draft keeps the last validation (run in the sandbox by a Celery task) together with the
    fingerprint of the content it judged and the reference variants it computed, so Publish
    can check, without running anything, that exactly this content passed.
    """

    class Status(models.TextChoices):
        NEVER = "never", "Not validated"
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        PASSED = "passed", "Passed"
        FAILED = "failed", "Failed"

    exercise = models.OneToOneField(Exercise, on_delete=models.CASCADE, related_name="draft")
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(default=0)
    points = models.PositiveIntegerField(default=10)
    difficulty = models.CharField(
        max_length=10, choices=Exercise.Difficulty.choices, default=Exercise.Difficulty.EASY
    )
    tags = models.JSONField(default=list, blank=True)
    entry = models.CharField(max_length=100)
    variants = models.PositiveSmallIntegerField(default=3)
    hints = models.JSONField(default=list, blank=True)
    inputs_read_only = models.BooleanField(default=False)
    limits = models.JSONField(default=dict, help_text="{time_seconds, memory_mb}")
    checks = models.JSONField(default=list, help_text="the [[checks]] tables, as a list")
    statement_md = models.TextField(blank=True)
    starter = models.TextField(blank=True)
    solution = models.TextField(blank=True)
    cases = models.TextField(blank=True)
    mutants = models.JSONField(default=dict, blank=True, help_text="{name: source}")

    validation_status = models.CharField(max_length=10, choices=Status.choices,
                                         default=Status.NEVER)
    # Bumped by every request: a run whose number is no longer current may not store its report.
    validation_run = models.PositiveIntegerField(default=0)
    validation_requested_at = models.DateTimeField(null=True, blank=True)
    validation_started_at = models.DateTimeField(null=True, blank=True)
    validated_at = models.DateTimeField(null=True, blank=True)
    validation_report = models.JSONField(null=True, blank=True)
    validated_fingerprint = models.CharField(max_length=64, blank=True)
    validated_variants = models.JSONField(
        default=list, blank=True, help_text="[[seed, cases]] of the reference, from validation"
    )
    published_fingerprint = models.CharField(max_length=64, blank=True)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(validation_status__in=["never", "queued", "running", "passed",
                                                   "failed"]),
                name="draft_validation_status_valid",
            ),
            models.CheckConstraint(condition=Q(variants__gte=1) & Q(variants__lte=20),
                                   name="draft_variants_in_range"),
        ]

    def __str__(self) -> str:
        return f"draft of {self.exercise.slug}"

    def fingerprint(self) -> str:
        """Changes whenever anything validation looks at changes (the slug seeds the variants)."""
        judged = {
            "slug": self.exercise.slug, "entry": self.entry, "variants": self.variants,
            "checks": self.checks, "limits": self.limits,
            "inputs_read_only": self.inputs_read_only, "statement_md": self.statement_md,
            "starter": self.starter, "solution": self.solution, "cases": self.cases,
            "mutants": self.mutants,
        }
        return hashlib.sha256(json.dumps(judged, sort_keys=True).encode()).hexdigest()

    @property
    def validation_pending(self) -> bool:
        return self.validation_status in (self.Status.QUEUED, self.Status.RUNNING)

    def validation_stalled(self, *, after_seconds: float) -> bool:
        """Pending for longer than any run may take: its message or worker was lost."""
        if not self.validation_pending or self.validation_requested_at is None:
            return False
        waited = timezone.now() - self.validation_requested_at
        return waited.total_seconds() > after_seconds

    @property
    def validation_current(self) -> bool:
        """The last finished validation judged exactly the content saved now."""
        return bool(self.validated_fingerprint) and self.validated_fingerprint == self.fingerprint()

    @property
    def publishable(self) -> bool:
        return self.validation_status == self.Status.PASSED and self.validation_current

    @property
    def has_unpublished_changes(self) -> bool:
        return self.published_fingerprint != self.fingerprint()
