"""Fair and hard to abuse, the web tier: sign-in lockout, security headers, no 500 on bad
input, a body cap for anonymous requests.

(HSTS defaults and the database health checks are deployment settings: tests/test_deploy.py.)
"""

import io
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from authoring import services as authoring
from authoring.models import ExerciseDraft
from courses.models import Course, Module
from exercises.models import Exercise
from grader.models import Submission
from tests.conftest import PASSWORD, enroll
from tests.test_authoring import client_for, dot_content, import_zip, package_entries, zip_of

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

ROOT = Path(__file__).resolve().parent.parent
HTMX = {"HTTP_HX_REQUEST": "true"}
WRONG = "not-the-password"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def exercise_url(exercise: Exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


# --- 1. Sign-in throttling ----------------------------------------------------------------


def fail_logins(client: Client, url: str, username: str, times: int) -> None:
    for _ in range(times):
        client.post(url, {"username": username, "password": WRONG})


def test_wrong_passwords_lock_the_sign_in_and_the_page_says_when_to_retry(
    client: Client, learner: User, other_learner: User,
) -> None:
    url = reverse("login")
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": learner.username, "password": WRONG})
        assert response.status_code == 200  # the form again, with its error
    fail_logins(client, url, learner.username, 1)

    response = client.post(url, {"username": learner.username, "password": PASSWORD})

    body = response.content.decode()
    assert response.status_code == 429
    assert "Too many failed sign-ins" in body
    assert "Try again in 15 minutes" in body
    assert 14 * 60 <= int(response["Retry-After"]) <= 15 * 60
    assert "Skip to content" in body  # the site's layout, not a bare error
    assert "_auth_user_id" not in client.session
    # Another account from the same address is not affected.
    other = client.post(url, {"username": other_learner.username, "password": PASSWORD})
    assert other.status_code == 302
    assert client.session["_auth_user_id"] == str(other_learner.pk)


def test_the_lockout_is_per_address(learner: User) -> None:
    attacker, owner = Client(REMOTE_ADDR="203.0.113.9"), Client(REMOTE_ADDR="198.51.100.7")
    fail_logins(attacker, reverse("login"), learner.username,
                django_settings.AXES_FAILURE_LIMIT)

    response = owner.post(reverse("login"), {"username": learner.username,
                                              "password": PASSWORD})

    assert response.status_code == 302


def test_the_admin_login_is_throttled_too(client: Client, admin_user: User) -> None:
    url = reverse("admin:login")
    fail_logins(client, url, admin_user.username, django_settings.AXES_FAILURE_LIMIT)

    response = client.post(url, {"username": admin_user.username, "password": PASSWORD,
                                  "next": "/admin/"})

    assert response.status_code == 429
    assert "Try again in 15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_sign_in_resets_the_count(client: Client, learner: User) -> None:
    url = reverse("login")
    below = django_settings.AXES_FAILURE_LIMIT - 1
    fail_logins(client, url, learner.username, below)
    assert client.post(url, {"username": learner.username, "password": PASSWORD}).status_code \
        == 302
    client.post(reverse("logout"))
    fail_logins(client, url, learner.username, below)

    response = client.post(url, {"username": learner.username, "password": PASSWORD})

    assert response.status_code == 302


def test_the_lockout_ends_after_the_cool_off(client: Client, learner: User) -> None:
    url = reverse("login")
    fail_logins(client, url, learner.username, django_settings.AXES_FAILURE_LIMIT)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    response = client.post(url, {"username": learner.username, "password": PASSWORD})

    assert response.status_code == 302


# --- 2. Security headers ------------------------------------------------------------------


def policy_of(response: Any) -> dict[str, list[str]]:
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {words[0]: words[1:] for words in directives if words}


@pytest.fixture
def world(exercise: Exercise, learner: User, instructor: User) -> dict[str, Any]:
    enroll(learner, exercise.module.course)
    draft = authoring.draft_create(user=instructor, module=exercise.module, slug="authored-dot",
                                   content=dot_content())
    return {"exercise": exercise, "course": exercise.module.course, "draft": draft}


def test_pages_send_a_strict_content_security_policy(client: Client, learner: User,
                                                     instructor: User, world: dict) -> None:
    anonymous = client.get(reverse("login"))
    client.force_login(learner)
    learner_page = client.get(exercise_url(world["exercise"]))
    client.force_login(instructor)
    authoring_page = client.get(reverse("authoring:edit", args=["authored-dot"]))

    for response in (anonymous, learner_page, authoring_page):
        policy = policy_of(response)
        assert policy["default-src"] == ["'self'"]
        assert policy["script-src"][0] == "'self'"
        assert all(source.startswith("'nonce-") for source in policy["script-src"][1:])
        # Statements may hold ![](https://tracker/...): learners' browsers never fetch it.
        assert policy["img-src"] == ["'self'", "data:"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]


SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


def test_every_script_on_a_page_is_a_file_or_carries_the_nonce(
    client: Client, learner: User, instructor: User, world: dict,
) -> None:
    client.force_login(learner)
    pages = [client.get(exercise_url(world["exercise"]))]
    client.force_login(instructor)
    pages.append(client.get(reverse("authoring:edit", args=["authored-dot"])))

    for response in pages:
        nonces = [source[len("'nonce-"):-1] for source in policy_of(response)["script-src"]
                  if source.startswith("'nonce-")]
        for attributes in SCRIPT_TAG.findall(response.content.decode()):
            assert "src=" in attributes or any(f'nonce="{nonce}"' in attributes
                                               for nonce in nonces), attributes


def test_no_template_has_an_inline_script_without_the_nonce() -> None:
    offenders = []
    for template in sorted((ROOT / "templates").rglob("*.html")):
        for attributes in SCRIPT_TAG.findall(template.read_text()):
            if "src=" not in attributes and 'nonce="{{ request.csp_nonce }}"' not in attributes:
                offenders.append(f"{template.relative_to(ROOT)}: <script{attributes}>")
    assert offenders == []


def test_every_page_denies_powerful_browser_features(client: Client, learner: User) -> None:
    anonymous = client.get(reverse("login"))
    client.force_login(learner)
    signed_in = client.get(reverse("courses:catalog"))

    for response in (anonymous, signed_in):
        features = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()",
                        "usb=()"):
            assert feature in features


