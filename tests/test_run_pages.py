"""The staff pages of course runs, through the pages as staff use them: runs, sections and
join codes, due dates in the run's time zone, extensions, staff invitations, the gradebook per
run; and the learner's side: joining with a code, due dates shown in the run's zone."""

import csv
import html
import io
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from config.celery import app as celery_app
from courses.models import (
    Course,
    CourseRun,
    DueDate,
    Enrollment,
    Extension,
    Progress,
    Section,
)
from courses.services import enroll, section_create
from exercises.models import Exercise
from gradebook import selectors as gradebook
from gradebook.services import run_late_policy_set
from grader.models import Submission
from tests.conftest import PASSWORD, make_user
from tests.test_gradebook import graded

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

NEW_YORK = "America/New_York"
INVITE_LINK = re.compile(r"http://testserver(/accounts/invitation/\S+/)")



@pytest.fixture(autouse=True)
def _quick_password_hashing(settings: Any) -> None:
    """Every persona has a password: hashing them as production does costs seconds a test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def eager() -> Iterator[None]:
    """Emails leave from Celery tasks: here they run at once, in this process."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = False
        celery_app.conf.task_eager_propagates = False


@pytest.fixture
def fall(course: Course, instructor: User) -> CourseRun:
    """A second run of the course, in New York's time zone, joined with a code."""
    return CourseRun.objects.create(course=course, slug="fall-2026", title="Fall 2026",
                                    time_zone=NEW_YORK, enrollment=CourseRun.Admission.CODE)


@pytest.fixture
def lab(fall: CourseRun) -> Section:
    return section_create(run=fall, name="Tuesday lab")


def url(name: str, run: CourseRun, *args: Any) -> str:
    return reverse(f"runs:{name}", args=[run.course.slug, run.slug, *args])


def as_user(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


def page_text(response: Any) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.content.decode()))


def messages_of(response: Any) -> list[str]:
    return [str(message) for message in response.context["messages"]]


# ---- Runs ----

def test_an_instructor_creates_a_run_and_teaches_it(client: Client, course: Course,
                                                    instructor: User) -> None:
    as_user(client, instructor)
    response = client.post(reverse("runs:create", args=[course.slug]), {
        "title": "Spring 2027", "slug": "", "time_zone": "Europe/Paris",
        "starts_on": "2027-02-01", "ends_on": "2027-06-30", "enrollment": "code",
        "late_policy": "percentage", "late_percentage": "60"})

    run = CourseRun.objects.get(course=course, slug="spring-2027")
    assert response.status_code == 302
    assert response["Location"] == url("detail", run)
    assert (run.title, run.time_zone, run.starts_on, run.ends_on, run.enrollment,
            run.late_policy, run.late_percentage, run.is_default) == (
        "Spring 2027", "Europe/Paris", date(2027, 2, 1), date(2027, 6, 30), "code",
        "percentage", 60, False)
    assert Enrollment.objects.get(run=run, user=instructor).role == "instructor"
    listing = page_text(client.get(reverse("runs:list", args=[course.slug])))
    assert "Spring 2027" in listing and "Europe/Paris" in listing


@pytest.mark.parametrize(("change", "error"), [
    ({"time_zone": "Mars/Olympus_Mons"}, "Select a valid choice"),
    ({"starts_on": "2027-02-01", "ends_on": "2027-01-01"}, "cannot end before it starts"),
    ({"slug": "fall-2026"}, "already has a run called"),
    ({"slug": "new"}, "names a page of its own"),
    ({"late_percentage": "140"}, "less than or equal to 100"),
    ({"title": ""}, "This field is required"),
])
def test_a_run_form_says_what_is_wrong(client: Client, course: Course, instructor: User,
                                       fall: CourseRun, change: dict[str, str],
                                       error: str) -> None:
    data = {"title": "Spring", "slug": "spring", "time_zone": "UTC", "enrollment": "code",
            "late_policy": "counts", "late_percentage": "50", **change}
    response = as_user(client, instructor).post(reverse("runs:create", args=[course.slug]),
                                                data)

    assert response.status_code == 422
    assert error in page_text(response)
    assert set(CourseRun.objects.values_list("slug", flat=True)) == {"default", "fall-2026"}


