"""Roster import and export (runs.roster): the file read as it is (pure), the plan of each row
against the database, applying it in one transaction (again: nothing changes), the export's
exact text, and the pages: upload, preview, apply."""

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from config.celery import app as celery_app
from courses.models import CourseRun, DueDate, Enrollment, Extension, Section
from courses.services import enroll, section_create
from exercises.models import Exercise
from runs import roster
from runs.roster import (
    CREATE,
    ENROLL,
    ERROR,
    UNCHANGED,
    UPDATE,
    ParsedRoster,
    RosterRefused,
    roster_apply,
    roster_csv,
    roster_parse,
    roster_plan,
)
from tests.conftest import make_user
from tests.test_gradebook import graded

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

HEADER = "student_id,name,email,section\r\n"



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


def parsed(text: str) -> ParsedRoster:
    return roster_parse(text.encode())


def outcomes(run: CourseRun, text: str) -> list[tuple[int, str, str]]:
    plan = roster_plan(run=run, roster=parsed(text))
    return [(row.row.line, row.action, row.detail) for row in plan.rows]


def snapshot() -> tuple[Any, ...]:
    """Everything an import may write, to prove that a second import writes nothing."""
    return (sorted(User.objects.values_list("username", "email", "first_name", "last_name",
                                            "password")),
            sorted(Enrollment.objects.values_list("user__username", "run_id", "role",
                                                  "section__name", "student_id")),
            sorted(Section.objects.values_list("run_id", "name", "join_code")))


# ---- Reading the file ----

def test_a_roster_is_read_with_or_without_a_byte_order_mark_in_any_column_order() -> None:
    text = ("Email, Name ,Section,Student ID,Notes\r\n"
            "ada@example.org,\"Lovelace, Ada\",Lab A,S1,first\r\n"
            "\r\n"
            "grace@example.org,Grace  Hopper,,,\r\n")
    for data in (text.encode(), "\ufeff".encode() + text.encode()):
        result = roster_parse(data)
        assert [(r.line, r.student_id, r.name, r.email, r.section) for r in result.rows] == [
            (2, "S1", "Lovelace, Ada", "ada@example.org", "Lab A"),
            (4, "", "Grace Hopper", "grace@example.org", "")]
        assert result.ignored_columns == ["notes"]


def test_quoted_cells_keep_their_commas_quotes_and_line_breaks() -> None:
    result = parsed(HEADER + 'S1,"Ada ""the Countess""\nLovelace",ada@example.org,"Lab, A"\r\n'
                    "S2,Grace,grace@example.org,B\r\n")
    assert [(r.line, r.name, r.section) for r in result.rows] == [
        (3, 'Ada "the Countess" Lovelace', "Lab, A"), (4, "Grace", "B")]


def test_a_cell_our_export_guarded_reads_back_as_it_was() -> None:
    result = parsed(HEADER + "'=2024-17,'+Ada,ada@example.org,'-A\r\n")
    row = result.rows[0]
    assert (row.student_id, row.name, row.section) == ("=2024-17", "+Ada", "-A")


@pytest.mark.parametrize(("data", "refusal"), [
    (b"", "The file is empty"),
    (b"\r\n  \r\n", "The file is empty"),
    (b"name,email,section\r\nAda,ada@example.org,A\r\n", "no column student_id"),
    (b"student_id,name,e-mail address\r\n", "no column email, section"),
    (b"email,EMAIL,student_id,name,section\r\n", "names email twice"),
    ("student_id,name,email,section\r\n1,Zoë,z@example.org,A\r\n".encode("latin-1"),
     "not UTF-8 text (byte 36 is not)"),
    (b"student_id,name,email,section\r\n1,A\x00,a@example.org,A\r\n", "NUL character"),
    (b"x" * (1024 * 1024 + 1), "may have at most 1 MB"),
])
def test_a_file_that_is_no_roster_is_refused_with_the_reason(data: bytes, refusal: str) -> None:
    with pytest.raises(RosterRefused, match=re.escape(refusal)):
        roster_parse(data)


