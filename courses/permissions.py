"""Who may see and do what: the one place that answers it.

Admins (staff or superusers) may do everything. Roles are held per run of a course (its
Enrollment's role), and give these rights over the whole course:

- an instructor *teaches* and *authors* the course: grades, reviews, regrades and reads its
  gradebook; writes its exercises; previews its unpublished material; and *manages* its runs
  (late policy, due dates, extensions, sections, roster);
- a teaching assistant (TA) *teaches* it: grades, reviews, regrades, reads the gradebook,
  previews unpublished material; but neither authors nor manages;
- everybody else is a learner, who sees published material and their own work only.

Views, selectors, services and templates ask these functions; none repeats the rule.
"""

from functools import cache, partial
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import HttpRequest

from courses.models import Course, Enrollment
from notifications.selectors import unread_count

AnyUser = AbstractBaseUser | AnonymousUser

Role = Enrollment.Role
TEACHING_ROLES = (Role.INSTRUCTOR, Role.TA)  # may grade and review
AUTHORING_ROLES = (Role.INSTRUCTOR,)  # may also write exercises and run the course


def is_admin(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active
                and (getattr(user, "is_staff", False) or getattr(user, "is_superuser", False)))


def _holds(user: AnyUser, course: Course | int, roles: tuple[str, ...]) -> bool:
    if not user.is_authenticated:
        return False
    if is_admin(user):
        return True
    course_id = course if isinstance(course, int) else course.pk
    return Enrollment.objects.filter(
        user_id=user.pk, run__course_id=course_id, role__in=roles
    ).exists()


def teaches(user: AnyUser, course: Course | int) -> bool:
    """Whether the user may grade, review, regrade and preview this course: its instructors
    and TAs (of any of its runs) and admins."""
    return _holds(user, course, TEACHING_ROLES)


def authors(user: AnyUser, course: Course | int) -> bool:
    """Whether the user may write this course's exercises: its instructors and admins."""
    return _holds(user, course, AUTHORING_ROLES)


def manages(user: AnyUser, course: Course | int) -> bool:
    """Whether the user may set what a run of this course asks of its learners (late policy,
    due dates, extensions, sections, roster): as for authoring, instructors and admins."""
    return _holds(user, course, AUTHORING_ROLES)


def _courses_with(user: AnyUser, roles: tuple[str, ...]) -> QuerySet[Course]:
    if not user.is_authenticated:
        return Course.objects.none()
    if is_admin(user):
        return Course.objects.all()
    return Course.objects.filter(
        runs__enrollments__user_id=user.pk, runs__enrollments__role__in=roles
    ).distinct()


def taught_courses(user: AnyUser) -> QuerySet[Course]:
    return _courses_with(user, TEACHING_ROLES)


def authored_courses(user: AnyUser) -> QuerySet[Course]:
    return _courses_with(user, AUTHORING_ROLES)


def teaches_anything(user: AnyUser) -> bool:
    return is_admin(user) or taught_courses(user).exists()


def authors_anything(user: AnyUser) -> bool:
    return is_admin(user) or authored_courses(user).exists()


def _staff_roles(user: AbstractBaseUser) -> set[str]:
    """The teaching roles the user holds anywhere, in one query."""
    held = Enrollment.objects.filter(user_id=user.pk, role__in=TEACHING_ROLES)
    return set(held.values_list("role", flat=True).distinct())


def may_see_course(user: AnyUser, course: Course) -> bool:
    return course.published or teaches(user, course)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the staff links of the navigation and the count of unread
    notifications, at most one query each per request."""
    user = request.user
    if not user.is_authenticated:
        return {"nav_teaching": False, "nav_authoring": False, "nav_admin": False,
                "nav_unread": 0}
    cached = getattr(request, "_eigenlab_navigation", None)
    if cached is None:
        # The Admin link follows Django admin's own rule (is_staff), which guards that site.
        admin = is_admin(user)
        roles = set() if admin else _staff_roles(user)
        cached = {"nav_teaching": admin or bool(roles),
                  "nav_authoring": admin or Role.INSTRUCTOR in roles,
                  "nav_admin": bool(getattr(user, "is_staff", False)),
                  # Counted only when a template shows it (templates call callables), once:
                  # the fragments that htmx polls every second never pay for it.
                  "nav_unread": cache(partial(unread_count, user=user))}
        request._eigenlab_navigation = cached  # type: ignore[attr-defined]
    return cached
