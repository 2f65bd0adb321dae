"""The gradebook, grade review, overrides, the audit log, late policy and regrades."""

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Course, CourseRun, DueDate, Enrollment, Module, Progress
from courses.services import course_default_run
from exercises.models import Exercise, ExerciseVersion, Variant
from gradebook import regrades, selectors, services
from gradebook.export import gradebook_csv
from gradebook.models import Regrade, ReviewRequest, ScoreChange
from grader.models import Submission
from grader.services import submission_create, submission_grade
from tests.conftest import DOT_SOLUTION, enroll, make_user

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def graded(user: User, exercise: Exercise, score: float, *, late: bool = False,
           override: float | None = None) -> Submission:
    """A graded submission without the sandbox; Progress recomputed as grading would."""
    attempt = Submission.objects.filter(user=user, exercise=exercise, kind="submit").count() + 1
    run = enroll(user, exercise.module.course).run
    version = exercise.current_version
    assert version is not None
    submission = Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version, run=run,
        variant=version.variants.order_by("index").first(), code=f"# attempt {attempt}\n",
        attempt=attempt, status="graded", score=score, max_score=float(exercise.points),
        verdict="passed" if score == exercise.points else "failed", late=late,
        score_override=override, graded_at=timezone.now(),
    )
    progress, _ = Progress.objects.get_or_create(user=user, exercise=exercise, run=run,
                                                 defaults={"max_score": exercise.points})
    progress.attempts = attempt
    progress.save()
    services.progress_recompute(user_id=user.pk, exercise_id=exercise.pk, run_id=run.pk)
    return submission


def late_policy_set(course: Course, policy: str, percentage: int) -> None:
    services.run_late_policy_set(run=course_default_run(course=course), policy=policy,
                                 percentage=percentage)


def due(module: Module, due_at: Any) -> None:
    """The module's due date in its course's default run."""
    DueDate.objects.update_or_create(run=course_default_run(course=module.course), module=module,
                                     defaults={"due_at": due_at})


@pytest.fixture
def trace(course: Course) -> Exercise:
    """A second module whose due date has passed, with a 5-point exercise."""
    module = Module.objects.create(course=course, slug="matrices", title="Matrices", order=2)
    due(module, timezone.now() - timedelta(days=1))
    exercise = Exercise.objects.create(module=module, slug="mat-trace", title="Matrix trace",
                                       order=1, points=5, entry="trace", statement_md="x",
                                       statement_html="x", starter_code="")
    version = ExerciseVersion.objects.create(exercise=exercise, number=1, content_hash="t",
                                             entry="trace", points=5, solution_code="",
                                             cases_code="", config={})
    Variant.objects.create(version=version, index=0, seed=1, cases=[])
    exercise.current_version = version
    exercise.save()
    return exercise


@pytest.fixture
def scores(learner: User, other_learner: User, exercise: Exercise,
           trace: Exercise) -> dict[str, Any]:
    """ada: dot 5 then 10, trace 5 late. grace: dot 5, trace 2.5 on time then 5 late."""
    graded(learner, exercise, 5)
    graded(learner, exercise, 10)
    graded(learner, trace, 5, late=True)
    graded(other_learner, exercise, 5)
    graded(other_learner, trace, 2.5)
    graded(other_learner, trace, 5, late=True)
    return {"dot": exercise, "trace": trace}


@pytest.fixture
def other_instructor(db: None) -> User:
    course = Course.objects.create(slug="probability", title="Probability")
    user = make_user("otherprof")
    enroll(user, course, Enrollment.Role.INSTRUCTOR)
    return user


def totals(course: Course) -> dict[str, tuple[list[float], float]]:
    book = selectors.gradebook(run=course_default_run(course=course))
    return {row.user.username: (row.module_totals, row.total) for row in book.rows}


def best(user: User, exercise: Exercise) -> float:
    return Progress.objects.get(user=user, exercise=exercise).best_score


# ---- Totals and the late policy ----

def test_totals_count_late_work_in_full_by_default(course, scores) -> None:
    assert totals(course) == {"ada": ([10, 5], 15), "grace": ([5, 5], 10)}


