"""What lti does when another app's signal arrives (connected in LtiConfig.ready)."""

from typing import Any

from lti import passbacks


def queue_passbacks(sender: Any, *, user_id: int, exercise_id: int, run_id: int,
                    **kwargs: Any) -> None:
    """courses.signals.progress_changed: the learner's score may have changed; queue it for
    every graded LMS link that shows it (sent by a task; nothing waits for the LMS here)."""
    passbacks.progress_passbacks_queue(user_id=user_id, exercise_id=exercise_id, run_id=run_id)
