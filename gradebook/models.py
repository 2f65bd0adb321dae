"""Grade review and the audit log of every score change.

A submission's *grade* is its staff override when it has one, else its graded score. What the
grade *counts for* in Progress and the gradebook: the override as it is, or the graded score
under the course's late policy (gradebook.rules.counted_score).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, Q
from django.utils import timezone


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
    """One regrade of an exercise's submissions: previewed first, then applied (both in Celery).

    Each phase runs one RegradeItem per chosen submission, each in its own task; the phase ends
    when its last item does: `previewed`/`applied`, or `failed` when an item could not run
    (then `message` says which, and the page can retry just those).
    """

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
    message = models.TextField(blank=True, help_text="what could not be regraded, and why")
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(
        null=True, blank=True, help_text="last time its items were sent to the broker"
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
            models.CheckConstraint(condition=~Q(status="failed", message=""),
                                   name="regrade_failed_says_why"),
        ]

    def __str__(self) -> str:
        return f"regrade of {self.exercise_id} ({self.status})"

    @property
    def pending(self) -> bool:
        return self.status in (self.Status.PREVIEWING, self.Status.APPLYING)

    @property
    def phase(self) -> str:
        """The phase running, or the last one run (a failed regrade failed in this one)."""
        if self.status in (self.Status.PREVIEWING, self.Status.PREVIEWED):
            return RegradeItem.Phase.PREVIEW
        if self.status in (self.Status.APPLYING, self.Status.APPLIED):
            return RegradeItem.Phase.APPLY
        applied = self.items.filter(phase=RegradeItem.Phase.APPLY).exists()
        return RegradeItem.Phase.APPLY if applied else RegradeItem.Phase.PREVIEW

    def progress(self) -> "RegradeProgress":
        """How far the current phase got, in one query over its items."""
        done = Q(state=RegradeItem.State.DONE)
        tally = self.items.filter(phase=self.phase).aggregate(
            total=Count("pk"), done=Count("pk", filter=done),
            failed=Count("pk", filter=Q(state=RegradeItem.State.FAILED)),
            up=Count("pk", filter=done & Q(change="up")),
            down=Count("pk", filter=done & Q(change="down")),
            same=Count("pk", filter=done & Q(change="same")),
            kept=Count("pk", filter=done & Q(change="kept")),
            started=Max("started_at"), finished=Max("finished_at"),
        )
        moments = [t for t in (self.enqueued_at, tally.pop("started"), tally.pop("finished")) if t]
        return RegradeProgress(**tally, last_activity=max(moments, default=None),
                               pending=self.pending)


@dataclass(frozen=True)
class RegradeProgress:
    total: int
    done: int
    failed: int
    up: int
    down: int
    same: int
    kept: int
    last_activity: datetime | None
    pending: bool

    @property
    def finished(self) -> int:
        return self.done + self.failed

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 100

    @property
    def stalled(self) -> bool:
        """Running, yet nothing was sent, claimed or finished for longer than an item's lease:
        its worker or message is lost (the sweeper takes it back; staff may resume it now)."""
        if not self.pending or self.last_activity is None:
            return False
        lease = timedelta(seconds=settings.GRADER_LEASE_SECONDS)
        return timezone.now() - self.last_activity > lease


class RegradeItem(models.Model):
    """One submission in one phase of a regrade: the unit of work, claimed and done once.

    Its task claims it (pending -> running, a conditional update), grades the code again and
    marks it done in the transaction that records the new grade, so a task delivered twice or
    killed mid-way never changes a grade twice. A claim lost with its worker is taken back by
    the sweeper after the lease; after GRADER_MAX_DELIVERIES claims it ends `failed`.
    """

    class Phase(models.TextChoices):
        PREVIEW = "preview", "Preview"
        APPLY = "apply", "Apply"

    class State(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Could not run"

    class Change(models.TextChoices):
        UP = "up", "Up"
        DOWN = "down", "Down"
        SAME = "same", "Same"
        KEPT = "kept", "Override kept"

    regrade = models.ForeignKey(Regrade, on_delete=models.CASCADE, related_name="items")
    submission = models.ForeignKey("grader.Submission", on_delete=models.CASCADE,
                                   related_name="+")
    phase = models.CharField(max_length=8, choices=Phase.choices)
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    change = models.CharField(max_length=4, choices=Change.choices, blank=True)
    old_score = models.FloatField(null=True, blank=True)
    new_score = models.FloatField(null=True, blank=True)
    message = models.TextField(blank=True, help_text="why it could not run (our side)")
    attempts = models.PositiveSmallIntegerField(default=0, help_text="claims so far")
    enqueued_at = models.DateTimeField(null=True, blank=True,
                                       help_text="last time its id was sent to the broker")
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["regrade", "phase", "submission"]
        indexes = [models.Index(fields=["state", "started_at"], name="regrade_item_lease")]
        constraints = [
            # The done-marker: one item per submission and phase, so "done" is done once.
            models.UniqueConstraint(fields=["regrade", "phase", "submission"],
                                    name="regrade_item_once_per_phase"),
            models.CheckConstraint(condition=Q(phase__in=["preview", "apply"]),
                                   name="regrade_item_phase_valid"),
            models.CheckConstraint(
                condition=Q(state__in=["pending", "running", "failed"], change="")
                | Q(state="done", change__in=["up", "down", "same", "kept"],
                    old_score__isnull=False, new_score__isnull=False),
                name="regrade_item_done_has_outcome",
            ),
            models.CheckConstraint(condition=~Q(state="running", started_at__isnull=True),
                                   name="regrade_item_running_has_lease"),
            models.CheckConstraint(condition=~Q(state="failed", message=""),
                                   name="regrade_item_failed_says_why"),
        ]

    def __str__(self) -> str:
        return f"regrade {self.regrade_id} {self.phase} #{self.submission_id} ({self.state})"
