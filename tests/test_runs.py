"""Course runs, sections, due dates and extensions: whose work goes where, which due date
applies (courses.deadlines), what that does to late marks and totals, and what a TA may do."""

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses import deadlines, permissions
from courses.models import (
    JOIN_CODE_ALPHABET,
    Course,
    CourseRun,
    DueDate,
    Enrollment,
    Extension,
    Progress,
    Section,
)
from courses.services import enroll, enrollment_create, section_create
from courses.solutions import solution_visible
from exercises.models import Exercise
from gradebook import selectors, services
from gradebook.models import Regrade, ScoreChange
from grader.models import Submission
from grader.services import submission_create
from notifications import services as notifications
from notifications.models import Notification
from tests.conftest import DOT_SOLUTION
from tests.test_authoring import authoring_urls, new_draft
from tests.test_gradebook import graded

NOW = timezone.now()


def hours(count: float) -> datetime:
    return NOW + timedelta(hours=count)


def send(user: User, exercise: Exercise, capture: Any) -> Submission:
    """Sends code as the exercise page does; grading is not started."""
    with capture(execute=False):
        return submission_create(user=user, exercise=exercise, code=DOT_SOLUTION)


def grade(submission: Submission, score: float) -> Submission:
    """What a worker's grading stores, then Progress recomputed under the gradebook's rule."""
    Submission.objects.filter(pk=submission.pk).update(
        status="graded", verdict="passed" if score == 10 else "failed", score=score,
        graded_at=timezone.now())
    services.progress_recompute(user_id=submission.user_id, exercise_id=submission.exercise_id,
                                run_id=submission.run_id)
    submission.refresh_from_db()
    return submission


def best(user: User, exercise: Exercise, run: CourseRun) -> float:
    return Progress.objects.get(user=user, exercise=exercise, run=run).best_score


@pytest.fixture
def section(run: CourseRun) -> Section:
    return section_create(run=run, name="Tuesday lab")


# ---- The model ----

def test_a_section_gets_a_join_code_of_its_own(run: CourseRun) -> None:
    first, second = (section_create(run=run, name=name) for name in ("A", "B"))

    assert first.join_code != second.join_code
    assert len(first.join_code) == 8 and set(first.join_code) <= set(JOIN_CODE_ALPHABET)
    with pytest.raises(ValidationError, match="already has a section"):
        section_create(run=run, name="A")


def test_a_run_needs_a_real_time_zone(course: Course) -> None:
    run = CourseRun(course=course, slug="fall-2026", title="Fall 2026", time_zone="Europe/Paris")
    run.full_clean()
    run.time_zone = "Mars/Olympus_Mons"
    with pytest.raises(ValidationError, match="not a time zone"):
        run.full_clean()


def test_a_run_does_not_end_before_it_starts(course: Course) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseRun.objects.create(course=course, slug="x", title="X", starts_on=date(2026, 9, 1),
                                 ends_on=date(2026, 8, 1))


def test_a_course_has_one_default_run(run: CourseRun) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseRun.objects.create(course=run.course, slug="other", title="Other", is_default=True)


def test_an_enrollment_section_must_be_of_the_same_run(learner: User, course: Course,
                                                       section: Section) -> None:
    spring = CourseRun.objects.create(course=course, slug="spring", title="Spring 2027")

    with pytest.raises(ValidationError, match="another run"):
        enroll(user=learner, run=spring, section=section)
    enrollment = Enrollment(user=learner, run=spring, section=section)
    with pytest.raises(ValidationError, match="same run"):
        enrollment.full_clean()
    assert not Enrollment.objects.exists()


@pytest.mark.parametrize("who_what", [
    {"user": True, "section": True, "module": True},  # both a learner and a section
    {"module": True},  # nobody
    {"user": True, "module": True, "exercise": True},  # both a module and an exercise
    {"user": True},  # nothing
])
def test_an_extension_is_for_one_holder_and_one_target(
    who_what: dict[str, bool], run: CourseRun, learner: User, section: Section,
    exercise: Exercise,
) -> None:
    values = {"user": learner, "section": section, "module": exercise.module,
              "exercise": exercise}
    chosen = {name: values[name] for name in who_what}
    with pytest.raises(IntegrityError), transaction.atomic():
        Extension.objects.create(run=run, due_at=hours(1), reason="x", **chosen)


