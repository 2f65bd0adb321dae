"""The seed sweep: the reference and every mutant on extra seeds, beyond the served variants.

A package serves a few variants, but its cases come from a seeded generator: a mutant that
the served seeds happen to catch may pass on the seed of the next version's variant, or of a
new variant. So validation also builds the cases from extra seeds (derived from the slug in
their own namespace, so that they never equal a served one) and asks that the reference pass
every one and that every mutant fail every one. What each case caught on each seed is kept,
so that the weakest catches can be reported before they become escapes.

Everything runs through the one grading path (grader.grading), in the sandbox. A sweep's
outcome depends only on the package, the seed count and the grading code, so it can be kept
in a cache (SweepCache) and an unchanged package is not swept again.
"""

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from grader.grading import SandboxFailure, judge_run, run_and_judge

from .models import Variant
from .packages import ExercisePackage
from .services import ReferenceError, reference_run, unsaved_version

logger = logging.getLogger(__name__)

# What a sweep's outcome depends on besides the package: the code that builds, runs and judges.
GRADING_CODE = ("grader/checks", "grader/judge.py", "grader/codec.py", "grader/grading.py",
                "grader/sandbox", "exercises/services.py", "exercises/sweep.py")
CACHE_FORMAT = 1


def sweep_seed(slug: str, index: int) -> int:
    """The seed of extra seed `index`: like exercises.services.variant_seed, in a namespace of
    its own, so that a sweep never repeats a served variant."""
    digest = hashlib.sha256(f"{slug}:sweep:{index}".encode()).hexdigest()
    return int(digest[:12], 16)


def sweep_seeds(slug: str, count: int, *, served: Iterable[int] = ()) -> list[int]:
    taken = set(served)
    seeds: list[int] = []
    index = 0
    while len(seeds) < count:
        seed = sweep_seed(slug, index)
        if seed not in taken:  # 48-bit hashes: never seen, but never trusted either
            seeds.append(seed)
            taken.add(seed)
        index += 1
    return seeds


@dataclass
class MutantRun:
    verdict: str
    failed: list[str]  # the names of the cases that failed it

    @property
    def escaped(self) -> bool:
        return self.verdict == "passed"


@dataclass
class SeedOutcome:
    """One extra seed: whether the reference stood, its fixed cases, what caught each mutant."""

    seed: int
    problem: str = ""  # why the reference failed on this seed ("" when it passed)
    fixed: dict[str, str] = field(default_factory=dict)  # fixed case name -> its args, as JSON
    mutants: dict[str, MutantRun] = field(default_factory=dict)  # empty when the reference failed

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SeedOutcome":
        return cls(seed=int(data["seed"]), problem=str(data["problem"]),
                   fixed={str(k): str(v) for k, v in data["fixed"].items()},
                   mutants={str(name): MutantRun(verdict=str(run["verdict"]),
                                                 failed=[str(case) for case in run["failed"]])
                            for name, run in data["mutants"].items()})


@dataclass
class MutantSweep:
    """How one mutant fared on every seed judged: the served variants' and the extra ones."""

    seeds: int = 0
    escaped: list[int] = field(default_factory=list)  # seeds on which it passed every case
    caught_by: dict[str, int] = field(default_factory=dict)  # case -> seeds it failed the mutant
    fewest: int | None = None  # fewest cases that failed it on one seed where it was caught
    fewest_seed: int | None = None
    fewest_cases: list[str] = field(default_factory=list)

    def add(self, seed: int, run: MutantRun) -> None:
        self.seeds += 1
        if run.escaped:
            self.escaped.append(seed)
            return
        for name in dict.fromkeys(run.failed):  # a name twice on one seed counts once
            self.caught_by[name] = self.caught_by.get(name, 0) + 1
        if self.fewest is None or len(run.failed) < self.fewest:
            self.fewest, self.fewest_seed, self.fewest_cases = len(run.failed), seed, run.failed

    @property
    def best_case(self) -> tuple[str, int]:
        """The case that failed the mutant on the most seeds, and on how many."""
        if not self.caught_by:
            return "", 0
        name = max(self.caught_by, key=lambda case: (self.caught_by[case], case))
        return name, self.caught_by[name]

    def as_dict(self) -> dict[str, Any]:
        name, count = self.best_case
        return {"seeds": self.seeds, "escaped": self.escaped, "caught_by": self.caught_by,
                "best_case": name, "best_case_seeds": count, "fewest_cases": self.fewest,
                "fewest_seed": self.fewest_seed}


def mutant_run(verdict: str, tests: list[dict[str, Any]]) -> MutantRun:
    return MutantRun(verdict=verdict, failed=[str(test["name"]) for test in tests
                                              if not test["passed"]])


