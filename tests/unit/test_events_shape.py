"""Events from a jail are checked once, by shape and type, when they are parsed.

Every byte on the result channel is learner-controlled (the learner's code can write to fd 3
itself). Whatever arrives, the worker ends with a learner verdict, never an exception.
"""

import json
import time
from typing import Any

import pytest

from grader.codec import decode
from grader.judge import judge
from grader.sandbox.report import classify, parse_events
from grader.sandbox.types import Limits, RunReport

CASES = [
    {"name": "public", "public": True, "weight": 1.0, "args": {"x": [1, 2]}, "expected": 2.0},
    {"name": "hidden", "public": False, "weight": 1.0, "args": {"x": [3, 4]}, "expected": 10.0},
]
CONFIG = {"checks": [{"check": "close"}], "inputs_read_only": True}
GENUINE_CASES = {"event": "cases", "cases": [
    {"name": "public", "public": True, "weight": 1.0, "args": {"x": [1, 2]}},
    {"name": "hidden", "public": False, "weight": 1.0, "args": {"x": [3, 4]}},
]}
DONE = {"event": "done"}


def lines(*events: Any) -> bytes:
    return b"".join((e if isinstance(e, bytes) else json.dumps(e).encode()) + b"\n"
                    for e in events)


def parsed(*events: Any, exit_code: int | None = 0) -> RunReport:
    report = parse_events(lines(*events), stdout=b"", stderr=b"")
    report.exit_code = exit_code
    classify(report, timed_out=False, overflow="", limits=Limits())
    return report


def verdict(report: RunReport) -> tuple[str, float]:
    judgement = judge(cases=CASES, report=report, config=CONFIG, points=10, public_only=False)
    return judgement.verdict, judgement.score


def test_a_string_error_is_a_failed_case_not_an_exception() -> None:
    report = parsed(GENUINE_CASES, {"event": "case", "index": 0, "ok": False, "error": "x"},
                    {"event": "case", "index": 1, "ok": True, "output": 10.0}, DONE)
    assert report.results[0] == {"ok": False, "error": None}
    assert verdict(report) == ("failed", 5.0)


def test_ill_typed_error_fields_are_dropped() -> None:
    error = {"kind": ["memory"], "type": 5, "message": "boom", "traceback": {"a": 1},
             "line": "7"}
    report = parsed(GENUINE_CASES, {"event": "case", "index": 0, "ok": False, "error": error},
                    DONE)
    assert report.results[0]["error"] == {"message": "boom"}
    assert report.outcome == "completed"  # a forged kind that is not a string is no verdict
    assert verdict(report)[0] == "failed"


def test_an_error_without_any_valid_field_is_no_error_detail() -> None:
    error = {"kind": 1, "type": None, "message": [], "traceback": 2.5, "line": True}
    report = parsed({"event": "case", "index": 0, "ok": False, "error": error}, DONE)
    assert report.results[0] == {"ok": False, "error": None}


@pytest.mark.parametrize("index", [True, False, -1, 10**6, 2**80, 1.0, "0", None, [0]])
def test_only_a_small_non_negative_int_is_a_case_index(index: Any) -> None:
    report = parsed({"event": "case", "index": index, "ok": True, "output": 2.0}, DONE)
    assert report.results == {}


@pytest.mark.parametrize("ok", ["yes", 1, 0, None, [], {}])
def test_ok_must_be_a_bool(ok: Any) -> None:
    report = parsed({"event": "case", "index": 0, "ok": ok, "output": 2.0}, DONE)
    assert report.results == {}


def test_a_successful_case_always_has_an_output_and_string_mutations() -> None:
    report = parsed({"event": "case", "index": 0, "ok": True,
                     "mutated": ["x", 1, {"y": 2}, None, "z"]},
                    {"event": "case", "index": 1, "ok": True, "output": 10.0, "mutated": "x"},
                    DONE)
    assert report.results[0] == {"ok": True, "output": None, "mutated": ["x", "z"],
                                 "aliased": []}
    assert report.results[1] == {"ok": True, "output": 10.0, "mutated": [], "aliased": []}
    assert verdict(report) == ("failed", 5.0)  # case 0: mutated `x`, and returned nothing


def test_cases_are_rebuilt_with_typed_fields() -> None:
    report = parsed({"event": "cases", "cases": [
        {"name": 5, "public": "yes", "weight": "heavy", "args": [1, 2]},
        {"name": "ok", "public": True, "weight": 2, "args": {"x": 1}, "expected": 99},
        {"name": "nan weight", "public": False, "weight": float("nan"), "args": {}},
        "not a case",
    ]}, DONE)
    assert report.cases == [
        {"name": "case 1", "public": False, "weight": 1.0, "args": {}},
        {"name": "ok", "public": True, "weight": 2.0, "args": {"x": 1}},
        {"name": "nan weight", "public": False, "weight": 1.0, "args": {}},
        {"name": "case 4", "public": False, "weight": 1.0, "args": {}},
    ]


@pytest.mark.parametrize("cases", ["all", 3, None, {"name": "x"}])
def test_a_cases_event_without_a_list_is_ignored(cases: Any) -> None:
    report = parsed({"event": "cases", "cases": cases}, GENUINE_CASES, DONE)
    assert [case["name"] for case in report.cases] == ["public", "hidden"]


def test_error_event_fields_are_typed() -> None:
    report = parsed({"event": "error", "kind": 7, "type": {"x": 1}, "message": ["m"],
                     "traceback": "tb", "line": "3"})
    assert report.error == {"kind": None, "type": None, "message": None, "traceback": "tb",
                            "line": None}
    assert verdict(report) == ("error", 0.0)


def test_a_bool_line_number_is_not_a_line() -> None:
    report = parsed({"event": "error", "kind": "syntax", "message": "bad", "line": True})
    assert report.error is not None and report.error["line"] is None


@pytest.mark.parametrize("line", [
    b'{"a":' + b"[" * 600 + b"]" * 600 + b"}",  # parses, but deeper than any real value
    b"[" * 100_000 + b"]" * 100_000,
    b'{"event": "case", "index": 0, "ok": true, "output": ' + b"[" * 900 + b"]" * 900 + b"}",
])
def test_deeply_nested_lines_never_raise(line: bytes) -> None:
    report = parsed(GENUINE_CASES, line, DONE)
    assert verdict(report)[0] in {"failed", "crash"}


def test_a_huge_integer_in_a_complex_number_is_unsupported_not_an_error() -> None:
    report = parsed(GENUINE_CASES, {"event": "case", "index": 0, "ok": True,
                                    "output": {"__complex__": [10**400, 1]}}, DONE)
    assert verdict(report) == ("failed", 0.0)


def test_an_absurd_array_shape_is_rejected_at_once() -> None:
    # The product of many huge dimensions (JSON allows 4300-digit integers) takes the worker
    # seconds to minutes to compute; an 8 MB result holds 1800 of them.
    shape = [10**4000] * 800 + [0]
    started = time.monotonic()
    value = decode({"__ndarray__": {"dtype": "float64", "shape": shape, "data": []}})
    assert type(value).__name__ == "Unsupported"
    assert time.monotonic() - started < 1.0