def test_totals_give_late_work_a_percentage(course, scores, learner, other_learner) -> None:
    late_policy_set(course, "percentage", 50)
    assert totals(course) == {"ada": ([10, 2.5], 12.5), "grace": ([5, 2.5], 7.5)}
    assert best(learner, scores["trace"]) == 2.5  # Progress follows the policy
    assert best(other_learner, scores["trace"]) == 2.5


def test_totals_ignore_late_work_under_the_zero_policy(course, scores, learner,
                                                       other_learner) -> None:
    late_policy_set(course, "zero", 50)
    assert totals(course) == {"ada": ([10, 0], 10), "grace": ([5, 2.5], 7.5)}
    assert best(learner, scores["trace"]) == 0
    assert best(other_learner, scores["trace"]) == 2.5


def test_an_override_counts_as_set_whatever_the_late_policy(course, scores, learner,
                                                            instructor) -> None:
    late_policy_set(course, "zero", 0)
    late = Submission.objects.get(user=learner, exercise=scores["trace"])
    services.submission_override(submission=late, actor=instructor, score=4,
                                 reason="Illness: accepted late")
    assert totals(course)["ada"] == ([10, 4], 14)
    assert best(learner, scores["trace"]) == 4


def test_the_gradebook_filters_and_sorts(run, scores) -> None:
    by_total = selectors.gradebook(run=run, sort="total")
    assert [row.user.username for row in by_total.rows] == ["grace", "ada"]
    vectors = selectors.gradebook(run=run, module_slug="vectors")
    assert [exercise.slug for exercise in vectors.exercises] == ["dot-product"]
    assert [row.total for row in vectors.rows] == [10, 5]
    assert [r.user.username for r in selectors.gradebook(run=run, learner="gra").rows] \
        == ["grace"]
    complete = selectors.gradebook(run=run, status="complete")
    assert [row.user.username for row in complete.rows] == ["ada"]
    cell = selectors.gradebook(run=run).rows[0].cells[1]
    assert (cell.best, cell.attempts, cell.late, cell.solved) == (5, 1, True, True)


def test_submission_create_marks_work_after_the_due_date_late(
    learner, exercise, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        on_time = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    due(exercise.module, timezone.now() - timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=False):
        late = submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION)
    assert (on_time.late, late.late) == (False, True)


# ---- CSV ----

def test_the_csv_export_has_one_row_per_learner_and_guards_formulas(course, scores) -> None:
    late_policy_set(course, "percentage", 50)
    evil = make_user("=HYPERLINK(1)")
    graded(evil, scores["dot"], 7.25)
    text = gradebook_csv(selectors.gradebook(run=course_default_run(course=course)))
    assert text == (
        "\ufeffLearner,Student ID,Name,Email,Section,Dot product (10),Matrix trace (5),"
        "Vectors total (10),Matrices total (5),Course total (15)\r\n"
        "'=HYPERLINK(1),,,'=HYPERLINK(1)@example.org,,7.25,0,7.25,0,7.25\r\n"
        "ada,,,ada@example.org,,10,2.5,10,2.5,12.5\r\n"
        "grace,,,grace@example.org,,5,2.5,5,2.5,7.5\r\n"
    )


def test_the_csv_download_is_an_attachment_in_utf8(client: Client, course, scores,
                                                   instructor) -> None:
    client.force_login(instructor)
    response = client.get(reverse("gradebook:csv", args=[course.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="linear-algebra-gradebook.csv"'
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))
    assert rows[1] == ["ada", "", "", "ada@example.org", "", "10", "5", "10", "5", "15"]


# ---- Review, override, audit log ----

def test_a_review_that_overrides_writes_the_audit_log_and_the_learner_sees_the_answer(
    client: Client, learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 5)
    client.force_login(learner)
    response = client.post(reverse("reviews:create", args=[submission.pk]),
                           {"message": "My answer is right up to rounding."})
    assert response.status_code == 302
    review = ReviewRequest.objects.get()
    assert review.state == "open"

    client.force_login(instructor)
    response = client.post(reverse("gradebook:review", args=[review.pk]), {
        "decision": "override", "score": "8", "reason": "Rounding is acceptable here.",
    })
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.state, review.outcome, review.resolved_by) == ("closed", "overridden",
                                                                  instructor)
    change = ScoreChange.objects.get()
    assert (change.old_score, change.new_score, change.source, change.changed_by,
            change.review) == (5, 8, "review", instructor, review)
    assert best(learner, exercise) == 8

    client.force_login(learner)
    page = client.get(reverse("reviews:mine")).content.decode()
    assert "Rounding is acceptable here." in page and "Score changed" in page
    audit = client.get(reverse("gradebook:audit", args=[exercise.module.course.slug]))
    assert audit.status_code == 404  # the audit log is for staff only


