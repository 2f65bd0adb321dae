"""Learner pages: what each page shows, who may see it, and how code gets submitted."""

from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Course, DueDate, Enrollment, Module, Progress
from courses.services import course_default_run
from exercises.models import Exercise
from grader.models import Submission
from tests.conftest import DOT_STARTER, PASSWORD, enroll

HTMX = {"HTTP_HX_REQUEST": "true"}

# WhiteNoise looks for collectstatic's output, which the tests never produce.
pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    # Production serves hashed files from collectstatic's manifest; tests never collect.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def learner_client(client: Client, learner: User) -> Client:
    client.force_login(learner)
    return client


def exercise_url(exercise: Exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


def make_submission(user: User, exercise: Exercise, **fields: Any) -> Submission:
    kind = fields.pop("kind", Submission.Kind.SUBMIT)
    if kind == Submission.Kind.SUBMIT and "attempt" not in fields:
        fields["attempt"] = Submission.objects.filter(
            user=user, exercise=exercise, kind=kind
        ).count() + 1
    assert exercise.current_version is not None
    return Submission.objects.create(
        user=user, exercise=exercise, exercise_version=exercise.current_version,
        variant=exercise.current_version.variants.get(), kind=kind,
        run=course_default_run(course=exercise.module.course),
        code=fields.pop("code", "def dot(u, v):\n    return 32.0\n"),
        max_score=float(exercise.points), **fields,
    )


def graded(user: User, exercise: Exercise, **fields: Any) -> Submission:
    defaults: dict[str, Any] = {
        "status": Submission.Status.GRADED, "verdict": Submission.Verdict.FAILED,
        "score": 5.0, "message": "1 of 2 tests failed.", "graded_at": timezone.now(),
        "tests": [
            {"name": "small vectors", "public": True, "weight": 1.0, "passed": True,
             "message": "", "error": ""},
            {"name": "hidden random", "public": False, "weight": 1.0, "passed": False,
             "message": "The value is not close enough.",
             "error": 'Traceback (most recent call last):\nZeroDivisionError: <oops>'},
        ],
    }
    return make_submission(user, exercise, **{**defaults, **fields})


# --- Catalog, course, dashboard ---------------------------------------------------------


def test_catalog_lists_published_courses_with_counts(learner_client: Client,
                                                     exercise: Exercise) -> None:
    Course.objects.create(slug="secret", title="Secret drafts", published=False)

    response = learner_client.get(reverse("courses:catalog"))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Linear Algebra" in body
    assert "1 module" in body and "1 exercise" in body
    assert "Enroll" in body
    assert "Secret drafts" not in body


def test_catalog_offers_continue_once_enrolled(learner_client: Client, learner: User,
                                               exercise: Exercise) -> None:
    run = enroll(learner, exercise.module.course).run
    Progress.objects.create(user=learner, exercise=exercise, run=run, best_score=5,
                            max_score=10)

    body = learner_client.get(reverse("courses:catalog")).content.decode()

    assert "Continue" in body
    assert 'value="50"' in body  # the progress bar: 5 of 10 points


def test_course_page_shows_modules_exercises_and_due_dates(
    learner_client: Client, learner: User, exercise: Exercise, module: Module
) -> None:
    run = course_default_run(course=module.course)
    DueDate.objects.create(run=run, module=module,
                           due_at=timezone.now() + timezone.timedelta(days=3))
    Progress.objects.create(user=learner, exercise=exercise, run=run, best_score=10,
                            max_score=10, attempts=2, solved_at=timezone.now())

    response = learner_client.get(reverse("courses:course", args=["linear-algebra"]))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Vectors" in body and "Dot product" in body
    assert "Due" in body and "<time" in body
    assert "(solved)" in body
    assert "1/1 solved" in body and "10/10 points" in body
    assert exercise_url(exercise) in body


def test_course_page_hides_unpublished_exercises(learner_client: Client, module: Module,
                                                 exercise: Exercise) -> None:
    Exercise.objects.create(module=module, slug="draft", title="Draft exercise", entry="f",
                            statement_md="x", statement_html="x", starter_code="",
                            published=False)

    body = learner_client.get(reverse("courses:course", args=["linear-algebra"])).content

    assert b"Draft exercise" not in body


def test_unpublished_course_is_404_for_learners(learner_client: Client, course: Course) -> None:
    course.published = False
    course.save()

    assert learner_client.get(reverse("courses:course", args=[course.slug])).status_code == 404


def test_enrolling_twice_keeps_one_enrollment(learner_client: Client, learner: User,
                                              course: Course) -> None:
    url = reverse("courses:enroll", args=[course.slug])

    first = learner_client.post(url)
    learner_client.post(url)

    assert first.status_code == 302
    assert first["Location"] == reverse("courses:course", args=[course.slug])
    assert Enrollment.objects.filter(user=learner, run__course=course).count() == 1


def test_enrolling_needs_a_post(learner_client: Client, course: Course) -> None:
    response = learner_client.get(reverse("courses:enroll", args=[course.slug]))

    assert response.status_code == 405


def test_dashboard_shows_points_per_course_and_recent_submissions(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    run = enroll(learner, exercise.module.course).run
    Progress.objects.create(user=learner, exercise=exercise, run=run, best_score=5,
                            max_score=10, attempts=1)
    graded(learner, exercise)

    response = learner_client.get(reverse("courses:dashboard"))

    assert response.status_code == 200
    body = response.content.decode()
    assert "My progress" in body
    assert "5 / 10" in body  # points earned / total
    assert "0 / 1" in body  # exercises solved / total
    assert "Attempt 1" in body and "Failed" in body
    assert reverse("grader:detail", args=[Submission.objects.get().pk]) in body


def test_dashboard_invites_to_browse_when_not_enrolled(learner_client: Client) -> None:
    body = learner_client.get(reverse("courses:dashboard")).content.decode()

    assert "not enrolled" in body
    assert "Nothing submitted yet" in body


# --- Exercise page ----------------------------------------------------------------------


def test_exercise_page_shows_statement_hints_examples_and_starter_code(
    learner_client: Client, exercise: Exercise
) -> None:
    response = learner_client.get(exercise_url(exercise))

    assert response.status_code == 200
    body = response.content.decode()
    assert '<span class="math inline">' in body
    assert '<div class="math block">' in body
    assert "<details" in body and "Multiply entry by entry" in body
    assert "u = [1, 2, 3]" in body and "v = [4, 5, 6]" in body
    assert "32.0" in body
    assert 'data-editor="python"' in body and 'aria-label="Your solution"' in body
    assert "# TODO: return the dot product" in body
    assert 'hx-post="' + reverse("grader:create", args=[exercise.slug]) + '"' in body
    assert 'hx-target="#result"' in body
    assert "data-editor-submit" in body and 'value="check"' in body


def test_exercise_page_never_shows_hidden_cases(learner_client: Client,
                                                exercise: Exercise) -> None:
    body = learner_client.get(exercise_url(exercise)).content.decode()

    assert "hidden random" not in body
    assert "0.5, -1.0, 2.0" not in body


def test_exercise_page_prefills_the_last_code_sent(learner_client: Client, learner: User,
                                                   exercise: Exercise) -> None:
    make_submission(learner, exercise, code="def dot(u, v):\n    return 'latest <b>'\n")

    body = learner_client.get(exercise_url(exercise)).content.decode()

    assert "return &#x27;latest &lt;b&gt;&#x27;" in body
    assert "TODO" not in body


def test_exercise_page_loads_a_past_attempt_into_the_editor(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    old = make_submission(learner, exercise, code="# first try\n")
    make_submission(learner, exercise, code="# second try\n")

    body = learner_client.get(exercise_url(exercise) + f"?from={old.pk}").content.decode()

    assert "# first try" in body
    assert "# second try" not in body


def test_loading_another_learners_attempt_is_404(learner_client: Client, other_learner: User,
                                                 exercise: Exercise) -> None:
    theirs = make_submission(other_learner, exercise, code="# grace's code\n")

    response = learner_client.get(exercise_url(exercise) + f"?from={theirs.pk}")

    assert response.status_code == 404


def test_exercise_page_shows_the_result_after_a_plain_post(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    submission = graded(learner, exercise)

    body = learner_client.get(
        exercise_url(exercise) + f"?submission={submission.pk}"
    ).content.decode()

    assert "1 of 2 tests failed." in body
    assert "Attempt 1" in body


def test_exercise_page_lists_attempts_with_links(learner_client: Client, learner: User,
                                                 exercise: Exercise) -> None:
    first = graded(learner, exercise)
    check = make_submission(learner, exercise, kind=Submission.Kind.CHECK)

    body = learner_client.get(exercise_url(exercise)).content.decode()

    assert "Attempt 1" in body and "Example check" in body
    assert reverse("grader:detail", args=[first.pk]) in body
    assert reverse("grader:detail", args=[check.pk]) in body
    assert "5/10" in body


def test_attempts_fragment_refreshes_on_submission_events(learner_client: Client,
                                                          learner: User,
                                                          exercise: Exercise) -> None:
    graded(learner, exercise)
    url = reverse("courses:attempts", args=["linear-algebra", exercise.slug])

    response = learner_client.get(url, **HTMX)

    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith('<section id="attempts"')
    assert "submission-created from:body" in body and "Attempt 1" in body


def test_unpublished_exercise_is_404_for_learners(learner_client: Client,
                                                  exercise: Exercise) -> None:
    exercise.published = False
    exercise.save()

    assert learner_client.get(exercise_url(exercise)).status_code == 404


def test_staff_can_preview_an_unpublished_exercise(client: Client, admin_user: User,
                                                   exercise: Exercise) -> None:
    exercise.published = False
    exercise.save()
    client.force_login(admin_user)

    response = client.get(exercise_url(exercise))

    assert response.status_code == 200
    assert b"Unpublished" in response.content


def test_exercise_under_the_wrong_course_is_404(learner_client: Client,
                                                exercise: Exercise) -> None:
    Course.objects.create(slug="statistics", title="Statistics")
    url = reverse("courses:exercise", args=["statistics", exercise.slug])

    assert learner_client.get(url).status_code == 404


# --- Submitting code --------------------------------------------------------------------


def post_code(client: Client, exercise: Exercise, capture: Any, **data: Any) -> Any:
    """Posts like the editor form; the grading task is captured, never sent to a broker."""
    url = reverse("grader:create", args=[exercise.slug])
    extra = data.pop("extra", HTMX)
    with capture(execute=False) as callbacks:
        response = client.post(url, {"code": DOT_STARTER, **data}, **extra)
    response.callbacks = callbacks
    return response


def test_submitting_creates_a_counted_attempt_and_starts_polling(
    learner_client: Client, learner: User, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         kind="submit")

    submission = Submission.objects.get()
    assert response.status_code == 200
    assert submission.kind == Submission.Kind.SUBMIT and submission.attempt == 1
    assert submission.code == DOT_STARTER
    assert Progress.objects.get(user=learner, exercise=exercise).attempts == 1
    assert len(response.callbacks) == 1  # the grading task, enqueued after commit
    assert response["HX-Trigger"] == "submission-created"
    body = response.content.decode()
    assert "Queued…" in body
    assert 'hx-get="' + reverse("grader:wait", args=[submission.pk]) + '"' in body


def test_checking_examples_is_not_counted_as_an_attempt(
    learner_client: Client, learner: User, exercise: Exercise,
    django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         kind="check")

    submission = Submission.objects.get()
    assert response.status_code == 200
    assert submission.kind == Submission.Kind.CHECK and submission.attempt is None
    assert not Progress.objects.filter(user=learner, exercise=exercise, attempts__gt=0).exists()
    assert "Examples only — not counted as an attempt" in response.content.decode()


def test_a_plain_post_redirects_back_to_the_exercise_with_its_result(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         kind="submit", extra={})

    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == exercise_url(exercise) + f"?submission={submission.pk}#result"


def test_empty_code_is_rejected_with_the_reason(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         code="   \n")

    assert response.status_code == 422
    assert "The code is empty." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_rejected_plain_post_shows_the_reason_on_the_exercise_page(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         code="", extra={"follow": True})

    assert response.redirect_chain[-1][0].startswith(exercise_url(exercise))
    assert "The code is empty." in response.content.decode()


def test_too_long_code_is_rejected_with_the_limit(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
    settings: Any,
) -> None:
    settings.GRADER_MAX_CODE_BYTES = 1024

    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         code="x = 1\n" * 400)

    assert response.status_code == 422
    assert "the limit is 1 KB" in response.content.decode()


def test_code_that_is_not_utf8_gets_a_clear_message(learner_client: Client,
                                                    exercise: Exercise) -> None:
    response = learner_client.post(
        reverse("grader:create", args=[exercise.slug]), data=b"kind=submit&code=%FF%FEx",
        content_type="application/x-www-form-urlencoded", **HTMX,
    )

    assert response.status_code == 422
    assert "could not be read as UTF-8" in response.content.decode()
    assert not Submission.objects.exists()


def test_an_oversized_post_is_a_clear_400_not_a_crash(
    learner_client: Client, exercise: Exercise, settings: Any,
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = learner_client.post(reverse("grader:create", args=[exercise.slug]),
                                   {"code": "x" * 5000, "kind": "submit"}, **HTMX)

    assert response.status_code == 400
    assert "too large" in response.content.decode()
    assert not Submission.objects.exists()


def test_an_unknown_kind_is_rejected(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks,
                         kind="grade-me-full-marks")

    assert response.status_code == 422
    assert not Submission.objects.exists()


def test_too_many_pending_submissions_are_refused(
    learner_client: Client, learner: User, exercise: Exercise, settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.GRADER_MAX_PENDING_PER_USER = 1
    make_submission(learner, exercise)

    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks)

    assert response.status_code == 422
    assert "waiting to be graded" in response.content.decode()


def test_submitting_to_an_unpublished_exercise_is_404(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    exercise.published = False
    exercise.save()

    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks)

    assert response.status_code == 404
    assert not Submission.objects.exists()


# --- Status fragment and submission detail ----------------------------------------------


def test_status_keeps_waiting_while_running(learner_client: Client, learner: User,
                                            exercise: Exercise) -> None:
    submission = make_submission(learner, exercise, status=Submission.Status.RUNNING)

    response = learner_client.get(reverse("grader:status", args=[submission.pk]), **HTMX)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Running your code…" in body
    # The panel asks again at once, on the endpoint that answers when the result is stored.
    assert 'hx-get="' + reverse("grader:wait", args=[submission.pk]) + '"' in body
    assert 'hx-trigger="load"' in body and 'hx-swap="outerHTML"' in body
    # Replaced on every poll, so no live region itself: the page's region announces the verdict.
    assert "aria-live" not in body and "result-announcer" not in body
    assert "HX-Trigger" not in response


def test_status_shows_feedback_once_graded_and_stops_polling(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    submission = graded(learner, exercise, stdout="debug: 42\n")

    response = learner_client.get(reverse("grader:status", args=[submission.pk]), **HTMX)

    body = response.content.decode()
    assert "hx-get" not in body
    assert response["HX-Trigger"] == "submission-finished"
    assert "Failed" in body and "<strong>5</strong> / 10 points" in body
    assert "small vectors" in body and "hidden random" in body
    assert ">public<" in body and ">hidden<" in body
    assert "The value is not close enough." in body
    assert "<pre" in body and "ZeroDivisionError: &lt;oops&gt;" in body
    assert "debug: 42" in body
    assert '<p id="result-announcer" hx-swap-oob="innerHTML">Attempt 1: Failed' in body


def test_status_shows_error_messages_in_a_pre(learner_client: Client, learner: User,
                                              exercise: Exercise) -> None:
    submission = graded(learner, exercise, verdict=Submission.Verdict.ERROR, score=0,
                        message="Your code raised an error while loading:\nSyntaxError",
                        tests=[])

    body = learner_client.get(reverse("grader:status", args=[submission.pk])).content.decode()

    assert "Error in your code" in body
    assert "SyntaxError</pre>" in body


def test_status_of_a_check_says_it_does_not_count(learner_client: Client, learner: User,
                                                  exercise: Exercise) -> None:
    submission = graded(learner, exercise, kind=Submission.Kind.CHECK,
                        verdict=Submission.Verdict.PASSED, score=10, attempt=None)

    body = learner_client.get(reverse("grader:status", args=[submission.pk])).content.decode()

    assert "Passed" in body
    assert "Examples only — not counted as an attempt" in body


def test_detail_shows_escaped_code_feedback_and_a_load_link(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    submission = graded(learner, exercise, code="print('<script>alert(1)</script>')\n")

    response = learner_client.get(reverse("grader:detail", args=[submission.pk]))

    body = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body
    assert "1 of 2 tests failed." in body
    assert exercise_url(exercise) + f"?from={submission.pk}" in body


@pytest.mark.parametrize("name", ["grader:detail", "grader:status"])
def test_another_learners_submission_is_404(client: Client, learner: User,
                                            other_learner: User, exercise: Exercise,
                                            name: str) -> None:
    submission = graded(learner, exercise)
    client.force_login(other_learner)

    response = client.get(reverse(name, args=[submission.pk]))

    assert response.status_code == 404
    assert b"def dot" not in response.content


# --- Who may see what -------------------------------------------------------------------


@pytest.mark.parametrize("method, name, args", [
    ("get", "courses:catalog", []),
    ("get", "courses:dashboard", []),
    ("get", "courses:course", ["linear-algebra"]),
    ("post", "courses:enroll", ["linear-algebra"]),
    ("get", "courses:exercise", ["linear-algebra", "dot-product"]),
    ("get", "courses:attempts", ["linear-algebra", "dot-product"]),
    ("post", "grader:create", ["dot-product"]),
    ("get", "grader:detail", [1]),
    ("get", "grader:status", [1]),
])
def test_anonymous_users_are_sent_to_log_in(client: Client, exercise: Exercise, method: str,
                                            name: str, args: list[Any]) -> None:
    url = reverse(name, args=args)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")
    assert not Submission.objects.exists()


# --- Accounts ---------------------------------------------------------------------------


def test_signing_up_creates_the_user_and_logs_in(client: Client, db: None) -> None:
    response = client.post(reverse("signup"), {
        "username": "newton", "email": "", "password1": PASSWORD, "password2": PASSWORD,
    })

    assert response.status_code == 302
    assert response["Location"] == reverse("courses:catalog")
    user = User.objects.get(username="newton")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_shows_form_errors(client: Client, learner: User) -> None:
    response = client.post(reverse("signup"), {
        "username": learner.username, "password1": PASSWORD, "password2": "different",
    })

    assert response.status_code == 200
    assert b"errorlist" in response.content
    assert User.objects.filter(username=learner.username).count() == 1


def test_logging_in_leads_to_the_catalog(client: Client, learner: User) -> None:
    assert client.get(reverse("login")).status_code == 200

    response = client.post(reverse("login"), {"username": "ada", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("courses:catalog")


def test_logging_out_ends_the_session(learner_client: Client) -> None:
    response = learner_client.post(reverse("logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in learner_client.session
    assert learner_client.get(reverse("courses:catalog")).status_code == 302


def test_header_shows_admin_link_only_to_staff(client: Client, learner: User,
                                               admin_user: User) -> None:
    client.force_login(learner)
    assert reverse("admin:index").encode() not in client.get("/").content

    client.force_login(admin_user)
    assert reverse("admin:index").encode() in client.get("/").content


# --- Error pages ------------------------------------------------------------------------


def test_404_page_uses_the_site_layout_without_a_traceback(learner_client: Client) -> None:
    response = learner_client.get("/no/such/page/")

    body = response.content.decode()
    assert response.status_code == 404
    assert "We could not find that page" in body
    assert "Skip to content" in body and "Eigenlab" in body
    assert "Traceback" not in body and "Resolver404" not in body


def test_500_page_renders_without_a_request() -> None:
    html = render_to_string("500.html")

    assert "Something went wrong on our side" in html
    assert "{%" not in html


# --- Admin ------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [
    "courses/course", "courses/courserun", "courses/module", "courses/enrollment",
    "courses/progress",
    "exercises/exercise", "exercises/exerciseversion", "exercises/variant",
    "grader/submission",
])
def test_admin_lists_and_opens_every_model(client: Client, admin_user: User, learner: User,
                                           exercise: Exercise, model: str) -> None:
    graded(learner, exercise)
    run = enroll(learner, exercise.module.course).run
    Progress.objects.create(user=learner, exercise=exercise, run=run, max_score=10)
    client.force_login(admin_user)
    first_pk = apps.get_model(model.replace("/", ".")).objects.order_by("pk").first().pk

    listing = client.get(f"/admin/{model}/")
    first = client.get(f"/admin/{model}/{first_pk}/change/")

    assert listing.status_code == 200
    assert first.status_code == 200


# --- How example values are shown -------------------------------------------------------


def test_examples_show_arrays_complex_and_nan_readably() -> None:
    from courses.templatetags.eigenlab import example_args, example_value

    matrix = {"__ndarray__": {"dtype": "float64", "shape": [2, 2], "data": [4.0, 1.0, 2.0, 3.0]}}
    roots = {"__ndarray__": {"dtype": "complex128", "shape": [2],
                             "data": [{"__complex__": [0, 1]}, {"__complex__": [0, -1]}]}}

    assert example_value(matrix) == "np.array([[4., 1.],\n          [2., 3.]])"
    assert example_value(roots) == "np.array([0.+1.j, 0.-1.j])"
    assert example_value({"__float__": "nan"}) == "float('nan')"
    assert example_value(1 / 3) == "0.333333"
    assert example_value([1, 2.0, True, None]) == "[1, 2.0, True, None]"
    assert example_args({"A": matrix}) == [("A", "np.array([[4., 1.],\n              [2., 3.]])")]


def test_a_statement_heading_that_repeats_the_title_is_not_shown_twice(
    learner_client: Client, exercise: Exercise
) -> None:
    exercise.statement_html = "<h1>Dot product</h1>\n<p>Multiply.</p><h1>Other</h1>"
    exercise.save()

    body = learner_client.get(exercise_url(exercise)).content.decode()

    assert body.count("Dot product</h1>") == 1
    assert "<h1>Other</h1>" in body


def test_a_stale_form_gets_a_friendly_403(learner: User, exercise: Exercise) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    response = client.post(reverse("grader:create", args=[exercise.slug]), {"code": "x = 1"})

    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
    assert not Submission.objects.exists()
