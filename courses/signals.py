"""Signals other apps listen to, so that courses, grader and gradebook need not import them.

`progress_changed` says that a learner's counted score for an exercise in a run may have
changed (a grading, an override, a review's answer, a regrade, a late policy, due date or
extension). It is sent only after the transaction that wrote Progress commits, and a failing
receiver is logged, never raised: grading never waits for, nor fails because of, a listener
(the LMS passback in lti/ is one).
"""

import logging
from functools import partial

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Keyword arguments: user_id, exercise_id, run_id.
progress_changed = Signal()


def _send_progress_changed(user_id: int, exercise_id: int, run_id: int) -> None:
    for receiver, result in progress_changed.send_robust(
            sender=None, user_id=user_id, exercise_id=exercise_id, run_id=run_id):
        if isinstance(result, Exception):
            logger.error("progress_changed receiver %r failed", receiver, exc_info=result)


def progress_changed_on_commit(*, user_id: int, exercise_id: int, run_id: int) -> None:
    """Sends `progress_changed` once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(_send_progress_changed, user_id, exercise_id, run_id),
                          robust=True)
