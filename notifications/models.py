"""What a learner should hear about: a changed score, an answered review, a deadline near.

A notification is written in the transaction of what it tells (notifications.services), so it
exists exactly when the change does; its text is what happened at that moment, and its subject
(the score change, the review, the exercise and due date) is kept to link to and to make it
unique: one notification per change, per answer and per deadline.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class Notification(models.Model):
    class Kind(models.TextChoices):
        SCORE = "score", "Score changed"
        REVIEW = "review", "Review answered"
        DEADLINE = "deadline", "Deadline near"
        FEEDBACK = "feedback", "A note on your answer"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="notifications")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    submission = models.ForeignKey("grader.Submission", on_delete=models.CASCADE, null=True,
                                   blank=True, related_name="+")
    score_change = models.ForeignKey("gradebook.ScoreChange", on_delete=models.CASCADE,
                                     null=True, blank=True, related_name="+")
    review = models.ForeignKey("gradebook.ReviewRequest", on_delete=models.CASCADE, null=True,
                               blank=True, related_name="+")
    exercise = models.ForeignKey("exercises.Exercise", on_delete=models.CASCADE, null=True,
                                 blank=True, related_name="+")
    due_at = models.DateTimeField(null=True, blank=True,
                                  help_text="the module's due date this reminder was for")
    cluster_feedback = models.ForeignKey("grader.ClusterFeedback", on_delete=models.CASCADE,
                                         null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_user_recent"),
            # The navigation counts these on every page.
            models.Index(fields=["user"], condition=Q(read_at__isnull=True),
                         name="notification_user_unread"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["score", "review", "deadline", "feedback"]),
                name="notification_kind_valid"),
            models.CheckConstraint(condition=~Q(text=""), name="notification_has_text"),
            models.CheckConstraint(
                condition=Q(kind="score", submission__isnull=False, score_change__isnull=False)
                | Q(kind="review", submission__isnull=False, review__isnull=False)
                | Q(kind="deadline", exercise__isnull=False, due_at__isnull=False)
                | Q(kind="feedback", submission__isnull=False, cluster_feedback__isnull=False),
                name="notification_has_its_subject",
            ),
            # Never twice for one change: a review answer that changes the score carries that
            # change too, so the change cannot be notified again on its own.
            models.UniqueConstraint(fields=["score_change"],
                                    condition=Q(score_change__isnull=False),
                                    name="notification_once_per_score_change"),
            models.UniqueConstraint(fields=["review"], condition=Q(review__isnull=False),
                                    name="notification_once_per_review_answer"),
            # A due date moved by staff is a new deadline, worth a new reminder.
            models.UniqueConstraint(fields=["user", "exercise", "due_at"],
                                    condition=Q(kind="deadline"),
                                    name="notification_once_per_deadline"),
            # An instructor's note on a cluster reaches each learner in it once.
            models.UniqueConstraint(fields=["user", "cluster_feedback"],
                                    condition=Q(kind="feedback"),
                                    name="notification_once_per_cluster_feedback"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.user_id}: {self.text[:40]}"

    @property
    def unread(self) -> bool:
        return self.read_at is None

    def target_url(self) -> str:
        """Where the learner reads about it: the attempt, the review, or the exercise."""
        if self.kind == self.Kind.REVIEW:
            return f"{reverse('reviews:mine')}#review-{self.review_id}"
        if self.kind in (self.Kind.SCORE, self.Kind.FEEDBACK):
            return reverse("grader:detail", args=[self.submission_id])
        assert self.exercise is not None  # the subject constraint
        return reverse("courses:exercise", kwargs={
            "course_slug": self.exercise.module.course.slug, "slug": self.exercise.slug})