def test_a_new_late_policy_on_the_settings_page_recomputes_totals(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
) -> None:
    graded(learner, exercise, 8, late=True)
    response = as_user(client, instructor).post(url("edit", run), {
        "title": run.title, "time_zone": NEW_YORK, "enrollment": "open",
        "late_policy": "percentage", "late_percentage": "25", "slug": "ignored"})

    run.refresh_from_db()
    assert response.status_code == 302
    assert (run.slug, run.time_zone, run.late_policy, run.late_percentage) == (
        "default", NEW_YORK, "percentage", 25)
    assert Progress.objects.get(user=learner, exercise=exercise).best_score == 2
    assert gradebook.gradebook(run=run).rows[0].total == 2


# ---- Sections ----

def test_sections_are_created_renamed_recoded_and_listed_with_their_codes(
    client: Client, fall: CourseRun, instructor: User,
) -> None:
    as_user(client, instructor)
    created = client.post(url("section_create", fall), {"name": "Tuesday lab"}, follow=True)
    section = Section.objects.get(run=fall)
    assert f"its join code is {section.join_code}" in " ".join(messages_of(created))
    old_code = section.join_code
    renamed = client.post(url("section_rename", fall, section.pk), {"name": "Wednesday lab"})
    recoded = client.post(url("section_code", fall, section.pk), follow=True)

    section.refresh_from_db()
    assert renamed.status_code == 302
    assert section.name == "Wednesday lab" and section.join_code != old_code
    page = page_text(recoded)
    assert section.join_code in page and old_code not in page
    assert f"/join/?code={section.join_code}" in page
    assert "the old one no longer works" in " ".join(messages_of(recoded))


def test_a_section_name_must_be_new_in_its_run(client: Client, fall: CourseRun, lab: Section,
                                               instructor: User) -> None:
    as_user(client, instructor)
    twice = client.post(url("section_create", fall), {"name": "Tuesday lab"})
    empty = client.post(url("section_create", fall), {"name": "   "})
    other = section_create(run=fall, name="Thursday lab")
    clash = client.post(url("section_rename", fall, other.pk), {"name": "Tuesday lab"},
                        follow=True)

    assert twice.status_code == 422 and "already has a section" in page_text(twice)
    assert empty.status_code == 422 and "This field is required" in page_text(empty)
    assert "already has a section called 'Tuesday lab'" in " ".join(messages_of(clash))
    assert Section.objects.filter(run=fall).count() == 2


def test_deleting_a_section_keeps_its_members_and_drops_its_extensions(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
) -> None:
    lab = section_create(run=run, name="Tuesday lab")
    enroll(user=learner, run=run, section=lab)
    DueDate.objects.create(run=run, module=exercise.module,
                           due_at=timezone.now() - timedelta(hours=1))
    Extension.objects.create(run=run, section=lab, module=exercise.module,
                             due_at=timezone.now() + timedelta(days=1), reason="Lab closed")
    submission = graded(learner, exercise, 10)  # on time, thanks to the section's extension
    assert submission.late is False
    as_user(client, instructor)

    confirm = client.get(url("section_delete", run, lab.pk))
    deleted = client.post(url("section_delete", run, lab.pk))

    assert "Its 1 member stays enrolled" in page_text(confirm)
    assert "Its 1 extension is revoked" in page_text(confirm)
    assert deleted.status_code == 302
    assert not Section.objects.filter(pk=lab.pk).exists() and not Extension.objects.exists()
    enrollment = Enrollment.objects.get(user=learner, run=run)
    assert (enrollment.section, enrollment.role) == (None, "learner")
    submission.refresh_from_db()
    assert submission.late is True


# ---- Due dates in the run's time zone ----

