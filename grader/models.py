from django.conf import settings
from django.db import models
from django.db.models import F, Q


class Submission(models.Model):
    """The source of truth for one grading: Celery messages only ever carry its id."""

    class Kind(models.TextChoices):
        SUBMIT = "submit", "Submission"
        CHECK = "check", "Example check"  # public examples only; never counts as an attempt
        RUN = "run", "Run"  # the code and a snippet of the learner's: never judged nor counted

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        GRADED = "graded", "Graded"
        ERROR = "error", "Error"

    class Verdict(models.TextChoices):
        PASSED = "passed", "Passed"
        FAILED = "failed", "Failed"
        ERROR = "error", "Error in your code"
        TIMEOUT = "timeout", "Time limit exceeded"
        MEMORY = "memory", "Memory limit exceeded"
        OUTPUT = "output", "Output limit exceeded"
        CRASH = "crash", "Crashed"
        RAN = "ran", "Ran"  # a Run that finished: its prints and figures are the result

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    exercise = models.ForeignKey(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="submissions"
    )
    exercise_version = models.ForeignKey(
        "exercises.ExerciseVersion", on_delete=models.PROTECT, related_name="submissions"
    )
    variant = models.ForeignKey(
        "exercises.Variant", on_delete=models.PROTECT, related_name="submissions"
    )
    # The run the learner was enrolled in when sending it: its due dates and late policy
    # apply. RESTRICT: a run with work in it cannot be deleted on its own (deleting its course
    # or exercise still takes the work with it).
    run = models.ForeignKey(
        "courses.CourseRun", on_delete=models.RESTRICT, related_name="submissions"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SUBMIT)
    code = models.TextField()
    # A Run's snippet, run after the code (e.g. `print(dot([1, 2], [3, 4]))`).
    snippet = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    verdict = models.CharField(max_length=10, choices=Verdict.choices, blank=True)
    score = models.FloatField(default=0)
    max_score = models.FloatField(default=0)
    tests = models.JSONField(default=list, blank=True, help_text="per-test feedback")
    stdout = models.TextField(blank=True)
    message = models.TextField(blank=True, help_text="learner-facing summary or error")
    attempt = models.PositiveIntegerField(
        null=True, blank=True, help_text="nth counted attempt of this user on this exercise"
    )
    deliveries = models.PositiveIntegerField(
        default=0, help_text="times a worker claimed it; a poison submission stops at the cap"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    enqueued_at = models.DateTimeField(
        null=True, blank=True, help_text="last time its id was sent to the broker"
    )
    started_at = models.DateTimeField(null=True, blank=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    late = models.BooleanField(
        default=False, help_text="sent after the due date that applies to its learner "
                                 "(courses.deadlines; set again when due dates change)"
    )
    # The known mistake its answers match (grader.misconceptions): the mutant and the text the
    # learner was shown, as it read at grading time.
    known_mistake = models.CharField(max_length=100, blank=True)
    misconception = models.TextField(blank=True)
    # What a failing submission did, case by case (grader.behaviour): equal keys on one version
    # are one cluster of wrong answers for instructors. Empty for passes and example checks.
    behaviour = models.CharField(max_length=64, blank=True)
    # Points taken off for the hints revealed before it was sent (set once, at creation).
    hint_penalty = models.FloatField(default=0.0)
    score_override = models.FloatField(
        null=True, blank=True,
        help_text="set by staff (gradebook.services.score_record); wins over score and lateness",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "created_at"], name="submission_status_created"),
            models.Index(
                fields=["user", "exercise", "-created_at"], name="submission_user_exercise"
            ),
            # Whose turn it is (grader.fairness): each learner's latest start.
            models.Index(fields=["user", "-started_at"], name="submission_user_started"),
            # The clusters of wrong answers of a version (gradebook.clusters).
            models.Index(fields=["exercise_version", "behaviour"], condition=~Q(behaviour=""),
                         name="submission_version_behaviour"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["queued", "running", "graded", "error"]),
                name="submission_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=F("max_score")),
                name="submission_score_in_range",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["check", "run"], attempt__isnull=True)
                | Q(kind="submit", attempt__isnull=False),
                name="submission_attempt_only_for_submit",
            ),
            models.UniqueConstraint(
                fields=["user", "exercise", "attempt"], name="submission_unique_attempt"
            ),
            # A fair share of the grader: never two of one learner's submissions at once.
            models.UniqueConstraint(
                fields=["user"], condition=Q(status="running"),
                name="submission_one_running_per_user",
            ),
            models.CheckConstraint(
                condition=~Q(status="graded") | ~Q(verdict=""),
                name="submission_graded_has_verdict",
            ),
            models.CheckConstraint(
                condition=Q(score_override__isnull=True)
                | Q(score_override__gte=0) & Q(score_override__lte=F("max_score")),
                name="submission_override_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.user} {self.exercise.slug} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.GRADED, self.Status.ERROR}

    @property
    def passed(self) -> bool:
        return self.verdict == self.Verdict.PASSED

    @property
    def run_figures(self) -> list[int]:
        """The positions of a Run's pictures (drawn by the code itself, not in a case)."""
        return list(self.figures.filter(case_index__isnull=True).values_list("position",
                                                                             flat=True))

    @property
    def misconception_from_staff(self) -> bool:
        """Its known mistake is an instructor's note on its cluster, not a package's mutant."""
        return self.known_mistake.startswith(FEEDBACK_PREFIX)


class SubmissionFigure(models.Model):
    """A picture of a figure the learner's code drew where they may see it: a public case, or
    their Run. PNG bytes checked by the worker (grader.sandbox.events.picture) and only ever
    served as image/png (grader.views.submission_figure)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="figures")
    case_index = models.PositiveIntegerField(null=True, blank=True,
                                             help_text="the case it was drawn in; none: a Run")
    position = models.PositiveSmallIntegerField()
    png = models.BinaryField()
    width = models.PositiveSmallIntegerField()
    height = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["submission", "position"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "position"],
                                    name="figure_unique_position"),
            models.CheckConstraint(condition=Q(width__gt=0, width__lte=1600, height__gt=0,
                                               height__lte=1600),
                                   name="figure_size_in_range"),
        ]

    def __str__(self) -> str:
        return f"figure {self.position} of submission {self.submission_id}"


class ClusterFeedback(models.Model):
    """An instructor's note on one cluster of wrong answers: a misconception of the version.

    Told to every later submission of the cluster (same behaviour key), and to those on other
    variants whose answers are the representative's answers there: its code is run on every
    variant by a staff task (gradebook.clusters), like a mutant's at sync. `history` keeps the
    earlier texts, with who wrote them and when.
    """

    class Outputs(models.TextChoices):
        PENDING = "pending", "Being run on every variant"
        READY = "ready", "Ready"
        FAILED = "failed", "Could not be run"

    version = models.ForeignKey("exercises.ExerciseVersion", on_delete=models.CASCADE,
                                related_name="cluster_feedback")
    behaviour = models.CharField(max_length=64)
    text = models.TextField()
    representative = models.ForeignKey(Submission, on_delete=models.SET_NULL, null=True,
                                       blank=True, related_name="+")
    code = models.TextField(help_text="the representative's code, as it was when written")
    # {variant index: {case index: {ok, output, mutated}}}, as Variant.mistakes keeps a mutant's.
    outputs = models.JSONField(default=dict, blank=True)
    outputs_state = models.CharField(max_length=10, choices=Outputs.choices,
                                     default=Outputs.PENDING)
    outputs_message = models.TextField(blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = models.JSONField(default=list, blank=True,
                               help_text="[{text, by, at}]: the texts it replaced")
    told_at = models.DateTimeField(null=True, blank=True,
                                   help_text="when the learners already in it were told")

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "behaviour"],
                                    name="cluster_feedback_once_per_behaviour"),
            models.CheckConstraint(condition=~Q(text=""), name="cluster_feedback_has_text"),
            models.CheckConstraint(condition=Q(outputs_state__in=["pending", "ready", "failed"]),
                                   name="cluster_feedback_outputs_state_valid"),
        ]

    def __str__(self) -> str:
        return f"feedback {self.pk} on {self.version}"

    @property
    def name(self) -> str:
        """Its name among the version's known mistakes (Submission.known_mistake)."""
        return f"{FEEDBACK_PREFIX}{self.pk}"


# A colon: no mutant file name can take it (authoring.services.MUTANT_NAME, file names).
FEEDBACK_PREFIX = "feedback:"
