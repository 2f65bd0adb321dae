"""What a submission's score counts for: one pure rule shared by Progress and the gradebook.

- The *grade* of a submission is the staff override when there is one, else the graded score.
- An override counts as it is: staff set it knowing whether the work was late.
- Otherwise a late submission counts under the late policy of the submission's run
  (counts: in full; percentage: `late_percentage` % of it; zero: nothing). Whether it is late
  is courses.deadlines' rule (the run's due date, or the learner's or section's extension).
- Then the penalty of the hints the learner revealed before sending it is taken off (never
  below zero; courses.hints).
- Progress.best_score (one per learner, exercise and run) is the best counted score over the
  learner's graded submissions in that run (never above the exercise's points); the exercise
  is solved from the first submission whose grade reaches full marks (a passing verdict, or an
  override to full marks).
"""

from courses.models import CourseRun
from grader.models import Submission

PLACES = 6  # scores are compared after rounding, so 0.1 + 0.2 does not look like a change


def grade_of(submission: Submission) -> float:
    if submission.score_override is not None:
        return submission.score_override
    return submission.score


def counted_score(submission: Submission, run: CourseRun) -> float:
    """`run` is the submission's own run, whose late policy applies."""
    if submission.run_id != run.pk:
        raise ValueError("a submission counts under its own run's late policy")
    if submission.score_override is not None:
        return submission.score_override
    score = run.late_score(submission.score) if submission.late else submission.score
    return max(score - submission.hint_penalty, 0.0)


def reaches_full_marks(submission: Submission) -> bool:
    if submission.score_override is not None:
        return submission.max_score > 0 and submission.score_override >= submission.max_score
    return submission.verdict == Submission.Verdict.PASSED


def direction(old: float, new: float) -> str:
    """up, down or same, for previews and their results."""
    old, new = round(old, PLACES), round(new, PLACES)
    if new > old:
        return "up"
    if new < old:
        return "down"
    return "same"
