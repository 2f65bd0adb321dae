"""In-app notifications: a learner hears of every answer to a review request, every change of
a score of theirs and every deadline near; once each, in the transaction of the change, and
never of their own doing. The navigation shows how many are unread."""

from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import DueDate, Module, Progress
from exercises.models import Exercise
from gradebook import services
from notifications import services as notifications
from notifications.models import Notification
from notifications.tasks import remind_deadlines
from tests.conftest import enroll, make_user
from tests.test_gradebook import due, graded
from tests.test_staff_visible import regrade_applied, regrade_to, visible_text

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


# ---- Score changes ----

def test_an_override_notifies_the_learner_once_with_a_link_to_the_attempt(
    learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 4)

    change = services.submission_override(submission=submission, actor=instructor, score=8,
                                          reason="Rounding is fine.")

    notification = Notification.objects.get()
    assert (notification.user, notification.kind, notification.score_change,
            notification.read_at) == (learner, "score", change, None)
    assert "4 → 8/10" in notification.text and "Rounding is fine." in notification.text
    assert notification.target_url() == reverse("grader:detail", args=[submission.pk])


def test_a_score_change_is_never_notified_twice(learner, instructor, exercise) -> None:
    submission = graded(learner, exercise, 4)
    change = services.submission_override(submission=submission, actor=instructor, score=8,
                                          reason="Rounding is fine.")
    assert change is not None

    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(user=learner, kind="score", text="again",
                                    submission=submission, score_change=change)
    with pytest.raises(IntegrityError), transaction.atomic():
        notifications.score_change_notify(change=change)
    assert Notification.objects.count() == 1


def test_the_notification_is_written_in_the_transaction_of_the_change(
    learner, instructor, exercise
) -> None:
    submission = graded(learner, exercise, 4)

    with pytest.raises(RuntimeError), transaction.atomic():
        services.submission_override(submission=submission, actor=instructor, score=8,
                                     reason="Rounding is fine.")
        assert Notification.objects.count() == 1
        raise RuntimeError("the request failed after the override")

    assert not Notification.objects.exists()


def test_an_override_that_keeps_the_score_is_not_news(learner, instructor, exercise) -> None:
    submission = graded(learner, exercise, 6)

    services.submission_override(submission=submission, actor=instructor, score=6,
                                 reason="Checked: 6 is right.")

    assert not Notification.objects.exists()


def test_staff_are_not_notified_of_their_own_changes_to_their_own_work(instructor,
                                                                        exercise) -> None:
    submission = graded(instructor, exercise, 4)

    services.submission_override(submission=submission, actor=instructor, score=10,
                                 reason="Testing the override form.")

    assert not Notification.objects.exists()


def test_a_regrade_notifies_each_learner_whose_score_changed(
    learner, other_learner, instructor, exercise, monkeypatch,
    django_capture_on_commit_callbacks,
) -> None:
    changed = graded(learner, exercise, 4)
    graded(other_learner, exercise, 10)  # already 10: the regrade changes nothing
    graded(instructor, exercise, 2)  # the instructor's own work, regraded by themselves
    regrade_to(exercise, 10, monkeypatch)

    regrade_applied(exercise, instructor, "The checker now accepts column vectors.",
                    django_capture_on_commit_callbacks)

    notification = Notification.objects.get()
    assert (notification.user, notification.submission, notification.kind) == (
        learner, changed, "score")
    assert "Regraded" in notification.text and "4 → 10/10" in notification.text


# ---- Review answers ----

def test_a_review_answer_that_keeps_the_score_notifies_the_learner(learner, instructor,
                                                                   exercise) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please look")

    services.review_resolve(review=review, actor=instructor, reason="The hidden case fails.")

    notification = Notification.objects.get()
    assert (notification.user, notification.kind, notification.review) == (
        learner, "review", review)
    assert "score kept" in notification.text and "The hidden case fails." in notification.text
    assert notification.target_url() == f"{reverse('reviews:mine')}#review-{review.pk}"


