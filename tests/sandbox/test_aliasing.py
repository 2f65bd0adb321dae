"""A function that hands back its argument (or a view of it) instead of a new array.

The harness tells the worker which arguments the returned value *is*, or shares memory with,
as plain data (`aliased`, argument names); an exercise with `returns_new = true` then fails
the case with a message that says to return a copy. Both sandbox backends, and the one
grading path.
"""

from typing import Any

import pytest

from exercises.models import ExerciseVersion, Variant
from grader.grading import run_and_judge
from grader.sandbox import Job

from .conftest import SandboxRun
from .support import QUICK, describe

pytestmark = pytest.mark.sandbox

CASES = """
import numpy as np


def cases(rng):
    return [
        {"name": "matrix", "public": True,
         "args": {"A": np.arange(6.0).reshape(2, 3), "k": 2, "items": [1, 2]}},
    ]
"""


def aliased(sandbox_run: SandboxRun, body: str) -> list[str]:
    code = f"import numpy as np\n\n\ndef scale(A, k, items):\n    {body}\n"
    report = sandbox_run(Job(code=code, cases_source=CASES, entry="scale", seed=1,
                             limits=QUICK))
    result = report.results.get(0)
    assert result is not None and result["ok"], describe(report)
    return list(result["aliased"])


@pytest.mark.parametrize("body, names", [
    ("return A", ["A"]),
    ("A *= 1\n    return A", ["A"]),
    ("return A.T", ["A"]),
    ("return A[:, 1:]", ["A"]),
    ("return A.reshape(3, 2)", ["A"]),
    ("return np.asarray(A)", ["A"]),
    ("return (A.copy(), A[0])", ["A"]),
    ("return items", ["items"]),
    ("return [A, items]", ["A", "items"]),
])
def test_returning_an_argument_or_a_view_of_it_is_reported(
    sandbox_run: SandboxRun, body: str, names: list[str],
) -> None:
    assert aliased(sandbox_run, body) == names


@pytest.mark.parametrize("body", [
    "return A.copy()",
    "return A * 1",
    "return np.array(A)",
    "return k",  # an int handed back is no aliasing: it cannot be changed
    "return list(items)",
    "return (A + 0, A.sum())",
])
def test_a_new_object_is_not_aliased(sandbox_run: SandboxRun, body: str) -> None:
    assert aliased(sandbox_run, body) == []


def _version(returns_new: bool) -> ExerciseVersion:
    config: dict[str, Any] = {"checks": [{"check": "close"}], "inputs_read_only": False,
                              "limits": {"time_seconds": 5, "memory_mb": 256}}
    if returns_new:
        config["returns_new"] = True
    return ExerciseVersion(entry="scale", points=10, cases_code=CASES, config=config,
                           solution_code="")


def _variant() -> Variant:
    expected = {"__ndarray__": {"dtype": "float64", "shape": [2, 3],
                                "data": [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]}}
    return Variant(seed=1, cases=[{"name": "matrix", "public": True, "weight": 1.0,
                                   "args": {"A": expected, "k": 2, "items": [1, 2]},
                                   "expected": expected}])


VIEW = "def scale(A, k, items):\n    return A[:]\n"
COPY = "def scale(A, k, items):\n    return A.copy()\n"


def test_returns_new_fails_a_view_through_the_grading_path(sandbox_backend: str) -> None:
    graded = run_and_judge(code=VIEW, version=_version(returns_new=True), variant=_variant())
    test = graded.judgement.tests[0]
    assert graded.judgement.verdict == "failed" and not test["passed"]
    assert test["message"] == ("Your function returned its argument `A` itself (or a view of "
                               "it); the statement asks for a new array: return a copy.")


def test_a_copy_passes_and_without_returns_new_a_view_passes_too(sandbox_backend: str) -> None:
    copy = run_and_judge(code=COPY, version=_version(returns_new=True), variant=_variant())
    view = run_and_judge(code=VIEW, version=_version(returns_new=False), variant=_variant())
    assert copy.judgement.verdict == "passed"
    assert view.judgement.verdict == "passed"
