"""Validating an exercise package: no check may be vacuous.

The reference must pass every variant, the starter must not, and every known-wrong solution
(mutant) must fail at least one case of every variant. Everything runs in the sandbox, as
grading does.
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

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"slug": self.slug, "ok": self.ok, "variants": self.variants,
                "reference_ok": self.reference_ok, "starter_passes": self.starter_passes,
                "mutants_caught": self.mutants_caught, "mutants_missed": self.mutants_missed,
                "problems": self.problems, "seconds": round(self.seconds, 3)}


def validate_package(package: ExercisePackage, *,
                     misconceptions_required: bool = False) -> ValidationReport:
    """`misconceptions_required`: every mutant must carry its learner-facing text (the
    library's rule; a draft in the browser may add them later)."""
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
            _check_runs(package, variants, report)
        except ReferenceError as exc:
            report.problems.append(str(exc))
    report.seconds = time.monotonic() - started
    return report


def _check_runs(package: ExercisePackage, variants: list[tuple[int, list[dict[str, Any]]]],
                report: ValidationReport) -> None:
    _check_reference(package, variants, report)
    report.starter_passes = _passes_everywhere(package, package.starter, variants)
    if report.starter_passes:
        report.problems.append("the starter code passes every case: it gives the answer away")
    _check_mutants(package, variants, report)


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
        verdicts = [graded.judgement.verdict for graded in runs]
        escaped = [index for index, verdict in enumerate(verdicts) if verdict == "passed"]
        if escaped:
            report.mutants_missed.append(name)
            report.problems.append(f"mutant {name} passes every case of variant(s) {escaped}: "
                                   "add a case that catches this mistake")
        else:
            report.mutants_caught.append(name)