def fixed_args(cases: list[dict[str, Any]]) -> dict[str, str]:
    """The arguments of each case marked fixed, as canonical JSON (the encoded values)."""
    return {str(case["name"]): json.dumps(case["args"], sort_keys=True)
            for case in cases if case.get("fixed")}


def fixed_case_problems(seeded: list[tuple[str, dict[str, str]]]) -> list[str]:
    """`seeded`: (which seed, its fixed_args) for every seed built. A fixed case must be built,
    marked fixed, with the same arguments on every one."""
    problems = []
    names = list(dict.fromkeys(name for _, fixed in seeded for name in fixed))
    for name in names:
        first, args = next((label, fixed[name]) for label, fixed in seeded if name in fixed)
        for label, fixed in seeded:
            if name not in fixed:
                problems.append(f"case {name!r} is marked fixed on {first} but {label} has no "
                                "fixed case of that name: build it, marked fixed, on every seed")
                break
            if fixed[name] != args:
                problems.append(f"case {name!r} is marked fixed but its arguments differ "
                                f"between {first} and {label}: build it without `rng` (or "
                                "from a seed of its own), so that every variant has it")
                break
    return problems


def sweep_package(package: ExercisePackage, seeds: list[int]) -> list[SeedOutcome]:
    """Runs the reference, then every mutant against it, on each seed. ReferenceError when
    the sandbox failed on our side: nothing is known then, and nothing may be kept."""
    logger.info("sweeping %s over %d extra seeds", package.slug, len(seeds))
    return [_sweep_seed(package, seed) for seed in seeds]


def _sweep_seed(package: ExercisePackage, seed: int) -> SeedOutcome:
    version = unsaved_version(package)
    outcome = SeedOutcome(seed=seed)
    try:
        cases, report = reference_run(package=package, seed=seed, version=version)
        variant = Variant(seed=seed, cases=cases)
        judged = judge_run(report=report, version=version, variant=variant).judgement
        outcome.fixed = fixed_args(cases)
        if judged.verdict != "passed":
            failed = next(test for test in judged.tests if not test["passed"])
            outcome.problem = (f"the reference fails its own checks on case {failed['name']!r}: "
                               f"{failed['message']}")
            return outcome
        for name, source in package.mutants.items():
            graded = run_and_judge(code=source, version=version, variant=variant)
            outcome.mutants[name] = mutant_run(graded.judgement.verdict, graded.judgement.tests)
    except SandboxFailure as exc:
        raise ReferenceError(f"the sandbox failed on our side ({exc}); validate again") from None
    except ReferenceError as exc:
        outcome.problem = str(exc)
    return outcome


def grading_code_hash() -> str:
    """Changes when the code that builds, runs or judges a case changes (and with numpy's and
    scipy's versions, which the jail imports)."""
    import numpy
    import scipy

    digest = hashlib.sha256(f"{numpy.__version__} {scipy.__version__}".encode())
    base = Path(settings.BASE_DIR)
    for name in GRADING_CODE:
        path = base / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(base).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


class SweepCache:
    """Sweep outcomes in files, one per package, keyed by everything they depend on.

    A cache is for a developer's machine (`make validate`): the key holds the package's
    graded content and mutants, the seed count and the grading code, so a stale entry is
    never read; the entry of a package's previous content is replaced.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._code = grading_code_hash()

    def key(self, package: ExercisePackage, seeds: list[int]) -> str:
        judged = {"format": CACHE_FORMAT, "slug": package.slug, "seeds": seeds,
                  "content": package.content_hash, "mistakes": package.mistakes_hash,
                  "code": self._code}
        return hashlib.sha256(json.dumps(judged, sort_keys=True).encode()).hexdigest()

    def _path(self, package: ExercisePackage, key: str) -> Path:
        return self.folder / f"{package.slug}.{key[:24]}.json"

    def load(self, package: ExercisePackage, seeds: list[int]) -> list[SeedOutcome] | None:
        path = self._path(package, self.key(package, seeds))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [SeedOutcome.from_dict(item) for item in data["outcomes"]]
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, AttributeError):
            logger.warning("ignoring the unreadable sweep cache entry %s", path)
            return None

    def store(self, package: ExercisePackage, seeds: list[int],
              outcomes: list[SeedOutcome]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(package, self.key(package, seeds))
        for old in self.folder.glob(f"{package.slug}.*.json"):
            if old != path:
                old.unlink(missing_ok=True)
        text = json.dumps({"slug": package.slug, "outcomes": [asdict(o) for o in outcomes]})
        # Written whole, then renamed: a reader never sees half an entry.
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
