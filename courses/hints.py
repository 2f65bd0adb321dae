"""Hints that cost points: revealed one at a time, on the server, so that the attempts sent
afterwards carry their penalty (Submission.hint_penalty; gradebook.rules takes it off).

Free hints need none of this: the page shows them as plain disclosures. When an exercise has
penalties (Exercise.hint_penalties), the page holds no hint text it has not revealed.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from courses.models import HintReveal
from exercises.models import Exercise


@dataclass(frozen=True)
class Hint:
    number: int  # from 1, as the page counts
    penalty: float
    text: str | None  # None until revealed

    @property
    def revealed(self) -> bool:
        return self.text is not None


def hints_for(*, user: AbstractBaseUser, exercise: Exercise) -> list[Hint]:
    """The exercise's hints as this learner may see them now."""
    penalties = _penalties(exercise)
    seen = set(HintReveal.objects.filter(user_id=user.pk, exercise=exercise)
               .values_list("index", flat=True))
    return [Hint(number=index + 1, penalty=penalties[index],
                 text=text if index in seen or not penalties[index] else None)
            for index, text in enumerate(exercise.hints)]


def hint_reveal(*, user: AbstractBaseUser, exercise: Exercise, number: int) -> Hint:
    """Reveals hint `number` (from 1), in order: the ones before it first. Idempotent."""
    if not 1 <= number <= len(exercise.hints):
        raise ValidationError("This exercise has no such hint.")
    index, penalties = number - 1, _penalties(exercise)
    revealed = HintReveal.objects.filter(user_id=user.pk, exercise=exercise)
    # A free hint is on the page already: only a costly one before this must be revealed.
    if index > 0 and penalties[index - 1] and not revealed.filter(index=index - 1).exists():
        raise ValidationError(f"Reveal hint {number - 1} first.")
    try:
        with transaction.atomic():
            HintReveal.objects.get_or_create(user_id=user.pk, exercise=exercise, index=index)
    except IntegrityError:
        pass  # the same reveal from another tab, a moment earlier: it is recorded
    return Hint(number=number, penalty=penalties[index], text=exercise.hints[index])


def penalty_now(*, user: AbstractBaseUser, exercise: Exercise) -> float:
    """What the hints revealed so far take off an attempt sent now."""
    penalties = _penalties(exercise)
    indexes = HintReveal.objects.filter(user_id=user.pk, exercise=exercise).values_list(
        "index", flat=True)
    return float(sum(penalties[index] for index in indexes if index < len(penalties)))


def _penalties(exercise: Exercise) -> list[float]:
    """One per hint; an exercise edited to fewer or more hints counts the missing ones free."""
    given = [float(penalty) for penalty in exercise.hint_penalties]
    return (given + [0.0] * len(exercise.hints))[:len(exercise.hints)]
