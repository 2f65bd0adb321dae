"""How well known mistakes are recognised, measured on a corpus of learner-like solutions.

The corpus (tests/data/learner_corpus/<slug>/<name>.py) was written from the statements alone,
without looking at the mutants: each file's docstring says "wrong: <the mistake>" or
"correct: <the approach>". Each file is graded like a learner's submission on every variant
of its exercise (the mutants' outputs computed in their own jails, as at sync), and what it is
told is compared with a judgement made once by hand (judged.toml next to the corpus):

    "dot-product/skips_last" = "right"   # the message describes this mistake
    "binomial-pmf/float_n" = "wrong"     # a message, but not about this mistake

Reported per course: the share of wrong solutions that get a message, the share whose message
was judged right, and messages on correct solutions (there must be none).
"""

import ast
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from exercises.models import Variant
from exercises.packages import ExercisePackage, load_library
from exercises.services import mutant_outputs, reference_cases, unsaved_version, variant_seed
from grader import misconceptions
from grader.grading import run_and_judge

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "learner_corpus"


@dataclass(frozen=True)
class Told:
    """What one corpus file was told on one variant."""

    key: str  # "<slug>/<name>"
    course: str
    wrong: bool  # the file says it is wrong
    verdict: str
    mutant: str  # "" when no known mistake was recognised
    judged: str  # "right", "wrong" or "" (not judged yet)


@dataclass
class CourseShares:
    wrong: int = 0  # wrong solutions graded (per variant)
    caught: int = 0  # of those, not passed
    told: int = 0  # of those, given a known-mistake message
    right: int = 0  # of those, judged right by hand
    unjudged: int = 0
    correct: int = 0  # correct solutions graded (per variant)
    correct_told: int = 0  # of those, given a message: must stay 0
    mutants: Counter[str] = field(default_factory=Counter)


def run(*, corpus: Path = CORPUS, variants: int | None = None) -> list[Told]:
    judged = _judgements(corpus)
    packages = {package.slug: (course.info.slug, package) for course in load_library()
                for module in course.modules for package in module.packages}
    told = []
    for folder in sorted(path for path in corpus.iterdir() if path.is_dir()):
        course, package = packages[folder.name]
        for index in range(variants or package.variants):
            told += _grade_folder(folder, course, package, index, judged)
    return told


def shares(told: list[Told]) -> dict[str, CourseShares]:
    by_course: dict[str, CourseShares] = {}
    for item in told:
        row = by_course.setdefault(item.course, CourseShares())
        if not item.wrong:
            row.correct += 1
            row.correct_told += bool(item.mutant)
            continue
        row.wrong += 1
        row.caught += item.verdict != "passed"
        if item.mutant:
            row.told += 1
            row.right += item.judged == "right"
            row.unjudged += item.judged == ""
            row.mutants[item.mutant] += 1
    return by_course


def _grade_folder(folder: Path, course: str, package: ExercisePackage, index: int,
                  judged: dict[str, str]) -> list[Told]:
    seed = variant_seed(package.slug, index)
    cases = reference_cases(package=package, seed=seed)
    version = unsaved_version(package)
    variant = Variant(seed=seed, cases=cases,
                      mistakes=mutant_outputs(package=package, seed=seed, cases=cases))
    found = []
    for path in sorted(folder.glob("*.py")):
        code = path.read_text()
        graded = run_and_judge(code=code, version=version, variant=variant)
        mistake = misconceptions.recognise(judgement=graded.judgement, outputs=graded.outputs,
                                           version=version, variant=variant)
        key = f"{folder.name}/{path.stem}"
        found.append(Told(key=key, course=course, wrong=_is_wrong(code, path),
                          verdict=graded.judgement.verdict,
                          mutant=mistake.mutant if mistake else "", judged=judged.get(key, "")))
    return found


def _is_wrong(code: str, path: Path) -> bool:
    label = (ast.get_docstring(ast.parse(code)) or "").split(":", 1)[0].strip().lower()
    if label not in {"wrong", "correct"}:
        raise ValueError(f"{path}: the docstring must start with 'wrong:' or 'correct:'")
    return label == "wrong"


def _judgements(corpus: Path) -> dict[str, str]:
    path = corpus / "judged.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        return {str(key): str(value) for key, value in tomllib.load(file).items()}
