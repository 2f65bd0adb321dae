"""Writes that follow a launch from the LMS: the user, the run, the enrolment, the link.

- A person is bound to (issuer, sub): django-lti's LtiUser, whose `auth_user` is the Django
  user made on their first launch (no password: they always come through the LMS). A user
  with the same email is never joined to it: an LMS must not take over an account.
- An LMS course (context) takes one run per Eigenlab course its links open, made on the first
  launch (titled after the LMS course, admission "lti"); its members are enrolled there with
  the LMS's role, in a section named after their LMS section when the LMS says it.
- A link (resource link) remembers what it opens and the line item its score goes to.
"""

import hashlib
import re
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from lti_tool.models import LtiContext, LtiLaunch, LtiUser
from lti_tool.utils import sync_data_from_launch

from courses.models import Course, CourseRun, Enrollment, Section
from courses.services import enroll, section_create
from lti import passbacks, tasks
from lti.launches import LaunchRefused
from lti.models import ContextRun, ResourceTarget
from lti.roles import Role, eigenlab_role
from lti.targets import Target, target_of_url

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


@dataclass(frozen=True)
class Landing:
    """Where a launched person goes, signed in as `user`."""

    user: User
    url: str
    role: Role


# ---- People ----

def user_for(lti_user: LtiUser) -> User:
    """The Django user bound to this LMS person, made on first need; names kept current."""
    lti_user = LtiUser.objects.select_for_update(of=("self",)).select_related(
        "auth_user", "registration").get(pk=lti_user.pk)
    user = lti_user.auth_user
    if user is None:
        same_person = (LtiUser.objects.filter(registration__issuer=lti_user.registration.issuer,
                                              sub=lti_user.sub, auth_user__isnull=False)
                       .exclude(pk=lti_user.pk).select_related("auth_user").first())
        user = same_person.auth_user if same_person is not None else _user_create(lti_user)
        LtiUser.objects.filter(pk=lti_user.pk).update(auth_user=user)
    _names_update(user, lti_user)
    return user


def _user_create(lti_user: LtiUser) -> User:
    user = User(username=_free_username(lti_user))
    user.set_unusable_password()
    user.save()
    return user


def _free_username(lti_user: LtiUser) -> str:
    """A readable, unique username: the person's name (or email's name) and a digest of
    (issuer, sub), so that no LMS can choose an existing account's name."""
    digest = hashlib.sha256(f"{lti_user.registration.issuer}\0{lti_user.sub}".encode()).hexdigest()
    readable = (lti_user.name or f"{lti_user.given_name} {lti_user.family_name}".strip()
                or lti_user.email.partition("@")[0])
    base = re.sub(r"[^a-z0-9]+", "-", slugify(readable)).strip("-")[:30] or "lms"
    for length in (6, 12, 24, 64):
        candidate = f"{base}-{digest[:length]}"
        if not User.objects.filter(username=candidate).exists():
            return candidate
    raise IntegrityError("No free username for this LMS user.")


def _names_update(user: User, lti_user: LtiUser) -> None:
    wanted = {"first_name": lti_user.given_name[:150], "last_name": lti_user.family_name[:150],
              "email": lti_user.email}
    if not wanted["first_name"] and not wanted["last_name"] and lti_user.name:
        first, _, last = lti_user.name.partition(" ")
        wanted.update(first_name=first[:150], last_name=last[:150])
    changed = {name: value for name, value in wanted.items()
               if value and getattr(user, name) != value}
    if changed:
        User.objects.filter(pk=user.pk).update(**changed)
        for name, value in changed.items():
            setattr(user, name, value)


# ---- Runs and enrolment ----

def context_run_for(*, context: LtiContext, course: Course) -> ContextRun:
    """The run this LMS course takes in `course`, made on the first launch."""
    found = ContextRun.objects.filter(context=context, course=course).select_related("run")
    existing = found.first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            run = CourseRun.objects.create(
                course=course, slug=_free_run_slug(course, context),
                title=(context.title or context.label or "Course in the LMS")[:200],
                enrollment=CourseRun.Admission.LTI)
            return ContextRun.objects.create(context=context, course=course, run=run)
    except IntegrityError:  # a concurrent first launch made it
        return found.get()


