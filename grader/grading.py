"""The one path from code to a judgement: run it in the sandbox, judge its outputs.

Grading a submission, regrading it against another version and validating a package (its
reference, starter and mutants) all come through here, so they cannot drift apart. A
version need not be saved: validation and sync pass unsaved ExerciseVersion and Variant
objects built from a package, since they describe exactly what grading depends on.
"""

from dataclasses import dataclass, field
from typing import Any

from exercises.models import ExerciseVersion, Variant
from grader import sandbox
from grader.judge import Judgement, judge


class SandboxFailure(Exception):
    """The sandbox failed on our side: nothing is known about the learner's code."""


@dataclass(frozen=True)
class Graded:
    judgement: Judgement
    stdout: str  # only what the learner may see: no hidden test's prints (Judgement.stdout)
    # What the code returned per case index ({ok, output, mutated}), as plain decoded-later
    # data: compared with the known mistakes' outputs (grader.misconceptions). Never shown.
    outputs: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The learner's figures, as pictures they may see (shown_pictures).
    pictures: list[sandbox.Picture] = field(default_factory=list)


def run_code(*, code: str, version: ExerciseVersion, seed: int,
             public_only: bool = False) -> sandbox.RunReport:
    """Runs `code` on the cases `version` builds from `seed`; SandboxFailure if we failed."""
    report = sandbox.run(sandbox.Job(
        code=code, cases_source=version.cases_code, entry=version.entry, seed=seed,
        public_only=public_only, limits=version.sandbox_limits(),
    ))
    if report.outcome == "internal":
        raise SandboxFailure(report.message or "the sandbox failed")
    return report


# A Run builds no case: the learner's snippet, after their code, is the whole job.
NO_CASES = "def cases(rng):\n    return []\n"
RUN_SEPARATOR = "\n\n# ---- your Run ----\n"


def run_snippet(*, code: str, snippet: str, version: ExerciseVersion) -> sandbox.RunReport:
    """A learner's Run: their code then their snippet, in the sandbox, judged by nobody. Its
    prints, errors and figures (of the top level) are the result."""
    report = sandbox.run(sandbox.Job(
        code=code + RUN_SEPARATOR + snippet, cases_source=NO_CASES, entry="", seed=0,
        limits=version.sandbox_limits()))
    if report.outcome == "internal":
        raise SandboxFailure(report.message or "the sandbox failed")
    return report


def run_and_judge(*, code: str, version: ExerciseVersion, variant: Variant,
                  public_only: bool = False) -> Graded:
    """Judges `code` against the reference outputs stored in `variant` of `version`."""
    report = run_code(code=code, version=version, seed=variant.seed, public_only=public_only)
    return judge_run(report=report, version=version, variant=variant, public_only=public_only)


def judge_run(*, report: sandbox.RunReport, version: ExerciseVersion, variant: Variant,
              public_only: bool = False) -> Graded:
    """Judges a run made by run_code against the reference outputs stored in `variant`. The
    seed sweep judges the reference's own run against the outputs that run just gave."""
    judgement = judge(cases=variant.cases, report=report, config=version.config,
                      points=float(version.points), public_only=public_only)
    return Graded(judgement=judgement, stdout=judgement.stdout, outputs=_outputs(report),
                  pictures=shown_pictures(report, variant.cases))


def shown_pictures(report: sandbox.RunReport,
                   cases: list[dict[str, Any]]) -> list[sandbox.Picture]:
    """The pictures a learner may see: of the top level (a Run) and of public cases, as the
    stored cases (not the jail's copy) say."""
    if report.outcome == "internal":
        return []
    return [picture for picture in report.figures
            if picture.section is None
            or (0 <= picture.section < len(cases) and cases[picture.section].get("public"))]


def _outputs(report: sandbox.RunReport) -> dict[int, dict[str, Any]]:
    if report.outcome == "internal":
        return {}
    return {index: {"ok": bool(result.get("ok")), "output": result.get("output"),
                    "mutated": result.get("mutated") or []}
            for index, result in report.results.items() if isinstance(result, dict)}
