"""Writes for courses: runs, sections and enrolling. Grading writes live in grader.services;
due dates, extensions and late policies (which change totals) in gradebook.services."""

import re

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import Course, CourseRun, Enrollment, Section
from courses.selectors import enrollment_of_learner
from courses.timezones import run_zone
from exercises.models import Exercise
from gradebook.services import late_marks_refresh

# A fresh join code collides once in ~10^11 draws; a few tries make a failure impossible in
# practice, and a loud one if the alphabet ever shrinks.
JOIN_CODE_TRIES = 5

# Whatever a learner types between the characters of a code: it is read from a slide.
JOIN_CODE_FILLER = re.compile(r"[\s\-]+")

CLOSED_TO_NEWCOMERS = {
    CourseRun.Admission.CODE: "Join this course with the code your instructor gave you.",
    CourseRun.Admission.LTI: "Open this course from your learning platform (LMS) to join it.",
    CourseRun.Admission.CLOSED: "This course does not take new learners.",
}


@transaction.atomic
def course_default_run(*, course: Course) -> CourseRun:
    """The run self-enrolment lands in, made on first need: a course made anywhere (the
    library sync, the admin, a test) has one as soon as somebody joins or grades it."""
    run, _ = CourseRun.objects.get_or_create(
        course=course, is_default=True, defaults={"slug": "default", "title": course.title})
    return run


@transaction.atomic
def enroll(*, user: AbstractBaseUser, run: CourseRun,
           role: Enrollment.Role = Enrollment.Role.LEARNER,
           section: Section | None = None) -> Enrollment:
    """Idempotent: an existing enrollment keeps its role (and its section, unless one is
    given)."""
    _check_section(run, section)
    enrollment, created = Enrollment.objects.get_or_create(
        user_id=user.pk, run=run, defaults={"role": role, "section": section})
    if not created and section is not None and enrollment.section_id != section.pk:
        enrollment_section_set(enrollment=enrollment, section=section)
    return enrollment


def _check_section(run: CourseRun, section: Section | None) -> None:
    # Enrollment.clean says the same to forms; services may not rely on a form being used.
    if section is not None and section.run_id != run.pk:
        raise ValidationError("That section belongs to another run of the course.")


@transaction.atomic
def enrollment_section_set(*, enrollment: Enrollment, section: Section | None) -> Enrollment:
    _check_section(enrollment.run, section)
    enrollment.section = section
    enrollment.save(update_fields=["section"])
    # The old section's extensions no longer apply to this learner, the new one's do.
    late_marks_refresh(run=enrollment.run, user_ids=[enrollment.user_id],
                       exercises=Exercise.objects.filter(module__course=enrollment.run.course_id))
    return enrollment


@transaction.atomic
def enrollment_create(*, user: AbstractBaseUser, course: Course) -> Enrollment:
    """Self-enrolment (the Enroll button, a first submission): the user's enrollment in the
    course if they have one, else a new one in its default run while that run is open.

    Idempotent: enrolling twice (or in two tabs at once) keeps one enrollment and its role.
    """
    current = enrollment_of_learner(user=user, course=course)
    if current is not None:
        return current
    run = course_default_run(course=course)
    if run.enrollment != CourseRun.Admission.OPEN:
        raise ValidationError(CLOSED_TO_NEWCOMERS[CourseRun.Admission(run.enrollment)])
    return enroll(user=user, run=run)


def section_create(*, run: CourseRun, name: str) -> Section:
    """A section with a fresh join code."""
    name = name.strip()
    if not name:
        raise ValidationError("Name the section.")
    if Section.objects.filter(run=run, name=name).exists():
        raise ValidationError(f"This run already has a section called {name!r}.")
    for _ in range(JOIN_CODE_TRIES):
        try:
            with transaction.atomic():
                return Section.objects.create(run=run, name=name)
        except IntegrityError:
            continue  # the code was taken (or the name, by a concurrent request): draw again
    raise ValidationError("Could not create the section; try again.")


def join_code_normalize(code: str) -> str:
    """A code as typed ("abcd 2345", "ABCD-2345") as it is stored."""
    return JOIN_CODE_FILLER.sub("", code).upper()


@transaction.atomic
def enroll_with_code(*, user: AbstractBaseUser, code: str) -> tuple[Enrollment, bool]:
    """Enrolls the user in the run and section of a join code; True when that changed
    anything (False: they were there already).

    A code admits to runs open to anybody or to code holders; never to an LMS-only, closed,
    ended or unpublished one. It never moves a learner from one section to another: that is
    the staff's decision (a section may carry extensions).
    """
    wanted = join_code_normalize(code)
    if not wanted:
        raise ValidationError("Type the code your instructor gave you.")
    section = Section.objects.select_related("run__course").filter(join_code=wanted).first()
    if section is None:
        raise ValidationError(
            f"No course has the code {wanted}. Check it with your instructor: codes have "
            "8 characters, letters A to Z without I, L and O, and digits 2 to 9.")
    current = (Enrollment.objects.select_related("section")
               .filter(user_id=user.pk, run=section.run).first())
    if current is not None:
        return _join_section(current, section)
    _check_admission(section.run)
    return enroll(user=user, run=section.run, section=section), True


def _join_section(current: Enrollment, section: Section) -> tuple[Enrollment, bool]:
    if current.section_id == section.pk or current.role != Enrollment.Role.LEARNER:
        return current, False
    if current.section is not None:
        raise ValidationError(
            f"You are already in the section {current.section.name} of this course; ask "
            "your instructor to move you.")
    return enrollment_section_set(enrollment=current, section=section), True


def _check_admission(run: CourseRun) -> None:
    if not run.course.published:
        raise ValidationError("This course is not open yet; try again when your instructor "
                              "says it is.")
    if run.enrollment in (CourseRun.Admission.LTI, CourseRun.Admission.CLOSED):
        raise ValidationError(CLOSED_TO_NEWCOMERS[CourseRun.Admission(run.enrollment)])
    if run.ends_on is not None and run.ends_on < timezone.localdate(timezone=run_zone(run)):
        raise ValidationError(f"{run.title} ended on {run.ends_on:%-d %B %Y}: it takes no new "
                              "learners.")