def test_more_than_5000_rows_are_refused() -> None:
    rows = "".join(f"S{n},Learner {n},l{n}@example.org,A\r\n" for n in range(5001))
    with pytest.raises(RosterRefused, match="5001 rows; a roster may have at most 5000"):
        parsed(HEADER + rows)
    assert len(parsed(HEADER + rows.split("\r\n", 1)[1]).rows) == 5000


def test_a_row_with_more_cells_than_the_header_is_an_error_and_fewer_are_empty(
        run: CourseRun) -> None:
    result = parsed(HEADER + "S1,Ada,ada@example.org,A,surprise\r\nS2,Grace,grace@example.org\r\n")
    assert result.rows[0].problem == "5 cells, but the header names 4 columns"
    assert (result.rows[1].section, result.rows[1].problem) == ("", "")


# ---- The plan ----

def test_the_plan_says_what_each_row_would_do(run: CourseRun, instructor: User,
                                             learner: User, other_learner: User) -> None:
    lab = section_create(run=run, name="Lab A")
    enroll(user=learner, run=run, section=lab)
    Enrollment.objects.filter(user=learner, run=run).update(student_id="S1")
    make_user("turing")  # an account, not enrolled
    make_user("hopper")
    text = (HEADER
            + "S1,Ada Lovelace,ADA@example.org,lab a\r\n"  # same section, other case
            + "S2,Grace Hopper,grace@example.org,Lab B\r\n"  # enrolled? no: other_learner
            + "S3,Alan Turing,turing@example.org,Lab A\r\n"
            + "S4,Emmy Noether,emmy@uni.example,Lab B\r\n"
            + "S5,,not-an-address,Lab A\r\n"
            + "S6,Ada again,ada@EXAMPLE.org,Lab A\r\n"
            + "S4,Sophie Germain,sophie@uni.example,\r\n"
            + "S7,The Prof,prof@example.org,Lab A\r\n"
            + "S1,Hopper,hopper@example.org,\r\n"
            + ",No Address,,Lab A\r\n")
    enroll(user=other_learner, run=run)

    assert outcomes(run, text) == [
        (2, UNCHANGED, "ada"),
        (3, UPDATE, "section: (none) → Lab B; student id: (none) → S2"),
        (4, ENROLL, "turing"),
        (5, CREATE, "new account"),
        (6, ERROR, "'not-an-address' is not an email address."),
        (7, ERROR, "the same email address as line 2"),
        (8, ERROR, "student id S4 is also on line 5, for another address"),
        (9, UNCHANGED, "prof is on the staff (instructor); not changed"),
        (10, ERROR, "student id S1 is also on line 2, for another address"),
        (11, ERROR, "no email address"),
    ]
    plan = roster_plan(run=run, roster=parsed(text))
    assert plan.new_sections == ["Lab B"]
    assert [row.new_section for row in plan.rows][:5] == [False, True, False, True, False]
    assert (plan.count(ERROR), plan.changes) == (5, 3)


def test_rows_left_alone_create_no_section(run: CourseRun, instructor: User) -> None:
    text = HEADER + "S1,The Prof,prof@example.org,Staff room\r\nS2,X,bad,Lab Q\r\n"
    assert roster_plan(run=run, roster=parsed(text)).new_sections == []
    roster_apply(run=run, roster=parsed(text))
    assert not Section.objects.exists()


def test_an_address_shared_by_two_accounts_is_an_error(run: CourseRun) -> None:
    User.objects.create_user("twin1", email="twin@example.org")
    User.objects.create_user("twin2", email="Twin@Example.org")
    assert outcomes(run, HEADER + "S1,Twin,twin@example.org,\r\n") == [
        (2, ERROR, "2 accounts use this address (twin1, twin2); enroll the right one by hand")]


def test_a_student_id_held_by_another_learner_of_the_run_is_an_error(
        run: CourseRun, learner: User) -> None:
    enroll(user=learner, run=run)
    Enrollment.objects.filter(user=learner).update(student_id="S1")
    assert outcomes(run, HEADER + "S1,Grace,grace@example.org,\r\n") == [
        (2, ERROR, "student id S1 belongs to ada in this run")]


def test_too_long_cells_are_errors(run: CourseRun) -> None:
    long_id = "9" * 65
    assert outcomes(run, HEADER + f"{long_id},A,a@example.org,\r\n") == [
        (2, ERROR, "the student id is longer than 64 characters")]


