"""Writes of the staff pages for runs: a run's settings, its sections, its due dates and its
staff. Enrolling is courses.services'; what changes totals (late policy, due dates,
extensions) is gradebook.services', called from here so that late marks and totals follow.
Roster imports: runs.roster.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from courses.accounts import account_made_by_staff
from courses.models import Course, CourseRun, Enrollment, Module, Section, new_join_code
from courses.services import JOIN_CODE_TRIES, enroll
from exercises.models import Exercise
from gradebook.services import due_date_set, late_marks_refresh, run_late_policy_set

Role = Enrollment.Role
STAFF_ROLES = (Role.TA, Role.INSTRUCTOR)
# Addresses of runs.urls that a run's slug would shadow.
RESERVED_SLUGS = {"new"}


# ---- Runs ----

@transaction.atomic
def run_create(*, course: Course, creator: User, title: str, slug: str = "",
               time_zone: str = "UTC", starts_on: date | None = None,
               ends_on: date | None = None, enrollment: str = CourseRun.Admission.CODE,
               late_policy: str = CourseRun.LatePolicy.COUNTS,
               late_percentage: int = 50, confirmed_email_required: bool = False) -> CourseRun:
    """A new run of the course; its creator teaches it (as instructor)."""
    slug = slug or slugify(title)[:50]
    if not slug:
        raise ValidationError({"slug": "Give the run a short name of letters and digits."})
    if slug in RESERVED_SLUGS:
        raise ValidationError({"slug": f"{slug!r} names a page of its own; choose another."})
    if CourseRun.objects.filter(course=course, slug=slug).exists():
        raise ValidationError({"slug": f"This course already has a run called {slug!r}."})
    run = CourseRun(course=course, slug=slug, title=title.strip(), time_zone=time_zone,
                    starts_on=starts_on, ends_on=ends_on, enrollment=enrollment,
                    confirmed_email_required=confirmed_email_required)
    run.full_clean()
    try:
        with transaction.atomic():
            run.save()
    except IntegrityError:  # the same slug, by a request at the same moment
        raise ValidationError({"slug": f"This course already has a run called {slug!r}."}
                              ) from None
    enroll(user=creator, run=run, role=Role.INSTRUCTOR)
    return run_late_policy_set(run=run, policy=late_policy, percentage=late_percentage)


@transaction.atomic
def run_update(*, run: CourseRun, title: str, time_zone: str, starts_on: date | None,
               ends_on: date | None, enrollment: str, late_policy: str,
               late_percentage: int, confirmed_email_required: bool = False) -> CourseRun:
    """Saves a run's settings; a new late policy recomputes totals (gradebook.services)."""
    run = CourseRun.objects.select_for_update().get(pk=run.pk)
    run.title, run.time_zone, run.enrollment = title.strip(), time_zone, enrollment
    run.starts_on, run.ends_on = starts_on, ends_on
    run.confirmed_email_required = confirmed_email_required
    run.full_clean(exclude=["late_policy", "late_percentage"])
    run.save(update_fields=["title", "time_zone", "starts_on", "ends_on", "enrollment",
                            "confirmed_email_required"])
    if (late_policy, late_percentage) != (run.late_policy, run.late_percentage):
        run_late_policy_set(run=run, policy=late_policy, percentage=late_percentage)
    return run


# ---- Sections ----

@transaction.atomic
def section_rename(*, section: Section, name: str) -> Section:
    name = name.strip()
    if not name:
        raise ValidationError("Name the section.")
    if Section.objects.filter(run=section.run_id, name=name).exclude(pk=section.pk).exists():
        raise ValidationError(f"This run already has a section called {name!r}.")
    section.name = name
    section.save(update_fields=["name"])
    return section


def section_code_regenerate(*, section: Section) -> Section:
    """A fresh join code: the old one (shared too widely, say) admits nobody any more."""
    for _ in range(JOIN_CODE_TRIES):
        section.join_code = new_join_code()
        try:
            with transaction.atomic():
                section.save(update_fields=["join_code"])
        except IntegrityError:
            continue  # taken by another section: draw again
        return section
    raise ValidationError("Could not make a new code; try again.")


