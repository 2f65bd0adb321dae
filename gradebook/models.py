"""Grade review and the audit log of every score change.

A submission's *grade* is its staff override when it has one, else its graded score. What the
grade *counts for* in Progress and the gradebook: the override as it is, or the graded score
under the course's late policy (gradebook.rules.counted_score).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class ReviewRequest(models.Model):
    """A learner asks staff to look at one graded submission again."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    class Outcome(models.TextChoices):
        KEPT = "kept", "Score kept"
        OVERRIDDEN = "overridden", "Score changed"

    submission = models.ForeignKey(
        "grader.Submission", on_delete=models.CASCADE, related_name="review_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_requests"
    )
    message = models.TextField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    outcome = models.CharField(max_length=12, choices=Outcome.choices, blank=True)
    reason = models.TextField(blank=True, help_text="shown to the learner")
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(state__in=["open", "closed"]),
                                   name="review_state_valid"),
            models.CheckConstraint(
                condition=Q(state="open", outcome="", resolved_at__isnull=True)
                | Q(state="closed", outcome__in=["kept", "overridden"],
                    resolved_at__isnull=False) & ~Q(reason=""),
                name="review_closed_has_outcome_and_reason",
            ),
            # A learner waits for one answer at a time per submission.
            models.UniqueConstraint(fields=["submission"], condition=Q(state="open"),
                                    name="review_one_open_per_submission"),
        ]

    def __str__(self) -> str:
        return f"review of #{self.submission_id} ({self.state})"


class ScoreChange(models.Model):
    """The audit log: every change of a submission's grade, who made it, and why."""

    class Source(models.TextChoices):
        OVERRIDE = "override", "Override"
        REVIEW = "review", "Review"
        REGRADE = "regrade", "Regrade"

    submission = models.ForeignKey(
        "grader.Submission", on_delete=models.CASCADE, related_name="score_changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    source = models.CharField(max_length=10, choices=Source.choices)
    old_score = models.FloatField()
    new_score = models.FloatField()
    reason = models.TextField()
    review = models.ForeignKey(ReviewRequest, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="score_changes")
    regrade = models.ForeignKey("Regrade", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="score_changes")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(source__in=["override", "review", "regrade"]),
                                   name="score_change_source_valid"),
            models.CheckConstraint(condition=Q(old_score__gte=0) & Q(new_score__gte=0),
                                   name="score_change_scores_nonnegative"),
            models.CheckConstraint(condition=~Q(reason=""), name="score_change_has_reason"),
        ]

    def __str__(self) -> str:
        return f"#{self.submission_id}: {self.old_score} -> {self.new_score} ({self.source})"


class Regrade(models.Model):
    """One regrade of an exercise's submissions: previewed first, then applied (both in Celery)."""

    class Status(models.TextChoices):
        PREVIEWING = "previewing", "Computing the preview"
        PREVIEWED = "previewed", "Preview ready"
        APPLYING = "applying", "Regrading"
        APPLIED = "applied", "Regraded"
        FAILED = "failed", "Failed"

    exercise = models.ForeignKey("exercises.Exercise", on_delete=models.CASCADE,
                                 related_name="regrades")
    version = models.ForeignKey("exercises.ExerciseVersion", on_delete=models.PROTECT,
                                related_name="+", help_text="the version graded against")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, related_name="+")
    submission_ids = models.JSONField(default=list)
    include_overridden = models.BooleanField(default=False)
    reason = models.TextField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PREVIEWING)
    preview = models.JSONField(null=True, blank=True,
                               help_text="{up, down, same, kept, failed, rows: [...]}")
    result = models.JSONField(null=True, blank=True, help_text="the same counts, as applied")
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(
        null=True, blank=True, help_text="last time its id was sent to the broker"
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["previewing", "previewed", "applying", "applied",
                                        "failed"]),
                name="regrade_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"regrade of {self.exercise_id} ({self.status})"

    @property
    def pending(self) -> bool:
        return self.status in (self.Status.PREVIEWING, self.Status.APPLYING)
