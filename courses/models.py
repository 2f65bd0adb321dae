import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q


class Course(models.Model):
    """A course owns its exercise library; each of its runs (terms) owns a roster, due dates,
    a late policy and a gradebook."""

    class SolutionVisibility(models.TextChoices):
        NEVER = "never", "Never"
        AFTER_SOLVING = "after_solving", "After the learner solves the exercise"
        AFTER_DEADLINE = "after_deadline", "After the module's deadline"

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    published = models.BooleanField(default=True)
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
                condition=Q(solution_visibility__in=["never", "after_solving", "after_deadline"]),
                name="course_solution_visibility_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Module(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="modules")
    slug = models.SlugField()
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["course", "order", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "slug"], name="module_unique_slug_per_course"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} / {self.title}"


def validate_time_zone(name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"{name!r} is not a time zone; use an IANA name such as "
                              "Europe/Paris or America/New_York.") from None


# No 0/O, 1/I/L: a code is read aloud in class and typed from a slide.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class CourseRun(models.Model):
    """One term of a course ("Fall 2026"): its roster, sections, due dates, extensions, late
    policy and gradebook. A learner's submissions and progress belong to the run they are
    enrolled in (courses.selectors.enrollment_of_learner says which)."""

    class LatePolicy(models.TextChoices):
        COUNTS = "counts", "Late work counts in full"
        PERCENTAGE = "percentage", "Late work earns a percentage"
        ZERO = "zero", "Late work does not count"

    class Admission(models.TextChoices):
        OPEN = "open", "Anyone signed in may join"
        CODE = "code", "With a section's join code"
        LTI = "lti", "Only through the LMS"
        CLOSED = "closed", "Closed"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="runs")
    slug = models.SlugField()
    title = models.CharField(max_length=200)
    # Due dates are stored in UTC; the run's zone is how staff enter them and learners read them.
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    enrollment = models.CharField(max_length=8, choices=Admission.choices,
                                  default=Admission.OPEN)
    # Learners send code here only once their email address is confirmed (courses.accounts):
    # for a term whose staff reach learners by email, or that must tell people apart.
    confirmed_email_required = models.BooleanField(default=False)
    # Where self-enrolment without a code lands (and today's data went): one per course.
    is_default = models.BooleanField(default=False)
    # Changed through gradebook.services.run_late_policy_set, which recomputes Progress.
    late_policy = models.CharField(max_length=12, choices=LatePolicy.choices,
                                   default=LatePolicy.COUNTS)
    late_percentage = models.PositiveSmallIntegerField(
        default=50, help_text="percent of the score a late submission keeps (policy: percentage)"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["course", "-is_default", "-starts_on", "title"]
        constraints = [
            models.UniqueConstraint(fields=["course", "slug"], name="run_unique_slug_per_course"),
            models.UniqueConstraint(fields=["course"], condition=Q(is_default=True),
                                    name="run_one_default_per_course"),
            models.CheckConstraint(condition=Q(enrollment__in=["open", "code", "lti", "closed"]),
                                   name="run_enrollment_valid"),
            models.CheckConstraint(
                condition=Q(late_policy__in=["counts", "percentage", "zero"]),
                name="run_late_policy_valid",
            ),
            models.CheckConstraint(
                condition=Q(late_percentage__gte=0) & Q(late_percentage__lte=100),
                name="run_late_percentage_in_range",
            ),
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="run_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} ({self.title})"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "A run cannot end before it starts."})

    def late_score(self, score: float) -> float:
        """What a late submission's score counts for under this run's late policy."""
        if self.late_policy == self.LatePolicy.ZERO:
            return 0.0
        if self.late_policy == self.LatePolicy.PERCENTAGE:
            return score * self.late_percentage / 100
        return score


class Section(models.Model):
    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="sections")
    name = models.CharField(max_length=100)
    # Unique across every run: the code alone says which run and section a learner joins.
    join_code = models.CharField(max_length=16, unique=True, default=new_join_code)

    class Meta:
        ordering = ["run", "name"]
        constraints = [
            models.UniqueConstraint(fields=["run", "name"], name="section_unique_name_per_run"),
        ]

    def __str__(self) -> str:
        return f"{self.run} / {self.name}"