def test_a_due_date_typed_in_new_york_is_stored_in_utc_and_shown_in_new_york(
    client: Client, fall: CourseRun, lab: Section, instructor: User, learner: User,
    exercise: Exercise,
) -> None:
    module = exercise.module
    saved = as_user(client, instructor).post(url("due_dates", fall),
                                             {f"module_{module.pk}": "2026-12-15T23:59"})

    assert saved.status_code == 302
    assert DueDate.objects.get(run=fall, module=module).due_at == datetime(
        2026, 12, 16, 4, 59, tzinfo=UTC)
    form = page_text(client.get(url("due_dates", fall)))
    assert 'value="2026-12-15T23:59"' in form
    assert "now due" in form and "Tue 15 Dec 2026, 23:59 EST" in form

    enroll(user=learner, run=fall, section=lab)
    as_user(client, learner)
    for page in (reverse("courses:course", args=[fall.course.slug]),
                 reverse("courses:exercise", args=[fall.course.slug, exercise.slug])):
        shown = page_text(client.get(page))
        assert ('<time datetime="2026-12-16T04:59:00+00:00" data-zone="America/New_York">'
                'Tue 15 Dec 2026, 23:59 EST</time> <span class="muted">(America/New_York)'
                '</span>') in shown, page
        assert "js/local-time.js" in shown
        assert " UTC</time>" not in shown


def test_summer_dates_show_daylight_time(client: Client, fall: CourseRun, instructor: User,
                                         exercise: Exercise) -> None:
    module = exercise.module
    as_user(client, instructor).post(url("due_dates", fall),
                                     {f"module_{module.pk}": "2027-07-01T09:00"})

    assert DueDate.objects.get(run=fall).due_at == datetime(2027, 7, 1, 13, 0, tzinfo=UTC)
    assert "Thu 1 Jul 2027, 09:00 EDT" in page_text(client.get(url("due_dates", fall)))


@pytest.mark.parametrize("typed", ["2027-03-14T02:30", "2026-11-01T01:30"])
def test_a_time_the_clock_change_skips_or_repeats_is_refused(
    client: Client, fall: CourseRun, instructor: User, exercise: Exercise, typed: str,
) -> None:
    response = as_user(client, instructor).post(url("due_dates", fall),
                                                {f"module_{exercise.module.pk}": typed})

    assert response.status_code == 422
    assert "does not happen exactly once in America/New_York" in page_text(response)
    assert not DueDate.objects.exists()


@pytest.mark.parametrize("typed", ["tomorrow", "2026-13-01T10:00", "0001-01-01T00:00"])
def test_an_unreadable_due_date_is_refused_and_nothing_is_saved(
    client: Client, fall: CourseRun, instructor: User, exercise: Exercise, typed: str,
) -> None:
    response = as_user(client, instructor).post(url("due_dates", fall),
                                                {f"module_{exercise.module.pk}": typed})

    assert response.status_code == 422
    assert re.search(r"Enter a valid date/time|Choose a date between", page_text(response))
    assert not DueDate.objects.exists()


def test_due_dates_set_on_the_page_mark_work_late_and_clearing_them_does_not(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
) -> None:
    run_late_policy_set(run=run, policy="zero", percentage=0)
    submission = graded(learner, exercise, 10)
    field = f"module_{exercise.module.pk}"
    yesterday = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    as_user(client, instructor)

    client.post(url("due_dates", run), {field: yesterday})
    submission.refresh_from_db()
    assert submission.late and gradebook.gradebook(run=run).rows[0].total == 0

    cleared = client.post(url("due_dates", run), {field: ""}, follow=True)
    submission.refresh_from_db()
    assert not submission.late and gradebook.gradebook(run=run).rows[0].total == 10
    assert "1 due date changed" in " ".join(messages_of(cleared))


# ---- Extensions ----

@pytest.fixture
def late_work(run: CourseRun, learner: User, exercise: Exercise) -> Submission:
    """The learner's full marks, sent after the module's due date, under the zero policy."""
    run_late_policy_set(run=run, policy="zero", percentage=0)
    DueDate.objects.create(run=run, module=exercise.module,
                           due_at=timezone.now() - timedelta(days=1))
    submission = graded(learner, exercise, 10, late=True)
    assert gradebook.gradebook(run=run).rows[0].total == 0
    return submission