def test_an_extension_needs_a_reason(run: CourseRun, learner: User, exercise: Exercise) -> None:
    enroll(user=learner, run=run)
    with pytest.raises(IntegrityError), transaction.atomic():
        Extension.objects.create(run=run, user=learner, exercise=exercise, due_at=hours(1))
    with pytest.raises(ValidationError, match="reason"):
        services.extension_grant(run=run, user=learner, exercise=exercise, due_at=hours(1),
                                 reason="  ", granted_by=None)


# ---- The rule: which due date applies ----

def test_the_due_date_that_applies_follows_the_precedence(
    run: CourseRun, learner: User, other_learner: User, section: Section, exercise: Exercise,
) -> None:
    module = exercise.module
    enroll(user=learner, run=run, section=section)
    enroll(user=other_learner, run=run)

    def applies(user: User = learner) -> datetime | None:
        return deadlines.due_at(run_id=run.pk, user_id=user.pk, exercise=exercise)

    assert applies() is None  # nothing due in the run
    DueDate.objects.create(run=run, module=module, due_at=hours(1))
    assert applies() == hours(1)
    grants = [({"section": section, "module": module}, hours(2)),
              ({"section": section, "exercise": exercise}, hours(3)),
              ({"user": learner, "module": module}, hours(4)),
              # Earlier than the section's, yet it wins: it was granted for this learner.
              ({"user": learner, "exercise": exercise}, hours(0.5))]
    for holder_and_target, due_at in grants:
        Extension.objects.create(run=run, due_at=due_at, reason="x", **holder_and_target)
        assert applies() == due_at
    assert applies(other_learner) == hours(1)  # none of these are theirs


# ---- Late marks ----

