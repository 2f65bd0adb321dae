"""Known mistakes, recognised: a failing submission whose answers are a known wrong answer's.

Two kinds of known mistakes, each with a text for the learner:
- the package's mutants (ExerciseVersion.misconceptions), whose outputs on each variant's cases
  were computed in their own jails at sync or publish time (Variant.mistakes);
- instructors' notes on clusters of wrong answers (ClusterFeedback): told to a submission with
  the cluster's very behaviour, and, once its code has run on every variant, to one whose
  answers are its answers, like a mutant's.
Here, in the worker, plain data only: a candidate matches when the learner's answer is its answer
(grader.judge.same_answer, within the exercise's tolerances) on every case the learner got wrong
and answered. When several match, the one that also agrees on the most other cases wins (then
an instructor's note before a mutant, then the name, so the choice is stable). Cases where the
learner's code raised or was not run say nothing.
"""

from dataclasses import dataclass
from typing import Any

from exercises.models import ExerciseVersion, Variant
from grader.judge import Judgement, same_answer
from grader.models import FEEDBACK_PREFIX, ClusterFeedback

Outputs = dict[str, dict[str, Any]]  # case index (as JSON keeps it) -> one run's result


@dataclass(frozen=True)
class KnownMistake:
    mutant: str  # a mutant's name, or a ClusterFeedback's (FEEDBACK_PREFIX + its id)
    text: str


def recognise(*, judgement: Judgement, outputs: dict[int, dict[str, Any]],
              version: ExerciseVersion, variant: Variant, public_only: bool = False,
              behaviour: str = "") -> KnownMistake | None:
    if judgement.verdict == "passed":
        return None
    notes = _notes(version)
    exact = next((note for note in notes if behaviour and note.behaviour == behaviour), None)
    if exact is not None:
        return KnownMistake(exact.name, exact.text)
    if judgement.verdict != "failed":
        return None
    candidates = {name: (text, variant.mistakes.get(name) or {})
                  for name, text in version.misconceptions.items() if text}
    candidates.update({note.name: (note.text, note.outputs.get(str(variant.index)) or {})
                       for note in notes})
    return _best(judgement, outputs, variant, version, candidates, public_only)


def _notes(version: ExerciseVersion) -> list[ClusterFeedback]:
    """Instructors' notes of a saved version (a package being validated has none)."""
    if version.pk is None:
        return []
    return list(ClusterFeedback.objects.filter(version=version).only(
        "pk", "behaviour", "text", "outputs"))


def _best(judgement: Judgement, outputs: dict[int, dict[str, Any]], variant: Variant,
          version: ExerciseVersion, candidates: dict[str, tuple[str, Outputs]],
          public_only: bool) -> KnownMistake | None:
    considered = [index for index, case in enumerate(variant.cases)
                  if case["public"] or not public_only]
    wrong = [index for index, test in zip(considered, judgement.tests, strict=True)
             if not test["passed"] and (outputs.get(index) or {}).get("ok")]
    right = [index for index, test in zip(considered, judgement.tests, strict=True)
             if test["passed"]]
    if not wrong:
        return None
    matches = [(sum(_same(index, outputs, known, version) for index in right), name)
               for name, (_, known) in candidates.items()
               if all(_same(index, outputs, known, version) for index in wrong)]
    if not matches:
        return None
    _, name = min(matches, key=lambda match: (
        -match[0], not match[1].startswith(FEEDBACK_PREFIX), match[1]))
    return KnownMistake(name, candidates[name][0])


def _same(index: int, outputs: dict[int, dict[str, Any]], known: Outputs,
          version: ExerciseVersion) -> bool:
    other = known.get(str(index))
    return other is not None and same_answer(result=outputs[index], other=other,
                                             config=version.config)
