"""A failure of the sandbox itself is judged `internal`: ours, never the learner's verdict."""

from grader.judge import judge
from grader.sandbox import RunReport

CASES = [
    {"name": "public", "public": True, "weight": 1.0, "args": {"x": 1}, "expected": 2.0},
    {"name": "hidden", "public": False, "weight": 3.0, "args": {"x": 5}, "expected": 10.0},
]
CONFIG = {"checks": [{"check": "close"}], "inputs_read_only": False}
OURS = "The sandbox failed on our side; your code was not judged."


def test_an_internal_outcome_is_an_internal_verdict_with_its_message() -> None:
    report = RunReport(outcome="internal", message=OURS)
    result = judge(cases=CASES, report=report, config=CONFIG, points=10, public_only=False)
    assert (result.verdict, result.message, result.score) == ("internal", OURS, 0.0)
    assert [test["message"] for test in result.tests] == ["Not run.", "Not run."]


def test_internal_wins_over_anything_the_jail_said_before_it_failed() -> None:
    # Whatever the learner's code wrote before the sandbox failed is not a verdict.
    report = RunReport(outcome="internal", message=OURS,
                       error={"kind": "import", "type": "MemoryError", "message": "",
                              "traceback": "", "line": None},
                       results={0: {"ok": True, "output": 2.0, "mutated": []}})
    result = judge(cases=CASES, report=report, config=CONFIG, points=10, public_only=False)
    assert (result.verdict, result.message, result.score) == ("internal", OURS, 0.0)