def test_a_review_answer_that_changes_the_score_is_one_notification(learner, instructor,
                                                                    exercise) -> None:
    submission = graded(learner, exercise, 5)
    review = services.review_request_create(user=learner, submission=submission,
                                            message="Please look")

    services.review_resolve(review=review, actor=instructor, score=9, reason="Rounding.")

    notification = Notification.objects.get()
    assert (notification.kind, notification.review, notification.score_change.new_score) == (
        "review", review, 9)
    assert "new score 9/10" in notification.text
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(user=learner, kind="review", text="again",
                                    submission=submission, review=review)


def test_staff_answering_their_own_review_request_are_not_notified(instructor,
                                                                    exercise) -> None:
    submission = graded(instructor, exercise, 5)
    review = services.review_request_create(user=instructor, submission=submission,
                                            message="Trying the review form")

    services.review_resolve(review=review, actor=instructor, score=10, reason="Works.")

    assert not Notification.objects.exists()


# ---- Deadlines ----

@pytest.fixture
def due_soon(exercise: Exercise, learner) -> Exercise:
    enroll(learner, exercise.module.course)
    due(exercise.module, timezone.now() + timedelta(hours=5))
    return exercise


def due_at_of(exercise: Exercise) -> Any:
    return DueDate.objects.get(module=exercise.module).due_at


def test_a_learner_is_reminded_once_of_an_unsolved_exercise_due_within_a_day(
    learner, other_learner, instructor, due_soon
) -> None:
    run = enroll(other_learner, due_soon.module.course).run
    Progress.objects.create(user=other_learner, exercise=due_soon, run=run, best_score=10,
                            max_score=10, solved_at=timezone.now())  # solved: no reminder

    assert notifications.deadline_reminders_create() == 1
    assert notifications.deadline_reminders_create() == 0

    reminder = Notification.objects.get()
    assert (reminder.user, reminder.kind, reminder.exercise, reminder.due_at) == (
        learner, "deadline", due_soon, due_at_of(due_soon))
    assert "Dot product" in reminder.text
    assert reminder.target_url() == reverse("courses:exercise",
                                            args=[due_soon.module.course.slug, due_soon.slug])
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(user=learner, kind="deadline", text="again",
                                    exercise=due_soon, due_at=due_at_of(due_soon))


def test_a_reminder_shows_the_due_date_on_the_run_clock(client: Client, learner,
                                                       due_soon) -> None:
    from datetime import UTC, datetime

    run = enroll(learner, due_soon.module.course).run
    run.time_zone = "America/New_York"
    run.save()
    DueDate.objects.filter(module=due_soon.module).update(
        due_at=datetime(2026, 12, 16, 4, 59, tzinfo=UTC))
    Notification.objects.create(user=learner, kind="deadline", text="Dot product is due",
                                exercise=due_soon, due_at=datetime(2026, 12, 16, 4, 59, tzinfo=UTC))
    client.force_login(learner)

    body = client.get(reverse("notifications:index")).content.decode()

    assert "Tue 15 Dec 2026, 23:59 EST" in body and "(America/New_York)" in body
    assert "04:59 UTC" not in body


def test_a_moved_deadline_reminds_again(learner, due_soon) -> None:
    notifications.deadline_reminders_create()
    due(due_soon.module, due_at_of(due_soon) + timedelta(hours=2))

    assert notifications.deadline_reminders_create() == 1


@pytest.mark.parametrize("due_in", [timedelta(hours=25), timedelta(hours=-1)])
def test_no_reminder_far_from_the_deadline_or_after_it(learner, due_soon, due_in) -> None:
    due(due_soon.module, timezone.now() + due_in)

    assert notifications.deadline_reminders_create() == 0


def test_no_reminder_for_unpublished_exercises(learner, due_soon) -> None:
    due_soon.published = False
    due_soon.save()

    assert notifications.deadline_reminders_create() == 0


def test_the_periodic_task_sends_the_reminders(learner, due_soon) -> None:
    assert remind_deadlines.apply().get() == 1


# ---- The badge in the navigation ----

def _badge(body: str) -> str:
    """The navigation's link to the notifications, as HTML."""
    start = body.rindex("<a ", 0, body.index(f'href="{reverse("notifications:index")}"'))
    return body[start:body.index("</a>", start) + len("</a>")]


