"""Reads for the staff pages of a course's runs. Who may open them is courses.permissions'
rule: the course's staff read (404 to anybody else), its managers write (403 to TAs)."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, User
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from courses.models import Course, CourseRun, DueDate, Enrollment, Extension, Module, Section
from courses.permissions import manages
from gradebook.selectors import course_for_staff

Role = Enrollment.Role


def require_manager(*, user: AbstractBaseUser, course: Course) -> None:
    if not manages(user, course):
        raise PermissionDenied("Only the course's instructors (and admins) change its runs.")


def managed_course(*, user: AbstractBaseUser, slug: str) -> Course:
    """The course for a page that changes it: 404 to outsiders, 403 to its TAs."""
    course = course_for_staff(user=user, slug=slug)
    require_manager(user=user, course=course)
    return course


def run_of_course(*, course: Course, slug: str) -> CourseRun:
    run = CourseRun.objects.select_related("course").filter(course=course, slug=slug).first()
    if run is None:
        raise Http404("No such run.")
    return run


@dataclass(frozen=True)
class RunRow:
    run: CourseRun
    learners: int
    staff: int
    sections: int


def runs_of_course(*, course: Course) -> list[RunRow]:
    runs = course.runs.annotate(
        learners=Count("enrollments", filter=Q(enrollments__role=Role.LEARNER), distinct=True),
        staff=Count("enrollments", filter=~Q(enrollments__role=Role.LEARNER), distinct=True),
        section_count=Count("sections", distinct=True),
    )
    return [RunRow(run=run, learners=run.learners, staff=run.staff,  # type: ignore[attr-defined]
                   sections=run.section_count)  # type: ignore[attr-defined]
            for run in runs]


def sections_of_run(*, run: CourseRun) -> QuerySet[Section]:
    return run.sections.annotate(members=Count("enrollments")).order_by("name")


def section_of_run(*, run: CourseRun, pk: int) -> Section:
    section = Section.objects.filter(run=run, pk=pk).first()
    if section is None:
        raise Http404("No such section.")
    return section


def due_dates_of_run(*, run: CourseRun) -> dict[int, datetime]:
    """module id -> due date in this run."""
    return dict(DueDate.objects.filter(run=run).values_list("module_id", "due_at"))


def modules_of_course(*, course: Course) -> list[Module]:
    return list(course.modules.order_by("order", "title"))


def extensions_of_run(*, run: CourseRun) -> QuerySet[Extension]:
    return (Extension.objects.filter(run=run)
            .select_related("user", "section", "module", "exercise__module", "granted_by")
            .order_by("due_at", "id"))


def extension_of_run(*, run: CourseRun, pk: int) -> Extension:
    extension = Extension.objects.select_related("run").filter(run=run, pk=pk).first()
    if extension is None:
        raise Http404("No such extension.")
    return extension


def learner_of_run(*, run: CourseRun, identifier: str) -> User:
    """The learner of the run a person named by username, email address or student id;
    ValueError says why there is none (or more than one)."""
    wanted = identifier.strip()
    members = Enrollment.objects.filter(run=run, role=Role.LEARNER).select_related("user")
    found = {enrollment.user for enrollment in members.filter(
        Q(user__username__iexact=wanted) | Q(user__email__iexact=wanted)
        | Q(student_id=wanted))}
    if not found:
        raise ValueError(f"No learner of {run.title} has the username, email address or "
                         f"student id {wanted!r}.")
    if len(found) > 1:
        names = ", ".join(sorted(user.get_username() for user in found))
        raise ValueError(f"{wanted!r} names several learners ({names}); use a username.")
    return found.pop()


def staff_of_run(*, run: CourseRun) -> QuerySet[Enrollment]:
    return (Enrollment.objects.filter(run=run).exclude(role=Role.LEARNER)
            .select_related("user").order_by("role", "user__username"))


def staff_member_of_run(*, run: CourseRun, pk: int) -> Enrollment:
    enrollment = (Enrollment.objects.select_related("user", "run__course")
                  .filter(run=run, pk=pk).exclude(role=Role.LEARNER).first())
    if enrollment is None:
        raise Http404("No such staff member.")
    return enrollment


def roster_of_run(*, run: CourseRun) -> QuerySet[Enrollment]:
    """Everybody enrolled in the run, staff too, in a stable order (the export's)."""
    return (Enrollment.objects.filter(run=run).select_related("user", "section")
            .order_by("user__username", "id"))


def learner_count(*, run: CourseRun) -> int:
    return Enrollment.objects.filter(run=run, role=Role.LEARNER).count()