def test_private_pages_and_the_gradebook_csv_are_never_stored(
    client: Client, learner: User, instructor: User, world: dict,
) -> None:
    client.force_login(learner)
    learner_pages = [client.get(reverse("courses:catalog")),
                     client.get(exercise_url(world["exercise"])),
                     client.get(reverse("courses:dashboard"))]
    client.force_login(instructor)
    staff_pages = [client.get(reverse("gradebook:gradebook", args=[world["course"].slug])),
                   client.get(reverse("gradebook:csv", args=[world["course"].slug]))]

    for response in learner_pages + staff_pages:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]


# --- 4. Bad input is a clear 400 or a form error, never a 500 ------------------------------


@pytest.mark.parametrize(("name", "query"), [
    ("gradebook", "?learner=ad%00a"),
    ("gradebook", "?module=%00"),
    ("csv", "?status=late%00"),
    ("reviews", "?course=linear-algebra%00"),
    ("reviews", "?state=%00open"),
])
def test_a_nul_in_a_filter_is_a_clear_400(client: Client, instructor: User, world: dict,
                                          name: str, query: str) -> None:
    client.force_login(instructor)
    args = [] if name == "reviews" else [world["course"].slug]

    response = client.get(reverse(f"gradebook:{name}", args=args) + query)

    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


@pytest.mark.parametrize("query", ["?from=²", "?submission=¹", "?from=٣", "?from=-1",
                                   "?submission=1e3", "?from=" + "9" * 40])
