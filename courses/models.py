from django.conf import settings
from django.db import models
from django.db.models import Q


class Course(models.Model):
    class LatePolicy(models.TextChoices):
        COUNTS = "counts", "Late work counts in full"
        PERCENTAGE = "percentage", "Late work earns a percentage"
        ZERO = "zero", "Late work does not count"

    class SolutionVisibility(models.TextChoices):
        NEVER = "never", "Never"
        AFTER_SOLVING = "after_solving", "After the learner solves the exercise"
        AFTER_DEADLINE = "after_deadline", "After the module's deadline"

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    published = models.BooleanField(default=True)
    # Changed through gradebook.services.course_late_policy_set, which recomputes Progress.
    late_policy = models.CharField(max_length=12, choices=LatePolicy.choices,
                                   default=LatePolicy.COUNTS)
    late_percentage = models.PositiveSmallIntegerField(
        default=50, help_text="percent of the score a late submission keeps (policy: percentage)"
    )
    # Read only through courses.solutions, which decides whether the page sends the solution.
    solution_visibility = models.CharField(
        max_length=16, choices=SolutionVisibility.choices,
        default=SolutionVisibility.AFTER_SOLVING,
        help_text="when a learner may read the model solution on the exercise page "
                  "(after the deadline: never in a module without one)",
    )

    class Meta:
        ordering = ["order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(late_policy__in=["counts", "percentage", "zero"]),
                name="course_late_policy_valid",
            ),
            models.CheckConstraint(
                condition=Q(late_percentage__gte=0) & Q(late_percentage__lte=100),
                name="course_late_percentage_in_range",
            ),
            models.CheckConstraint(
                condition=Q(solution_visibility__in=["never", "after_solving", "after_deadline"]),
                name="course_solution_visibility_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def late_score(self, score: float) -> float:
        """What a late submission's score counts for under this course's late policy."""
        if self.late_policy == self.LatePolicy.ZERO:
            return 0.0
        if self.late_policy == self.LatePolicy.PERCENTAGE:
            return score * self.late_percentage / 100
        return score


class Module(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="modules")
    slug = models.SlugField()
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    due_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["course", "order", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "slug"], name="module_unique_slug_per_course"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} / {self.title}"


class Enrollment(models.Model):
    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        INSTRUCTOR = "instructor", "Instructor"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrollments")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.LEARNER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="enrollment_unique_user_course"
            ),
            models.CheckConstraint(
                condition=Q(role__in=["learner", "instructor"]), name="enrollment_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.course} ({self.role})"


class Progress(models.Model):
    """A learner's standing on one exercise; kept in step with graded submissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="progress"
    )
    exercise = models.ForeignKey(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="progress"
    )
    best_score = models.FloatField(default=0)
    max_score = models.FloatField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    solved_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "progress"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "exercise"], name="progress_unique_user_exercise"
            ),
            models.CheckConstraint(
                condition=Q(best_score__gte=0) & Q(best_score__lte=models.F("max_score")),
                name="progress_score_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.exercise}: {self.best_score}/{self.max_score}"

    @property
    def solved(self) -> bool:
        return self.solved_at is not None


class CodeDraft(models.Model):
    """The code in a learner's editor that was not sent yet, saved as they type.

    One per learner and exercise, overwritten by every save. Sending code clears nothing: the
    exercise page restores the draft only while it is newer than the last code sent.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="code_drafts"
    )
    exercise = models.ForeignKey(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="code_drafts"
    )
    code = models.TextField()
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "exercise"], name="codedraft_unique_user_exercise"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}'s draft of {self.exercise}"
