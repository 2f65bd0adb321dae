"""courses.permissions: the one rule of who may see and do what, and the navigation it drives."""

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import permissions
from courses.models import Course
from tests.conftest import PASSWORD, enroll, make_user


@pytest.fixture
def other_course(db: None) -> Course:
    return Course.objects.create(slug="calculus", title="Calculus")


def test_an_instructor_teaches_only_their_courses(
    instructor: User, course: Course, other_course: Course,
) -> None:
    assert permissions.teaches(instructor, course)
    assert permissions.teaches(instructor, course.pk)
    assert not permissions.teaches(instructor, other_course)
    assert list(permissions.taught_courses(instructor)) == [course]
    assert permissions.teaches_anything(instructor)


def test_a_learner_teaches_nothing_even_when_enrolled(learner: User, course: Course) -> None:
    enroll(learner, course)
    assert not permissions.teaches(learner, course)
    assert not permissions.teaches_anything(learner)
    assert not permissions.is_admin(learner)


@pytest.mark.parametrize("flags", [{"is_staff": True}, {"is_superuser": True}])
def test_admins_teach_every_course(flags: dict[str, bool], course: Course,
                                   other_course: Course) -> None:
    admin = make_user("boss", **flags)
    assert permissions.is_admin(admin)
    assert permissions.teaches(admin, other_course)
    assert set(permissions.taught_courses(admin)) == {course, other_course}


def test_an_inactive_admin_is_no_admin(course: Course) -> None:
    admin = make_user("gone", is_staff=True, is_active=False)
    assert not permissions.is_admin(admin)


def test_anonymous_visitors_may_see_only_published_courses(course: Course) -> None:
    anonymous = AnonymousUser()
    assert not permissions.teaches(anonymous, course)
    assert permissions.may_see_course(anonymous, course)
    course.published = False
    assert not permissions.may_see_course(anonymous, course)


def _role_queries(user: User) -> tuple[str, int]:
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("courses:catalog"))
    assert page.status_code == 200
    asked = sum("instructor" in query["sql"] for query in queries.captured_queries)
    return page.content.decode(), asked


def test_the_navigation_asks_about_teaching_once_per_page(instructor: User,
                                                          learner: User) -> None:
    html, asked = _role_queries(instructor)
    assert asked == 1
    assert reverse("authoring:index") in html and reverse("gradebook:index") in html

    html, asked = _role_queries(learner)
    assert asked == 1
    assert reverse("authoring:index") not in html and reverse("gradebook:index") not in html
