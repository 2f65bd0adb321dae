"""Who may see and do what: the one place that answers it.

Admins (staff or superusers) may do everything. An instructor teaches the courses they are
enrolled in with the instructor role: they author those courses' exercises, see their
gradebook, review and regrade their submissions, and preview their unpublished material.
Everybody else is a learner, who sees published material and their own work only.

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


def is_admin(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active
                and (getattr(user, "is_staff", False) or getattr(user, "is_superuser", False)))


def teaches(user: AnyUser, course: Course | int) -> bool:
    """Whether the user may author, grade and preview this course (admins teach them all)."""
    if not user.is_authenticated:
        return False
    if is_admin(user):
        return True
    course_id = course if isinstance(course, int) else course.pk
    return Enrollment.objects.filter(
        user_id=user.pk, course_id=course_id, role=Enrollment.Role.INSTRUCTOR
    ).exists()


def taught_courses(user: AnyUser) -> QuerySet[Course]:
    if not user.is_authenticated:
        return Course.objects.none()
    if is_admin(user):
        return Course.objects.all()
    return Course.objects.filter(
        enrollments__user_id=user.pk, enrollments__role=Enrollment.Role.INSTRUCTOR
    ).distinct()


def teaches_anything(user: AnyUser) -> bool:
    return is_admin(user) or taught_courses(user).exists()


def may_see_course(user: AnyUser, course: Course) -> bool:
    return course.published or teaches(user, course)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the staff links of the navigation and the count of unread
    notifications, at most one query each per request."""
    user = request.user
    if not user.is_authenticated:
        return {"nav_teaching": False, "nav_admin": False, "nav_unread": 0}
    cached = getattr(request, "_eigenlab_navigation", None)
    if cached is None:
        # The Admin link follows Django admin's own rule (is_staff), which guards that site.
        cached = {"nav_teaching": teaches_anything(user),
                  "nav_admin": bool(getattr(user, "is_staff", False)),
                  # Counted only when a template shows it (templates call callables), once:
                  # the fragments that htmx polls every second never pay for it.
                  "nav_unread": cache(partial(unread_count, user=user))}
        request._eigenlab_navigation = cached  # type: ignore[attr-defined]
    return cached