def test_work_after_the_run_due_date_but_before_the_learner_extension_is_not_late(
    run: CourseRun, learner: User, other_learner: User, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    enroll(user=learner, run=run)
    Extension.objects.create(run=run, user=learner, exercise=exercise, due_at=hours(24),
                             reason="Accommodation: extra time")

    mine = send(learner, exercise, django_capture_on_commit_callbacks)
    theirs = send(other_learner, exercise, django_capture_on_commit_callbacks)

    assert (mine.run, theirs.run) == (run, run)
    assert (mine.late, theirs.late) == (False, True)


def test_a_section_extension_applies_to_its_members_only(
    run: CourseRun, learner: User, other_learner: User, section: Section, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    enroll(user=learner, run=run, section=section)
    enroll(user=other_learner, run=run)
    Extension.objects.create(run=run, section=section, module=exercise.module,
                             due_at=hours(24), reason="Lab closed by the fire drill")

    member = send(learner, exercise, django_capture_on_commit_callbacks)
    outsider = send(other_learner, exercise, django_capture_on_commit_callbacks)

    assert (member.late, outsider.late) == (False, True)


def test_an_extension_granted_after_the_fact_clears_the_late_mark_and_restores_the_total(
    run: CourseRun, learner: User, instructor: User, exercise: Exercise,
) -> None:
    services.run_late_policy_set(run=run, policy="zero", percentage=0)
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    submission = graded(learner, exercise, 10, late=True)
    assert best(learner, exercise, run) == 0
    assert selectors.gradebook(run=run).rows[0].total == 0

    extension = services.extension_grant(run=run, user=learner, module=exercise.module,
                                         due_at=hours(1), reason="Illness, note received",
                                         granted_by=instructor)

    submission.refresh_from_db()
    assert submission.late is False
    assert best(learner, exercise, run) == 10
    assert selectors.gradebook(run=run).rows[0].total == 10
    assert not ScoreChange.objects.exists()  # no grade changed, only what it counts for

    services.extension_revoke(extension=extension)

    submission.refresh_from_db()
    assert (submission.late, best(learner, exercise, run)) == (True, 0)


def test_progress_recompute_counts_late_work_under_the_policy_of_its_run(
    run: CourseRun, learner: User, exercise: Exercise,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    graded(learner, exercise, 8, late=True)
    services.run_late_policy_set(run=run, policy="percentage", percentage=25)

    assert best(learner, exercise, run) == 2
    assert selectors.gradebook(run=run).rows[0].cells[0].best == 2


def test_moving_a_due_date_marks_work_again(
    run: CourseRun, learner: User, exercise: Exercise,
) -> None:
    services.run_late_policy_set(run=run, policy="zero", percentage=0)
    submission = graded(learner, exercise, 10)
    assert best(learner, exercise, run) == 10

    services.due_date_set(run=run, module=exercise.module, due_at=hours(-24))

    submission.refresh_from_db()
    assert (submission.late, best(learner, exercise, run)) == (True, 0)
    services.due_date_set(run=run, module=exercise.module, due_at=None)
    submission.refresh_from_db()
    assert (submission.late, best(learner, exercise, run)) == (False, 10)


def test_moving_into_a_section_brings_its_extensions(
    run: CourseRun, learner: User, section: Section, exercise: Exercise,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    Extension.objects.create(run=run, section=section, exercise=exercise, due_at=hours(5),
                             reason="Lab hours")
    submission = graded(learner, exercise, 10, late=True)

    enroll(user=learner, run=run, section=section)

    submission.refresh_from_db()
    assert submission.late is False


# ---- Runs: whose work goes where ----

def test_a_learner_in_two_runs_of_one_course_keeps_separate_progress(
    run: CourseRun, learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    fall = run
    grade(send(learner, exercise, django_capture_on_commit_callbacks), 10)  # joins the default
    CourseRun.objects.filter(pk=fall.pk).update(ends_on=date.today() - timedelta(days=1))
    spring = CourseRun.objects.create(course=fall.course, slug="spring-2027",
                                      title="Spring 2027", late_policy="zero")
    DueDate.objects.create(run=spring, module=exercise.module, due_at=hours(-1))
    enroll(user=learner, run=spring)

    again = grade(send(learner, exercise, django_capture_on_commit_callbacks), 6)

    assert (again.run, again.late, again.attempt) == (spring, True, 2)
    fall_progress = Progress.objects.get(user=learner, exercise=exercise, run=fall)
    spring_progress = Progress.objects.get(user=learner, exercise=exercise, run=spring)
    assert (fall_progress.best_score, fall_progress.attempts, fall_progress.solved) == (
        10, 1, True)
    assert (spring_progress.best_score, spring_progress.attempts, spring_progress.solved) == (
        0, 1, False)  # late under spring's zero policy, and not solved in spring
    assert [row.total for row in selectors.gradebook(run=fall).rows] == [10]
    assert [row.total for row in selectors.gradebook(run=spring).rows] == [0]


def test_a_closed_default_run_takes_no_newcomers(
    run: CourseRun, learner: User, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    CourseRun.objects.filter(pk=run.pk).update(enrollment=CourseRun.Admission.CODE)

    with pytest.raises(ValidationError, match="code"):
        send(learner, exercise, django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError, match="code"):
        enrollment_create(user=learner, course=run.course)
    assert not Submission.objects.exists() and not Progress.objects.exists()


def test_self_enrolment_keeps_an_enrollment_in_another_run(
    run: CourseRun, learner: User, course: Course,
) -> None:
    spring = CourseRun.objects.create(course=course, slug="spring", title="Spring")
    mine = enroll(user=learner, run=spring)

    assert enrollment_create(user=learner, course=course) == mine
    assert Enrollment.objects.count() == 1


# ---- Deadlines elsewhere: reminders and the model solution ----

def test_reminders_follow_each_learners_own_due_date(
    run: CourseRun, learner: User, other_learner: User, exercise: Exercise,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(5))
    enroll(user=learner, run=run)
    enroll(user=other_learner, run=run)
    Extension.objects.create(run=run, user=learner, module=exercise.module, due_at=hours(48),
                             reason="Accommodation")

    assert notifications.deadline_reminders_create(now=NOW) == 1
    assert Notification.objects.get().user == other_learner

    assert notifications.deadline_reminders_create(now=hours(30)) == 1  # learner's turn
    reminder = Notification.objects.get(user=learner)
    assert reminder.due_at == hours(48)


def test_after_the_deadline_means_after_the_learners_own(
    run: CourseRun, learner: User, other_learner: User, exercise: Exercise,
) -> None:
    course = run.course
    course.solution_visibility = Course.SolutionVisibility.AFTER_DEADLINE
    course.save()
    DueDate.objects.create(run=run, module=exercise.module, due_at=hours(-1))
    enroll(user=learner, run=run)
    Extension.objects.create(run=run, user=learner, exercise=exercise, due_at=hours(24),
                             reason="Accommodation")

    assert not solution_visible(user=learner, exercise=exercise, progress=None, now=NOW)
    assert solution_visible(user=other_learner, exercise=exercise, progress=None, now=NOW)
    assert solution_visible(user=learner, exercise=exercise, progress=None, now=hours(25))


def test_the_exercise_page_shows_the_learners_own_due_date(
    client: Client, run: CourseRun, learner: User, exercise: Exercise,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module, due_at=datetime(2026, 3, 1, 12, 0,
                                                                            tzinfo=NOW.tzinfo))
    enroll(user=learner, run=run)
    Extension.objects.create(run=run, user=learner, exercise=exercise,
                             due_at=datetime(2026, 3, 8, 12, 0, tzinfo=NOW.tzinfo),
                             reason="Accommodation")
    client.force_login(learner)

    page = client.get(reverse("courses:exercise", args=[run.course.slug, exercise.slug]))
    course_page = client.get(reverse("courses:course", args=[run.course.slug]))

    assert "8 Mar 2026, 12:00" in page.content.decode()
    assert "1 Mar 2026, 12:00" in course_page.content.decode()  # the module's own date


# ---- Roles: the TA ----

def test_a_ta_teaches_but_neither_authors_nor_manages(
    ta: User, instructor: User, learner: User, admin_user: User, run: CourseRun,
) -> None:
    course = run.course
    enroll(user=learner, run=run)
    matrix = {name: (permissions.teaches(user, course), permissions.authors(user, course),
                     permissions.manages(user, course))
              for name, user in {"ta": ta, "instructor": instructor, "learner": learner,
                                 "admin": admin_user}.items()}

    assert matrix == {"ta": (True, False, False), "instructor": (True, True, True),
                      "learner": (False, False, False), "admin": (True, True, True)}
    assert list(permissions.taught_courses(ta)) == [course]
    assert not permissions.authored_courses(ta).exists()


@pytest.fixture
def ta_world(course: Course, exercise: Exercise, learner: User, instructor: User,
             ta: User) -> dict[str, Any]:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please look")
    regrade = Regrade.objects.create(exercise=exercise, version=exercise.current_version,
                                     requested_by=instructor, submission_ids=[submission.pk],
                                     reason="fixed check", status="previewed",
                                     preview={"up": 0, "down": 0, "same": 1, "kept": 0,
                                              "failed": 0, "rows": []})
    return {"course": course, "exercise": exercise, "submission": submission,
            "review": review, "regrade": regrade,
            "draft": new_draft(exercise.module, instructor)}


def test_the_staff_pages_answer_a_ta_as_a_grader(client: Client, ta: User,
                                                 ta_world: dict[str, Any]) -> None:
    course, exercise = ta_world["course"].slug, ta_world["exercise"].slug
    pages = {
        "index": reverse("gradebook:index"),
        "reviews": reverse("gradebook:reviews"),
        "gradebook": reverse("gradebook:gradebook", args=[course]),
        "csv": reverse("gradebook:csv", args=[course]),
        "audit": reverse("gradebook:audit", args=[course]),
        "analytics": reverse("gradebook:analytics", args=[course, exercise]),
        "regrade_new": reverse("gradebook:regrade_new", args=[course, exercise]),
        "regrade": reverse("gradebook:regrade", args=[ta_world["regrade"].pk]),
        "regrade_progress": reverse("gradebook:regrade_progress",
                                    args=[ta_world["regrade"].pk]),
        "submission": reverse("gradebook:submission", args=[ta_world["submission"].pk]),
        "review": reverse("gradebook:review", args=[ta_world["review"].pk]),
    }
    client.force_login(ta)

    got = {name: client.get(url).status_code for name, url in pages.items()}

    assert got == dict.fromkeys(pages, 200)
    gradebook_page = client.get(pages["gradebook"]).content.decode()
    assert reverse("gradebook:late_policy", args=[course]) not in gradebook_page
    assert reverse("authoring:index") not in gradebook_page  # no Authoring link


def test_a_ta_grades_and_reviews_but_sets_no_late_policy(
    client: Client, ta: User, ta_world: dict[str, Any], django_capture_on_commit_callbacks: Any,
) -> None:
    course, exercise = ta_world["course"], ta_world["exercise"]
    client.force_login(ta)
    override = client.post(reverse("gradebook:override", args=[ta_world["submission"].pk]),
                           {"score": "7", "reason": "Partial credit for the method"})
    resolve = client.post(reverse("gradebook:review", args=[ta_world["review"].pk]),
                          {"decision": "keep", "reason": "The score stands."})
    with django_capture_on_commit_callbacks(execute=False):
        regrade = client.post(reverse("gradebook:regrade_new",
                                      args=[course.slug, exercise.slug]),
                              {"scope": "all", "reason": "check fixed"})
    late_policy = client.post(reverse("gradebook:late_policy", args=[course.slug]),
                              {"late_policy": "zero", "late_percentage": "0"})

    assert (override.status_code, resolve.status_code, regrade.status_code) == (302, 302, 302)
    assert late_policy.status_code == 403
    assert ScoreChange.objects.get().changed_by == ta
    assert Regrade.objects.count() == 2
    assert CourseRun.objects.get(course=course, is_default=True).late_policy == "counts"


def test_no_authoring_page_is_open_to_a_ta(client: Client, ta: User,
                                           ta_world: dict[str, Any]) -> None:
    draft = ta_world["draft"]
    client.force_login(ta)

    assert client.get(reverse("authoring:index")).status_code == 403
    assert client.post(reverse("authoring:preview"), {"statement_md": "x"}).status_code == 403
    for method, url in authoring_urls(draft):
        assert getattr(client, method)(url).status_code == 404, url
    draft.exercise.refresh_from_db()
    assert draft.exercise.published is False


def test_the_navigation_shows_a_ta_teaching_without_authoring(
    client: Client, ta: User, instructor: User,
) -> None:
    client.force_login(ta)
    body = client.get(reverse("courses:catalog")).content.decode()
    assert reverse("gradebook:index") in body and reverse("authoring:index") not in body

    client.force_login(instructor)
    body = client.get(reverse("courses:catalog")).content.decode()
    assert reverse("gradebook:index") in body and reverse("authoring:index") in body


def test_a_ta_is_not_counted_as_a_learner(ta: User, learner: User, run: CourseRun,
                                          exercise: Exercise) -> None:
    graded(learner, exercise, 10)
    graded(ta, exercise, 10)  # trying it out

    assert [row.user for row in selectors.gradebook(run=run).rows] == [learner]
    assert selectors.analytics(exercise=exercise).learners_attempted == 1


def test_a_new_course_gets_its_default_run_on_first_need(learner: User,
                                                         exercise: Exercise) -> None:
    course = exercise.module.course
    assert not CourseRun.objects.filter(course=course).exists()

    enrollment = enrollment_create(user=learner, course=course)

    assert (enrollment.run.slug, enrollment.run.is_default, enrollment.run.title) == (
        "default", True, course.title)
    assert enrollment.role == Enrollment.Role.LEARNER
