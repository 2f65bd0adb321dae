"""Wrong answers grouped by behaviour, and an instructor's note written once for a whole group.

A cluster is the failing submissions of one exercise version with one behaviour key
(grader.behaviour: the same outcome and, within the exercise's tolerance, the same answer on
every case), whatever their code looks like. A note on a cluster (ClusterFeedback) is a known
mistake of the version: the worker tells it to every later submission of the cluster and, once
its representative's code has run on every variant (here, on the staff queue), to submissions
of other variants that give the same answers (grader.misconceptions). On request, the learners
already in the cluster are told too, through their notifications. A cluster's representative
can become a mutant of the exercise's package, so that validation keeps catching it.
"""

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max, Min, QuerySet
from django.http import Http404
from django.utils import timezone

from authoring import services as authoring_services
from courses.models import Enrollment
from courses.permissions import TEACHING_ROLES
from exercises.models import Exercise, ExerciseVersion
from exercises.services import stored_outputs
from gradebook import tasks  # the module, not its names: tasks imports this module back
from grader.grading import SandboxFailure, run_and_judge
from grader.models import ClusterFeedback, Submission
from notifications.services import cluster_feedback_notify

logger = logging.getLogger(__name__)

NOTE_MAX_CHARS = 2000
SHOWN_CLUSTERS = 50


@dataclass(frozen=True)
class Cluster:
    behaviour: str
    learners: int
    submissions: int
    first_at: datetime
    last_at: datetime
    representative: Submission  # its latest member
    feedback: ClusterFeedback | None

    @property
    def outcomes(self) -> list[dict[str, object]]:
        """The representative's tests: what every member did, case by case."""
        return list(self.representative.tests or [])

    @property
    def failed_tests(self) -> int:
        return sum(not test.get("passed") for test in self.outcomes)


# ---- Reads ----

def versions_with_clusters(*, exercise: Exercise) -> list[tuple[ExerciseVersion, int]]:
    """The exercise's versions that have failing submissions, newest first, with their count."""
    counts = dict(_failing(exercise=exercise).values_list("exercise_version")
                  .annotate(count=Count("pk")).values_list("exercise_version", "count"))
    versions = exercise.versions.filter(pk__in=counts).order_by("-number")
    return [(version, counts[version.pk]) for version in versions]


def clusters_of(*, version: ExerciseVersion, limit: int = SHOWN_CLUSTERS) -> list[Cluster]:
    """The largest clusters first: by learners, then submissions, then the most recent."""
    rows = list(_summaries(_failing(version=version)).order_by(
        "-learners", "-submissions", "-last_at", "behaviour")[:limit])
    return _clusters(version, rows)


def cluster_count(*, version: ExerciseVersion) -> int:
    return _failing(version=version).values("behaviour").distinct().count()


def cluster_of(*, version: ExerciseVersion, behaviour: str) -> Cluster:
    rows = list(_summaries(_failing(version=version).filter(behaviour=behaviour)))
    if not rows:
        raise Http404("No such cluster of wrong answers.")
    return _clusters(version, rows)[0]


def cluster_members(*, version: ExerciseVersion, behaviour: str) -> QuerySet[Submission]:
    """Every submission in the cluster, newest first, with its learner."""
    return (_failing(version=version).filter(behaviour=behaviour).select_related("user")
            .only("pk", "code", "attempt", "created_at", "score", "score_override",
                  "max_score", "known_mistake", "misconception", "user__username",
                  "user__first_name", "user__last_name").order_by("-created_at", "-pk"))


def _summaries(submissions: QuerySet[Submission]) -> Any:  # rows of dicts (stubs cannot say)
    """One row per behaviour: its learners, submissions, first and last time, latest member."""
    return submissions.values("behaviour").annotate(
        learners=Count("user_id", distinct=True), submissions=Count("pk"),
        first_at=Min("created_at"), last_at=Max("created_at"), latest=Max("pk"))


def _failing(*, version: ExerciseVersion | None = None,
             exercise: Exercise | None = None) -> QuerySet[Submission]:
    """Learners' graded, failing submissions (staff trying things out are not the class)."""
    exercise = exercise or (version.exercise if version else None)
    assert exercise is not None
    staff = Enrollment.objects.filter(run__course=exercise.module.course_id,
                                      role__in=TEACHING_ROLES).values("user_id")
    found = Submission.objects.filter(exercise=exercise, kind=Submission.Kind.SUBMIT,
                                      status=Submission.Status.GRADED).exclude(behaviour="")
    if version is not None:
        found = found.filter(exercise_version=version)
    return found.exclude(user_id__in=staff)


def _clusters(version: ExerciseVersion, rows: Sequence[Mapping[str, Any]]) -> list[Cluster]:
    latest = Submission.objects.select_related("variant", "user").in_bulk(
        [row["latest"] for row in rows])
    notes = {note.behaviour: note for note in ClusterFeedback.objects.filter(
        version=version, behaviour__in=[row["behaviour"] for row in rows])
        .select_related("written_by")}
    return [Cluster(behaviour=row["behaviour"], learners=row["learners"],
                    submissions=row["submissions"], first_at=row["first_at"],
                    last_at=row["last_at"], representative=latest[row["latest"]],
                    feedback=notes.get(row["behaviour"])) for row in rows]


