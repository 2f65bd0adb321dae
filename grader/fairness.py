"""Which submission a free grading slot takes next: a fair share of the grader per learner.

A learner never has more than one submission running (a partial unique index says so), and
the slot serves the learner whose last grading started longest ago (round robin), not the
oldest message: one account sending many submissions gets one slot, never all of them.

So a message is a wake-up call, not an order: the slot that receives it claims the fairest
waiting submission, which may be another learner's. Every submission still has one message
(and the sweeper re-sends any that was lost); a message that finds nothing it may take is
dropped, and each finished grading sends one for the next waiting submission.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from grader.models import Submission

# Candidates looked at per claim: more than the slots that may race for the same ones.
CANDIDATES = 16


def _lease_start() -> datetime:
    return timezone.now() - timedelta(seconds=settings.GRADER_LEASE_SECONDS)


def waiting_in_fair_order() -> QuerySet[Submission]:
    """Queued submissions of learners with nothing running, least recently served first."""
    running = Submission.objects.filter(user=OuterRef("user"), status=Submission.Status.RUNNING)
    last_start = (Submission.objects.filter(user=OuterRef("user"), started_at__isnull=False)
                  .order_by("-started_at").values("started_at")[:1])
    return (Submission.objects.filter(status=Submission.Status.QUEUED)
            .exclude(Exists(running))
            .annotate(turn=Subquery(last_start))
            .order_by(F("turn").asc(nulls_first=True), "created_at", "id"))


def abandoned() -> QuerySet[Submission]:
    """Running past their lease: their worker vanished, so they may be taken back."""
    return Submission.objects.filter(status=Submission.Status.RUNNING,
                                     started_at__lt=_lease_start())


def claim(submission_id: int) -> Submission | None:
    """Takes this submission for this worker if it is waiting (or abandoned), else None."""
    now = timezone.now()
    try:
        with transaction.atomic():
            claimed = Submission.objects.filter(pk=submission_id).filter(
                Q(status=Submission.Status.QUEUED)
                | Q(status=Submission.Status.RUNNING, started_at__lt=_lease_start())
            ).update(status=Submission.Status.RUNNING, started_at=now,
                     deliveries=F("deliveries") + 1)
    except IntegrityError:
        return None  # its learner got another submission running a moment ago
    if not claimed:
        return None
    return (
        Submission.objects.select_related("exercise", "exercise_version", "variant")
        .defer("exercise__statement_md", "exercise__statement_html", "exercise__starter_code",
               "exercise_version__solution_code")
        .get(pk=submission_id)
    )


def claim_next() -> Submission | None:
    """The fairest submission this slot may grade now, claimed; None when there is none."""
    ids = [*abandoned().order_by("started_at").values_list("pk", flat=True)[:CANDIDATES],
           *waiting_in_fair_order().values_list("pk", flat=True)[:CANDIDATES]]
    for submission_id in ids:
        submission = claim(submission_id)
        if submission is not None:
            return submission
    return None


def next_waiting_id() -> int | None:
    return waiting_in_fair_order().values_list("pk", flat=True).first()
