"""The API allows exactly what the web pages allow: the URL x role matrix of
tests/test_permissions.py, asked of each operation and of its page side by side.

Each row names an API operation and the page that does the same on the web. Every persona asks
both (in a savepoint that is rolled back, so all find the same world), and each answer is
reduced to its outcome: "sign in" (the page's login redirect, the API's 401), "ok", "refused"
(a 422: the service said no, with its reason), "hidden" (404: not theirs to know of) or
"forbidden" (403). The API's outcomes must equal the page's, and the row's expectation.
Token scopes narrow this further (the tests below the matrix).
"""

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from api.models import ApiToken
from courses.models import Course, Enrollment
from exercises.models import Exercise, ExerciseVersion, Variant
from grader.models import Submission
from tests.conftest import DOT_SOLUTION, enroll, make_user
from tests.test_pages import HTMX, make_submission

from .conftest import Bearer
from .notebooks import notebook_bytes

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

ROLES = ("anonymous", "learner", "other_learner", "ta", "instructor", "admin")
SIGN_IN, OK, REFUSED, HIDDEN, FORBIDDEN = "sign in", "ok", "refused", "hidden", "forbidden"
EVERYONE_SIGNED_IN = {role: OK for role in ROLES} | {"anonymous": SIGN_IN}
STAFF_ONLY = {"anonymous": SIGN_IN, "learner": HIDDEN, "other_learner": HIDDEN, "ta": OK,
              "instructor": OK, "admin": OK}


@pytest.fixture
def world(course: Course, exercise: Exercise, learner: User, other_learner: User,
          instructor: User, ta: User, admin_user: User) -> dict[str, Any]:
    enroll(learner, course)
    draft = _unpublished_copy(exercise)
    hidden_course = Course.objects.create(slug="secret-course", title="Secret", published=False)
    return {"course": course, "exercise": exercise, "draft": draft,
            "hidden_course": hidden_course,
            "submission": make_submission(learner, exercise),
            "people": {"learner": learner, "other_learner": other_learner, "ta": ta,
                       "instructor": instructor, "admin": admin_user}}


def _unpublished_copy(exercise: Exercise) -> Exercise:
    version = exercise.current_version
    assert version is not None
    draft = Exercise.objects.create(
        module=exercise.module, slug="draft-exercise", title="Draft", order=2, points=5,
        entry="dot", statement_md="Draft.", statement_html="<p>Draft.</p>",
        starter_code=exercise.starter_code, published=False)
    copy = ExerciseVersion.objects.create(
        exercise=draft, number=1, content_hash="draft", entry="dot", points=5,
        solution_code=version.solution_code, cases_code=version.cases_code, config=version.config)
    for variant in version.variants.all():
        Variant.objects.create(version=copy, index=variant.index, seed=variant.seed,
                               cases=variant.cases)
    draft.current_version = copy
    draft.save()
    return draft


def _notebook() -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile
    return {"notebook": SimpleUploadedFile("solution.ipynb", notebook_bytes(DOT_SOLUTION))}


Url = Callable[[dict[str, Any]], str]
Ask = Callable[[Client, dict[str, Any]], HttpResponse]


def web_get(url: Url, **extra: Any) -> Ask:
    return lambda client, w: client.get(url(w), **extra)


def web_post(url: Url, data: Callable[[], dict[str, Any]], **extra: Any) -> Ask:
    return lambda client, w: client.post(url(w), data(), **extra)


def api_get(url: Url) -> Ask:
    return lambda client, w: client.get(url(w))


def api_post_json(url: Url, body: dict[str, Any]) -> Ask:
    return lambda client, w: client.post(url(w), json.dumps(body),
                                         content_type="application/json")


def api_post_files(url: Url, data: Callable[[], dict[str, Any]]) -> Ask:
    return lambda client, w: client.post(url(w), data())


def _exercise_page(key: str) -> Url:
    return lambda w: reverse("courses:exercise", args=[w["course"].slug, w[key].slug])


