"""Clusters of wrong answers, graded for real in the sandbox: learners whose different code
gives the same wrong answers are one cluster; an instructor's note on it reaches later
submissions (of any variant, once its code has run there) and, on request, those already in
it, through their notifications; it keeps its history; a cluster becomes a mutant."""

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from authoring.models import ExerciseDraft
from exercises.models import Exercise, Variant
from exercises.packages import misconception_of
from gradebook import clusters
from grader import misconceptions
from grader.grading import run_and_judge
from grader.models import ClusterFeedback, Submission
from grader.services import submission_create, submission_grade
from notifications.models import Notification
from tests.conftest import enroll, make_user

pytestmark = [pytest.mark.sandbox, pytest.mark.django_db]

# Three ways to skip the last entry, and one other mistake.
SKIPS_LAST = [
    "def dot(u, v):\n    return sum(u[i] * v[i] for i in range(len(u) - 1))\n",
    "import numpy as np\n\ndef dot(u, v):\n    return float(np.dot(u[:-1], v[:-1]))\n",
    "def dot(u, v):\n    total = 0\n    for a, b in list(zip(u, v))[:-1]:\n"
    "        total += a * b\n    return total\n",
]
ALWAYS_ZERO = "def dot(u, v):\n    return 0.0\n"
NOTE = "Your sum seems to skip the last entry: check the range of your loop."


