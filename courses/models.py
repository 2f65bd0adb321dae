from django.conf import settings
from django.db import models
from django.db.models import Q


class Course(models.Model):
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    published = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title


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