# name: (the page's request, the API's request, the outcome per role)
MATRIX: dict[str, tuple[Ask, Ask, dict[str, str]]] = {
    "exercise": (web_get(_exercise_page("exercise")),
                 api_get(lambda w: f"/api/exercises/{w['exercise'].slug}"), EVERYONE_SIGNED_IN),
    "unpublished exercise": (
        web_get(_exercise_page("draft")), api_get(lambda w: "/api/exercises/draft-exercise"),
        STAFF_ONLY),
    "course": (web_get(lambda w: reverse("courses:course", args=[w["course"].slug])),
               api_get(lambda w: f"/api/courses/{w['course'].slug}/exercises"),
               EVERYONE_SIGNED_IN),
    "unpublished course": (
        web_get(lambda w: reverse("courses:course", args=["secret-course"])),
        api_get(lambda w: "/api/courses/secret-course/exercises"),
        {"anonymous": SIGN_IN, "learner": HIDDEN, "other_learner": HIDDEN, "ta": HIDDEN,
         "instructor": HIDDEN, "admin": OK}),
    "attempts": (
        web_get(lambda w: reverse("courses:attempts", args=[w["course"].slug,
                                                             w["exercise"].slug])),
        api_get(lambda w: f"/api/exercises/{w['exercise'].slug}/submissions"),
        EVERYONE_SIGNED_IN),
    "a learner's submission": (
        web_get(lambda w: reverse("grader:status", args=[w["submission"].pk])),
        api_get(lambda w: f"/api/submissions/{w['submission'].pk}"),
        {role: HIDDEN for role in ROLES} | {"anonymous": SIGN_IN, "learner": OK}),
    "waiting for a learner's submission": (
        web_get(lambda w: reverse("grader:status", args=[w["submission"].pk])),
        api_get(lambda w: f"/api/submissions/{w['submission'].pk}/wait?seconds=0"),
        {role: HIDDEN for role in ROLES} | {"anonymous": SIGN_IN, "learner": OK}),
    "submit code": (
        web_post(lambda w: reverse("grader:create", args=[w["exercise"].slug]),
                 lambda: {"code": DOT_SOLUTION, "kind": "submit"}, **HTMX),
        api_post_json(lambda w: f"/api/exercises/{w['exercise'].slug}/submissions",
                      {"code": DOT_SOLUTION}), EVERYONE_SIGNED_IN),
    "submit code to an unpublished exercise": (
        web_post(lambda w: reverse("grader:create", args=["draft-exercise"]),
                 lambda: {"code": DOT_SOLUTION, "kind": "submit"}, **HTMX),
        api_post_json(lambda w: "/api/exercises/draft-exercise/submissions",
                      {"code": DOT_SOLUTION}),
        # Staff see it, and are told it is not open for submissions.
        {role: REFUSED for role in ROLES} | {"anonymous": SIGN_IN, "learner": HIDDEN,
                                             "other_learner": HIDDEN}),
    "submit a notebook": (
        web_post(lambda w: reverse("grader:notebook", args=[w["exercise"].slug]), _notebook),
        api_post_files(lambda w: f"/api/exercises/{w['exercise'].slug}/notebook", _notebook),
        EVERYONE_SIGNED_IN),
    "submit a notebook to an unpublished exercise": (
        web_post(lambda w: reverse("grader:notebook", args=["draft-exercise"]), _notebook),
        api_post_files(lambda w: "/api/exercises/draft-exercise/notebook", _notebook),
        {role: REFUSED for role in ROLES} | {"anonymous": SIGN_IN, "learner": HIDDEN,
                                             "other_learner": HIDDEN}),
    "gradebook export": (
        web_get(lambda w: reverse("gradebook:csv", args=[w["course"].slug])),
        api_get(lambda w: f"/api/courses/{w['course'].slug}/gradebook.csv"), STAFF_ONLY),
    "gradebook export of another run": (
        web_get(lambda w: reverse("gradebook:csv", args=[w["course"].slug]) + "?run=nope"),
        api_get(lambda w: f"/api/courses/{w['course'].slug}/gradebook.csv?run=nope"),
        STAFF_ONLY | {"ta": HIDDEN, "instructor": HIDDEN, "admin": HIDDEN}),
    "gradebook": (
        web_get(lambda w: reverse("gradebook:gradebook", args=[w["course"].slug])),
        api_get(lambda w: f"/api/courses/{w['course'].slug}/gradebook"), STAFF_ONLY),
}


def web_outcome(response: HttpResponse) -> str:
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith(reverse("login")):
        return SIGN_IN
    if response.status_code == 302:  # the upload form: back to the page, with or without it
        return OK if "?submission=" in location else REFUSED
    return _by_status(response.status_code)


def api_outcome(response: HttpResponse) -> str:
    return SIGN_IN if response.status_code == 401 else _by_status(response.status_code)


def _by_status(status: int) -> str:
    known = {200: OK, 201: OK, 422: REFUSED, 404: HIDDEN, 403: FORBIDDEN}
    assert status in known, f"unexpected status {status}"
    return known[status]


def _ask(ask: Ask, client: Client, world: dict[str, Any], capture: Any) -> HttpResponse:
    with transaction.atomic(), capture(execute=False):
        response = ask(client, world)
        transaction.set_rollback(True)
    return response


@pytest.mark.parametrize("row", list(MATRIX))
def test_each_operation_answers_each_role_as_its_page_does(
    row: str, world: dict[str, Any], bearer: Bearer, django_capture_on_commit_callbacks: Any,
) -> None:
    web, api, expected = MATRIX[row]
    on_web, on_api = {}, {}
    for role in ROLES:
        page, token = Client(), Client()
        if role != "anonymous":
            person = world["people"][role]
            page.force_login(person)
            token.defaults.update(bearer(person, "read", "submit", "staff"))
        on_web[role] = web_outcome(_ask(web, page, world, django_capture_on_commit_callbacks))
        on_api[role] = api_outcome(_ask(api, token, world, django_capture_on_commit_callbacks))

    assert on_web == expected
    assert on_api == on_web