# ---- Applying it ----

def test_applying_creates_accounts_enrolls_and_makes_sections_and_again_changes_nothing(
    run: CourseRun, learner: User,
) -> None:
    make_user("emmy")  # takes the username the address would give
    text = (HEADER
            + "S1,Ada Lovelace,ada@example.org,Lab A\r\n"
            + "S2,Emmy  Amalie Noether,Emmy@Uni.Example,Lab B\r\n"
            + "S3,Alan,bad address,Lab A\r\n")

    report = roster_apply(run=run, roster=parsed(text))

    assert str(report) == ("1 account created, 1 existing account enrolled, 2 sections "
                           "created, 1 row with errors skipped")
    emmy = User.objects.get(email="Emmy@uni.example")
    assert (emmy.username, emmy.first_name, emmy.last_name, emmy.has_usable_password()) == (
        "Emmy2", "Emmy", "Amalie Noether", False)
    assert emmy.get_full_name() == "Emmy Amalie Noether"
    rows = sorted(Enrollment.objects.filter(run=run).values_list(
        "user__username", "role", "section__name", "student_id"))
    assert rows == [("Emmy2", "learner", "Lab B", "S2"), ("ada", "learner", "Lab A", "S1")]
    assert sorted(run.sections.values_list("name", flat=True)) == ["Lab A", "Lab B"]

    before = snapshot()
    again = roster_apply(run=run, roster=parsed(text))
    assert str(again) == "2 rows unchanged, 1 row with errors skipped"
    assert snapshot() == before


def test_an_empty_section_or_student_id_keeps_the_current_one_and_nobody_is_removed(
    run: CourseRun, learner: User, other_learner: User,
) -> None:
    lab = section_create(run=run, name="Lab A")
    enroll(user=learner, run=run, section=lab)
    Enrollment.objects.filter(user=learner).update(student_id="S1")
    enroll(user=other_learner, run=run)

    report = roster_apply(run=run, roster=parsed(HEADER + ",,ada@example.org,\r\n"))

    assert str(report) == "1 row unchanged"
    assert Enrollment.objects.get(user=learner).section == lab
    assert Enrollment.objects.get(user=learner).student_id == "S1"
    assert Enrollment.objects.filter(user=other_learner, run=run).exists()


def test_moving_learners_into_a_section_brings_its_extensions_to_their_work(
    run: CourseRun, learner: User, exercise: Exercise,
) -> None:
    night = section_create(run=run, name="Night class")
    DueDate.objects.create(run=run, module=exercise.module,
                           due_at=timezone.now() - timedelta(hours=1))
    Extension.objects.create(run=run, section=night, module=exercise.module,
                             due_at=timezone.now() + timedelta(days=1), reason="Evening")
    submission = graded(learner, exercise, 10, late=True)

    roster_apply(run=run, roster=parsed(HEADER + "S1,Ada,ada@example.org,night class\r\n"))

    submission.refresh_from_db()
    assert Enrollment.objects.get(user=learner).section == night
    assert submission.late is False


def test_the_plan_is_made_again_when_applied(run: CourseRun) -> None:
    roster_file = parsed(HEADER + "S1,Ada,ada@example.org,Lab A\r\n")
    preview = roster_plan(run=run, roster=roster_file)
    make_user("ada")  # the account appears between the preview and the apply

    report = roster_apply(run=run, roster=roster_file)

    assert roster_plan(run=run, roster=roster_file).digest != preview.digest
    assert (report.created, report.enrolled) == (0, 1)
    assert User.objects.filter(email="ada@example.org").count() == 1


# ---- Export ----

