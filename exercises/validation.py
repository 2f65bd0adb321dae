"""Validating an exercise package: no check may be vacuous.

The reference must pass every variant, the starter must not, and every known-wrong solution
(mutant) must fail at least one case of every variant, and of every extra seed of the sweep
(exercises.sweep) when one is asked for. A case marked fixed must be the same on every seed.
Everything runs in the sandbox, as grading does.
"""

import json
import time
from dataclasses import dataclass, field
from typing import Any

from grader.grading import Graded, SandboxFailure, run_and_judge

from .markdown import render_markdown
from .models import Variant
from .packages import ExercisePackage
from .services import (
    Mistakes,
    ReferenceError,
    compute_variants,
    stored_outputs,
    unsaved_version,
)
from .sweep import (
    MutantSweep,
    SeedOutcome,
    SweepCache,
    fixed_args,
    fixed_case_problems,
    mutant_run,
    sweep_package,
    sweep_seeds,
)

SEEDS_SHOWN = 5  # seeds named in a problem; the report (check_exercises --json) has them all


@dataclass
class ValidationReport:
    slug: str
    variants: int = 0
    reference_ok: bool = False
    starter_passes: bool = False
    mutants_caught: list[str] = field(default_factory=list)
    mutants_missed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # (seed, cases with the reference's outputs) per variant, for publishing.
    reference: list[tuple[int, list[dict[str, Any]]]] = field(default_factory=list)
    # What each mutant returned per variant (exercises.services.Mistakes), for publishing.
    mistakes: list[Mistakes] = field(default_factory=list)
    extra_seeds: int = 0  # the seeds swept beyond the served variants
    sweep_cached: bool = False  # their outcomes came from the cache
    # Per mutant, what caught it on every seed judged (served variants and extra seeds).
    sweep: dict[str, MutantSweep] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"slug": self.slug, "ok": self.ok, "variants": self.variants,
                "reference_ok": self.reference_ok, "starter_passes": self.starter_passes,
                "mutants_caught": self.mutants_caught, "mutants_missed": self.mutants_missed,
                "problems": self.problems, "seconds": round(self.seconds, 3),
                "extra_seeds": self.extra_seeds, "sweep_cached": self.sweep_cached,
                "sweep": {name: tally.as_dict() for name, tally in self.sweep.items()}}


def validate_package(package: ExercisePackage, *, misconceptions_required: bool = False,
                     extra_seeds: int = 0, cache: SweepCache | None = None) -> ValidationReport:
    """`misconceptions_required`: every mutant must carry its learner-facing text (the
    library's rule; a draft in the browser may add them later). `extra_seeds`: how many seeds
    to sweep beyond the served variants; `cache` keeps their outcomes between runs."""
    started = time.monotonic()
    report = ValidationReport(slug=package.slug)
    report.problems += _static_problems(package)
    if misconceptions_required:
        report.problems += [f"mutant {name} has no misconception text: start its file with a "
                            "docstring telling the learner what they probably did"
                            for name, text in package.misconceptions.items() if not text]
    variants = _reference_variants(package, report)
    report.reference = variants
    if variants:
        try:
            _check_runs(package, variants, report, extra_seeds=extra_seeds, cache=cache)
        except ReferenceError as exc:
            report.problems.append(str(exc))
    report.seconds = time.monotonic() - started
    return report


def _check_runs(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
                report: ValidationReport, *, extra_seeds: int,
                cache: SweepCache | None) -> None:
    _check_reference(package, variants, report)
    report.starter_passes = _passes_everywhere(package, package.starter, variants)
    if report.starter_passes:
        report.problems.append("the starter code passes every case: it gives the answer away")
    _check_mutants(package, variants, report)
    outcomes = []
    if extra_seeds and report.reference_ok:
        outcomes = _sweep(package, variants, report, extra_seeds, cache)
    seeded = [(f"variant {index}", fixed_args(cases)) for index, (_, cases) in enumerate(variants)]
    seeded += [(f"extra seed {outcome.seed}", outcome.fixed) for outcome in outcomes]
    report.problems += fixed_case_problems(seeded)
    _judge_mutants(package, variants, outcomes, report)


def _static_problems(package: ExercisePackage) -> list[str]:
    problems = []
    if not render_markdown(package.statement_md).strip():
        problems.append("statement.md renders to nothing")
    for name, source in (("starter.py", package.starter), ("solution.py", package.solution)):
        try:
            compile(source, name, "exec")
        except SyntaxError as exc:
            problems.append(f"{name} does not compile: line {exc.lineno}: {exc.msg}")
    if len(package.mutants) < 1:
        problems.append("no mutants: add known-wrong solutions under mutants/")
    return problems


def _reference_variants(package: ExercisePackage,
                        report: ValidationReport) -> list[tuple[int, list[dict[str, Any]]]]:
    try:
        variants = compute_variants(package)
    except ReferenceError as exc:
        report.problems.append(str(exc))
        return []
    for index, (_, cases) in enumerate(variants):
        if not any(case["public"] for case in cases):
            report.problems.append(f"variant {index}: no public example")
    report.variants = len(variants)
    if len({_public_examples(cases) for _, cases in variants}) > 1:
        report.problems.append("the public examples differ between variants: build them "
                               "without `rng`, so every learner sees the same examples")
    return variants


