"""Fuzzing the path from a jail's bytes to a verdict: parse_events, classify, judge.

The learner controls every byte of the result channel. Whatever it writes, the worker must
end with one of the known verdicts, and the report handed downstream must have the documented
shape, never raise.
"""

import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.codec import ALLOWED_DTYPES, decode
from grader.judge import judge
from grader.sandbox.report import classify, parse_events
from grader.sandbox.types import Limits, RunReport

VERDICTS = {"passed", "failed", "error", "timeout", "memory", "output", "crash", "internal"}
POINTS = 10.0
# Trusted, stored cases and their exercise's checks, as the grading service has them.
SINGLE: list[dict[str, Any]] = [
    {"name": "scalar", "public": True, "weight": 1.0, "args": {"x": [1.0, 2.0]},
     "expected": 3.0},
    {"name": "vector", "public": False, "weight": 2.0, "args": {"x": [1.0, -1.0]},
     "expected": {"__ndarray__": {"dtype": "float64", "shape": [2], "data": [1.0, -1.0]}}},
]
PAIRS: list[dict[str, Any]] = [
    {"name": "pair", "public": True, "weight": 1.0, "args": {"x": [0.0, 1.0]},
     "expected": [1.0, [0.0, 1.0]]},
    {"name": "another pair", "public": False, "weight": 1.0, "args": {"x": [2.0, 1.0]},
     "expected": [2.0, [1.0, 0.0]]},
]
EXERCISES: list[tuple[list[dict[str, Any]], dict[str, Any]]] = [
    (SINGLE, {"checks": [{"check": "close"}], "inputs_read_only": True}),
    (SINGLE, {"checks": [{"check": "exact"}], "inputs_read_only": False}),
    (PAIRS, {"checks": [{"check": "close", "output": 0}, {"check": "up_to_sign", "output": 1}],
             "inputs_read_only": False}),
]
ERROR_KINDS = ["memory", "unencodable", "exception", "import", "syntax", "missing", "cases"]

scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats() | st.text(max_size=12))
plain = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=4),
    max_leaves=16,
)
shapes = st.lists(st.integers(min_value=-1, max_value=5) | plain, max_size=4) | plain
arrays = st.builds(
    lambda dtype, shape, data: {"__ndarray__": {"dtype": dtype, "shape": shape, "data": data}},
    st.sampled_from([*sorted(ALLOWED_DTYPES), "object", "<f8"]) | plain,
    shapes,
    st.lists(st.integers() | st.floats() | st.booleans() | plain, max_size=6) | plain,
)
tagged = st.one_of(
    arrays,
    st.builds(lambda body: {"__float__": body}, st.sampled_from(["nan", "inf", "-inf"]) | plain),
    st.builds(lambda body: {"__complex__": body},
              st.lists(st.integers() | st.floats() | plain, max_size=3) | plain),
    st.builds(lambda body: {"__unsupported__": body}, plain),
    st.builds(lambda body: {"__callable__": body}, plain),
)
values = st.recursive(plain | tagged, lambda inner: st.lists(inner, max_size=3), max_leaves=8)