def test_the_export_has_exact_columns_quoting_and_times_in_the_run_zone(
    run: CourseRun, learner: User, instructor: User, other_learner: User,
) -> None:
    CourseRun.objects.filter(pk=run.pk).update(time_zone="America/New_York")
    run.refresh_from_db()
    lab = section_create(run=run, name="Lab, \"A\"")
    enroll(user=learner, run=run, section=lab)
    enroll(user=other_learner, run=run)
    User.objects.filter(pk=learner.pk).update(first_name="Ada", last_name="Lovelace")
    Enrollment.objects.filter(user=other_learner).update(student_id="=1+2")
    Enrollment.objects.filter(run=run).update(created_at=datetime(2026, 9, 1, 13, 5, 7,
                                                                  tzinfo=UTC))

    text = roster_csv(run=run, enrollments=Enrollment.objects.filter(run=run).select_related(
        "user", "section").order_by("user__username"))

    assert text == (
        "\ufeffstudent_id,name,email,section,role,enrolled_at\r\n"
        ',Ada Lovelace,ada@example.org,"Lab, ""A""",learner,2026-09-01T09:05:07-04:00\r\n'
        "'=1+2,,grace@example.org,,learner,2026-09-01T09:05:07-04:00\r\n"
        ",,prof@example.org,,instructor,2026-09-01T09:05:07-04:00\r\n"
    )


def test_an_exported_roster_imports_as_unchanged(run: CourseRun, learner: User,
                                                 other_learner: User, instructor: User) -> None:
    lab = section_create(run=run, name="=Lab")
    enroll(user=learner, run=run, section=lab)
    enroll(user=other_learner, run=run)
    Enrollment.objects.filter(user=other_learner).update(student_id="-7")
    exported = roster_csv(run=run, enrollments=Enrollment.objects.filter(run=run)
                          .select_related("user", "section"))

    before = snapshot()
    report = roster_apply(run=run, roster=roster_parse(exported.encode()))

    assert str(report) == "3 rows unchanged"
    assert snapshot() == before


# ---- The pages ----

def upload(client: Client, run: CourseRun, content: bytes, name: str = "roster.csv") -> Any:
    return client.post(reverse("runs:roster_preview", args=[run.course.slug, run.slug]),
                       {"roster": SimpleUploadedFile(name, content, "text/csv")})


def page_text(response: Any) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.content.decode()))


def test_an_upload_is_previewed_then_applied(client: Client, run: CourseRun,
                                             instructor: User, learner: User) -> None:
    client.force_login(instructor)
    text = HEADER + "S1,Ada,ada@example.org,Lab A\r\nS2,Emmy Noether,emmy@uni.example,Lab A\r\n"

    preview = upload(client, run, text.encode())

    assert preview.status_code == 200
    page = page_text(preview)
    assert "Create account" in page and "Enroll existing account" in page
    assert "new section" in page and "New sections: Lab A" in page
    assert "Apply the import (2 changes)" in page
    assert not Enrollment.objects.filter(run=run, role="learner").exists()  # nothing yet

    token = preview.context["token"]
    applied = client.post(reverse("runs:roster_apply", args=[run.course.slug, run.slug]),
                          {"token": token, "digest": preview.context["plan"].digest},
                          follow=True)

    assert applied.redirect_chain[-1][0] == reverse("runs:roster", args=[run.course.slug,
                                                                         run.slug])
    told = " ".join(str(message) for message in applied.context["messages"])
    assert ("Roster imported from roster.csv: 1 account created, 1 existing account enrolled, "
            "1 section created.") in told
    assert set(Enrollment.objects.filter(run=run, role="learner").values_list(
        "user__username", "section__name")) == {("ada", "Lab A"), ("emmy", "Lab A")}
    twice = client.post(reverse("runs:roster_apply", args=[run.course.slug, run.slug]),
                        {"token": token, "digest": preview.context["plan"].digest},
                        follow=True)
    assert "This preview was applied already, or it expired" in page_text(twice)


def test_a_preview_that_no_longer_matches_is_shown_again_not_applied(
    client: Client, run: CourseRun, instructor: User,
) -> None:
    client.force_login(instructor)
    preview = upload(client, run, (HEADER + "S1,Ada,ada@example.org,\r\n").encode())
    make_user("ada")  # somebody made the account meanwhile

    response = client.post(reverse("runs:roster_apply", args=[run.course.slug, run.slug]),
                           {"token": preview.context["token"],
                            "digest": preview.context["plan"].digest})

    assert response.status_code == 409
    assert "The roster changed since your preview" in page_text(response)
    assert "Enroll existing account" in page_text(response)
    assert not Enrollment.objects.filter(run=run, role="learner").exists()