@pytest.mark.parametrize("named_by", ["username", "email", "student id"])
def test_an_extension_granted_on_the_page_restores_the_total_and_revoking_takes_it_back(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
    late_work: Submission, named_by: str,
) -> None:
    Enrollment.objects.filter(user=learner, run=run).update(student_id="S-1024")
    who = {"username": "ADA", "email": "Ada@Example.org", "student id": "S-1024"}[named_by]
    as_user(client, instructor)
    granted = client.post(url("extension_grant", run), {
        "learner": who, "target": f"exercise:{exercise.pk}",
        "due_at": (timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        "reason": "Illness, note received"})

    extension = Extension.objects.get()
    late_work.refresh_from_db()
    assert granted.status_code == 302
    assert (extension.user, extension.exercise, extension.granted_by) == (
        learner, exercise, instructor)
    assert late_work.late is False
    assert gradebook.gradebook(run=run).rows[0].total == 10
    listing = page_text(client.get(url("extensions", run)))
    assert "Illness, note received" in listing and "prof" in listing

    client.post(url("extension_revoke", run, extension.pk))
    late_work.refresh_from_db()
    assert late_work.late is True and gradebook.gradebook(run=run).rows[0].total == 0


def test_a_section_extension_of_a_module_reaches_its_members(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
    late_work: Submission,
) -> None:
    section = section_create(run=run, name="Night class")
    Enrollment.objects.filter(user=learner, run=run).update(section=section)
    as_user(client, instructor).post(url("extension_grant", run), {
        "section": section.pk, "target": f"module:{exercise.module.pk}",
        "due_at": (timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        "reason": "Lab closed by the fire drill"})

    late_work.refresh_from_db()
    assert Extension.objects.get().section == section
    assert late_work.late is False and gradebook.gradebook(run=run).rows[0].total == 10


@pytest.mark.parametrize(("data", "error"), [
    ({"learner": "ada", "reason": ""}, "This field is required"),
    ({"learner": "", "reason": "x"}, "Name one learner, or choose one section"),
    ({"learner": "nobody", "reason": "x"}, "No learner of Linear Algebra has the username"),
    ({"learner": "prof", "reason": "x"}, "No learner of Linear Algebra has the username"),
    ({"learner": "ada", "reason": "x", "target": ""}, "This field is required"),
    ({"learner": "ada", "reason": "x", "due_at": "soon"}, "Enter a valid date/time"),
])
def test_an_extension_form_says_what_is_missing(
    client: Client, run: CourseRun, learner: User, instructor: User, exercise: Exercise,
    late_work: Submission, data: dict[str, str], error: str,
) -> None:
    posted = {"target": f"module:{exercise.module.pk}", "due_at": "2027-01-10T12:00", **data}
    response = as_user(client, instructor).post(url("extension_grant", run), posted)

    assert response.status_code == 422
    assert error in page_text(response)
    assert not Extension.objects.exists()


def test_extension_dates_are_typed_and_listed_in_the_run_zone(
    client: Client, fall: CourseRun, learner: User, instructor: User, exercise: Exercise,
) -> None:
    enroll(user=learner, run=fall)
    as_user(client, instructor).post(url("extension_grant", fall), {
        "learner": "ada", "target": f"module:{exercise.module.pk}",
        "due_at": "2026-12-20T18:00", "reason": "Accommodation"})

    assert Extension.objects.get().due_at == datetime(2026, 12, 20, 23, 0, tzinfo=UTC)
    assert "Sun 20 Dec 2026, 18:00 EST" in page_text(client.get(url("extensions", fall)))


# ---- Staff ----

def test_an_existing_account_joins_the_staff_at_once(
    client: Client, run: CourseRun, instructor: User, eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    helper = make_user("helper")
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, instructor).post(url("staff_invite", run),
                                                    {"who": "Helper", "role": "ta"},
                                                    follow=True)

    assert Enrollment.objects.get(user=helper, run=run).role == "ta"
    assert "helper joined the staff as teaching assistant" in " ".join(messages_of(response))
    assert not mail.outbox  # they sign in as they always did
    as_user(client, helper)
    assert client.get(url("detail", run)).status_code == 200


def test_an_unknown_address_gets_an_account_and_an_email_to_choose_its_password(
    client: Client, run: CourseRun, instructor: User, eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, instructor).post(
            url("staff_invite", run), {"who": "Emmy.Noether@Uni.example", "role": "instructor"})

    user = User.objects.get(email="Emmy.Noether@uni.example")
    assert response.status_code == 302
    assert (user.username, user.has_usable_password()) == ("Emmy.Noether", False)
    assert Enrollment.objects.get(user=user, run=run).role == "instructor"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Emmy.Noether@uni.example"]
    assert message.subject == "You are invited to teach Linear Algebra on Eigenlab"
    assert 'username "Emmy.Noether"' in message.body and "14 days" in message.body
    staff_page = page_text(client.get(url("staff", run)))
    assert "invited: no password yet" in staff_page

    link = INVITE_LINK.search(message.body)
    assert link is not None
    visitor = Client()
    form = visitor.get(link.group(1), follow=True)
    assert "Choose the password of your account" in page_text(form)
    done = visitor.post(form.redirect_chain[-1][0], {"new_password1": PASSWORD,
                                                     "new_password2": PASSWORD}, follow=True)
    assert "Your password is set: log in as Emmy.Noether" in " ".join(messages_of(done))
    assert Client().login(username="Emmy.Noether", password=PASSWORD)
    again = visitor.get(link.group(1), follow=True)
    assert "This link is no longer valid" in page_text(again)


def test_an_invitation_link_outlives_a_reset_link_but_not_two_weeks(
    run: CourseRun, settings: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from courses.accounts import invitation_tokens

    user = make_user("invitee")
    user.set_unusable_password()
    user.save()
    token = invitation_tokens.make_token(user)
    now = datetime.now()
    for days, valid in [(3, True), (13, True), (15, False)]:
        monkeypatch.setattr(invitation_tokens, "_now", lambda d=days: now + timedelta(days=d))
        assert invitation_tokens.check_token(user, token) is valid, days
    assert days * 24 * 3600 > settings.PASSWORD_RESET_TIMEOUT


@pytest.mark.parametrize(("who", "error"), [
    ("nobody", "No account has the username 'nobody'"),
    ("not an@address", "is not an email address"),
    ("", "This field is required"),
])
def test_an_invitation_says_who_it_could_not_find(client: Client, run: CourseRun,
                                                  instructor: User, who: str,
                                                  error: str) -> None:
    before = User.objects.count()
    response = as_user(client, instructor).post(url("staff_invite", run),
                                                {"who": who, "role": "ta"})

    assert response.status_code == 422
    assert error in page_text(response)
    assert User.objects.count() == before


def test_roles_change_and_staff_leave_but_the_last_instructor_stays(
    client: Client, run: CourseRun, instructor: User, ta: User,
) -> None:
    as_user(client, instructor)
    ta_enrollment = Enrollment.objects.get(user=ta, run=run)
    mine = Enrollment.objects.get(user=instructor, run=run)

    promoted = client.post(url("staff_role", run, ta_enrollment.pk), {"role": "instructor"})
    assert promoted.status_code == 302
    assert Enrollment.objects.get(pk=ta_enrollment.pk).role == "instructor"
    client.post(url("staff_remove", run, ta_enrollment.pk))
    assert not Enrollment.objects.filter(pk=ta_enrollment.pk).exists()

    demote = client.post(url("staff_role", run, mine.pk), {"role": "ta"}, follow=True)
    leave = client.post(url("staff_remove", run, mine.pk), follow=True)
    told = " ".join(messages_of(demote) + messages_of(leave))
    assert told.count("prof is the course's only instructor") == 2
    assert Enrollment.objects.get(pk=mine.pk).role == "instructor"


def test_a_learner_can_be_made_a_ta_of_their_run(client: Client, run: CourseRun,
                                                 instructor: User, learner: User) -> None:
    enroll(user=learner, run=run)
    response = as_user(client, instructor).post(url("staff_invite", run),
                                                {"who": "ada@example.org", "role": "ta"},
                                                follow=True)

    assert Enrollment.objects.get(user=learner, run=run).role == "ta"
    assert "ada is now teaching assistant (was learner)" in " ".join(messages_of(response))


# ---- Joining with a code ----

def test_a_learner_joins_a_run_and_section_with_a_code_typed_loosely(
    client: Client, fall: CourseRun, lab: Section, learner: User,
) -> None:
    typed = " ".join(lab.join_code.lower()[i:i + 4] for i in (0, 4))  # "abcd efgh"
    response = as_user(client, learner).post(reverse("courses:join"), {"code": typed},
                                             follow=True)

    enrollment = Enrollment.objects.get(user=learner)
    assert (enrollment.run, enrollment.section, enrollment.role) == (fall, lab, "learner")
    assert response.redirect_chain[-1][0] == reverse("courses:course", args=["linear-algebra"])
    assert ("Welcome: you joined Linear Algebra (Fall 2026, section Tuesday lab)."
            in messages_of(response))
    again = client.post(reverse("courses:join"), {"code": lab.join_code}, follow=True)
    assert "You are already in Linear Algebra" in " ".join(messages_of(again))


def test_a_join_link_fills_the_code_in(client: Client, lab: Section, learner: User) -> None:
    page = as_user(client, learner).get(f"{reverse('courses:join')}?code={lab.join_code}")
    assert f'value="{lab.join_code}"' in page_text(page)


@pytest.mark.parametrize(("admission", "error"), [
    ("closed", "This course does not take new learners."),
    ("lti", "Open this course from your learning platform (LMS) to join it."),
])
def test_a_code_does_not_open_a_closed_or_lms_only_run(
    client: Client, fall: CourseRun, lab: Section, learner: User, admission: str, error: str,
) -> None:
    CourseRun.objects.filter(pk=fall.pk).update(enrollment=admission)
    response = as_user(client, learner).post(reverse("courses:join"),
                                             {"code": lab.join_code})

    assert response.status_code == 422
    assert error in page_text(response)
    assert not Enrollment.objects.filter(user=learner).exists()


def test_join_code_errors_are_clear(client: Client, fall: CourseRun, lab: Section,
                                    learner: User) -> None:
    as_user(client, learner)
    unknown = client.post(reverse("courses:join"), {"code": "zzzz 9999"})
    empty = client.post(reverse("courses:join"), {"code": "  "})
    CourseRun.objects.filter(pk=fall.pk).update(ends_on=date(2026, 1, 31))
    ended = client.post(reverse("courses:join"), {"code": lab.join_code})

    assert unknown.status_code == empty.status_code == ended.status_code == 422
    assert "No course has the code ZZZZ9999" in page_text(unknown)
    assert "This field is required" in page_text(empty)
    assert "Fall 2026 ended on 31 January 2026" in page_text(ended)
    assert not Enrollment.objects.filter(user=learner).exists()


def test_guessing_codes_is_limited(client: Client, fall: CourseRun, lab: Section,
                                   learner: User, settings: Any) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": ("2/h", "")}
    as_user(client, learner)
    for guess in ("AAAA2222", "AAAA3333"):
        assert client.post(reverse("courses:join"), {"code": guess}).status_code == 422

    refused = client.post(reverse("courses:join"), {"code": lab.join_code})

    assert refused.status_code == 429
    assert "You are trying join codes too quickly; please try again in" in page_text(refused)
    assert not Enrollment.objects.filter(user=learner).exists()


def test_a_code_never_moves_a_learner_to_another_section(
    client: Client, fall: CourseRun, lab: Section, learner: User,
) -> None:
    other = section_create(run=fall, name="Friday lab")
    enroll(user=learner, run=fall, section=lab)
    response = as_user(client, learner).post(reverse("courses:join"),
                                             {"code": other.join_code})

    assert response.status_code == 422
    assert "You are already in the section Tuesday lab" in page_text(response)
    assert Enrollment.objects.get(user=learner).section == lab


def test_the_navigation_and_the_catalog_offer_the_join_page(client: Client,
                                                            learner: User) -> None:
    catalog = page_text(as_user(client, learner).get(reverse("courses:catalog")))
    assert catalog.count(f'href="{reverse("courses:join")}"') == 2
    join = page_text(client.get(reverse("courses:join")))
    assert 'aria-current="page">Join with a code' in join


def test_a_learner_of_the_new_run_reads_its_dates_not_the_default_runs(
    client: Client, run: CourseRun, fall: CourseRun, lab: Section, learner: User,
    exercise: Exercise,
) -> None:
    DueDate.objects.create(run=run, module=exercise.module,
                           due_at=datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    DueDate.objects.create(run=fall, module=exercise.module,
                           due_at=datetime(2026, 12, 16, 4, 59, tzinfo=UTC))
    enroll(user=learner, run=fall, section=lab)

    course_page = page_text(as_user(client, learner).get(
        reverse("courses:course", args=[exercise.module.course.slug])))
    assert "Tue 15 Dec 2026, 23:59 EST" in course_page
    assert "1 Dec 2026" not in course_page


def test_a_default_run_in_utc_shows_utc_once(client: Client, run: CourseRun, learner: User,
                                             exercise: Exercise) -> None:
    DueDate.objects.create(run=run, module=exercise.module,
                           due_at=datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    page = page_text(as_user(client, learner).get(
        reverse("courses:exercise", args=[run.course.slug, exercise.slug])))
    assert 'data-zone="UTC">Tue 1 Dec 2026, 12:00 UTC</time><span class="local-time' in page


# ---- The gradebook per run, and its CSV ----

def test_the_gradebook_shows_the_chosen_run_and_its_csv_names_the_learners(
    client: Client, run: CourseRun, fall: CourseRun, lab: Section, learner: User,
    other_learner: User, instructor: User, exercise: Exercise,
) -> None:
    graded(other_learner, exercise, 5)  # in the default run
    enroll(user=learner, run=fall, section=lab)
    Enrollment.objects.filter(user=learner, run=fall).update(student_id="=2024-17")
    User.objects.filter(pk=learner.pk).update(first_name="Ada", last_name="King, Lovelace")
    Submission.objects.create(
        user=learner, exercise=exercise, exercise_version=exercise.current_version, run=fall,
        variant=exercise.current_version.variants.get(), code="x", attempt=1, status="graded",
        verdict="passed", score=10, max_score=10, graded_at=timezone.now())
    as_user(client, instructor)

    default_page = page_text(client.get(reverse("gradebook:gradebook", args=["linear-algebra"])))
    fall_page = page_text(client.get(
        reverse("gradebook:gradebook", args=["linear-algebra"]) + "?run=fall-2026"))
    csv_response = client.get(reverse("gradebook:csv", args=["linear-algebra"]) + "?run=fall-2026")

    row = 'scope="row" class="gb-learner">'
    assert f"{row}grace" in default_page and f"{row}ada" not in default_page
    assert f"{row}ada" in fall_page and "grace" not in fall_page
    assert '<option value="fall-2026" selected>Fall 2026</option>' in fall_page
    assert csv_response["Content-Disposition"] == (
        'attachment; filename="linear-algebra-fall-2026-gradebook.csv"')
    assert csv_response.content.decode() == (
        "\ufeffLearner,Student ID,Name,Email,Section,Dot product (10),Vectors total (10),"
        "Course total (10)\r\n"
        "ada,'=2024-17,\"Ada King, Lovelace\",ada@example.org,Tuesday lab,10,10,10\r\n")
    rows = list(csv.reader(io.StringIO(csv_response.content.decode().removeprefix("\ufeff"))))
    assert rows[1][:5] == ["ada", "'=2024-17", "Ada King, Lovelace", "ada@example.org",
                           "Tuesday lab"]
    assert client.get(reverse("gradebook:gradebook", args=["linear-algebra"])
                      + "?run=nope").status_code == 404


def test_the_late_policy_form_of_the_gradebook_sets_the_shown_run(
    client: Client, run: CourseRun, fall: CourseRun, instructor: User,
) -> None:
    response = as_user(client, instructor).post(
        reverse("gradebook:late_policy", args=["linear-algebra"]),
        {"run": "fall-2026", "late_policy": "zero", "late_percentage": "0"})

    assert response["Location"] == reverse("gradebook:gradebook",
                                           args=["linear-algebra"]) + "?run=fall-2026"
    assert CourseRun.objects.get(pk=fall.pk).late_policy == "zero"
    assert CourseRun.objects.get(pk=run.pk).late_policy == "counts"


def test_staff_find_the_run_pages_from_the_course_and_the_teaching_pages(
    client: Client, run: CourseRun, instructor: User, learner: User,
) -> None:
    runs_page = reverse("runs:list", args=["linear-algebra"])
    as_user(client, instructor)
    assert runs_page in page_text(client.get(reverse("courses:course", args=["linear-algebra"])))
    assert runs_page in page_text(client.get(reverse("gradebook:index")))
    gradebook_page = page_text(client.get(reverse("gradebook:gradebook",
                                                  args=["linear-algebra"])))
    assert url("detail", run) in gradebook_page
    as_user(client, learner)
    assert runs_page not in page_text(client.get(reverse("courses:course",
                                                         args=["linear-algebra"])))


def test_a_ta_reads_the_run_pages_without_their_buttons(
    client: Client, fall: CourseRun, lab: Section, ta: User, exercise: Exercise,
) -> None:
    as_user(client, ta)
    overview = page_text(client.get(url("detail", fall)))
    dates = page_text(client.get(url("due_dates", fall)))
    extensions = page_text(client.get(url("extensions", fall)))

    assert lab.join_code in overview
    assert url("edit", fall) not in overview and url("section_create", fall) not in overview
    assert url("staff", fall) not in overview
    assert 'type="datetime-local"' not in dates and "Save due dates" not in dates
    assert "Grant an extension" not in extensions


@pytest.mark.parametrize("step", ["section", "due dates", "extension", "staff", "run"])
def test_a_ta_changes_nothing(client: Client, fall: CourseRun, lab: Section, ta: User,
                              learner: User, exercise: Exercise, step: str) -> None:
    enroll(user=learner, run=fall)
    posts: dict[str, Callable[[], Any]] = {
        "section": lambda: client.post(url("section_code", fall, lab.pk)),
        "due dates": lambda: client.post(url("due_dates", fall),
                                         {f"module_{exercise.module.pk}": "2027-01-01T10:00"}),
        "extension": lambda: client.post(url("extension_grant", fall), {
            "learner": "ada", "target": f"module:{exercise.module.pk}",
            "due_at": "2027-01-01T10:00", "reason": "x"}),
        "staff": lambda: client.post(url("staff_invite", fall), {"who": "ada", "role": "ta"}),
        "run": lambda: client.post(url("edit", fall), {"title": "Mine now"}),
    }
    code = lab.join_code
    as_user(client, ta)

    assert posts[step]().status_code == 403
    lab.refresh_from_db()
    assert lab.join_code == code and not DueDate.objects.exists()
    assert not Extension.objects.exists()
    assert Enrollment.objects.get(user=learner).role == "learner"
    assert CourseRun.objects.get(pk=fall.pk).title == "Fall 2026"



# ---- Whatever the query string holds, no page of a run answers 500 ----

@pytest.mark.parametrize("name", ["list", "detail", "due_dates", "extensions", "roster",
                                  "roster_csv", "staff", "join", "gradebook"])
def test_no_query_string_makes_a_run_page_fail(client: Client, fall: CourseRun, lab: Section,
                                               instructor: User, name: str) -> None:
    from hypothesis import example, given

    from tests.test_query_fuzz import FUZZ, query_strings

    address = {"list": reverse("runs:list", args=["linear-algebra"]),
               "join": reverse("courses:join"),
               "gradebook": reverse("gradebook:gradebook", args=["linear-algebra"])}.get(name)
    address = address or url(name, fall)
    as_user(client, instructor)

    @FUZZ
    @given(query=query_strings())
    @example(query="page=%C2%B2&run=%ED%A0%80&code=" + "9" * 60)
    @example(query="page=99999999999999999999999&run=fall-2026")
    def probe(query: str) -> None:
        response = client.get(f"{address}?{query}")
        assert response.status_code < 500, (address, query, response.status_code)

    probe()


def test_the_link_is_sent_again_on_request_and_only_to_accounts_staff_made(
    client: Client, run: CourseRun, instructor: User, eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    lms_only = make_user("lmsperson")  # an account without a password that staff did not make
    lms_only.set_unusable_password()
    lms_only.save()
    as_user(client, instructor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("staff_invite", run), {"who": "new.ta@uni.example", "role": "ta"})
        client.post(url("staff_invite", run), {"who": "lmsperson", "role": "ta"})
    assert [m.to for m in mail.outbox] == [["new.ta@uni.example"]]

    page = page_text(client.get(url("staff", run)))
    assert page.count("invited: no password yet") == 1
    seat = Enrollment.objects.get(user__username="new.ta", run=run)
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url("staff_resend", run, seat.pk), follow=True)
    assert "A new link is on its way to new.ta@uni.example" in " ".join(messages_of(again))
    assert [m.to for m in mail.outbox] == [["new.ta@uni.example"]] * 2