def test_the_attempts_list_shows_only_ones_own(world: dict[str, Any], bearer: Bearer) -> None:
    people = world["people"]
    mine = world["submission"]
    make_submission(people["other_learner"], world["exercise"])
    url = f"/api/exercises/{world['exercise'].slug}/submissions"

    learner_sees = Client().get(url, **bearer(people["learner"])).json()
    other_sees = Client().get(url, **bearer(people["other_learner"])).json()
    ta_sees = Client().get(url, **bearer(people["ta"])).json()

    assert [item["id"] for item in learner_sees] == [mine.pk]
    assert len(other_sees) == 1 and other_sees[0]["id"] != mine.pk
    assert ta_sees == []


# --- what each scope opens -----------------------------------------------------------------


def test_a_read_only_token_cannot_submit(learner: User, exercise: Exercise,
                                         bearer: Bearer) -> None:
    response = Client().post(f"/api/exercises/{exercise.slug}/submissions",
                             json.dumps({"code": DOT_SOLUTION}),
                             content_type="application/json", **bearer(learner, "read"))

    assert response.status_code == 403
    assert response.json()["detail"] == (
        "This token's scopes (read) do not allow this: it needs submit. Create a token with "
        "that scope on your account page.")
    assert not Submission.objects.exists()


def test_a_read_only_token_cannot_send_a_notebook(learner: User, exercise: Exercise,
                                                  bearer: Bearer) -> None:
    response = Client().post(f"/api/exercises/{exercise.slug}/notebook", _notebook(),
                             **bearer(learner, "read"))

    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_a_submit_token_sees_its_results_but_lists_nothing(
    learner: User, exercise: Exercise, bearer: Bearer,
) -> None:
    headers = bearer(learner, "submit")
    client = Client()
    sent = client.post(f"/api/exercises/{exercise.slug}/submissions",
                       json.dumps({"code": DOT_SOLUTION}), content_type="application/json",
                       **headers)

    assert sent.status_code == 201
    assert client.get(f"/api/submissions/{sent.json()['id']}", **headers).status_code == 200
    assert client.get("/api/courses", **headers).status_code == 403
    assert client.get(f"/api/exercises/{exercise.slug}", **headers).status_code == 403


def test_the_gradebook_needs_the_staff_scope_even_for_its_instructor(
    instructor: User, course: Course, bearer: Bearer,
) -> None:
    response = Client().get(f"/api/courses/{course.slug}/gradebook.csv",
                            **bearer(instructor, "read", "submit"))

    assert response.status_code == 403
    assert "it needs staff" in response.json()["detail"]


def test_a_staff_scope_gives_a_learner_nothing_the_web_does_not(
    learner: User, course: Course, bearer: Bearer,
) -> None:
    """Should a learner ever hold a staff-scoped token (say, after being a TA), the course's
    staff rights are still asked at each request."""
    enroll(learner, course)

    response = Client().get(f"/api/courses/{course.slug}/gradebook", **bearer(learner, "staff"))

    assert response.status_code == 404


def test_a_revoked_token_is_refused_everywhere(learner: User, exercise: Exercise,
                                               bearer: Bearer) -> None:
    headers = bearer(learner, "read", "submit")
    ApiToken.objects.update(revoked_at="2026-01-01T00:00:00Z")

    urls = ["/api/courses", f"/api/exercises/{exercise.slug}",
            f"/api/exercises/{exercise.slug}/submissions"]
    assert {Client().get(url, **headers).status_code for url in urls} == {401}
    sent = Client().post(urls[2], json.dumps({"code": DOT_SOLUTION}),
                         content_type="application/json", **headers)
    assert sent.status_code == 401 and not Submission.objects.exists()


def test_the_gradebook_export_is_the_web_pages_csv(
    instructor: User, learner: User, course: Course, exercise: Exercise, bearer: Bearer,
) -> None:
    enroll(learner, course)
    make_submission(learner, exercise, status=Submission.Status.GRADED,
                    verdict=Submission.Verdict.PASSED, score=10.0)
    page = Client()
    page.force_login(instructor)

    on_web = page.get(reverse("gradebook:csv", args=[course.slug]))
    on_api = Client().get(f"/api/courses/{course.slug}/gradebook.csv",
                          **bearer(instructor, "staff"))
    as_json = Client().get(f"/api/courses/{course.slug}/gradebook",
                           **bearer(instructor, "staff")).json()

    assert on_api.content == on_web.content
    assert on_api["Content-Type"] == "text/csv; charset=utf-8"
    assert on_api["Content-Disposition"] == on_web["Content-Disposition"]
    assert [row["username"] for row in as_json["learners"]] == ["ada"]
    assert as_json["learners"][0]["scores"] == {"dot-product": 10.0}
    assert as_json["learners"][0]["total"] == 10.0 and as_json["points"] == 10.0


def test_an_instructor_of_another_course_sees_no_gradebook_here(
    course: Course, bearer: Bearer,
) -> None:
    outsider = make_user("otherprof")
    enroll(outsider, Course.objects.create(slug="calculus", title="Calculus"),
           Enrollment.Role.INSTRUCTOR)

    response = Client().get(f"/api/courses/{course.slug}/gradebook", **bearer(outsider, "staff"))

    assert response.status_code == 404