@transaction.atomic
def section_delete(*, section: Section) -> int:
    """Deletes a section and its extensions; its members stay enrolled, without a section
    (their late marks follow the extensions they lose). Counts those members."""
    run = section.run
    members = list(section.enrollments.values_list("user_id", flat=True))
    had_extensions = section.extensions.exists()
    section.delete()
    if members and had_extensions:
        late_marks_refresh(run=run, user_ids=members,
                           exercises=Exercise.objects.filter(module__course=run.course_id))
    return len(members)


# ---- Due dates ----

@transaction.atomic
def due_dates_set(*, run: CourseRun, dates: dict[Module, datetime | None]) -> int:
    """The run's due date of each module (None: not due); only the modules whose date
    changed are marked again. Counts them."""
    current = dict(run.due_dates.values_list("module_id", "due_at"))
    changed = [(module, due) for module, due in dates.items() if current.get(module.pk) != due]
    for module, due in changed:
        due_date_set(run=run, module=module, due_at=due)
    return len(changed)


# ---- People named by staff ----

def email_checked(text: str) -> str:
    email = text.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(f"{email!r} is not an email address.") from None
    return email


def users_with_email(email: str) -> list[User]:
    return list(User.objects.filter(email__iexact=email.strip()))


# ---- Staff ----

@dataclass(frozen=True)
class Invited:
    enrollment: Enrollment
    # created: a new account (it needs the invitation email); added: an existing account
    # joined the staff; changed: their role changed; unchanged: they had that role already.
    outcome: str
    previous_role: str = ""


@transaction.atomic
def staff_invite(*, run: CourseRun, who: str, role: str) -> Invited:
    """Puts a person on the run's staff with this role, by username or email address; an
    unknown address gets a new account (the caller sends it the invitation)."""
    role = _staff_role(role)
    user, created = _person(who)
    enrollment = Enrollment.objects.filter(user=user, run=run).first()
    if enrollment is None:
        enrollment = enroll(user=user, run=run, role=Role(role))
        return Invited(enrollment=enrollment, outcome="created" if created else "added")
    if enrollment.role == role:
        return Invited(enrollment=enrollment, outcome="unchanged")
    previous = enrollment.role
    staff_role_set(enrollment=enrollment, role=role)
    return Invited(enrollment=enrollment, outcome="changed", previous_role=previous)


def _person(who: str) -> tuple[User, bool]:
    """The account named (username first, then email address), or a new one for an unknown
    address; True when it is new."""
    wanted = who.strip()
    if not wanted:
        raise ValidationError("Give an email address or a username.")
    by_name = User.objects.filter(username__iexact=wanted).first()
    if by_name is not None:
        return by_name, False
    if "@" not in wanted:
        raise ValidationError(f"No account has the username {wanted!r}. To add somebody "
                              "new, give their email address.")
    email = email_checked(wanted)
    found = users_with_email(email)
    if len(found) > 1:
        names = ", ".join(sorted(user.get_username() for user in found))
        raise ValidationError(f"Several accounts use {email} ({names}); give the username.")
    if found:
        return found[0], False
    return account_made_by_staff(email=email), True


def _staff_role(role: str) -> str:
    if role not in STAFF_ROLES:
        raise ValidationError("Choose teaching assistant or instructor.")
    return role


@transaction.atomic
def staff_role_set(*, enrollment: Enrollment, role: str) -> Enrollment:
    role = _staff_role(role)
    if role != Role.INSTRUCTOR:
        _keep_an_instructor(enrollment)
    enrollment.role = role
    enrollment.save(update_fields=["role"])
    return enrollment


@transaction.atomic
def staff_remove(*, enrollment: Enrollment) -> None:
    """Takes a staff member off the run; what they did (grades, reviews) stays recorded."""
    _keep_an_instructor(enrollment)
    enrollment.delete()


def _keep_an_instructor(enrollment: Enrollment) -> None:
    # Somebody must be left to run the course: admins are not always at hand.
    if enrollment.role != Role.INSTRUCTOR:
        return
    others = Enrollment.objects.filter(run__course=enrollment.run.course_id,
                                       role=Role.INSTRUCTOR).exclude(pk=enrollment.pk)
    if not others.exists():
        raise ValidationError(f"{enrollment.user.get_username()} is the course's only "
                              "instructor: make somebody else instructor first.")