def test_a_review_that_keeps_the_score_changes_nothing(learner, instructor, exercise) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please check")
    services.review_resolve(review=review, actor=instructor, reason="The hidden case fails.")
    review.refresh_from_db()
    assert (review.state, review.outcome) == ("closed", "kept")
    assert not ScoreChange.objects.exists()
    assert best(learner, exercise) == 5


def test_a_learner_cannot_ask_twice_or_about_someone_elses_work(learner, other_learner,
                                                               exercise) -> None:
    submission = graded(learner, exercise, 5)
    services.review_request_create(user=learner, submission=submission, message="Please")
    with pytest.raises(Exception, match="already asked"):
        services.review_request_create(user=learner, submission=submission, message="Again")
    with pytest.raises(Exception, match="own submission"):
        services.review_request_create(user=other_learner, submission=submission, message="x")


def test_staff_override_without_a_request_is_audited_and_may_lower_progress(
    client: Client, learner, admin_user, exercise
) -> None:
    submission = graded(learner, exercise, 10)
    client.force_login(admin_user)
    response = client.post(reverse("gradebook:override", args=[submission.pk]),
                           {"score": "6", "reason": "Hard-coded the answers."})
    assert response.status_code == 302
    change = ScoreChange.objects.get()
    assert (change.old_score, change.new_score, change.source, change.changed_by) == (
        10, 6, "override", admin_user)
    progress = Progress.objects.get(user=learner, exercise=exercise)
    assert (progress.best_score, progress.solved_at) == (6, None)
    page = client.get(reverse("gradebook:audit", args=[exercise.module.course.slug]))
    assert "Hard-coded the answers." in page.content.decode()


def test_an_override_needs_a_reason_and_a_score_in_range(client: Client, learner, instructor,
                                                         exercise) -> None:
    submission = graded(learner, exercise, 10)
    client.force_login(instructor)
    for data in ({"score": "6", "reason": " "}, {"score": "11", "reason": "too much"}):
        response = client.post(reverse("gradebook:override", args=[submission.pk]), data)
        assert response.status_code == 422
    assert not ScoreChange.objects.exists()
    assert Submission.objects.get().score_override is None


# ---- Permissions ----

def _staff_pages(course: Course, exercise: Exercise, submission: Submission,
                 review: ReviewRequest, regrade: Regrade) -> dict[str, str]:
    return {
        "index": reverse("gradebook:index"),
        "reviews": reverse("gradebook:reviews"),
        "gradebook": reverse("gradebook:gradebook", args=[course.slug]),
        "csv": reverse("gradebook:csv", args=[course.slug]),
        "audit": reverse("gradebook:audit", args=[course.slug]),
        "analytics": reverse("gradebook:analytics", args=[course.slug, exercise.slug]),
        "regrade_new": reverse("gradebook:regrade_new", args=[course.slug, exercise.slug]),
        "regrade": reverse("gradebook:regrade", args=[regrade.pk]),
        "submission": reverse("gradebook:submission", args=[submission.pk]),
        "review": reverse("gradebook:review", args=[review.pk]),
    }


