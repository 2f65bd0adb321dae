"""What Eigenlab keeps about LMS courses, links and scores, beside django-lti's own models.

django-lti (the `lti_tool` app) stores the platform registrations, deployments, the tool's
keys, and what launches said about users (LtiUser, bound to a Django user through
`auth_user`), contexts (LMS courses), memberships and resource links. These models say what
they mean in Eigenlab: which run an LMS course takes, what each link opens, and which scores
still have to reach the LMS.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from lti_tool.models import LtiContext, LtiResourceLink, LtiUser

from courses.models import Course, CourseRun, Module
from exercises.models import Exercise


class ContextRun(models.Model):
    """The Eigenlab run an LMS course (an LTI context) takes, one per Eigenlab course it
    links to: its learners are enrolled there and their work belongs to it."""

    context = models.ForeignKey(LtiContext, on_delete=models.CASCADE,
                                related_name="eigenlab_runs")
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="+")
    run = models.OneToOneField(CourseRun, on_delete=models.CASCADE, related_name="lti_link")
    # The last roster sync through NRPS (names and roles) and its outcome.
    roster_synced_at = models.DateTimeField(null=True, blank=True)
    roster_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["context", "course"],
                                    name="contextrun_one_run_per_context_and_course"),
        ]

    def __str__(self) -> str:
        return f"{self.context} -> {self.run}"


class ResourceTarget(models.Model):
    """What one LMS link opens (an exercise, a module or the course page) and the line item
    of the LMS gradebook its score goes to (none: the link carries no grade)."""

    resource_link = models.OneToOneField(LtiResourceLink, on_delete=models.CASCADE,
                                         related_name="eigenlab_target")
    context_run = models.ForeignKey(ContextRun, on_delete=models.CASCADE,
                                    related_name="targets")
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="+")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+")
    lineitem_url = models.URLField(max_length=1000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(exercise__isnull=True) | Q(module__isnull=True),
                                   name="resourcetarget_exercise_or_module"),
        ]

    def __str__(self) -> str:
        return f"{self.resource_link} -> {self.exercise or self.module or 'course page'}"


class Passback(models.Model):
    """The outbox of scores for the LMS: one row per learner and link, holding the newest
    score and whether the LMS has it.

    A new score bumps `version`; a send marks the row sent only if the version it sent is
    still the newest, so a score that changes while another is on its way is never lost.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    target = models.ForeignKey(ResourceTarget, on_delete=models.CASCADE,
                               related_name="passbacks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="lti_passbacks")
    lti_user = models.ForeignKey(LtiUser, on_delete=models.CASCADE, related_name="+")
    score_given = models.FloatField()
    score_maximum = models.FloatField()
    # The AGS timestamp: when the score changed. The LMS keeps the newest one it is sent.
    scored_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1)
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_try_at = models.DateTimeField()
    # When a message last left for it (the sweeper's resend_stale looks at it).
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["target", "user"],
                                    name="passback_one_row_per_target_and_user"),
            models.CheckConstraint(condition=Q(state__in=["pending", "sent", "failed"]),
                                   name="passback_state_valid"),
            models.CheckConstraint(
                condition=Q(score_given__gte=0) & Q(score_given__lte=F("score_maximum")),
                name="passback_score_in_range"),
        ]
        indexes = [models.Index(fields=["state", "next_try_at"])]

    def __str__(self) -> str:
        return f"{self.user} {self.score_given:g}/{self.score_maximum:g} ({self.state})"


class UsedNonce(models.Model):
    """Nonces of id_tokens already accepted: a replayed launch finds its nonce here.

    Kept past the longest id_token lifetime, then swept (lti.services.nonces_sweep).
    """

    issuer = models.CharField(max_length=255)
    nonce = models.CharField(max_length=255)
    used_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuer", "nonce"], name="usednonce_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.issuer} {self.nonce}"
