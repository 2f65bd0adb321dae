"""A fair share of the grader with real parts: a worker really serving two learners, and
posts really racing for the pending cap on PostgreSQL."""

import itertools
import threading
import time
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection, connections

from exercises.models import Exercise
from grader.models import Submission
from grader.services import submission_create
from tests.conftest import DOT_SOLUTION

from .conftest import Broker, Workers, wait_finished

pytestmark = pytest.mark.django_db(transaction=True)

SLOW = "import time\nimport numpy as np\n\ndef dot(u, v):\n    time.sleep(1)\n" \
       "    return float(np.dot(u, v))\n"


@pytest.mark.worker
@pytest.mark.sandbox
def test_a_flooding_learner_holds_one_slot_and_waits_their_turn(
    workers: Workers, settings: Any, learner: User, other_learner: User, exercise: Exercise,
) -> None:
    worker = workers.start(concurrency=2)
    flood = [submission_create(user=learner, exercise=exercise, code=SLOW, kind="check")
             for _ in range(4)]
    time.sleep(0.3)  # the flood is older than the other learner's check
    other = submission_create(user=other_learner, exercise=exercise, code=DOT_SOLUTION,
                              kind="check")
    wait_finished([s.pk for s in [*flood, other]], 60, worker.log_text)

    rows = {s.pk: s for s in Submission.objects.filter(pk__in=[s.pk for s in [*flood, other]])}
    starts = sorted((rows[s.pk].started_at, s.pk) for s in flood)
    # One at a time: each of the flood's checks started after the previous one was graded.
    for (_, earlier), (later_start, _) in itertools.pairwise(starts):
        assert rows[earlier].graded_at <= later_start
    # The other learner did not wait behind the flood: served while its first check ran.
    assert rows[other.pk].started_at < starts[1][0]
    assert all(row.verdict == "passed" for row in rows.values())


@pytest.mark.skipif(connection.vendor == "sqlite",
                    reason="SQLite takes one writer at a time: there is no race to show")
def test_the_pending_cap_holds_when_posts_race(
    private_broker: Broker, settings: Any, learner: User, exercise: Exercise,
) -> None:
    settings.GRADER_MAX_PENDING_PER_USER = 5
    barrier = threading.Barrier(12)
    outcomes: list[str] = []

    def post() -> None:
        barrier.wait()
        try:
            submission_create(user=learner, exercise=exercise, code=DOT_SOLUTION, kind="check")
            outcomes.append("accepted")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("accepted") == 5 and outcomes.count("refused") == 7
    assert Submission.objects.filter(user=learner).count() == 5
