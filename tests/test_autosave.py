"""Nothing the learner did is lost on the exercise page: the editor's draft is kept on the
server and restored, the last result stays in place, every result of a burst arrives, and the
verdict is announced by a live region that stays."""

import json
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import CodeDraft
from courses.templatetags.eigenlab import code_spans, verdict_tone
from exercises.models import Exercise
from grader.models import Submission
from tests.test_pages import HTMX, exercise_url, graded, make_submission, post_code

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

DRAFT = "def dot(u, v):\n    return 'half-way <b>'\n"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def learner_client(client: Client, learner: User) -> Client:
    client.force_login(learner)
    return client


def draft_url(exercise: Exercise, name: str = "courses:draft") -> str:
    return reverse(name, args=[exercise.module.course.slug, exercise.slug])


def save(client: Client, exercise: Exercise, code: str = DRAFT) -> Any:
    return client.post(draft_url(exercise), {"code": code}, HTTP_ACCEPT="application/json")


def page(client: Client, exercise: Exercise, query: str = "") -> str:
    response = client.get(exercise_url(exercise) + query)
    assert response.status_code == 200
    return response.content.decode()


def draft_of(user: User, exercise: Exercise, code: str, ago: timedelta) -> CodeDraft:
    return CodeDraft.objects.create(user=user, exercise=exercise, code=code,
                                    saved_at=timezone.now() - ago)


def sent(user: User, exercise: Exercise, code: str, ago: timedelta) -> Submission:
    submission = graded(user, exercise, code=code)
    Submission.objects.filter(pk=submission.pk).update(created_at=timezone.now() - ago)
    return submission


# --- Saving a draft --------------------------------------------------------------------------


def test_a_draft_is_kept_per_learner_and_exercise(learner_client: Client, learner: User,
                                                  exercise: Exercise) -> None:
    first = save(learner_client, exercise, "# first\n")
    second = save(learner_client, exercise, DRAFT)

    assert first.status_code == second.status_code == 200
    assert json.loads(second.content)["saved_at"]
    draft = CodeDraft.objects.get()
    assert (draft.user, draft.exercise, draft.code) == (learner, exercise, DRAFT)


def test_saving_a_draft_needs_a_login(client: Client, exercise: Exercise) -> None:
    response = save(client, exercise)

    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not CodeDraft.objects.exists()


def test_saving_a_draft_needs_the_csrf_token(learner: User, exercise: Exercise) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    assert save(client, exercise).status_code == 403
    assert not CodeDraft.objects.exists()


def test_saving_a_draft_needs_a_post(learner_client: Client, exercise: Exercise) -> None:
    assert learner_client.get(draft_url(exercise)).status_code == 405


def test_a_draft_is_capped_like_a_submission(learner_client: Client, exercise: Exercise,
                                             settings: Any) -> None:
    settings.GRADER_MAX_CODE_BYTES = 1024

    too_long = save(learner_client, exercise, "x = 1\n" * 400)
    nul = save(learner_client, exercise, "x = 1\x00\n")

    assert too_long.status_code == nul.status_code == 422
    assert "the limit is 1 KB" in json.loads(too_long.content)["error"]
    assert "NUL" in json.loads(nul.content)["error"]
    assert not CodeDraft.objects.exists()


def test_saving_drafts_too_fast_is_refused_with_the_wait(learner_client: Client,
                                                         exercise: Exercise,
                                                         settings: Any) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "autosave": ("2/m", "100/m")}
    assert [save(learner_client, exercise).status_code for _ in range(2)] == [200, 200]

    refused = save(learner_client, exercise, "# third\n")

    assert refused.status_code == 429
    assert "saving drafts too quickly" in json.loads(refused.content)["error"]
    assert CodeDraft.objects.get().code == DRAFT


def test_a_blank_editor_leaves_no_draft(learner_client: Client, learner: User,
                                        exercise: Exercise) -> None:
    save(learner_client, exercise)

    response = save(learner_client, exercise, "  \n")

    assert response.status_code == 200
    assert not CodeDraft.objects.exists()


def test_no_draft_of_an_exercise_the_learner_may_not_see(learner_client: Client,
                                                         exercise: Exercise) -> None:
    exercise.published = False
    exercise.save()

    assert save(learner_client, exercise).status_code == 404
    assert not CodeDraft.objects.exists()


# --- Restoring it ----------------------------------------------------------------------------


