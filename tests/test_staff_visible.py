"""What staff did to a grade is visible to its learner: overrides, regrades and review answers
on the attempt page, the way to one's review requests, and the regrade page's warning about
changes that are saved but not published."""

import html
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils.html import strip_tags

from authoring.services import draft_ensure
from exercises.models import Exercise
from gradebook import regrades, selectors, services
from gradebook.models import Regrade, ScoreChange
from grader.grading import Graded
from grader.judge import Judgement
from grader.models import Submission
from tests.test_gradebook import graded

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def visible_text(body: bytes) -> str:
    """The page as a reader sees it: no tags, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(strip_tags(body.decode())).split())


def attempt_page(client: Client, user: User, submission: Submission) -> str:
    client.force_login(user)
    response = client.get(reverse("grader:detail", args=[submission.pk]))
    assert response.status_code == 200
    return visible_text(response.content)


def regrade_to(exercise: Exercise, score: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox, replaced: every submission regraded now earns `score`."""
    def run_and_judge(**_: Any) -> Graded:
        verdict = "passed" if score == exercise.points else "failed"
        return Graded(judgement=Judgement(verdict=verdict, score=score,
                                          max_score=float(exercise.points)), stdout="")
    monkeypatch.setattr(regrades, "run_and_judge", run_and_judge)


def regrade_applied(exercise: Exercise, actor: User, reason: str,
                    capture: Any) -> Regrade:
    """A regrade previewed and applied, each item run as its worker would."""
    with capture(execute=False):
        regrade = regrades.regrade_create(exercise=exercise, actor=actor, submission_ids=None,
                                          include_overridden=False, reason=reason)
    for item in regrade.items.all():
        regrades.regrade_item_run(item_id=item.pk)
    with capture(execute=False):
        regrades.regrade_start(regrade=Regrade.objects.get(pk=regrade.pk))
    for item in regrade.items.filter(phase="apply"):
        regrades.regrade_item_run(item_id=item.pk)
    return Regrade.objects.get(pk=regrade.pk)


# ---- 1. The attempt page says what happened to the grade ----

def test_an_override_shows_on_the_attempt_page_with_its_reason_who_and_when(
    client: Client, learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 4)
    change = services.submission_override(submission=submission, actor=instructor, score=8,
                                          reason="The method is right; only rounding differs.")
    assert change is not None

    page = attempt_page(client, learner, submission)

    assert ("8/10 — changed by your instructor: The method is right; only rounding differs."
            in page)
    assert instructor.username in page
    assert change.created_at.strftime("%-d %b %Y") in page


def test_a_regrade_shows_its_reason_and_the_old_and_new_score(
    client: Client, learner, instructor, exercise, monkeypatch,
    django_capture_on_commit_callbacks,
) -> None:
    submission = graded(learner, exercise, 4)
    regrade_to(exercise, 10, monkeypatch)

    regrade_applied(exercise, instructor, "The checker now accepts column vectors.",
                    django_capture_on_commit_callbacks)

    assert ScoreChange.objects.get(source="regrade").new_score == 10
    page = attempt_page(client, learner, submission)
    assert "Regraded: 4 → 10/10 — The checker now accepts column vectors." in page


def test_a_review_that_keeps_the_score_shows_its_answer(client: Client, learner, instructor,
                                                       exercise) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Is the hidden case right?")
    services.review_resolve(review=review, actor=instructor,
                            reason="Yes: it checks an empty vector.")

    page = attempt_page(client, learner, submission)

    assert "Is the hidden case right?" in page
    assert "Review answered: score kept (5/10) — Yes: it checks an empty vector." in page


