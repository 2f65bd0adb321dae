"""Which due date applies to a learner's work on an exercise in a run: the one rule.

The first of these that exists applies:

1. the learner's own extension for the exercise,
2. the learner's own extension for the exercise's module,
3. their section's extension for the exercise,
4. their section's extension for the module,
5. the run's due date for the module;

otherwise nothing is due. A learner's own extension wins over their section's even when it is
earlier: it was granted knowing this learner. Late marks (grader.services when work is sent,
gradebook.services when dates change), deadline reminders (notifications.services) and "the
solution after the deadline" (courses.solutions) all ask here, and nowhere else.

`deadlines_load` answers many questions (a run's whole roster) with three queries; `due_at`
answers one.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q

from courses.models import DueDate, Enrollment, Extension
from exercises.models import Exercise

# (run id, "user" or "section", its id, "exercise" or "module", its id)
ExtensionKey = tuple[int, str, int, str, int]


@dataclass(frozen=True)
class Deadlines:
    """The due dates, sections and extensions of some runs, held to answer in memory."""

    due_dates: dict[tuple[int, int], datetime]  # (run id, module id) -> due
    sections: dict[tuple[int, int], int]  # (run id, user id) -> section id
    extensions: dict[ExtensionKey, datetime]

    def for_exercise(self, *, run_id: int, user_id: int, exercise: Exercise) -> datetime | None:
        targets = [("exercise", exercise.pk), ("module", exercise.module_id)]
        return self._first(run_id, user_id, targets, exercise.module_id)

    def for_module(self, *, run_id: int, user_id: int, module_id: int) -> datetime | None:
        """The module's date for this learner, leaving out extensions of single exercises."""
        return self._first(run_id, user_id, [("module", module_id)], module_id)

    def _first(self, run_id: int, user_id: int, targets: list[tuple[str, int]],
               module_id: int) -> datetime | None:
        section_id = self.sections.get((run_id, user_id))
        holders = [("user", user_id)]
        if section_id is not None:
            holders.append(("section", section_id))
        for who, who_id in holders:
            for what, what_id in targets:
                found = self.extensions.get((run_id, who, who_id, what, what_id))
                if found is not None:
                    return found
        return self.due_dates.get((run_id, module_id))


def deadlines_load(*, run_ids: Iterable[int], user_ids: Iterable[int] | None = None) -> Deadlines:
    """Everything the rule needs for these runs, and these learners (None: all of them)."""
    run_ids = list(run_ids)
    members = Enrollment.objects.filter(run_id__in=run_ids, section__isnull=False)
    extensions = Extension.objects.filter(run_id__in=run_ids)
    if user_ids is not None:
        users = list(user_ids)
        members = members.filter(user_id__in=users)
        extensions = extensions.filter(Q(user_id__in=users)
                                       | Q(section_id__in=members.values("section_id")))
    return Deadlines(
        due_dates={(run, module): due for run, module, due in
                   DueDate.objects.filter(run_id__in=run_ids)
                   .values_list("run_id", "module_id", "due_at")},
        sections={(run, user): section for run, user, section in
                  members.values_list("run_id", "user_id", "section_id")},
        extensions={_key(extension): extension.due_at for extension in extensions},
    )


def _key(extension: Extension) -> ExtensionKey:
    who, who_id = (("user", extension.user_id) if extension.user_id is not None
                   else ("section", extension.section_id))
    what, what_id = (("exercise", extension.exercise_id) if extension.exercise_id is not None
                     else ("module", extension.module_id))
    assert who_id is not None and what_id is not None  # the model's check constraints
    return (extension.run_id, who, who_id, what, what_id)


def due_at(*, run_id: int, user_id: int, exercise: Exercise) -> datetime | None:
    """The due date of this learner's work on this exercise in this run (None: never due)."""
    deadlines = deadlines_load(run_ids=[run_id], user_ids=[user_id])
    return deadlines.for_exercise(run_id=run_id, user_id=user_id, exercise=exercise)


def is_late(*, due: datetime | None, sent_at: datetime) -> bool:
    return due is not None and sent_at > due