def _free_run_slug(course: Course, context: LtiContext) -> str:
    base = slugify(context.label or context.title)[:40].strip("-") or "lms"
    taken = set(CourseRun.objects.filter(course=course, slug__startswith=base)
                .values_list("slug", flat=True))
    number = 1
    candidate = base
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def membership_apply(*, user: User, run: CourseRun, role: Role, section_name: str = "",
                     student_id: str = "") -> Enrollment:
    """Enrolls the LMS member in the run; the LMS says their role (it owns the roster of the
    runs it made) and, when it says so, their section and institution id."""
    section = _section_named(run, section_name) if section_name else None
    enrollment = enroll(user=user, run=run, role=role, section=section)
    changes: dict[str, str] = {}
    if enrollment.role != role:
        changes["role"] = role
    if student_id and enrollment.student_id != student_id[:64]:
        changes["student_id"] = student_id[:64]
    if changes:
        Enrollment.objects.filter(pk=enrollment.pk).update(**changes)
        for name, value in changes.items():
            setattr(enrollment, name, value)
    return enrollment


def _section_named(run: CourseRun, name: str) -> Section:
    name = name.strip()[:100]
    existing = Section.objects.filter(run=run, name=name).first()
    return existing if existing is not None else section_create(run=run, name=name)


# ---- Launches ----

def _claim(launch: LtiLaunch, name: str) -> object:
    return launch.get_claim(CLAIM + name)


def section_name_of(launch: LtiLaunch) -> str:
    """The learner's LMS section: a custom parameter `section` (Canvas:
    `$com.instructure.User.sectionNames`), else the LIS course section id."""
    custom = _claim(launch, "custom") or {}
    lis = _claim(launch, "lis") or {}
    named = custom.get("section", "") if isinstance(custom, dict) else ""
    if named and not named.startswith("$"):  # an unsubstituted variable names nothing
        return str(named).split(",")[0]
    return str(lis.get("course_section_sourcedid", "")) if isinstance(lis, dict) else ""


def student_id_of(launch: LtiLaunch) -> str:
    lis = _claim(launch, "lis") or {}
    return str(lis.get("person_sourcedid", "")) if isinstance(lis, dict) else ""


def _target_of(launch: LtiLaunch) -> Target:
    target = target_of_url(str(_claim(launch, "target_link_uri") or ""))
    if target is not None:
        return target
    # A plain link to the tool: the course page, when the LMS course takes a single one.
    linked = list(ContextRun.objects.filter(context=launch.context).select_related("course")[:2])
    if len(linked) == 1:
        return Target(course=linked[0].course)
    raise LaunchRefused("This link does not open an exercise, module or course of Eigenlab. "
                        "An instructor can choose one: edit the link in the LMS and select "
                        "content from Eigenlab.")


def _lineitem_of(launch: LtiLaunch) -> str:
    ags = launch.ags_claim or {}
    return str(ags.get("lineitem", "")) if SCORE_SCOPE in ags.get("scope", []) else ""


@transaction.atomic
def resource_launch_accept(*, launch: LtiLaunch) -> Landing:
    """Everything a resource-link launch sets up; the caller signs the user in."""
    sync_data_from_launch(launch)
    user = user_for(launch.user)
    target = _target_of(launch)
    context_run = context_run_for(context=launch.context, course=target.course)
    role = eigenlab_role(launch.roles_claim or [])
    membership_apply(user=user, run=context_run.run, role=role,
                     section_name=section_name_of(launch), student_id=student_id_of(launch))
    resource_target, _ = ResourceTarget.objects.update_or_create(
        resource_link=launch.resource_link,
        defaults={"context_run": context_run, "exercise": target.exercise,
                  "module": target.module, "lineitem_url": _lineitem_of(launch)})
    # Work done before the link existed (or a score the LMS lost) goes back too.
    passbacks.passback_queue(target=resource_target, user_id=user.pk)
    if role == Role.INSTRUCTOR and launch.context.memberships_url:
        tasks.sync_roster.send_on_commit(context_run.pk)
    return Landing(user=user, url=target.url, role=role)


def deep_link_launch_accept(*, launch: LtiLaunch) -> User:
    """The instructor who asks to choose content; anybody else is refused."""
    with transaction.atomic():
        sync_data_from_launch(launch)
        user = user_for(launch.user)
    if eigenlab_role(launch.roles_claim or []) != Role.INSTRUCTOR:
        raise LaunchRefused("Only the course's instructors choose Eigenlab content for the "
                            "LMS.")
    return user


def courses_to_link(*, context: LtiContext | None) -> list[Course]:
    """What a deep-linking instructor chooses from: the Eigenlab courses this LMS course
    already uses, else every published course."""
    linked = Course.objects.filter(
        pk__in=ContextRun.objects.filter(context=context).values("course_id"))
    chosen = linked if context is not None and linked.exists() else Course.objects.filter(
        published=True)
    return list(chosen.prefetch_related("modules__exercises").order_by("order", "title"))