def test_the_page_restores_a_draft_newer_than_the_last_code_sent(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    sent(learner, exercise, "# sent before\n", ago=timedelta(minutes=5))
    draft = draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))

    body = page(learner_client, exercise)

    assert "return &#x27;half-way &lt;b&gt;&#x27;" in body
    assert '<p id="draft-notice" class="draft-notice">Restored your unsaved draft from' in body
    assert f'datetime="{draft.saved_at.isoformat()}"' in body
    assert draft.saved_at.strftime("%H:%M") in body
    assert "Discard" in body
    assert "# sent before" in body  # what Discard goes back to


def test_a_draft_older_than_the_last_code_sent_is_not_restored(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=5))
    sent(learner, exercise, "# sent since\n", ago=timedelta(minutes=1))

    body = page(learner_client, exercise)

    assert "half-way" not in body
    assert "# sent since" in body
    assert 'id="draft-notice" class="draft-notice" hidden>' in body


def test_a_draft_equal_to_the_code_sent_needs_no_notice(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    sent(learner, exercise, DRAFT, ago=timedelta(minutes=5))
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))

    assert 'id="draft-notice" class="draft-notice" hidden>' in page(learner_client, exercise)


def test_another_learners_draft_is_never_shown(learner_client: Client, other_learner: User,
                                               exercise: Exercise) -> None:
    draft_of(other_learner, exercise, "# grace's secret\n", ago=timedelta(seconds=5))

    body = page(learner_client, exercise)

    assert "grace" not in body
    assert "# TODO: return the dot product" in body


def test_loading_a_past_attempt_wins_over_the_draft(learner_client: Client, learner: User,
                                                    exercise: Exercise) -> None:
    old = sent(learner, exercise, "# first try\n", ago=timedelta(minutes=9))
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))

    body = page(learner_client, exercise, f"?from={old.pk}")

    assert "# first try" in body and "half-way" not in body


def test_the_page_wires_the_autosave(learner_client: Client, exercise: Exercise) -> None:
    body = page(learner_client, exercise)

    assert f'data-draft-url="{draft_url(exercise)}"' in body
    assert 'id="draft-status"' in body
    assert "js/drafts.js" in body


def test_discarding_a_draft_needs_a_login(client: Client, learner: User,
                                         exercise: Exercise) -> None:
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))

    response = client.post(draft_url(exercise, "courses:draft_discard"))

    assert response.status_code == 302 and "/login/" in response["Location"]
    assert CodeDraft.objects.exists()


def test_discarding_removes_the_draft(learner_client: Client, learner: User,
                                      exercise: Exercise) -> None:
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))
    url = draft_url(exercise, "courses:draft_discard")

    by_script = learner_client.post(url, HTTP_ACCEPT="application/json")
    draft_of(learner, exercise, DRAFT, ago=timedelta(minutes=1))
    by_form = learner_client.post(url)

    assert by_script.status_code == 200
    assert by_form.status_code == 302 and by_form["Location"].startswith(exercise_url(exercise))
    assert not CodeDraft.objects.exists()
    assert "half-way" not in page(learner_client, exercise)


# --- The result column -----------------------------------------------------------------------