# Anonymous users are sent to log in; learners have no teaching pages (403) and do not learn
# that a course's pages exist (404); an instructor of another course sees only their own.
EXPECTED_GET = {
    "anonymous": dict.fromkeys(["index", "reviews", "gradebook", "csv", "audit", "analytics",
                                "regrade_new", "regrade", "submission", "review"], 302),
    "learner": {"index": 403, "reviews": 403, "gradebook": 404, "csv": 404, "audit": 404,
                "analytics": 404, "regrade_new": 404, "regrade": 404, "submission": 404,
                "review": 404},
    "other_instructor": {"index": 200, "reviews": 200, "gradebook": 404, "csv": 404,
                         "audit": 404, "analytics": 404, "regrade_new": 404, "regrade": 404,
                         "submission": 404, "review": 404},
    "instructor": dict.fromkeys(["index", "reviews", "gradebook", "csv", "audit", "analytics",
                                 "regrade_new", "regrade", "submission", "review"], 200),
    "admin": dict.fromkeys(["index", "reviews", "gradebook", "csv", "audit", "analytics",
                            "regrade_new", "regrade", "submission", "review"], 200),
}


@pytest.fixture
def staff_world(course, exercise, learner, instructor) -> dict[str, Any]:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please look")
    regrade = Regrade.objects.create(exercise=exercise, version=exercise.current_version,
                                     requested_by=instructor, submission_ids=[submission.pk],
                                     reason="fixed check", status="previewed",
                                     preview={"up": 0, "down": 0, "same": 1, "kept": 0,
                                              "failed": 0, "rows": []})
    return {"course": course, "exercise": exercise, "submission": submission, "review": review,
            "regrade": regrade}


def _log_in_as(client: Client, persona: str, people: dict[str, User]) -> None:
    if persona != "anonymous":
        client.force_login(people[persona])


@pytest.mark.parametrize("persona", list(EXPECTED_GET))
def test_every_staff_page_answers_each_persona_as_expected(
    client: Client, persona: str, staff_world, learner, instructor, other_instructor,
    admin_user,
) -> None:
    people = {"learner": learner, "instructor": instructor,
              "other_instructor": other_instructor, "admin": admin_user}
    _log_in_as(client, persona, people)
    got = {name: client.get(url).status_code
           for name, url in _staff_pages(**staff_world).items()}
    assert got == EXPECTED_GET[persona]


@pytest.mark.parametrize(("persona", "expected"), [
    ("anonymous", 302), ("learner", 404), ("other_instructor", 404),
])
def test_no_staff_write_is_open_to_outsiders(
    client: Client, persona: str, expected: int, staff_world, learner, other_instructor,
) -> None:
    _log_in_as(client, persona, {"learner": learner, "other_instructor": other_instructor})
    world = staff_world
    posts = [
        (reverse("gradebook:override", args=[world["submission"].pk]),
         {"score": "10", "reason": "x"}),
        (reverse("gradebook:review", args=[world["review"].pk]),
         {"decision": "override", "score": "10", "reason": "x"}),
        (reverse("gradebook:late_policy", args=[world["course"].slug]),
         {"late_policy": "zero", "late_percentage": "0"}),
        (reverse("gradebook:regrade_new", args=[world["course"].slug, world["exercise"].slug]),
         {"scope": "all", "reason": "x"}),
        (reverse("gradebook:regrade_apply", args=[world["regrade"].pk]), {}),
    ]
    assert [client.post(url, data).status_code for url, data in posts] == [expected] * 5
    assert not ScoreChange.objects.exists()
    assert CourseRun.objects.get(course=world["course"], is_default=True).late_policy == "counts"
    assert Regrade.objects.get().status == "previewed"


def test_the_teaching_link_shows_for_instructors_only(client: Client, learner,
                                                      instructor) -> None:
    client.force_login(learner)
    assert "Teaching" not in client.get(reverse("courses:dashboard")).content.decode()
    client.force_login(instructor)
    assert "Teaching" in client.get(reverse("courses:dashboard")).content.decode()


