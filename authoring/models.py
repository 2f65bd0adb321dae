"""The working copy of a browser-authored exercise; learners never see it."""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from exercises.models import Exercise


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
    hint_penalties = models.JSONField(default=list, blank=True, help_text="points, one per hint")
    inputs_read_only = models.BooleanField(default=False)
    returns_new = models.BooleanField(default=False)
    outputs = models.JSONField(default=list, blank=True,
                               help_text="names of the items of a returned tuple, in order")
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
    validation_enqueued_at = models.DateTimeField(
        null=True, blank=True, help_text="last time its validation was sent to the broker"
    )
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
        if self.outputs:  # only when named, so that existing drafts keep their fingerprint
            judged["outputs"] = self.outputs
        if self.returns_new:  # likewise
            judged["returns_new"] = True
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