def test_a_review_that_changes_the_score_shows_the_new_score_and_reason(
    client: Client, learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Rounding only.")
    services.review_resolve(review=review, actor=instructor, score=9,
                            reason="Rounding to two places is fine.")

    page = attempt_page(client, learner, submission)

    assert "Review answered: new score 9/10 (was 5) — Rounding to two places is fine." in page
    assert "9/10 — changed by your instructor: Rounding to two places is fine." in page


def test_an_attempt_page_shows_only_its_own_grade_history(client: Client, learner,
                                                         instructor, exercise) -> None:
    first = graded(learner, exercise, 4)
    second = graded(learner, exercise, 6)
    services.submission_override(submission=first, actor=instructor, score=7,
                                 reason="Only the first attempt is concerned.")

    assert "Only the first attempt is concerned." in attempt_page(client, learner, first)
    page = attempt_page(client, learner, second)
    assert "Only the first attempt is concerned." not in page
    assert "changed by your instructor" not in page


def test_the_grade_history_reads_only_the_learners_own_submission(learner, other_learner,
                                                                  instructor, exercise) -> None:
    submission = graded(learner, exercise, 4)
    services.submission_override(submission=submission, actor=instructor, score=8,
                                 reason="Fine.")

    assert len(selectors.grade_history(user=learner, submission=submission).changes) == 1
    stranger = selectors.grade_history(user=other_learner, submission=submission)
    assert (stranger.changes, stranger.reviews) == ([], [])


def test_the_grade_include_marks_an_override_for_attempt_lists(learner, instructor,
                                                               exercise) -> None:
    overridden = graded(learner, exercise, 4)
    services.submission_override(submission=overridden, actor=instructor, score=8,
                                 reason="Fine.")
    overridden.refresh_from_db()
    plain = graded(learner, exercise, 6)

    def shown(submission: Submission) -> str:
        rendered = render_to_string("gradebook/_grade.html", {"submission": submission})
        return visible_text(rendered.encode())

    assert shown(overridden) == "8/10✎ (changed by your instructor)"
    assert shown(plain) == "6/10"


# ---- 2. The way to one's review requests ----

@pytest.mark.parametrize("persona", ["learner", "instructor"])
def test_my_review_requests_is_in_the_navigation_of_every_signed_in_user(
    client: Client, persona: str, learner, instructor, exercise
) -> None:
    client.force_login(learner if persona == "learner" else instructor)

    body = client.get(reverse("courses:catalog")).content.decode()

    navigation = body.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{reverse("reviews:mine")}"' in navigation
    assert "My review requests" in navigation


def test_the_attempt_page_offers_a_review_and_the_list_of_requests(client: Client, learner,
                                                                  exercise) -> None:
    submission = graded(learner, exercise, 5)
    client.force_login(learner)

    body = client.get(reverse("grader:detail", args=[submission.pk])).content.decode()

    assert f'href="{reverse("reviews:create", args=[submission.pk])}"' in body
    assert f'href="{reverse("reviews:mine")}"' in body.split("</header>", 1)[1]


def test_the_attempt_page_leads_to_the_open_request_instead_of_asking_again(
    client: Client, learner, exercise
) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please look again.")
    client.force_login(learner)

    response = client.get(reverse("grader:detail", args=[submission.pk]))

    body = response.content.decode()
    assert f'href="{reverse("reviews:create", args=[submission.pk])}"' not in body
    assert f'href="{reverse("reviews:mine")}#review-{review.pk}"' in body
    assert "See your review request" in visible_text(response.content)
    assert "waiting for an answer" in visible_text(response.content)


# ---- 4. A regrade does not use saved, unpublished changes: the page says so ----

@pytest.fixture
def unpublished_changes(exercise: Exercise, instructor: User) -> Exercise:
    """The exercise after "Save and validate" but before "Publish"."""
    draft = draft_ensure(exercise=exercise, user=instructor)
    draft.solution += "\n# a better reference, not published yet\n"
    draft.save()
    assert draft.has_unpublished_changes
    return exercise


WARNING = "has unpublished changes"


def test_the_regrade_form_warns_that_unpublished_changes_are_not_used(
    client: Client, instructor, learner, unpublished_changes
) -> None:
    exercise = unpublished_changes
    graded(learner, exercise, 5)
    client.force_login(instructor)

    response = client.get(reverse("gradebook:regrade_new",
                                  args=[exercise.module.course.slug, exercise.slug]))

    page = visible_text(response.content)
    assert WARNING in page
    assert "will not use them" in page
    assert f'href="{reverse("authoring:edit", args=[exercise.slug])}"' in response.content.decode()


def test_the_regrade_preview_warns_that_unpublished_changes_are_not_used(
    client: Client, instructor, learner, unpublished_changes, django_capture_on_commit_callbacks
) -> None:
    exercise = unpublished_changes
    graded(learner, exercise, 5)
    with django_capture_on_commit_callbacks(execute=False):
        regrade = regrades.regrade_create(exercise=exercise, actor=instructor,
                                          submission_ids=None, include_overridden=False,
                                          reason="check fixed")
    client.force_login(instructor)

    response = client.get(reverse("gradebook:regrade", args=[regrade.pk]))

    assert WARNING in visible_text(response.content)


def test_the_regrade_form_says_nothing_when_everything_is_published(
    client: Client, instructor, learner, exercise
) -> None:
    draft_ensure(exercise=exercise, user=instructor)
    graded(learner, exercise, 5)
    client.force_login(instructor)

    response = client.get(reverse("gradebook:regrade_new",
                                  args=[exercise.module.course.slug, exercise.slug]))

    assert response.status_code == 200
    assert WARNING not in visible_text(response.content)