def graded(user: User, exercise: Exercise, code: str, capture: Any) -> Submission:
    with capture(execute=False):
        submission = submission_create(user=user, exercise=exercise, code=code)
    submission_grade(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


@pytest.fixture
def learners(exercise: Exercise) -> list[User]:
    people = [make_user(name) for name in ("ana", "ben", "cy", "dee")]
    for person in people:
        enroll(person, exercise.module.course)
    return people


@pytest.fixture
def wrong(exercise: Exercise, learners: list[User],
          django_capture_on_commit_callbacks: Any) -> list[Submission]:
    sent = [graded(person, exercise, code, django_capture_on_commit_callbacks)
            for person, code in zip(learners, SKIPS_LAST, strict=False)]
    sent.append(graded(learners[0], exercise, ALWAYS_ZERO, django_capture_on_commit_callbacks))
    return sent


def test_different_code_with_the_same_answers_is_one_cluster(
    exercise: Exercise, wrong: list[Submission],
) -> None:
    version = exercise.current_version
    assert version is not None

    found = clusters.clusters_of(version=version)

    assert [(cluster.learners, cluster.submissions) for cluster in found] == [(3, 3), (1, 1)]
    skipping, zero = found
    assert {s.behaviour for s in wrong[:3]} == {skipping.behaviour}
    assert zero.behaviour == wrong[3].behaviour != skipping.behaviour
    assert skipping.representative == wrong[2]  # the latest member stands for it
    assert [test["passed"] for test in skipping.outcomes] == [False, False]
    assert skipping.first_at == wrong[0].created_at and skipping.last_at == wrong[2].created_at
    assert clusters.cluster_count(version=version) == 2


def test_a_note_reaches_later_submissions_and_on_request_those_already_in_it(
    exercise: Exercise, wrong: list[Submission], instructor: User, learners: list[User],
    django_capture_on_commit_callbacks: Any,
) -> None:
    version = exercise.current_version
    assert version is not None
    behaviour = wrong[0].behaviour
    with django_capture_on_commit_callbacks(execute=False) as sent:
        note = clusters.cluster_feedback_write(version=version, behaviour=behaviour,
                                               text=NOTE, user=instructor, tell_members=True)

    assert len(sent) == 1  # the run of its code on every variant, after the commit
    assert note.code == wrong[2].code and note.written_by == instructor
    told = Submission.objects.filter(known_mistake=note.name)
    assert sorted(told.values_list("pk", flat=True)) == sorted(s.pk for s in wrong[:3])
    assert set(told.values_list("misconception", flat=True)) == {NOTE}
    notices = Notification.objects.filter(kind=Notification.Kind.FEEDBACK)
    assert sorted(notices.values_list("user__username", flat=True)) == ["ana", "ben", "cy"]
    assert Submission.objects.get(pk=wrong[3].pk).known_mistake == ""  # another cluster

    later = graded(learners[3], exercise, SKIPS_LAST[1], django_capture_on_commit_callbacks)

    assert (later.known_mistake, later.misconception) == (note.name, NOTE)
    client = Client()
    client.force_login(learners[3])
    page = client.get(reverse("grader:detail", args=[later.pk])).content.decode()
    assert "A note from your instructor on this answer:" in page and NOTE in page
    # Told once: telling the cluster again notifies nobody twice.
    assert clusters.cluster_feedback_tell_members(note=note) == 1  # only the newcomer
    assert notices.count() == 4


def test_once_run_on_every_variant_a_note_reaches_the_same_answers_on_another_variant(
    exercise: Exercise, wrong: list[Submission], instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    version = exercise.current_version
    assert version is not None
    other = Variant.objects.create(version=version, index=1, seed=8, cases=[
        {"name": "small vectors", "public": True, "weight": 1.0,
         "args": {"u": [2, 0, 1], "v": [1, 1, 3]}, "expected": 5.0},
        {"name": "hidden random", "public": False, "weight": 1.0,
         "args": {"u": [1.5, 2.0, -1.0], "v": [2.0, 1.0, 4.0]}, "expected": 1.0}])
    with django_capture_on_commit_callbacks(execute=False):
        note = clusters.cluster_feedback_write(version=version, behaviour=wrong[0].behaviour,
                                               text=NOTE, user=instructor)
    assert note.outputs_state == ClusterFeedback.Outputs.PENDING

    clusters.cluster_feedback_outputs_compute(note_id=note.pk)

    note.refresh_from_db()
    assert note.outputs_state == ClusterFeedback.Outputs.READY
    assert set(note.outputs) == {"0", "1"}
    # The cases of variant 1 are the jail's own (they come from the version's cases code), so
    # the note's code and a learner's run there answer the same cases.
    elsewhere = run_and_judge(code=SKIPS_LAST[0], version=version, variant=other)
    assert elsewhere.judgement.verdict == "failed"
    mistake = misconceptions.recognise(judgement=elsewhere.judgement,
                                       outputs=elsewhere.outputs, version=version,
                                       variant=other)
    assert mistake is not None and (mistake.mutant, mistake.text) == (note.name, NOTE)
    zero = run_and_judge(code=ALWAYS_ZERO, version=version, variant=other)
    assert misconceptions.recognise(judgement=zero.judgement, outputs=zero.outputs,
                                    version=version, variant=other) is None


def test_rewriting_a_note_keeps_the_earlier_text_and_updates_what_learners_read(
    exercise: Exercise, wrong: list[Submission], instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    version = exercise.current_version
    assert version is not None
    behaviour = wrong[0].behaviour
    with django_capture_on_commit_callbacks(execute=False):
        clusters.cluster_feedback_write(version=version, behaviour=behaviour, text="First.",
                                        user=instructor, tell_members=True)
        note = clusters.cluster_feedback_write(version=version, behaviour=behaviour,
                                               text=NOTE, user=instructor)

    assert [entry["text"] for entry in note.history] == ["First."]
    assert note.history[0]["by"] == instructor.username
    assert set(Submission.objects.filter(known_mistake=note.name)
               .values_list("misconception", flat=True)) == {NOTE}
    with pytest.raises(ValidationError, match="Write the note"):
        clusters.cluster_feedback_write(version=version, behaviour=behaviour, text="  ",
                                        user=instructor)
    assert ClusterFeedback.objects.get().text == NOTE


def test_a_cluster_becomes_a_mutant_of_the_draft_with_the_note_as_its_text(
    exercise: Exercise, wrong: list[Submission], instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    version = exercise.current_version
    assert version is not None
    behaviour = wrong[0].behaviour
    with pytest.raises(ValidationError, match="note first"):
        clusters.cluster_mutant(version=version, behaviour=behaviour, user=instructor)
    with django_capture_on_commit_callbacks(execute=False):
        clusters.cluster_feedback_write(version=version, behaviour=behaviour,
                                        text='Skips the last entry ("""quoted""").',
                                        user=instructor)

    mutant = clusters.cluster_mutant(version=version, behaviour=behaviour, user=instructor)

    assert mutant.added_to_draft
    draft = ExerciseDraft.objects.get(exercise=exercise)
    assert draft.mutants[mutant.name] == mutant.source
    assert misconception_of(mutant.source) == 'Skips the last entry ("""quoted""").'
    assert run_and_judge(code=mutant.source, version=version,
                         variant=version.variants.get()).judgement.verdict == "failed"


def test_a_library_exercise_gives_its_mutant_as_a_file(
    exercise: Exercise, wrong: list[Submission], instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    Exercise.objects.filter(pk=exercise.pk).update(source_path="library/la/dot-product")
    version = exercise.current_version
    assert version is not None
    with django_capture_on_commit_callbacks(execute=False):
        clusters.cluster_feedback_write(version=version, behaviour=wrong[0].behaviour,
                                        text=NOTE, user=instructor)
    client = Client()
    client.force_login(instructor)

    response = client.post(reverse("gradebook:cluster_mutant", args=[
        exercise.module.course.slug, exercise.slug, wrong[0].behaviour]), {"version": "1"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-python")
    name = f"cluster_{wrong[0].behaviour[:8]}.py"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert misconception_of(response.content.decode()) == NOTE
    assert not ExerciseDraft.objects.filter(exercise=exercise).exists()


def test_the_pages_show_the_clusters_and_save_a_note(
    exercise: Exercise, wrong: list[Submission], instructor: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = Client()
    client.force_login(instructor)
    course = exercise.module.course.slug
    listing = client.get(reverse("gradebook:clusters", args=[course, exercise.slug]))
    assert listing.status_code == 200
    body = listing.content.decode()
    assert "<strong>3</strong> learners · 3 submissions" in body
    assert "<strong>1</strong> learner · 1 submission" in body

    url = reverse("gradebook:cluster", args=[course, exercise.slug, wrong[0].behaviour])
    detail = client.get(url, {"version": "1", "show": wrong[0].pk}).content.decode()
    assert "Submission 3 of 3" in detail and "range(len(u) - 1)" in detail
    refused = client.post(url + "note/", {"text": "", "version": "1"})
    assert refused.status_code == 422 and "field--invalid" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=False):
        saved = client.post(url + "note/", {"text": NOTE, "version": "1",
                                            "tell_members": "on"})
    assert saved.status_code == 302
    assert Notification.objects.filter(kind=Notification.Kind.FEEDBACK).count() == 3
    assert NOTE in client.get(url, {"version": "1"}).content.decode()
