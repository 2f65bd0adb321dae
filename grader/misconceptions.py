"""Known mistakes, recognised: a failing submission whose answers are a mutant's answers.

Every library exercise ships mutants, each a real mistake with a text for the learner
(ExerciseVersion.misconceptions); their outputs on each variant's cases were computed in their
own jails at sync or publish time (Variant.mistakes). Here, in the worker, plain data only: a
mutant matches when the learner's answer is the mutant's answer (grader.judge.same_answer, within
the exercise's tolerances) on every case the learner got wrong and answered. When
several match, the one that also agrees on the most other cases wins (then the name, so the
choice is stable). Cases where the learner's code raised or was not run say nothing.
"""

from dataclasses import dataclass
from typing import Any

from exercises.models import ExerciseVersion, Variant
from grader.judge import Judgement, same_answer


@dataclass(frozen=True)
class KnownMistake:
    mutant: str
    text: str


def recognise(*, judgement: Judgement, outputs: dict[int, dict[str, Any]],
              version: ExerciseVersion, variant: Variant,
              public_only: bool = False) -> KnownMistake | None:
    if judgement.verdict != "failed":
        return None
    considered = [index for index, case in enumerate(variant.cases)
                  if case["public"] or not public_only]
    wrong = [index for index, test in zip(considered, judgement.tests, strict=True)
             if not test["passed"] and (outputs.get(index) or {}).get("ok")]
    right = [index for index, test in zip(considered, judgement.tests, strict=True)
             if test["passed"]]
    if not wrong:
        return None
    best: tuple[int, str] | None = None
    for name, text in sorted(version.misconceptions.items()):
        known = variant.mistakes.get(name) or {}
        if not text or not all(_same(variant, index, outputs, known, version)
                                for index in wrong):
            continue
        agreement = sum(_same(variant, index, outputs, known, version) for index in right)
        if best is None or agreement > best[0]:
            best = (agreement, name)
    return None if best is None else KnownMistake(best[1], version.misconceptions[best[1]])


def _same(variant: Variant, index: int, outputs: dict[int, dict[str, Any]],
          known: dict[str, dict[str, Any]], version: ExerciseVersion) -> bool:
    other = known.get(str(index))
    return other is not None and same_answer(result=outputs[index], other=other,
                                             config=version.config)
