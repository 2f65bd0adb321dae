"""Judging: the learner's outputs from the jail against the trusted, stored reference cases.

Runs in the worker on plain data only. The case inputs and expected outputs come from the
reference run stored in the Variant; the learner's run contributes nothing but its outputs.
"""

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from grader.checks import CheckResult, run_check
from grader.checks.plots import Plot, plot_data
from grader.codec import decode
from grader.sandbox import RunReport
from grader.sandbox.report import KEPT_STDOUT_CHARS

NOT_RUN = "Not run: an earlier test stopped the program."


@dataclass
class Judgement:
    verdict: str
    score: float
    max_score: float
    message: str = ""
    tests: list[dict[str, Any]] = field(default_factory=list)
    # What the learner may see of their prints: the top level's, then the public tests'.
    stdout: str = ""


def judge(
    *, cases: list[dict[str, Any]], report: RunReport, config: dict[str, Any],
    points: float, public_only: bool,
) -> Judgement:
    considered = [(i, case) for i, case in enumerate(cases) if case["public"] or not public_only]
    # When the sandbox failed, nothing the jail wrote before that counts either way.
    results = {} if report.outcome == "internal" else report.results
    tests = [_judge_case(case, results.get(i), report, config) for i, case in considered]
    total_weight = sum(case.get("weight", 1) for _, case in considered) or 1.0
    earned = sum(test["weight"] for test in tests if test["passed"])
    score = round(points * earned / total_weight, 6)
    verdict, message = _verdict(report, tests)
    stdout = "" if report.outcome == "internal" else _show_prints(considered, tests, report)
    return Judgement(verdict=verdict, score=min(score, points), max_score=float(points),
                     message=message, tests=tests, stdout=stdout)


def _show_prints(considered: list[tuple[int, dict[str, Any]]], tests: list[dict[str, Any]],
                 report: RunReport) -> str:
    """Puts each public test's prints beside it; a hidden test's are dropped, whatever the
    jail sent: the stored cases, not the jail's copy, say which test is public. Returns what
    the learner may see of all their prints, in the order they ran."""
    shown = [report.top_stdout]
    for (index, case), test in zip(considered, tests, strict=True):
        printed = report.case_stdout.get(index, "")
        if case["public"] and printed:
            test["stdout"] = printed
            shown.append(printed)
    return "".join(shown)[:KEPT_STDOUT_CHARS]


def _verdict(report: RunReport, tests: list[dict[str, Any]]) -> tuple[str, str]:
    if report.outcome == "internal":  # our failure: never the learner's verdict
        return "internal", report.message
    if report.outcome == "memory":  # even at import time: the limit is the learner's news
        return report.outcome, report.message
    if report.error is not None:
        return "error", _error_message(report.error)
    if report.outcome != "completed":
        return report.outcome, report.message
    if tests and all(test["passed"] for test in tests):
        return "passed", "All tests passed."
    failed = sum(not test["passed"] for test in tests)
    return "failed", f"{failed} of {len(tests)} tests failed."


def run_error_message(error: dict[str, Any]) -> str:
    """What the learner reads when their code could not run at all."""
    return _error_message(error)


def _error_message(error: dict[str, Any]) -> str:
    if error.get("kind") == "import":
        return "Your code raised an error while loading:\n" + str(error.get("traceback") or "")
    return str(error.get("message") or "Your code could not be run.")


def _judge_case(
    case: dict[str, Any], result: dict[str, Any] | None, report: RunReport,
    config: dict[str, Any],
) -> dict[str, Any]:
    test = {"name": case["name"], "public": bool(case["public"]),
            "weight": float(case.get("weight", 1)), "passed": False, "message": "", "error": ""}
    if result is None:
        stopped_by_code = report.error is None and report.outcome != "internal"
        test["message"] = NOT_RUN if stopped_by_code else "Not run."
        return test
    if not result.get("ok"):
        test["message"], test["error"] = _case_error(result.get("error"))
        return test
    outcome = _apply_checks(case, result, config)
    test["passed"], test["message"] = outcome.passed, outcome.message
    return test


def _case_error(error: Any) -> tuple[str, str]:
    if not isinstance(error, dict):
        return "Your code failed on this test.", ""
    if error.get("kind") == "unencodable":
        reason = error.get("message")
        return f"Your function returned something that cannot be graded: {reason}.", ""
    if error.get("kind") == "memory":
        return "Your code ran out of memory on this test.", str(error.get("traceback") or "")
    summary = f"{error.get('type', 'Error')}: {error.get('message', '')}".strip()
    return summary, str(error.get("traceback") or "")


