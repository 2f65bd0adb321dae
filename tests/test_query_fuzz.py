"""Whatever a query string holds, no page answers 500.

Hypothesis writes the query strings: known parameter names and arbitrary ones, repeated keys,
arbitrary text (NUL, lone surrogates sent as raw bytes, other scripts' digits), huge and
negative numbers, and percent-escapes that do not decode. Each list page is fuzzed for the
persona who reads it: a learner and an instructor.
"""

from typing import Any
from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from authoring import services as authoring
from exercises.models import Exercise
from gradebook import services as gradebook
from gradebook.models import ReviewRequest
from grader.models import Submission
from tests.conftest import enroll
from tests.test_authoring import dot_content

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

KNOWN_KEYS = ["from", "submission", "module", "learner", "status", "sort", "state", "course",
              "exercise", "page", "next", "q"]
ODD_VALUES = ["\x00", "a\x00b", "²", "¹", "٣", "\uff11\uff12", "\ud800", "-1", "0", "9" * 40,
              str(2**63), str(-(2**63) - 1), "1e9999", "NaN", " 7 ", "7\n", "-total", "late"]

text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
value = st.one_of(text, st.sampled_from(ODD_VALUES),
                  st.integers(-(10**30), 10**30).map(str))
key = st.one_of(st.sampled_from(KNOWN_KEYS), text)
# Broken escapes and separators as they arrive on the wire, not re-encoded.
raw_tail = st.text(st.sampled_from("%&=+;0aZ\x7f"), max_size=12)


def encoded(part: str) -> str:
    # Lone surrogates cannot be UTF-8: they travel as the bytes a careless client would send.
    return quote(part, safe="", encoding="utf-8", errors="surrogatepass")


@st.composite
def query_strings(draw: Any) -> str:
    pairs = draw(st.lists(st.tuples(key, value), max_size=6))
    query = "&".join(f"{encoded(name)}={encoded(item)}" for name, item in pairs)
    return query + draw(raw_tail)


FUZZ = hypothesis_settings(max_examples=30, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def world(exercise: Exercise, learner: User, instructor: User) -> dict[str, Any]:
    """A course with a learner's graded submission, an open review and an authored draft."""
    course = exercise.module.course
    run = enroll(learner, course).run
    version = exercise.current_version
    assert version is not None
    submission = Submission.objects.create(
        user=learner, exercise=exercise, exercise_version=version, run=run,
        variant=version.variants.get(), code="def dot(u, v):\n    return 32.0\n", attempt=1,
        status="graded", verdict="failed", score=5.0, max_score=10.0,
    )
    gradebook.review_request_create(user=learner, submission=submission, message="Please look")
    authoring.draft_create(user=instructor, module=exercise.module, slug="authored-dot",
                           content=dot_content())
    assert ReviewRequest.objects.exists()
    return {"course": course.slug, "exercise": exercise.slug, "submission": submission.pk}


def learner_pages(world: dict[str, Any]) -> dict[str, str]:
    course, exercise = world["course"], world["exercise"]
    return {
        "catalog": reverse("courses:catalog"),
        "dashboard": reverse("courses:dashboard"),
        "course": reverse("courses:course", args=[course]),
        "exercise": reverse("courses:exercise", args=[course, exercise]),
        "attempts": reverse("courses:attempts", args=[course, exercise]),
        "submission": reverse("grader:detail", args=[world["submission"]]),
        "status": reverse("grader:status", args=[world["submission"]]),
        "my reviews": reverse("reviews:mine"),
        "notifications": reverse("notifications:index"),
        "teaching (403)": reverse("gradebook:index"),
    }


def instructor_pages(world: dict[str, Any]) -> dict[str, str]:
    course, exercise = world["course"], world["exercise"]
    return {
        "teaching": reverse("gradebook:index"),
        "gradebook": reverse("gradebook:gradebook", args=[course]),
        "csv": reverse("gradebook:csv", args=[course]),
        "audit": reverse("gradebook:audit", args=[course]),
        "analytics": reverse("gradebook:analytics", args=[course, exercise]),
        "regrade": reverse("gradebook:regrade_new", args=[course, exercise]),
        "review queue": reverse("gradebook:reviews"),
        "staff submission": reverse("gradebook:submission", args=[world["submission"]]),
        "authoring": reverse("authoring:index"),
        "authoring course": reverse("authoring:exercises", args=[course]),
        "authoring edit": reverse("authoring:edit", args=["authored-dot"]),
        "authoring validation": reverse("authoring:validation", args=["authored-dot"]),
        "exercise as staff": reverse("courses:exercise", args=[course, exercise]),
    }


PAGES = [("learner", name) for name in learner_pages({"course": "c", "exercise": "e",
                                                      "submission": 1})]
PAGES += [("instructor", name) for name in instructor_pages({"course": "c", "exercise": "e",
                                                             "submission": 1})]


@pytest.mark.parametrize(("persona", "page"), PAGES)
def test_no_query_string_makes_a_page_fail(persona: str, page: str, world: dict[str, Any],
                                           learner: User, instructor: User) -> None:
    client = Client()
    client.force_login(learner if persona == "learner" else instructor)
    pages = learner_pages(world) if persona == "learner" else instructor_pages(world)
    url = pages[page]

    @FUZZ
    @given(query=query_strings())
    @example(query="from=%C2%B2&submission=%C2%B9")  # str.isdigit() said yes, int() said no
    @example(query="learner=%00&module=%00&course=%00&state=%00&status=%00")
    @example(query="from=99999999999999999999999&submission=-1&sort=%ED%A0%80")
    def probe(query: str) -> None:
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query, response.status_code)

    probe()
