"""courses.permissions: the one rule of who may see and do what, the navigation it drives, and
the URL x role matrix of the teaching pages."""

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import permissions
from courses.models import Course, Enrollment
from grader.models import Submission
from tests.conftest import PASSWORD, enroll, make_user


@pytest.fixture(autouse=True)
def _quick_password_hashing(settings: Any) -> None:
    """Every persona has a password: hashing them as production does costs seconds a test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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


# ---- The URL x role matrix of the teaching pages ----
#
# Anonymous visitors go to the login page; anybody who does not teach the course (a learner,
# an instructor of another course) gets 404: the course's staff pages are not theirs to know
# of. Its TAs read every teaching page (200) and get 403 on what only instructors may do:
# changing runs, sections, due dates, extensions, staff and rosters, and reading the staff
# page. Instructors and admins do it all (a change answers with its redirect).

ROLES = ("anonymous", "learner", "other_instructor", "ta", "instructor", "admin")
READ, MANAGE = "read", "manage"


@pytest.fixture
def teaching_world(course: Course, instructor: User, ta: User, learner: User,
                   exercise: Any) -> dict[str, Any]:
    from courses.models import Extension
    from courses.services import course_default_run, section_create

    run = course_default_run(course=course)
    lab = section_create(run=run, name="Lab A")
    enroll(learner, course)
    Enrollment.objects.filter(user=learner, run=run).update(section=lab)
    extension = Extension.objects.create(run=run, user=learner, module=exercise.module,
                                         due_at=timezone.now(), reason="Accommodation")
    ta_seat = Enrollment.objects.get(user=ta, run=run)
    other = make_user("otherprof")
    enroll(other, Course.objects.create(slug="calculus", title="Calculus"),
           Enrollment.Role.INSTRUCTOR)
    wrong = Submission.objects.create(
        user=learner, exercise=exercise, exercise_version=exercise.current_version,
        variant=exercise.current_version.variants.first(), run=run, code="def dot(u, v): ...",
        status="graded", verdict="failed", max_score=10, attempt=1, behaviour=BEHAVIOUR,
        tests=[{"name": "small vectors", "public": True, "passed": False, "message": "No."}])
    return {"course": course, "run": run, "section": lab, "extension": extension,
            "ta_seat": ta_seat, "exercise": exercise, "other_instructor": other,
            "wrong": wrong}


BEHAVIOUR = "ab" * 32  # a cluster of one wrong answer


def _cluster(name: str) -> Callable[[dict[str, Any]], str]:
    return lambda world: reverse(f"gradebook:{name}", args=[
        world["course"].slug, world["exercise"].slug, BEHAVIOUR])


def _in_run(name: str, *args: Any) -> Callable[[dict[str, Any]], str]:
    return lambda world: reverse(f"runs:{name}", args=[world["course"].slug,
                                                       world["run"].slug, *args])


def _roster_file() -> dict[str, Any]:
    return {"roster": SimpleUploadedFile(
        "roster.csv", b"student_id,name,email,section\r\nS9,Nu,nu@example.org,Lab A\r\n")}


# name: (method, url, data, kind, what an instructor or admin gets)
TEACHING_PAGES: dict[str, tuple[str, Callable[[dict[str, Any]], str],
                                Callable[[dict[str, Any]], dict[str, Any]], str, int]] = {
    "gradebook": ("get", lambda w: reverse("gradebook:gradebook", args=[w["course"].slug]),
                  lambda w: {}, READ, 200),
    "gradebook csv": ("get", lambda w: reverse("gradebook:csv", args=[w["course"].slug]),
                      lambda w: {}, READ, 200),
    "late policy": ("post", lambda w: reverse("gradebook:late_policy", args=[w["course"].slug]),
                    lambda w: {"late_policy": "zero", "late_percentage": "0"}, MANAGE, 302),
    "runs": ("get", lambda w: reverse("runs:list", args=[w["course"].slug]),
             lambda w: {}, READ, 200),
    "run new (form)": ("get", lambda w: reverse("runs:create", args=[w["course"].slug]),
                       lambda w: {}, MANAGE, 200),
    "run new": ("post", lambda w: reverse("runs:create", args=[w["course"].slug]),
                lambda w: {"title": "Spring 2027", "time_zone": "UTC", "enrollment": "code",
                           "late_policy": "counts", "late_percentage": "50"}, MANAGE, 302),
    "run": ("get", _in_run("detail"), lambda w: {}, READ, 200),
    "run settings (form)": ("get", _in_run("edit"), lambda w: {}, MANAGE, 200),
    "run settings": ("post", _in_run("edit"),
                     lambda w: {"title": "Renamed", "time_zone": "UTC", "enrollment": "open",
                                "late_policy": "counts", "late_percentage": "50"}, MANAGE, 302),
    "section new": ("post", _in_run("section_create"), lambda w: {"name": "Lab B"},
                    MANAGE, 302),
    "section rename": ("post", lambda w: _in_run("section_rename", w["section"].pk)(w),
                       lambda w: {"name": "Lab Z"}, MANAGE, 302),
    "section code": ("post", lambda w: _in_run("section_code", w["section"].pk)(w),
                     lambda w: {}, MANAGE, 302),
    "section delete (confirm)": ("get", lambda w: _in_run("section_delete", w["section"].pk)(w),
                                 lambda w: {}, MANAGE, 200),
    "section delete": ("post", lambda w: _in_run("section_delete", w["section"].pk)(w),
                       lambda w: {}, MANAGE, 302),
    "due dates": ("get", _in_run("due_dates"), lambda w: {}, READ, 200),
    "due dates save": ("post", _in_run("due_dates"),
                       lambda w: {f"module_{w['exercise'].module_id}": "2027-01-10T12:00"},
                       MANAGE, 302),
    "extensions": ("get", _in_run("extensions"), lambda w: {}, READ, 200),
    "extension grant": ("post", _in_run("extension_grant"),
                        lambda w: {"learner": "ada", "target": f"exercise:{w['exercise'].pk}",
                                   "due_at": "2027-01-10T12:00", "reason": "Illness"},
                        MANAGE, 302),
    "extension revoke": ("post", lambda w: _in_run("extension_revoke", w["extension"].pk)(w),
                         lambda w: {}, MANAGE, 302),
    "staff": ("get", _in_run("staff"), lambda w: {}, MANAGE, 200),
    "staff invite": ("post", _in_run("staff_invite"),
                     lambda w: {"who": "newbie@example.org", "role": "ta"}, MANAGE, 302),
    "staff role": ("post", lambda w: _in_run("staff_role", w["ta_seat"].pk)(w),
                   lambda w: {"role": "instructor"}, MANAGE, 302),
    "staff remove": ("post", lambda w: _in_run("staff_remove", w["ta_seat"].pk)(w),
                     lambda w: {}, MANAGE, 302),
    "staff resend": ("post", lambda w: _in_run("staff_resend", w["ta_seat"].pk)(w),
                     lambda w: {}, MANAGE, 302),
    "roster": ("get", _in_run("roster"), lambda w: {}, READ, 200),
    "roster csv": ("get", _in_run("roster_csv"), lambda w: {}, READ, 200),
    "roster preview": ("post", _in_run("roster_preview"), lambda w: _roster_file(),
                       MANAGE, 200),
    "roster apply": ("post", _in_run("roster_apply"),
                     lambda w: {"token": "gone", "digest": "x"}, MANAGE, 302),
    "clusters": ("get", lambda w: reverse("gradebook:clusters", args=[
        w["course"].slug, w["exercise"].slug]), lambda w: {}, READ, 200),
    "cluster": ("get", _cluster("cluster"), lambda w: {}, READ, 200),
    "cluster note": ("post", _cluster("cluster_feedback"),
                     lambda w: {"text": "Check the range of your loop.", "version": "1"},
                     MANAGE, 302),
    "cluster mutant": ("post", _cluster("cluster_mutant"), lambda w: {"version": "1"},
                       MANAGE, 302),
}


def _expected(role: str, kind: str, staff_gets: int) -> int:
    if role == "anonymous":
        return 302
    if role in ("learner", "other_instructor"):
        return 404
    if role == "ta":
        return 200 if kind == READ else 403
    return staff_gets


@pytest.mark.parametrize("page_name", list(TEACHING_PAGES))
def test_the_teaching_pages_answer_each_role(
    page_name: str, teaching_world: dict[str, Any], learner: User, ta: User,
    instructor: User, admin_user: User, django_capture_on_commit_callbacks: Any,
) -> None:
    """One row of the matrix: each role asks in a savepoint that is rolled back, so every
    role finds the same world (a deleted section is there again for the admin)."""
    method, url, data, kind, staff_gets = TEACHING_PAGES[page_name]
    people = {"learner": learner, "ta": ta, "instructor": instructor, "admin": admin_user,
              "other_instructor": teaching_world["other_instructor"]}
    got, sent_to = {}, {}
    for role in ROLES:
        client = Client()
        if role != "anonymous":
            client.force_login(people[role])
        with transaction.atomic(), django_capture_on_commit_callbacks(execute=False):
            response = getattr(client, method)(url(teaching_world), data(teaching_world))
            transaction.set_rollback(True)
        got[role] = response.status_code
        sent_to[role] = response.get("Location", "")

    assert got == {role: _expected(role, kind, staff_gets) for role in ROLES}
    assert sent_to["anonymous"].startswith(reverse("login"))


@pytest.mark.parametrize(("role", "expected"), [
    ("anonymous", 302), ("learner", 403), ("other_instructor", 200), ("ta", 200),
    ("instructor", 200), ("admin", 200)])
def test_the_teaching_index_is_for_staff_of_any_course(
    role: str, expected: int, teaching_world: dict[str, Any], learner: User, ta: User,
    instructor: User, admin_user: User,
) -> None:
    people = {"learner": learner, "ta": ta, "instructor": instructor, "admin": admin_user,
              "other_instructor": teaching_world["other_instructor"]}
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    assert client.get(reverse("gradebook:index")).status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_every_signed_in_person_may_open_the_join_page(
    role: str, teaching_world: dict[str, Any], learner: User, ta: User, instructor: User,
    admin_user: User,
) -> None:
    people = {"learner": learner, "ta": ta, "instructor": instructor, "admin": admin_user,
              "other_instructor": teaching_world["other_instructor"]}
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    assert client.get(reverse("courses:join")).status_code == (302 if role == "anonymous"
                                                               else 200)