def _public_examples(cases: list[dict[str, Any]]) -> str:
    return json.dumps([[case["name"], case["args"]] for case in cases if case["public"]],
                      sort_keys=True)


def _verdicts(package: ExercisePackage, code: str,
              variants: list[tuple[int, list[dict[str, Any]]]]) -> list[str]:
    return [graded.judgement.verdict for graded in _graded(package, code, variants)]


def _graded(package: ExercisePackage, code: str,
            variants: list[tuple[int, list[dict[str, Any]]]]) -> list[Graded]:
    version = unsaved_version(package)
    results = []
    for seed, cases in variants:
        try:
            graded = run_and_judge(code=code, version=version,
                                   variant=Variant(seed=seed, cases=cases))
        except SandboxFailure as exc:
            # Neither a pass nor a catch: a mutant must never look caught by our failure.
            raise ReferenceError(f"the sandbox failed on our side ({exc}); "
                                 "validate again") from None
        results.append(graded)
    return results


def _passes_everywhere(package: ExercisePackage, code: str,
                       variants: list[tuple[int, list[dict[str, Any]]]]) -> bool:
    return all(verdict == "passed" for verdict in _verdicts(package, code, variants))


def _check_reference(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
                     report: ValidationReport) -> None:
    verdicts = _verdicts(package, package.solution, variants)
    report.reference_ok = all(verdict == "passed" for verdict in verdicts)
    if not report.reference_ok:
        report.problems.append(f"the reference fails its own checks (verdicts {verdicts})")


def _check_mutants(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
                   report: ValidationReport) -> None:
    """Caught on every variant: each learner gets one, and each must meet the mistake."""
    report.mistakes = [{} for _ in variants]
    for name, source in package.mutants.items():
        runs = _graded(package, source, variants)
        for known, graded in zip(report.mistakes, runs, strict=True):
            known[name] = stored_outputs(graded.outputs)
        tally = report.sweep.setdefault(name, MutantSweep())
        for (seed, _), graded in zip(variants, runs, strict=True):
            tally.add(seed, mutant_run(graded.judgement.verdict, graded.judgement.tests))


def _sweep(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
           report: ValidationReport, count: int, cache: SweepCache | None) -> list[SeedOutcome]:
    """The reference and the mutants on `count` extra seeds; the reference must pass each."""
    seeds = sweep_seeds(package.slug, count, served=[seed for seed, _ in variants])
    outcomes = cache.load(package, seeds) if cache else None
    report.sweep_cached = outcomes is not None
    if outcomes is None:
        outcomes = sweep_package(package, seeds)
        if cache:
            cache.store(package, seeds, outcomes)
    report.extra_seeds = len(seeds)
    failures = [outcome for outcome in outcomes if outcome.problem]
    if failures:
        report.reference_ok = False
        shown = "; ".join(f"seed {o.seed}: {o.problem}" for o in failures[:3])
        report.problems.append(f"the reference fails on {len(failures)} of {len(seeds)} extra "
                               f"seeds ({shown}): every seed must build cases it passes")
    for outcome in outcomes:
        for name, run in outcome.mutants.items():
            report.sweep.setdefault(name, MutantSweep()).add(outcome.seed, run)
    return outcomes


def _judge_mutants(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
                   outcomes: list[SeedOutcome], report: ValidationReport) -> None:
    """A mutant is caught when it fails every served variant and every extra seed."""
    served = [seed for seed, _ in variants]
    extra = [outcome.seed for outcome in outcomes]
    for name in package.mutants:
        escaped = set(report.sweep[name].escaped)
        on_variants = [index for index, seed in enumerate(served) if seed in escaped]
        on_seeds = [seed for seed in extra if seed in escaped]
        if not (on_variants or on_seeds):
            report.mutants_caught.append(name)
            continue
        report.mutants_missed.append(name)
        where = []
        if on_variants:
            where.append(f"of variant(s) {on_variants}")
        if on_seeds:
            where.append(f"on {len(on_seeds)} of {len(extra)} extra seeds "
                         f"({_seeds_text(on_seeds)})")
        advice = ("add a case that catches this mistake" if on_variants else
                  "a learner given such a variant would not be told; add a case that catches "
                  "this mistake on every seed (a fixed case does)")
        report.problems.append(f"mutant {name} passes every case {' and '.join(where)}: "
                               f"{advice}")


def _seeds_text(seeds: list[int]) -> str:
    shown = ", ".join(str(seed) for seed in seeds[:SEEDS_SHOWN])
    more = f" and {len(seeds) - SEEDS_SHOWN} more" if len(seeds) > SEEDS_SHOWN else ""
    return f"seed {shown}{more}" if len(seeds) == 1 else f"seeds {shown}{more}"