def test_a_reload_shows_the_latest_result_not_the_placeholder(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    graded(learner, exercise, message="First try.")
    graded(learner, exercise, message="Second try: 1 of 2 tests failed.")

    body = page(learner_client, exercise)

    assert "Results appear here" not in body
    assert "Second try: 1 of 2 tests failed." in body and "First try." not in body


def test_a_reload_keeps_polling_a_pending_latest_result(learner_client: Client, learner: User,
                                                        exercise: Exercise) -> None:
    pending = make_submission(learner, exercise, kind=Submission.Kind.CHECK)

    body = page(learner_client, exercise)

    assert 'hx-get="' + reverse("grader:wait", args=[pending.pk]) + '"' in body


def test_a_refusal_is_shown_apart_and_keeps_the_pending_panel(
    learner_client: Client, learner: User, exercise: Exercise, settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.GRADER_MAX_PENDING_PER_USER = 1
    make_submission(learner, exercise)

    refused = post_code(learner_client, exercise, django_capture_on_commit_callbacks)

    assert refused.status_code == 422
    assert refused["HX-Retarget"] == "#send-notice"
    assert "waiting to be graded" in refused.content.decode()
    assert 'id="send-notice"' in page(learner_client, exercise)


def test_an_oversized_post_from_the_result_form_is_shown_apart(
    learner_client: Client, exercise: Exercise, settings: Any,
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = learner_client.post(reverse("grader:create", args=[exercise.slug]),
                                   {"code": "x" * 5000, "kind": "submit"},
                                   HTTP_HX_TARGET="result", **HTMX)

    assert response.status_code == 400
    assert response["HX-Retarget"] == "#send-notice"


def test_an_accepted_post_clears_an_earlier_refusal(
    learner_client: Client, exercise: Exercise, django_capture_on_commit_callbacks: Any,
) -> None:
    response = post_code(learner_client, exercise, django_capture_on_commit_callbacks)

    assert '<div id="send-notice" hx-swap-oob="innerHTML"></div>' in response.content.decode()


def test_the_attempt_list_refreshes_itself_while_something_is_pending(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    url = reverse("courses:attempts", args=[exercise.module.course.slug, exercise.slug])
    graded(learner, exercise)
    settled = learner_client.get(url, **HTMX).content.decode()
    make_submission(learner, exercise, kind=Submission.Kind.CHECK)

    pending = learner_client.get(url, **HTMX).content.decode()

    assert "every 1s" in pending
    assert "every 1s" not in settled


# --- The attempt list and verdicts -----------------------------------------------------------


def test_graded_attempts_are_listed_apart_from_example_checks(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    graded(learner, exercise)
    graded(learner, exercise, kind=Submission.Kind.CHECK, attempt=None)

    body = page(learner_client, exercise)

    attempts, checks = body.index("Graded attempts"), body.index("Example checks")
    assert attempts < body.index("Attempt 1") < checks
    assert checks < body.index("Example check", checks + len("Example checks"))


def test_a_failure_without_points_is_not_styled_as_partial(learner: User,
                                                           exercise: Exercise) -> None:
    nothing = graded(learner, exercise, score=0)
    half = graded(learner, exercise, score=5)
    passed = graded(learner, exercise, score=10, verdict=Submission.Verdict.PASSED)

    assert [verdict_tone(item) for item in (nothing, half, passed)] == ["bad", "partial", "ok"]


def test_a_zero_score_panel_shows_the_failure_mark(learner_client: Client, learner: User,
                                                   exercise: Exercise) -> None:
    submission = graded(learner, exercise, score=0)

    body = learner_client.get(reverse("grader:status", args=[submission.pk])).content.decode()

    assert "status-panel--bad" in body and "✗" in body and "◐" not in body
    assert '<p class="verdict__message">1 of 2 tests failed.</p>' in body  # a sentence, no trace


def test_code_spans_in_messages_are_code_elements_and_stay_escaped() -> None:
    rendered = code_spans("Define `dot`, not `<script>x</script>`; a lone ` stays.")

    assert rendered == ("Define <code>dot</code>, not <code>&lt;script&gt;x&lt;/script&gt;</code>;"
                        " a lone ` stays.")


def test_feedback_shows_code_without_backticks(learner_client: Client, learner: User,
                                               exercise: Exercise) -> None:
    tests = [{"name": "small vectors", "public": True, "weight": 1.0, "passed": False,
              "message": "Your function changed its argument `u`.", "error": ""}]
    submission = graded(learner, exercise, tests=tests, verdict=Submission.Verdict.ERROR,
                        message="Your code does not define a function named `dot`.")

    body = learner_client.get(reverse("grader:status", args=[submission.pk])).content.decode()

    assert "named <code>dot</code>." in body
    assert "argument <code>u</code>." in body
    assert "`" not in body


# --- Announcing the verdict ------------------------------------------------------------------


def test_the_page_has_one_live_region_for_verdicts_outside_the_swapped_panel(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    make_submission(learner, exercise)  # pending: its panel is replaced on every poll

    body = page(learner_client, exercise)
    panel = body[body.index('<div class="status-panel'):]
    panel = panel[:panel.index(">")]

    assert 'id="result-announcer"' in body
    assert body.index('id="result-announcer"') < body.index('id="result"')
    assert "aria-live" not in panel and "role=" not in panel


def test_a_finished_poll_announces_the_verdict_inside_the_live_region(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    running = make_submission(learner, exercise, status=Submission.Status.RUNNING)
    url = reverse("grader:status", args=[running.pk])
    still_running = learner_client.get(url, **HTMX).content.decode()
    Submission.objects.filter(pk=running.pk).update(
        status=Submission.Status.GRADED, verdict=Submission.Verdict.FAILED, score=5)

    finished = learner_client.get(url, **HTMX).content.decode()

    assert "result-announcer" not in still_running
    assert '<p id="result-announcer" hx-swap-oob="innerHTML">' in finished
    assert "Attempt 1: Failed, 5 / 10 points." in finished


def test_the_detail_page_of_a_pending_submission_has_a_live_region_of_its_own(
    learner_client: Client, learner: User, exercise: Exercise
) -> None:
    pending = make_submission(learner, exercise)

    body = learner_client.get(reverse("grader:detail", args=[pending.pk])).content.decode()

    assert '<p id="result-announcer" class="visually-hidden" role="status"' in body
