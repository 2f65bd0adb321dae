"""Regrades never stick half-done: one item per submission, each claimed, done once, swept;
and a draft validation lost with its worker is taken back by the sweeper.

The sandbox is replaced by a fake `run_and_judge` (the code says its score) so that faults can
be injected exactly: our failures (SandboxFailure), Celery's soft time limit, a crash between
the score change and the done-marker. Celery runs eagerly in this process: every message sent
(after the commit, as in production) runs at once, and a task's exception is logged, not
raised, as a worker would. tests/integration/test_regrade_faults.py does the same with real
workers, real kills and the real sandbox.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from authoring import services as authoring
from authoring import tasks as authoring_tasks
from authoring import validation
from authoring.models import ExerciseDraft
from config import celery_app
from courses.models import Enrollment
from exercises.models import Exercise
from gradebook import regrades, services
from gradebook.models import Regrade, ScoreChange
from grader.grading import Graded, SandboxFailure
from grader.judge import Judgement
from grader.models import Submission
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER, enroll

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

REASON = "The hidden case was wrong."


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


class FakeSandbox:
    """`run_and_judge` without a sandbox: the code says its score (`SCORE = x`).

    `fail(submission, *errors)` queues exceptions raised, one per run, before it runs normally.
    """

    def __init__(self) -> None:
        self.runs: Counter[str] = Counter()
        self.faults: dict[str, list[BaseException]] = defaultdict(list)

    def fail(self, submission: Submission, *errors: BaseException) -> None:
        self.faults[submission.code].extend(errors)

    def __call__(self, *, code: str, version: Any, variant: Any,
                 public_only: bool = False) -> Graded:
        self.runs[code] += 1
        if self.faults[code]:
            raise self.faults[code].pop(0)
        found = re.search(r"SCORE = ([\d.]+)", code)
        assert found is not None, code
        score = float(found.group(1))
        verdict = "passed" if score == 10 else "failed"
        return Graded(judgement=Judgement(verdict=verdict, score=score, max_score=10.0),
                      stdout="")

    def ran(self, submission: Submission) -> int:
        return self.runs[submission.code]


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> FakeSandbox:
    fake = FakeSandbox()
    monkeypatch.setattr(regrades, "run_and_judge", fake)
    return fake


@pytest.fixture
def eager() -> Iterator[None]:
    """Every message sent runs at once in this process; a failing task is logged, not raised."""
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = False


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Callable[[], Any]:
    """Runs what is sent after the commit (the test's own transaction never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def learners(count: int) -> list[User]:
    return [User.objects.create(username=f"learner{i:02d}") for i in range(count)]


def graded(user: User, exercise: Exercise, *, score: float, regraded: float,
           override: float | None = None) -> Submission:
    """A graded submission whose code scores `regraded` when it is graded again."""
    run = enroll(user, exercise.module.course).run
    version = exercise.current_version
    assert version is not None
    return Submission.objects.create(
        user=user, exercise=exercise, exercise_version=version, run=run,
        variant=version.variants.get(index=0), code=f"# {user.username}\nSCORE = {regraded}\n",
        attempt=1, status="graded", score=score, max_score=10.0,
        verdict="passed" if score == 10 else "failed", score_override=override,
        graded_at=timezone.now(),
    )


def create(exercise: Exercise, instructor: User, committed: Callable[[], Any]) -> Regrade:
    with committed():
        regrade = regrades.regrade_create(exercise=exercise, actor=instructor,
                                          submission_ids=None, include_overridden=False,
                                          reason=REASON)
    return Regrade.objects.get(pk=regrade.pk)


def start(regrade: Regrade, committed: Callable[[], Any]) -> Regrade:
    with committed():
        regrades.regrade_start(regrade=regrade)
    return Regrade.objects.get(pk=regrade.pk)


def sweep(committed: Callable[[], Any]) -> dict[str, int]:
    with committed():
        return regrades.regrades_sweep()


def counts(found: dict[str, Any] | None) -> dict[str, int]:
    assert found is not None
    return {key: found[key] for key in ("up", "down", "same", "kept", "failed")}


def changes_per_submission() -> Counter[int]:
    return Counter(ScoreChange.objects.filter(source="regrade")
                   .values_list("submission_id", flat=True))


def scores() -> dict[int, float]:
    return dict(Submission.objects.values_list("pk", "score"))


@pytest.fixture
def twelve(exercise: Exercise) -> list[Submission]:
    """Twelve learners at 5 points whose code now earns 10."""
    return [graded(user, exercise, score=5, regraded=10) for user in learners(12)]


# ---- Preview and apply, one item per submission ----

def test_a_preview_grades_each_submission_and_saves_nothing(
    exercise: Exercise, instructor: User, sandbox: FakeSandbox, eager: None,
    committed: Callable[[], Any],
) -> None:
    up, down, same = (graded(user, exercise, score=5, regraded=new)
                      for user, new in zip(learners(3), (10, 0, 5), strict=True))
    kept = graded(User.objects.create(username="kept"), exercise, score=5, regraded=10,
                  override=7)
    before = scores()

    regrade = create(exercise, instructor, committed)

    assert regrade.status == "previewed"
    assert counts(regrade.preview) == {"up": 1, "down": 1, "same": 1, "kept": 1, "failed": 0}
    rows = {row["id"]: (row["old"], row["new"], row["change"]) for row in regrade.preview["rows"]}
    assert rows == {up.pk: (5, 10, "up"), down.pk: (5, 0, "down"), same.pk: (5, 5, "same"),
                    kept.pk: (7, 7, "kept")}
    assert scores() == before and not ScoreChange.objects.exists()
    assert sandbox.ran(kept) == 0  # a kept override is not even run

    regrade = start(regrade, committed)
    assert regrade.status == "applied"
    assert counts(regrade.result) == counts(regrade.preview)
    assert scores() == {**before, up.pk: 10, down.pk: 0}
    assert changes_per_submission() == {up.pk: 1, down.pk: 1}


def test_a_soft_time_limit_is_not_the_learners_failure_and_the_regrade_still_completes(
    exercise: Exercise, instructor: User, sandbox: FakeSandbox, eager: None,
    committed: Callable[[], Any], settings: Any,
) -> None:
    slow, *others = (graded(user, exercise, score=5, regraded=10) for user in learners(3))
    sandbox.fail(slow, SoftTimeLimitExceeded())

    regrade = create(exercise, instructor, committed)

    # The interrupted item stays claimed: not a learner's failure, not a result at all.
    assert (regrade.status, regrade.preview) == ("previewing", None)
    settings.GRADER_LEASE_SECONDS = 0  # its lease has run out: the sweeper takes it back
    assert sweep(committed) == {"previews": 1, "applies": 0}
    regrade.refresh_from_db()
    assert regrade.status == "previewed"
    assert counts(regrade.preview) == {"up": 3, "down": 0, "same": 0, "kept": 0, "failed": 0}

    sandbox.fail(slow, SoftTimeLimitExceeded())  # and once more while applying
    regrade = start(regrade, committed)
    assert regrade.status == "applying"
    assert Submission.objects.get(pk=slow.pk).score == 5
    assert sweep(committed) == {"previews": 0, "applies": 1}
    regrade.refresh_from_db()
    assert regrade.status == "applied"
    assert changes_per_submission() == {slow.pk: 1, others[0].pk: 1, others[1].pk: 1}


def test_our_sandbox_failure_is_retried_and_never_the_learners_new_score(
    exercise: Exercise, instructor: User, sandbox: FakeSandbox, eager: None,
    committed: Callable[[], Any], settings: Any,
) -> None:
    flaky, broken = (graded(user, exercise, score=5, regraded=10) for user in learners(2))
    regrade = create(exercise, instructor, committed)
    sandbox.fail(flaky, SandboxFailure("the zygote died"))  # once: retried, then fine
    sandbox.fail(broken, *[SandboxFailure("the zygote died")] * 10)

    regrade = start(regrade, committed)

    assert regrade.status == "failed"
    assert "learner01" in regrade.message and "the sandbox failed on our side" in regrade.message
    assert "learner00" not in regrade.message
    assert counts(regrade.result) == {"up": 1, "down": 0, "same": 0, "kept": 0, "failed": 1}
    assert scores() == {flaky.pk: 10, broken.pk: 5}
    assert changes_per_submission() == {flaky.pk: 1}
    assert sandbox.ran(broken) == 1 + settings.GRADER_MAX_DELIVERIES  # preview, then each try


# ---- Exactly once ----

def test_a_redelivered_item_changes_the_grade_once(
    twelve: list[Submission], exercise: Exercise, instructor: User, sandbox: FakeSandbox,
    eager: None, committed: Callable[[], Any],
) -> None:
    regrade = start(create(exercise, instructor, committed), committed)
    assert regrade.status == "applied"

    from gradebook import tasks

    with committed():
        for item in regrade.items.all():  # every message delivered once more
            tasks.regrade_item.send(item.pk)
        tasks.regrade_apply.send(regrade.pk)
    assert changes_per_submission() == dict.fromkeys((s.pk for s in twelve), 1)
    assert all(sandbox.ran(s) == 2 for s in twelve)  # once to preview, once to apply


def test_the_done_marker_and_the_score_change_commit_together(
    twelve: list[Submission], exercise: Exercise, instructor: User, sandbox: FakeSandbox,
    eager: None, committed: Callable[[], Any], monkeypatch: pytest.MonkeyPatch,
    settings: Any,
) -> None:
    regrade = create(exercise, instructor, committed)
    first = twelve[0]
    recompute = services.progress_recompute
    crashes = [RuntimeError("the worker died mid-write")]

    def crash_once(**kwargs: Any) -> Any:
        if kwargs["user_id"] == first.user_id and crashes:
            raise crashes.pop()
        return recompute(**kwargs)

    monkeypatch.setattr(services, "progress_recompute", crash_once)
    regrade = start(regrade, committed)

    # The crash came after the ScoreChange row was written: both were rolled back.
    assert regrade.status == "applying"
    item = regrade.items.get(phase="apply", submission=first)
    assert item.state == "running"
    assert Submission.objects.get(pk=first.pk).score == 5
    assert first.pk not in changes_per_submission()

    settings.GRADER_LEASE_SECONDS = 0
    assert sweep(committed)["applies"] == 1
    regrade.refresh_from_db()
    assert regrade.status == "applied"
    assert changes_per_submission() == dict.fromkeys((s.pk for s in twelve), 1)


# ---- The sweeper ----

def test_the_sweeper_gives_up_on_an_item_that_keeps_getting_lost(
    exercise: Exercise, instructor: User, sandbox: FakeSandbox, eager: None,
    committed: Callable[[], Any], settings: Any,
) -> None:
    lost, fine = (graded(user, exercise, score=5, regraded=10) for user in learners(2))
    cap = settings.GRADER_MAX_DELIVERIES
    sandbox.fail(lost, *[SoftTimeLimitExceeded()] * cap)
    regrade = create(exercise, instructor, committed)
    settings.GRADER_LEASE_SECONDS = 0

    for _ in range(cap - 1):
        assert sweep(committed) == {"previews": 1, "applies": 0}
    assert sweep(committed) == {"previews": 0, "applies": 0}

    regrade.refresh_from_db()
    assert regrade.status == "failed"
    assert "learner00" in regrade.message and f"{cap} times" in regrade.message
    assert counts(regrade.preview) == {"up": 1, "down": 0, "same": 0, "kept": 0, "failed": 1}
    assert sandbox.ran(lost) == cap and sandbox.ran(fine) == 1


def test_the_sweeper_sends_pending_items_whose_message_was_lost(
    twelve: list[Submission], exercise: Exercise, instructor: User, sandbox: FakeSandbox,
    committed: Callable[[], Any], settings: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gradebook import tasks

    sent: list[int] = []
    monkeypatch.setattr(tasks.regrade_preview, "send", lambda pk, **_: sent.append(pk) or True)
    regrade = create(exercise, instructor, committed)
    assert sent == [regrade.pk]  # one message from the web request; the worker fans out
    assert regrade.items.filter(state="pending").count() == 12

    items: list[int] = []
    monkeypatch.setattr(tasks.regrade_item, "send", lambda pk, **_: items.append(pk) or True)
    settings.GRADER_REQUEUE_AFTER_SECONDS = 60
    assert sweep(committed) == {"previews": 12, "applies": 0}  # never sent: sent now
    assert sweep(committed) == {"previews": 0, "applies": 0}  # sent a moment ago: left alone
    assert sorted(items) == sorted(regrade.items.values_list("pk", flat=True))


# ---- Resume and progress, from the page ----

def test_resuming_a_failed_regrade_applies_only_the_missing_items(
    client: Client, twelve: list[Submission], exercise: Exercise, instructor: User,
    sandbox: FakeSandbox, eager: None, committed: Callable[[], Any],
) -> None:
    regrade = create(exercise, instructor, committed)
    broken = twelve[3:5]
    for submission in broken:
        sandbox.fail(submission, *[SandboxFailure("no zygote")] * 10)
    regrade = start(regrade, committed)
    assert regrade.status == "failed"
    assert "learner03" in regrade.message and "learner04" in regrade.message
    assert len(changes_per_submission()) == 10

    for submission in broken:
        sandbox.faults[submission.code].clear()  # our side is fixed
    client.force_login(instructor)
    page = client.get(reverse("gradebook:regrade", args=[regrade.pk])).content.decode()
    assert "Could not regrade 2 of 12" in page and "Retry" in page
    with committed():
        response = client.post(reverse("gradebook:regrade_resume", args=[regrade.pk]))
    assert response.status_code == 302

    regrade.refresh_from_db()
    assert regrade.status == "applied" and regrade.message == ""
    assert counts(regrade.result) == {"up": 12, "down": 0, "same": 0, "kept": 0, "failed": 0}
    assert changes_per_submission() == dict.fromkeys((s.pk for s in twelve), 1)
    assert all(sandbox.ran(s) == 2 for s in twelve if s not in broken)  # never run again
    assert scores() == dict.fromkeys((s.pk for s in twelve), 10)


def test_the_regrade_page_shows_progress_then_the_final_counts(
    client: Client, twelve: list[Submission], exercise: Exercise, instructor: User,
    sandbox: FakeSandbox, eager: None, committed: Callable[[], Any], settings: Any,
) -> None:
    for submission in twelve[7:]:
        sandbox.fail(submission, SoftTimeLimitExceeded())
    regrade = create(exercise, instructor, committed)
    client.force_login(instructor)

    page = client.get(reverse("gradebook:regrade", args=[regrade.pk])).content.decode()
    assert "7 of 12 graded" in page
    assert re.search(r'<progress[^>]*max="12"[^>]*value="7"', page), page
    fragment = client.get(reverse("gradebook:regrade_progress", args=[regrade.pk]))
    text = fragment.content.decode()
    assert "7 of 12 graded" in text and "hx-get" in text  # it keeps polling
    assert "<html" not in text

    settings.GRADER_LEASE_SECONDS = 0
    sweep(committed)
    text = client.get(reverse("gradebook:regrade_progress", args=[regrade.pk])).content.decode()
    assert "12 of 12 graded" in text and "hx-get" not in text  # done: polling stops
    assert re.search(r"Up</dt>\s*<dd[^>]*>12<", text), text
    assert "Regrade 12 submissions" in text  # the preview is ready to apply


def test_a_stalled_regrade_can_be_resumed_and_a_running_one_cannot(
    client: Client, twelve: list[Submission], exercise: Exercise, instructor: User,
    sandbox: FakeSandbox, eager: None, committed: Callable[[], Any], settings: Any,
) -> None:
    sandbox.fail(twelve[0], SoftTimeLimitExceeded())
    regrade = create(exercise, instructor, committed)
    client.force_login(instructor)
    url = reverse("gradebook:regrade_resume", args=[regrade.pk])

    with committed():
        client.post(url)  # within its lease: the item may still be running somewhere
    regrade.refresh_from_db()
    assert regrade.status == "previewing"
    assert sandbox.ran(twelve[0]) == 1

    Regrade.objects.filter(pk=regrade.pk).update(enqueued_at=timezone.now() - timedelta(hours=1))
    regrade.items.update(started_at=timezone.now() - timedelta(hours=1),
                         finished_at=timezone.now() - timedelta(hours=1))
    assert "Resume" in client.get(reverse("gradebook:regrade", args=[regrade.pk])).content.decode()
    with committed():
        assert client.post(url).status_code == 302
    regrade.refresh_from_db()
    assert regrade.status == "previewed"
    assert sandbox.ran(twelve[0]) == 2 and sandbox.ran(twelve[1]) == 1


@pytest.mark.parametrize(("persona", "expected"), [
    ("anonymous", 302), ("learner", 404), ("other_instructor", 404),
])
def test_only_the_courses_staff_see_progress_or_resume(
    client: Client, persona: str, expected: int, twelve: list[Submission], exercise: Exercise,
    instructor: User, learner: User, sandbox: FakeSandbox, eager: None,
    committed: Callable[[], Any],
) -> None:
    from courses.models import Course
    from tests.conftest import make_user

    sandbox.fail(twelve[0], *[SandboxFailure("x")] * 10)
    regrade = create(exercise, instructor, committed)
    assert regrade.status == "failed"
    if persona == "learner":
        client.force_login(learner)
    elif persona == "other_instructor":
        other = make_user("otherprof")
        enroll(other, Course.objects.create(slug="p", title="P"), Enrollment.Role.INSTRUCTOR)
        client.force_login(other)
    progress = client.get(reverse("gradebook:regrade_progress", args=[regrade.pk]))
    with committed():
        resume = client.post(reverse("gradebook:regrade_resume", args=[regrade.pk]))
    assert (progress.status_code, resume.status_code) == (expected, expected)
    assert Regrade.objects.get(pk=regrade.pk).status == "failed"


# ---- Draft validations lost with their worker (authoring.validation's sweep) ----

OFF_BY_ONE = ("def dot(u, v):\n    total = 0.0\n    for i in range(len(u) - 1):\n"
              "        total += u[i] * v[i]\n    return total\n")


@pytest.fixture
def lost_validation(module: Any, instructor: User, django_capture_on_commit_callbacks: Any,
                    monkeypatch: pytest.MonkeyPatch) -> tuple[ExerciseDraft, list[int]]:
    """A validation a worker claimed and never finished; what the sweeper sends, recorded."""
    content = authoring.DraftContent(
        title="Dot", entry="dot", variants=1, statement_md="Compute $u \\cdot v$.",
        starter=DOT_STARTER, solution=DOT_SOLUTION, cases=DOT_CASES,
        checks=[{"check": "close"}], mutants={"off_by_one": OFF_BY_ONE})
    draft = authoring.draft_create(user=instructor, module=module, slug="authored-dot",
                                   content=content)
    with django_capture_on_commit_callbacks(execute=False):
        validation.draft_request_validation(draft=draft)
    assert validation.claim_validation(draft.pk) is not None
    sent: list[int] = []
    monkeypatch.setattr(authoring_tasks.validate_draft, "send",
                        lambda pk, **_: sent.append(pk) or True)
    return draft, sent


def _draft_lost(draft: ExerciseDraft, *, requested_leases_ago: int = 1) -> None:
    lease = timedelta(seconds=validation.VALIDATION_LEASE_SECONDS)
    ExerciseDraft.objects.filter(pk=draft.pk).update(
        validation_started_at=timezone.now() - lease - timedelta(seconds=1),
        validation_requested_at=timezone.now() - requested_leases_ago * lease
        - timedelta(seconds=2))


def test_the_sweeper_takes_back_a_validation_lost_with_its_worker(
    lost_validation: tuple[ExerciseDraft, list[int]],
) -> None:
    draft, sent = lost_validation
    assert validation.validations_sweep() == {"enqueued": 0}  # within its lease: running
    assert ExerciseDraft.objects.get(pk=draft.pk).validation_status == "running"

    _draft_lost(draft)
    assert validation.validations_sweep() == {"enqueued": 1}
    assert sent == [draft.pk]
    assert ExerciseDraft.objects.get(pk=draft.pk).validation_status == "queued"
    assert validation.claim_validation(draft.pk) is not None  # the same run, taken again


def test_a_validation_that_keeps_losing_its_worker_ends_saying_so(
    lost_validation: tuple[ExerciseDraft, list[int]], settings: Any,
) -> None:
    draft, sent = lost_validation
    _draft_lost(draft, requested_leases_ago=settings.GRADER_MAX_DELIVERIES)

    assert validation.validations_sweep() == {"enqueued": 0}
    found = ExerciseDraft.objects.get(pk=draft.pk)
    assert found.validation_status == "failed" and sent == []
    assert "did not finish" in found.validation_report["problems"][0]


# ---- The upgrade: regrades in flight keep going ----

@pytest.mark.django_db(transaction=True)
def test_a_regrade_stuck_applying_at_the_upgrade_finishes_without_changing_a_grade_twice(
    exercise: Exercise, instructor: User, sandbox: FakeSandbox, eager: None,
    settings: Any,
) -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    twelve = [graded(user, exercise, score=5, regraded=10) for user in learners(12)]
    before = [("gradebook", "0002_regrade_enqueued_at")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    # Today's failure: the single task applied 8 of 12, then was killed; its claim is taken.
    stuck = old.get_model("gradebook", "Regrade").objects.create(
        exercise_id=exercise.pk, version_id=exercise.current_version_id,
        requested_by_id=instructor.pk, submission_ids=[s.pk for s in twelve], reason=REASON,
        status="applying", result={})
    for submission in twelve[:8]:
        Submission.objects.filter(pk=submission.pk).update(score=10)
        old.get_model("gradebook", "ScoreChange").objects.create(
            submission_id=submission.pk, changed_by_id=instructor.pk, source="regrade",
            old_score=5, new_score=10, reason=REASON, regrade_id=stuck.pk)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    regrade = Regrade.objects.get(pk=stuck.pk)
    assert (regrade.status, regrade.result) == ("applying", None)
    assert regrade.progress().finished == 8
    settings.GRADER_REQUEUE_AFTER_SECONDS = 0
    assert regrades.regrades_sweep() == {"previews": 0, "applies": 4}
    regrade.refresh_from_db()
    assert regrade.status == "applied"
    assert changes_per_submission() == dict.fromkeys((s.pk for s in twelve), 1)
    assert all(sandbox.ran(s) == (0 if s in twelve[:8] else 1) for s in twelve)