class Enrollment(models.Model):
    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        TA = "ta", "Teaching assistant"
        INSTRUCTOR = "instructor", "Instructor"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="enrollments")
    # Of the same run: Enrollment.clean and courses.services.enroll refuse any other.
    section = models.ForeignKey(Section, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="enrollments")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.LEARNER)
    # The institution's id for the learner in this run, from a roster import or the LMS
    # (names and emails live on the user).
    student_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "run"], name="enrollment_unique_user_run"),
            models.CheckConstraint(
                condition=Q(role__in=["learner", "ta", "instructor"]),
                name="enrollment_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.run} ({self.role})"

    def clean(self) -> None:
        if self.section is not None and self.section.run_id != self.run_id:
            raise ValidationError({"section": "The section must belong to the same run."})


class DueDate(models.Model):
    """When a module is due in one run; a learner's own date may differ (see Extension)."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="due_dates")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="due_dates")
    due_at = models.DateTimeField()

    class Meta:
        ordering = ["run", "due_at"]
        constraints = [
            models.UniqueConstraint(fields=["run", "module"], name="duedate_unique_run_module"),
        ]

    def __str__(self) -> str:
        return f"{self.module} due {self.due_at:%Y-%m-%d %H:%M} in {self.run.title}"

    def clean(self) -> None:
        if self.module_id and self.run_id and self.module.course_id != self.run.course_id:
            raise ValidationError({"module": "The module must be of the run's course."})


def _one_extension_per(who: str, what: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=["run", who, what],
        condition=Q(**{f"{who}__isnull": False, f"{what}__isnull": False}),
        name=f"extension_unique_{who}_{what}",
    )


class Extension(models.Model):
    """A later (or other) due date for one learner or one section, for a module or one
    exercise. Which one applies is courses.deadlines' rule."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="extensions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True,
                             blank=True, related_name="extensions")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="extensions")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="extensions")
    exercise = models.ForeignKey("exercises.Exercise", on_delete=models.CASCADE, null=True,
                                 blank=True, related_name="extensions")
    due_at = models.DateTimeField()
    reason = models.TextField(help_text="why it was granted (an accommodation, an illness)")
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False, section__isnull=True)
                | Q(user__isnull=True, section__isnull=False),
                name="extension_for_a_user_or_a_section",
            ),
            models.CheckConstraint(
                condition=Q(module__isnull=False, exercise__isnull=True)
                | Q(module__isnull=True, exercise__isnull=False),
                name="extension_of_a_module_or_an_exercise",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="extension_has_a_reason"),
            # One extension per who and what: granting again replaces it.
            _one_extension_per("user", "module"),
            _one_extension_per("user", "exercise"),
            _one_extension_per("section", "module"),
            _one_extension_per("section", "exercise"),
        ]

    def __str__(self) -> str:
        who = self.user if self.user_id else self.section
        what = self.exercise if self.exercise_id else self.module
        return f"{who}: {what} due {self.due_at:%Y-%m-%d %H:%M}"

    def clean(self) -> None:
        # Across tables, so no database constraint can say it; gradebook.services checks too.
        if self.section is not None and self.run_id and self.section.run_id != self.run_id:
            raise ValidationError({"section": "The section must belong to the same run."})
        within = (self.module if self.module is not None
                  else self.exercise.module if self.exercise is not None else None)
        if within is not None and self.run_id and within.course_id != self.run.course_id:
            raise ValidationError("The module or exercise must be of the run's course.")


class Progress(models.Model):
    """A learner's standing on one exercise in one run; kept in step with graded submissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="progress"
    )
    exercise = models.ForeignKey(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="progress"
    )
    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="progress")
    best_score = models.FloatField(default=0)
    max_score = models.FloatField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    solved_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "progress"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "exercise", "run"], name="progress_unique_user_exercise_run"
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


class HintReveal(models.Model):
    """A hint a learner chose to see, and when: attempts sent afterwards carry its penalty.

    Per learner and exercise, in any run: a hint once read stays read.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hint_reveals"
    )
    exercise = models.ForeignKey(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="hint_reveals"
    )
    index = models.PositiveSmallIntegerField(help_text="0 for the first hint")
    revealed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user", "exercise", "index"]
        constraints = [
            models.UniqueConstraint(fields=["user", "exercise", "index"],
                                    name="hintreveal_unique_user_exercise_index"),
        ]

    def __str__(self) -> str:
        return f"{self.user} saw hint {self.index + 1} of {self.exercise}"