def test_the_review_queue_filters_by_course_exercise_and_state(
    client: Client, learner, instructor, exercise, trace
) -> None:
    first = services.review_request_create(user=learner, submission=graded(learner, exercise, 5),
                                           message="dot please")
    services.review_request_create(user=learner, submission=graded(learner, trace, 1),
                                   message="trace please")
    services.review_resolve(review=first, actor=instructor, reason="Correct as graded.")
    queue = selectors.review_queue(user=instructor, state="open")
    assert [review.message for review in queue] == ["trace please"]
    closed = selectors.review_queue(user=instructor, state="closed", exercise_slug="dot-product")
    assert [review.message for review in closed] == ["dot please"]
    client.force_login(instructor)
    page = client.get(reverse("gradebook:reviews"), {"state": "all"}).content.decode()
    assert "dot please" in page and "trace please" in page


# ---- Pages with real content ----

def test_the_staff_pages_render_scores_diffs_and_charts(client: Client, course, scores,
                                                        learner, instructor) -> None:
    client.force_login(instructor)
    page = client.get(reverse("gradebook:gradebook", args=[course.slug])).content.decode()
    assert "ada" in page and "grace" in page and "late" in page
    latest = Submission.objects.filter(user=learner, exercise=scores["dot"]).first()
    assert latest is not None
    Submission.objects.filter(pk=latest.pk).update(
        tests=[{"name": "hidden random", "public": False, "weight": 1, "passed": False,
                "message": "wrong", "error": None}])
    detail = client.get(reverse("gradebook:submission", args=[latest.pk])).content.decode()
    assert "diff__remove" in detail and "# attempt 1" in detail
    charts = client.get(reverse("gradebook:analytics", args=[course.slug, "dot-product"]))
    assert "hidden random" in charts.content.decode()
    stats = selectors.analytics(exercise=scores["dot"])
    assert (stats.learners_attempted, stats.learners_solved, stats.pass_rate) == (2, 1, 50)
    assert stats.median_attempts == 2


# ---- Grading and regrading in the real sandbox ----

V2_CASES = """
def cases(rng):
    return [
        {"name": "small vectors", "public": True, "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
        {"name": "hidden again", "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
    ]
"""