# ---- Writes ----

@transaction.atomic
def cluster_feedback_write(*, version: ExerciseVersion, behaviour: str, text: str, user: User,
                           tell_members: bool = False) -> ClusterFeedback:
    """Writes (or rewrites) the cluster's note; the earlier text stays in its history."""
    text = _clean_note(text)
    cluster = cluster_of(version=version, behaviour=behaviour)
    note = (ClusterFeedback.objects.select_for_update()
            .filter(version=version, behaviour=behaviour).first())
    if note is None:
        representative = cluster.representative
        note = ClusterFeedback.objects.create(
            version=version, behaviour=behaviour, text=text, written_by=user,
            representative=representative, code=representative.code)
        tasks.cluster_feedback_outputs.send_on_commit(note.pk)
    elif note.text != text:
        note.history = [*note.history, {
            "text": note.text, "by": note.written_by.get_username() if note.written_by else "",
            "at": note.updated_at.isoformat()}]
        note.text, note.written_by = text, user
        note.save(update_fields=["text", "written_by", "history", "updated_at"])
        # Those it was told to read its current text.
        Submission.objects.filter(exercise_version=version, known_mistake=note.name).update(
            misconception=text)
    if tell_members:
        cluster_feedback_tell_members(note=note)
    return note


def _clean_note(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError("Write the note the learners in this cluster will read.")
    if len(text) > NOTE_MAX_CHARS:
        raise ValidationError(f"Keep the note under {NOTE_MAX_CHARS} characters "
                              f"(it has {len(text)}).")
    return text


def cluster_feedback_tell_members(*, note: ClusterFeedback) -> int:
    """Shows the note on every submission already in the cluster and tells each learner once
    (on their latest submission there). Returns how many learners were told now."""
    members = _failing(version=note.version).filter(behaviour=note.behaviour)
    members.update(known_mistake=note.name, misconception=note.text)
    latest_ids = members.values("user_id").annotate(latest=Max("pk")).values_list(
        "latest", flat=True)
    told = cluster_feedback_notify(note=note, submissions=Submission.objects.filter(
        pk__in=list(latest_ids)).select_related("exercise"))
    note.told_at = timezone.now()
    ClusterFeedback.objects.filter(pk=note.pk).update(told_at=note.told_at)
    return told


def cluster_feedback_outputs_compute(*, note_id: int) -> None:
    """Runs the note's code on every variant, like a mutant's at sync: then submissions of other
    variants with the same answers are told too. A sandbox failure leaves it for the sweeper."""
    note = (ClusterFeedback.objects.select_related("version")
            .filter(pk=note_id, outputs_state=ClusterFeedback.Outputs.PENDING).first())
    if note is None:
        return
    outputs = {}
    for variant in note.version.variants.all():
        try:
            graded = run_and_judge(code=note.code, version=note.version, variant=variant)
        except SandboxFailure as exc:
            logger.warning("cluster note %s: the sandbox failed (%s); the sweeper tries again",
                           note.pk, exc)
            return
        outputs[str(variant.index)] = stored_outputs(graded.outputs)
    ClusterFeedback.objects.filter(pk=note.pk, outputs_state=ClusterFeedback.Outputs.PENDING
                                   ).update(outputs=outputs,
                                            outputs_state=ClusterFeedback.Outputs.READY)


def cluster_feedback_sweep() -> int:
    """Sends again the notes whose run on the variants was lost."""
    return tasks.cluster_feedback_outputs.resend_stale(
        ClusterFeedback.objects.filter(outputs_state=ClusterFeedback.Outputs.PENDING))


# ---- A cluster as a mutant ----

@dataclass(frozen=True)
class Mutant:
    name: str
    source: str
    added_to_draft: bool  # else: a file to add to the library's folder


def cluster_mutant(*, version: ExerciseVersion, behaviour: str, user: User) -> Mutant:
    """The cluster's representative as a mutant whose docstring is the cluster's note.

    A browser-authored exercise gets it in its draft (validate and publish to keep it); a
    library exercise is edited as files, so it comes back as the file to add to mutants/.
    """
    cluster = cluster_of(version=version, behaviour=behaviour)
    if cluster.feedback is None:
        raise ValidationError("Write the cluster's note first: it becomes the mutant's "
                              "misconception text.")
    name = f"cluster_{behaviour[:8]}"
    source = mutant_source(text=cluster.feedback.text, code=cluster.feedback.code)
    exercise = version.exercise
    if exercise.source_path:
        return Mutant(name=name, source=source, added_to_draft=False)
    draft = authoring_services.draft_ensure(exercise=exercise, user=user)
    draft.mutants = {**draft.mutants, name: source}
    draft.save(update_fields=["mutants", "updated_at"])
    return Mutant(name=name, source=source, added_to_draft=True)


def mutant_source(*, text: str, code: str) -> str:
    """The package format's mutant: a module docstring (the learner's text), then the code."""
    quoted = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{quoted}"""\n\n{code.strip()}\n'