def test_a_malformed_submission_number_on_the_exercise_page_is_a_clear_400(
    client: Client, learner: User, world: dict, query: str,
) -> None:
    client.force_login(learner)

    response = client.get(exercise_url(world["exercise"]) + query)

    assert response.status_code == 400
    assert "must be a submission number" in response.content.decode()


def test_code_with_a_nul_character_is_refused_with_the_reason(
    client: Client, learner: User, world: dict,
) -> None:
    client.force_login(learner)

    response = client.post(reverse("grader:create", args=[world["exercise"].slug]),
                           {"code": "def dot(u, v):\x00\n    return 1\n", "kind": "submit"},
                           **HTMX)

    assert response.status_code == 422
    assert "NUL character" in response.content.decode()
    assert not Submission.objects.exists()


def toml_with(replacements: dict[str, str]) -> dict[str, bytes]:
    entries = package_entries()
    toml = entries["dot-product/exercise.toml"].decode()
    for old, new in replacements.items():
        assert old in toml
        toml = toml.replace(old, new, 1)
    entries["dot-product/exercise.toml"] = toml.encode()
    return entries


def title_line() -> str:
    return next(line for line in package_entries()["dot-product/exercise.toml"].decode()
                .splitlines() if line.startswith("title = "))


@pytest.mark.parametrize(("change", "message"), [
    ({"TITLE": 'title = "' + "T" * 5000 + '"'}, "field `title` is 5,000 characters; at most 200"),
    ({"points = 10": "points = 1e20"}, "field `points`"),
    ({"points = 10": "points = 100000000000000000000"}, "field `points` must be between"),
    ({"points = 10": "points = -5"}, "field `points` must be between"),
    ({"order = ": "order = 99999999999999999999 #"}, "field `order` must be between"),
    ({"hints = [": 'hints = ["a NUL \\u0000 here", '}, "field `hints` contains a NUL"),
    ({"TITLE": 'title = "Dot\\u0000product"'}, "field `title` contains a NUL"),
    ({"[[checks]]": '[[checks]]\nnote = "x\\u0000"\n'}, "contains a NUL"),
    ({"hints = [": 'hints = ["' + "h" * 5000 + '", '}, "hint 1 is 5,000 characters"),
    ({"tags = [": 'tags = ["' + "t" * 600 + '", '}, "field `tags` is longer than 500"),
])
def test_an_imported_package_with_an_oversize_or_nul_field_names_the_field(
    instructor: User, course: Course, module: Module, change: dict[str, str], message: str,
) -> None:
    replacements = {(title_line() if old == "TITLE" else old): new for old, new in change.items()}
    page = import_zip(client_for(instructor), course, module, zip_of(toml_with(replacements)))

    assert "Not imported: dot-product/exercise.toml: " in page
    assert message in page
    assert not ExerciseDraft.objects.exists()


# --- 5. A body cap for anonymous requests -------------------------------------------------


class Unreadable(io.RawIOBase):
    """A request body that fails the test when anything reads it."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise AssertionError("the request body was read")


def test_an_anonymous_oversize_post_is_refused_before_its_body_is_read(client: Client,
                                                                       db: None) -> None:
    response = client.post(reverse("login"), data=b"", content_type=(
        "application/x-www-form-urlencoded"), CONTENT_LENGTH=str(200 * 1024),
        **{"wsgi.input": Unreadable()})

    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_an_anonymous_post_within_the_cap_is_served(client: Client, learner: User) -> None:
    response = client.post(reverse("login"), {"username": learner.username,
                                              "password": PASSWORD, "pad": "x" * 1000})

    assert response.status_code == 302


def test_signed_in_users_keep_the_usual_limits(client: Client, instructor: User) -> None:
    client.force_login(instructor)

    response = client.post(reverse("authoring:preview"),
                           {"statement_md": "# Big\n\n" + "word " * 30_000}, **HTMX)

    assert response.status_code == 200