def typed_or_not(typed: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the right type (to get past the first checks), sometimes anything at all."""
    return st.one_of(typed, typed, values)


error_details = st.fixed_dictionaries({}, optional={
    "kind": typed_or_not(st.sampled_from(ERROR_KINDS)),
    "type": typed_or_not(st.sampled_from(["MemoryError", "ValueError"]) | st.text()),
    "message": typed_or_not(st.text()),
    "traceback": typed_or_not(st.text()),
    "line": typed_or_not(st.integers()),
})
case_events = st.fixed_dictionaries({"event": st.just("case")}, optional={
    "index": typed_or_not(st.integers(min_value=-2, max_value=4)),
    "ok": typed_or_not(st.booleans()),
    "output": values,
    "mutated": typed_or_not(st.lists(st.sampled_from(["x", "y"]) | values, max_size=3)),
    "error": typed_or_not(error_details),
})
case_entries = st.fixed_dictionaries({}, optional={
    "name": typed_or_not(st.text()),
    "public": typed_or_not(st.booleans()),
    "weight": typed_or_not(st.floats() | st.integers()),
    "args": typed_or_not(st.dictionaries(st.text(max_size=3), values, max_size=3)),
})
cases_events = st.fixed_dictionaries({"event": st.just("cases")}, optional={
    "cases": typed_or_not(st.lists(typed_or_not(case_entries), max_size=4)),
})
error_events = st.fixed_dictionaries({"event": st.just("error")}, optional={
    "kind": typed_or_not(st.sampled_from(ERROR_KINDS)),
    "type": typed_or_not(st.text()),
    "message": typed_or_not(st.text()),
    "traceback": typed_or_not(st.text()),
    "line": typed_or_not(st.integers()),
})
done_events = st.fixed_dictionaries({"event": typed_or_not(st.just("done"))},
                                    optional={"verdict": values})
events = st.one_of(case_events, cases_events, error_events, done_events,
                   st.dictionaries(st.text(max_size=6), values, max_size=3))
# The learner may write NaN and Infinity tokens, which Python's json accepts.
event_lines = st.builds(lambda event: json.dumps(event).encode(), events)
streams = st.lists(event_lines | st.binary(max_size=30), max_size=10).map(b"\n".join)


def assert_documented_shape(report: RunReport) -> None:
    """What downstream code (judge, exercise services, the setup command) relies on."""
    assert isinstance(report.cases, list)
    for case in report.cases:
        assert isinstance(case["name"], str) and isinstance(case["public"], bool)
        assert isinstance(case["weight"], float) and math.isfinite(case["weight"])
        assert isinstance(case["args"], dict)
    for index, result in report.results.items():
        assert type(index) is int and index >= 0
        assert type(result["ok"]) is bool
        if result["ok"]:
            assert "output" in result
            assert all(isinstance(name, str) for name in result["mutated"])
        else:
            error = result["error"]
            assert error is None or isinstance(error, dict)
            for key, value in (error or {}).items():
                assert isinstance(value, int if key == "line" else str), (key, value)
    if report.error is not None:
        for key in ("kind", "type", "message", "traceback"):
            assert report.error[key] is None or isinstance(report.error[key], str)
        line = report.error["line"]
        assert line is None or (type(line) is int)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(result=streams, stdout=st.binary(max_size=40), stderr=st.binary(max_size=40),
       exit_code=st.none() | st.integers(min_value=-70, max_value=300),
       timed_out=st.booleans(), overflow=st.sampled_from(["", "", "stdout", "result"]),
       public_only=st.booleans())
def test_no_event_stream_can_raise_in_the_worker(
    result: bytes, stdout: bytes, stderr: bytes, exit_code: int | None, timed_out: bool,
    overflow: str, public_only: bool,
) -> None:
    report = parse_events(result, stdout=stdout, stderr=stderr)
    assert_documented_shape(report)
    report.exit_code = exit_code
    classify(report, timed_out=timed_out, overflow=overflow, limits=Limits())
    for cases, config in EXERCISES:
        judgement = judge(cases=cases, report=report, config=config, points=POINTS,
                          public_only=public_only)
        assert judgement.verdict in VERDICTS, judgement
        assert 0.0 <= judgement.score <= POINTS
        assert isinstance(judgement.message, str)
        for test in judgement.tests:
            assert isinstance(test["message"], str) and isinstance(test["error"], str)
        # Stored as JSON (PostgreSQL's jsonb refuses NUL).
        assert "\\u0000" not in json.dumps(judgement.tests)


@settings(max_examples=400, deadline=None)
@given(value=values)
def test_decoding_any_output_never_raises(value: Any) -> None:
    decode(value)
