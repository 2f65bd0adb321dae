"""`returns_new`: the worker fails a case whose answer is one of the arguments (or a view).

The jail's `aliased` list is untrusted data: only names of the stored case's arguments may
reach the message, and anything else in it is no aliasing at all.
"""

from typing import Any

import pytest

from grader.judge import judge
from grader.sandbox import RunReport
from grader.sandbox.report import parse_events

CASES = [{"name": "matrix", "public": True, "weight": 1.0,
          "args": {"A": [[1.0, 2.0]], "B": [[3.0, 4.0]]}, "expected": [[1.0, 2.0]]}]
RETURNS_NEW = {"checks": [{"check": "close"}], "inputs_read_only": False, "returns_new": True}
MESSAGE = ("Your function returned its argument `A` itself (or a view of it); the statement "
           "asks for a new array: return a copy.")


def judged(aliased: Any, config: dict[str, Any] = RETURNS_NEW) -> dict[str, Any]:
    result = {"ok": True, "output": [[1.0, 2.0]], "mutated": [], "aliased": aliased}
    report = RunReport(results={0: result}, finished=True)
    return judge(cases=CASES, report=report, config=config, points=10,
                 public_only=False).tests[0]


def test_a_returned_argument_fails_with_a_message_that_says_to_copy() -> None:
    test = judged(["A"])
    assert (test["passed"], test["message"]) == (False, MESSAGE)


def test_two_returned_arguments_are_both_named() -> None:
    assert judged(["A", "B"])["message"] == (
        "Your function returned its arguments `A`, `B` themselves (or views of them); the "
        "statement asks for a new array: return a copy.")


def test_without_returns_new_an_aliased_answer_passes() -> None:
    config = {"checks": [{"check": "close"}], "inputs_read_only": False}
    assert judged(["A"], config)["passed"] is True


def test_a_new_array_passes() -> None:
    assert judged([])["passed"] is True


@pytest.mark.parametrize("aliased", [
    "A", 7, None, {"A": 1}, [1, None, ["A"]], ["<script>"], ["x" * 10_000], ["not_an_arg"],
])
def test_anything_but_names_of_the_case_arguments_is_no_aliasing(aliased: Any) -> None:
    assert judged(aliased)["passed"] is True


def test_only_argument_names_reach_the_message() -> None:
    message = judged(["<b>forged</b>", "A", 5])["message"]
    assert message == MESSAGE


def test_the_parser_keeps_only_a_few_short_strings() -> None:
    line = ('{"event": "case", "index": 0, "ok": true, "output": 1, '
            '"aliased": ["A", 3, "' + "y" * 500 + '", null, "B"]}\n')
    report = parse_events(line.encode(), stdout=b"", stderr=b"")
    assert report.results[0]["aliased"] == ["A", "B"]