def test_a_preview_belongs_to_its_run_and_its_person(client: Client, run: CourseRun,
                                                     instructor: User) -> None:
    client.force_login(instructor)
    preview = upload(client, run, (HEADER + "S1,Ada,ada@example.org,\r\n").encode())
    colleague = make_user("colleague")
    enroll(user=colleague, run=run, role=Enrollment.Role.INSTRUCTOR)
    client.force_login(colleague)

    response = client.post(reverse("runs:roster_apply", args=[run.course.slug, run.slug]),
                           {"token": preview.context["token"],
                            "digest": preview.context["plan"].digest}, follow=True)

    assert "This preview was applied already, or it expired" in page_text(response)
    assert not User.objects.filter(email="ada@example.org").exists()


@pytest.mark.parametrize(("content", "error"), [
    ("Zoë;zoe@example.org".encode("utf-16"), "not UTF-8 text"),
    (b"name,email\r\nAda,ada@example.org\r\n", "no column student_id, section"),
    (b"x" * (1024 * 1024 + 10), "may have at most 1 MB"),
    (b"", "The submitted file is empty"),
])
def test_an_upload_that_is_no_roster_says_why(client: Client, run: CourseRun,
                                              instructor: User, content: bytes,
                                              error: str) -> None:
    client.force_login(instructor)
    response = upload(client, run, content)

    assert response.status_code == 422
    assert error in page_text(response)


def test_the_roster_page_lists_the_run_and_exports_it(client: Client, run: CourseRun,
                                                     instructor: User, ta: User,
                                                     learner: User) -> None:
    enroll(user=learner, run=run)
    client.force_login(ta)
    page = page_text(client.get(reverse("runs:roster", args=[run.course.slug, run.slug])))
    export = client.get(reverse("runs:roster_csv", args=[run.course.slug, run.slug]))

    assert "ada@example.org" in page and "Import learners" not in page  # TAs read only
    assert export.status_code == 200
    assert export["Content-Type"] == "text/csv; charset=utf-8"
    assert export["Content-Disposition"] == (
        'attachment; filename="linear-algebra-default-roster.csv"')
    assert "no-store" in export["Cache-Control"]
    lines = export.content.decode().split("\r\n")
    assert lines[0] == "\ufeffstudent_id,name,email,section,role,enrolled_at"
    assert [line.split(",")[2] for line in lines[1:-1]] == [
        "ada@example.org", "assistant@example.org", "prof@example.org"]
    assert roster.MAX_ROWS == 5000


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


@pytest.mark.parametrize("invite", [True, False])
def test_new_accounts_are_emailed_a_link_when_asked_and_may_reset_anyway(
    client: Client, run: CourseRun, instructor: User, learner: User, eager: None,
    django_capture_on_commit_callbacks: Any, invite: bool,
) -> None:
    client.force_login(instructor)
    preview = upload(client, run, (HEADER + "S1,Ada,ada@example.org,\r\n"
                                   "S2,Emmy Noether,emmy@uni.example,\r\n").encode())
    assert "Email the 1 new account a link" in page_text(preview)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("runs:roster_apply", args=[run.course.slug, run.slug]),
                    {"token": preview.context["token"],
                     "digest": preview.context["plan"].digest, **({"invite": "1"} if invite
                                                                   else {})})

    if invite:
        assert [(m.to, m.subject) for m in mail.outbox] == [
            (["emmy@uni.example"], "Your Eigenlab account for Linear Algebra")]
        assert "You are enrolled in Linear Algebra (Linear Algebra) on Eigenlab" in (
            mail.outbox[0].body)
        assert "/accounts/invitation/" in mail.outbox[0].body
    else:
        assert not mail.outbox
    mail.outbox.clear()
    # Django's reset skips accounts without a password; one that staff made may choose it.
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(reverse("password_reset"), {"email": "EMMY@uni.example"})
    assert [m.to for m in mail.outbox] == [["emmy@uni.example"]]
    assert "/accounts/reset/" in mail.outbox[0].body


def test_an_account_without_a_password_that_staff_did_not_make_gets_no_reset(
    client: Client, db: None, eager: None, django_capture_on_commit_callbacks: Any,
) -> None:
    elsewhere = make_user("sso")  # e.g. signed in through the LMS only
    elsewhere.set_unusable_password()
    elsewhere.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("password_reset"), {"email": "sso@example.org"})
    assert not mail.outbox