def _apply_checks(
    case: dict[str, Any], result: dict[str, Any], config: dict[str, Any]
) -> CheckResult:
    mutated = result.get("mutated") or []
    if config.get("inputs_read_only") and isinstance(mutated, list) and mutated:
        names = ", ".join(f"`{name}`" for name in mutated[:5])
        return CheckResult(False, 0.0, f"Your function changed its argument {names} in place; "
                                       "the caller's data must stay unchanged. Work on a copy.")
    aliased = _argument_names(result.get("aliased"), case)
    if config.get("returns_new") and aliased:
        return CheckResult(False, 0.0, _aliased_message(aliased))
    inputs = decode(case["args"])
    expected_all, got_all = decode(case["expected"]), decode(result.get("output"))
    output_names: list[str] = config.get("outputs") or []
    for spec in config.get("checks", []):
        params = {k: v for k, v in spec.items() if k not in ("check", "output")}
        index = spec.get("output")
        expected, got, problem = _select_output(index, expected_all, got_all, output_names)
        if problem:
            return CheckResult(False, 0.0, problem)
        outcome = run_check(spec["check"], inputs, expected, got, reveal=bool(case["public"]),
                            params=params)
        if not outcome.passed:
            if index is None:
                return outcome
            # Which of the returned values is wrong: "df: expected 4.74941, got 3.0".
            label = output_label(index, output_names)
            return CheckResult(False, 0.0, f"{label}: {outcome.message}")
    return CheckResult(True, 1.0, "Correct.")


def _aliased_message(names: list[str]) -> str:
    shown = ", ".join(f"`{name}`" for name in names[:5])
    what = (f"its argument {shown} itself (or a view of it)" if len(names) == 1
            else f"its arguments {shown} themselves (or views of them)")
    return (f"Your function returned {what}; the statement asks for a new array: "
            "return a copy.")


def _argument_names(names: Any, case: dict[str, Any]) -> list[str]:
    """The names in `names` (the jail's, untrusted) that are arguments of the stored case:
    nothing else can reach a message."""
    if not isinstance(names, list):
        return []
    arguments = case.get("args")
    if not isinstance(arguments, dict):
        return []
    return [name for name in names if isinstance(name, str) and name in arguments]


def output_label(index: int, names: list[str]) -> str:
    """The name of item `index` of a returned tuple, as the exercise's `outputs` give it."""
    return names[index] if 0 <= index < len(names) else f"output {index}"


# Two answers closer than this are the same answer, unless the exercise's checks ask for less.
SAME_RTOL, SAME_ATOL = 1e-6, 1e-9


def same_answer(*, result: dict[str, Any], other: dict[str, Any],
                config: dict[str, Any]) -> bool:
    """Whether two runs' results on one case are the same answer: both returned, both changed
    their inputs in place or neither, and the outputs agree value by value within the loosest
    tolerance of the exercise's checks. Not the checks themselves: some test a property of one
    answer (symmetric, a probability vector), which two different wrong answers can share."""
    if not (result.get("ok") and other.get("ok")):
        return False
    if bool(result.get("mutated")) != bool(other.get("mutated")):
        return False
    rtol, atol = tolerances(config)
    try:
        return _close(decode(result.get("output")), decode(other.get("output")), rtol, atol)
    except Exception:  # outputs the codec or numpy cannot compare are no match
        return False


def tolerances(config: dict[str, Any]) -> tuple[float, float]:
    """(rtol, atol): the loosest of the exercise's checks, and never tighter than SAME_*."""
    checks = config.get("checks", [])
    rtol = max([SAME_RTOL, *(float(spec.get("rtol", 0)) for spec in checks)])
    atol = max([SAME_ATOL, *(float(spec.get("atol", 0)) for spec in checks)])
    return rtol, atol


def _close(one: Any, other: Any, rtol: float, atol: float) -> bool:
    if isinstance(one, Plot) or isinstance(other, Plot):
        return (isinstance(one, Plot) and isinstance(other, Plot)
                and _close(plot_data(one), plot_data(other), rtol, atol))
    if isinstance(one, dict) or isinstance(other, dict):
        return (isinstance(one, dict) and isinstance(other, dict) and one.keys() == other.keys()
                and all(_close(one[key], other[key], rtol, atol) for key in one))
    if isinstance(one, str | bytes | type(None)) or isinstance(other, str | bytes | type(None)):
        return type(one) is type(other) and bool(one == other)
    if isinstance(one, list | tuple) and isinstance(other, list | tuple):
        return len(one) == len(other) and all(_close(a, b, rtol, atol)
                                              for a, b in zip(one, other, strict=True))
    first, second = np.asarray(one), np.asarray(other)
    if first.dtype.kind in "biufc" and second.dtype.kind in "biufc":
        return first.shape == second.shape and bool(np.allclose(
            first.astype(complex), second.astype(complex), rtol=rtol, atol=atol, equal_nan=True))
    return bool(np.array_equal(first, second))


def _select_output(index: int | None, expected: Any, got: Any,
                   names: list[str]) -> tuple[Any, Any, str]:
    if index is None:
        return expected, got, ""
    # An array of results is as good as a tuple of them, from the reference as from a learner.
    if isinstance(expected, np.ndarray) and expected.ndim >= 1:
        expected = list(expected)
    if isinstance(got, np.ndarray) and got.ndim >= 1:
        got = list(got)
    size = len(expected) if isinstance(expected, list) else 0
    if not isinstance(got, list) or len(got) != size:
        shown = f"{len(got)} values" if isinstance(got, list) else f"a single {type(got).__name__}"
        named = f" ({', '.join(names)})" if len(names) == size else ""
        return None, None, f"Expected your function to return {size} values{named}, got {shown}."
    return expected[index], got[index], ""