def test_the_navigation_shows_the_unread_count(client: Client, learner, instructor,
                                               exercise) -> None:
    submission = graded(learner, exercise, 4)
    services.submission_override(submission=submission, actor=instructor, score=8, reason="a")
    services.submission_override(submission=submission, actor=instructor, score=9, reason="b")
    client.force_login(learner)

    body = client.get(reverse("courses:catalog")).content.decode()

    assert 'aria-label="Notifications, 2 unread"' in _badge(body)
    assert visible_text(_badge(body).encode()) == "Notifications 2"


def test_the_navigation_shows_no_count_when_all_is_read(client: Client, learner) -> None:
    client.force_login(learner)

    body = client.get(reverse("courses:catalog")).content.decode()

    assert visible_text(_badge(body).encode()) == "Notifications"
    assert "unread" not in _badge(body)


def test_the_count_costs_one_query_and_none_in_fragments(client: Client, learner,
                                                        exercise) -> None:
    submission = graded(learner, exercise, 4)
    client.force_login(learner)

    with CaptureQueriesContext(connection) as page:
        client.get(reverse("courses:catalog"))
    with CaptureQueriesContext(connection) as fragment:
        client.get(reverse("grader:status", args=[submission.pk]), **HTMX)

    def counted(queries: CaptureQueriesContext) -> int:
        return sum("notifications_notification" in query["sql"]
                   for query in queries.captured_queries)
    assert (counted(page), counted(fragment)) == (1, 0)


# ---- The list page ----

@pytest.fixture
def three(learner, instructor, exercise) -> list[Notification]:
    submission = graded(learner, exercise, 4)
    for score, reason in ((5, "reason-one"), (6, "reason-two"), (7, "reason-three")):
        services.submission_override(submission=submission, actor=instructor, score=score,
                                     reason=reason)
    return list(Notification.objects.order_by("created_at", "id"))


def test_the_list_shows_the_newest_first_with_links(client: Client, learner,
                                                    three) -> None:
    client.force_login(learner)

    response = client.get(reverse("notifications:index"))

    page = visible_text(response.content)
    assert page.index("reason-three") < page.index("reason-two") < page.index("reason-one")
    for notification in three:
        assert reverse("notifications:open", args=[notification.pk]) in response.content.decode()


def test_opening_a_notification_marks_it_read_and_leads_to_its_subject(
    client: Client, learner, three
) -> None:
    client.force_login(learner)
    first = three[0]

    response = client.get(reverse("notifications:open", args=[first.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("grader:detail", args=[first.submission_id])
    first.refresh_from_db()
    assert first.read_at is not None
    assert Notification.objects.filter(read_at__isnull=True).count() == 2


def test_mark_all_read_clears_the_count(client: Client, learner, three) -> None:
    client.force_login(learner)

    response = client.post(reverse("notifications:read_all"))

    assert response.status_code == 302
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    body = client.get(reverse("courses:catalog")).content.decode()
    assert "unread" not in _badge(body)


def test_mark_all_read_needs_a_post(client: Client, learner, three) -> None:
    client.force_login(learner)

    assert client.get(reverse("notifications:read_all")).status_code == 405


def test_nobody_else_sees_or_opens_a_learners_notifications(client: Client, other_learner,
                                                           three) -> None:
    client.force_login(other_learner)

    listing = client.get(reverse("notifications:index"))
    opened = client.get(reverse("notifications:open", args=[three[0].pk]))
    client.post(reverse("notifications:read_all"))

    assert "reason-three" not in visible_text(listing.content)
    assert opened.status_code == 404
    assert Notification.objects.filter(read_at__isnull=True).count() == 3


def test_anonymous_users_are_sent_to_log_in(client: Client, db: None) -> None:
    response = client.get(reverse("notifications:index"))

    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_new_learner_has_an_empty_list(client: Client, db: None) -> None:
    client.force_login(make_user("newcomer"))

    response = client.get(reverse("notifications:index"))

    assert response.status_code == 200
    assert "Nothing new" in visible_text(response.content)


def test_a_module_due_date_shows_on_the_reminder(client: Client, learner, due_soon) -> None:
    notifications.deadline_reminders_create()
    client.force_login(learner)

    response = client.get(reverse("notifications:index"))

    assert isinstance(due_soon.module, Module)
    assert (due_at_of(due_soon).strftime("%a %-d %b %Y, %H:%M UTC")
            in visible_text(response.content))