def _grade(user: User, exercise: Exercise, code: str, capture: Any) -> Submission:
    with capture(execute=False):
        submission = submission_create(user=user, exercise=exercise, code=code)
    submission_grade(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


def _publish_v2(exercise: Exercise) -> None:
    """The hidden case changes: an answer hard-coded to 32 is now right, one of 1.5 wrong."""
    old = exercise.current_version
    assert old is not None
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=2, content_hash="v2", entry=old.entry, points=old.points,
        solution_code=DOT_SOLUTION, cases_code=V2_CASES, config=old.config)
    Variant.objects.create(version=version, index=0, seed=7, cases=[
        {"name": "small vectors", "public": True, "weight": 1.0,
         "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
        {"name": "hidden again", "public": False, "weight": 1.0,
         "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
    ])
    exercise.current_version = version
    exercise.save()


def _run_items(regrade: Regrade) -> dict[str, Any]:
    """What the workers do: each pending item of the running phase, then the phase's counts."""
    for item_id in regrade.items.filter(state="pending").values_list("pk", flat=True):
        regrades.regrade_item_run(item_id=item_id)
    regrade.refresh_from_db()
    return regrade.result or regrade.preview or {}


@pytest.mark.sandbox
def test_regrade_preview_counts_match_what_the_regrade_does(
    learner, other_learner, instructor, exercise, django_capture_on_commit_callbacks
) -> None:
    hopper = make_user("hopper")
    right = _grade(learner, exercise, DOT_SOLUTION, django_capture_on_commit_callbacks)
    to_32 = _grade(other_learner, exercise, "def dot(u, v):\n    return 32.0\n",
                   django_capture_on_commit_callbacks)
    to_15 = _grade(hopper, exercise, "def dot(u, v):\n    return 1.5\n",
                   django_capture_on_commit_callbacks)
    kept = _grade(hopper, exercise, "def dot(u, v):\n    return 1.5\n",
                  django_capture_on_commit_callbacks)
    assert [s.score for s in (right, to_32, to_15, kept)] == [10, 5, 5, 5]
    services.submission_override(submission=kept, actor=instructor, score=4, reason="partial")
    _publish_v2(exercise)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        regrade = regrades.regrade_create(exercise=exercise, actor=instructor,
                                          submission_ids=None, include_overridden=False,
                                          reason="Hidden case fixed")
    assert len(callbacks) == 1  # the preview goes to Celery after the commit
    preview = _run_items(regrade)
    assert {k: preview[k] for k in ("up", "down", "same", "kept", "failed")} == {
        "up": 1, "down": 1, "same": 1, "kept": 1, "failed": 0}
    assert Submission.objects.get(pk=to_32.pk).score == 5  # the preview saved nothing

    with django_capture_on_commit_callbacks(execute=False):
        regrades.regrade_start(regrade=regrade)
    result = _run_items(regrade)
    assert {k: result[k] for k in ("up", "down", "same", "kept", "failed")} == {
        k: preview[k] for k in ("up", "down", "same", "kept", "failed")}
    regrade.refresh_from_db()
    assert regrade.status == "applied"

    scores = {s.pk: (s.score, s.score_override, s.exercise_version.number)
              for s in Submission.objects.select_related("exercise_version")}
    assert scores == {right.pk: (10, None, 2), to_32.pk: (10, None, 2),
                      to_15.pk: (0, None, 2), kept.pk: (5, 4, 1)}
    changes = {(c.submission_id, c.old_score, c.new_score)
               for c in ScoreChange.objects.filter(source="regrade")}
    assert changes == {(to_32.pk, 5, 10), (to_15.pk, 5, 0)}
    assert best(other_learner, exercise) == 10 and best(hopper, exercise) == 4
    for item in regrade.items.all():  # a redelivery does nothing
        regrades.regrade_item_run(item_id=item.pk)
    assert ScoreChange.objects.filter(source="regrade").count() == 2


@pytest.mark.sandbox
def test_a_regrade_may_replace_overrides_when_asked(
    learner, instructor, exercise, django_capture_on_commit_callbacks
) -> None:
    submission = _grade(learner, exercise, "def dot(u, v):\n    return 32.0\n",
                        django_capture_on_commit_callbacks)
    services.submission_override(submission=submission, actor=instructor, score=2, reason="x")
    _publish_v2(exercise)
    with django_capture_on_commit_callbacks(execute=False):
        regrade = regrades.regrade_create(exercise=exercise, actor=instructor,
                                          submission_ids=[submission.pk],
                                          include_overridden=True, reason="v2")
    assert _run_items(regrade)["up"] == 1
    with django_capture_on_commit_callbacks(execute=False):
        regrades.regrade_start(regrade=regrade)
    assert _run_items(regrade)["up"] == 1
    submission.refresh_from_db()
    assert (submission.score, submission.score_override) == (10, None)
    assert best(learner, exercise) == 10


@pytest.mark.sandbox
def test_grading_late_work_follows_the_late_policy(
    learner, exercise, django_capture_on_commit_callbacks
) -> None:
    run = course_default_run(course=exercise.module.course)
    run.late_policy, run.late_percentage = "percentage", 40
    run.save()
    due(exercise.module, timezone.now() - timedelta(hours=1))
    submission = _grade(learner, exercise, DOT_SOLUTION, django_capture_on_commit_callbacks)
    assert (submission.late, submission.score, submission.verdict) == (True, 10, "passed")
    assert best(learner, exercise) == 4


@pytest.mark.django_db
def test_changing_the_late_policy_in_django_admin_recomputes_progress(
    client: Client, admin_user: User, learner: User, exercise: Exercise, run: CourseRun
) -> None:
    graded(learner, exercise, 10, late=True)
    assert Progress.objects.get(user=learner, exercise=exercise).best_score == 10
    client.force_login(admin_user)
    form = {"course": run.course_id, "title": run.title, "slug": run.slug,
            "time_zone": "UTC", "enrollment": "open", "late_policy": "percentage",
            "late_percentage": 50, "sections-TOTAL_FORMS": 0, "sections-INITIAL_FORMS": 0,
            "due_dates-TOTAL_FORMS": 0, "due_dates-INITIAL_FORMS": 0}
    response = client.post(reverse("admin:courses_courserun_change", args=[run.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Progress.objects.get(user=learner, exercise=exercise).best_score == 5
