"""Printed output per case, from the harness's events to the learner's feedback.

The harness marks which case was running when the learner printed (its `start` and `print`
events); the worker parses those events strictly, keeps each section in order and capped,
and the judge shows the output of public cases only, using the trusted stored cases. The
learner can print anything and can write to the result channel too: nothing they write can
move text into a section that has already ended.
"""

import io
import json
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.judge import judge
from grader.sandbox import harness
from grader.sandbox.report import KEPT_CASE_CHARS, KEPT_STDOUT_CHARS, parse_events
from grader.sandbox.types import RunReport

CASES_SOURCE = """
def cases(rng):
    return [
        {"name": "public", "public": True, "args": {"x": [1, 2]}},
        {"name": "hidden", "args": {"x": [3, 4]}},
        {"name": "public too", "public": True, "args": {"x": [5, 6]}},
    ]
"""
# The trusted, stored cases of the exercise above, as the worker has them.
STORED = [
    {"name": "public", "public": True, "weight": 1.0, "args": {"x": [1, 2]}, "expected": 3},
    {"name": "hidden", "public": False, "weight": 1.0, "args": {"x": [3, 4]}, "expected": 7},
    {"name": "public too", "public": True, "weight": 1.0, "args": {"x": [5, 6]},
     "expected": 11},
]
CONFIG = {"checks": [{"check": "close"}], "inputs_read_only": False}
NOT_SHOWN = "[3, 4]"  # the hidden input, as a learner would print it


def lines(*events: Any) -> bytes:
    return b"".join((e if isinstance(e, bytes) else json.dumps(e).encode()) + b"\n"
                    for e in events)


def start(index: int) -> dict[str, Any]:
    return {"event": "start", "index": index}


def printed(case: int | None, text: str) -> dict[str, Any]:
    return {"event": "print", "case": case, "text": text}


def result(index: int, output: Any) -> dict[str, Any]:
    return {"event": "case", "index": index, "ok": True, "output": output, "mutated": []}


def parsed(*events: Any) -> RunReport:
    return parse_events(lines(*events), stdout=b"", stderr=b"")


def judged(report: RunReport, *, public_only: bool = False) -> Any:
    return judge(cases=STORED, report=report, config=CONFIG, points=10,
                 public_only=public_only)


# --- the harness: who printed what, when ---------------------------------------------------


def run_harness(code: str, *, public_only: bool = False) -> list[dict[str, Any]]:
    """Runs the harness in this process, as the jail would, and returns its events."""
    channel = io.StringIO()
    job = {"code": code, "cases_source": CASES_SOURCE, "entry": "f", "seed": 1,
           "public_only": public_only}
    real = sys.stdout
    harness.run_job(job, channel)
    assert sys.stdout is real, "the harness must give stdout back"
    return [json.loads(line) for line in channel.getvalue().splitlines()]


def sections(events: list[dict[str, Any]]) -> list[tuple[Any, str]]:
    return [(event["case"], event["text"]) for event in events if event["event"] == "print"]


def test_the_harness_sends_each_public_case_its_own_prints() -> None:
    code = "print('loading')\n\ndef f(x):\n    print('x is', x)\n    return sum(x)\n"
    events = run_harness(code)
    assert sections(events) == [(None, "loading\n"), (0, "x is [1, 2]\n"),
                                (2, "x is [5, 6]\n")]


def test_the_harness_never_sends_a_hidden_cases_prints() -> None:
    events = run_harness("def f(x):\n    print('x is', x)\n    return sum(x)\n")
    assert NOT_SHOWN not in json.dumps([event for event in events
                                        if event["event"] != "cases"])


def test_the_harness_marks_each_case_before_the_learner_runs_it() -> None:
    events = run_harness("def f(x):\n    print(x)\n    return sum(x)\n")
    order = [(event["event"], event.get("index", event.get("case")))
             for event in events if event["event"] in ("start", "print", "case")]
    assert order == [("start", 0), ("print", 0), ("case", 0), ("start", 1), ("case", 1),
                     ("start", 2), ("print", 2), ("case", 2)]


def test_printed_markers_are_only_text() -> None:
    fake = json.dumps(printed(0, "[3, 4]"))
    code = f"import json\n\ndef f(x):\n    print({fake!r})\n    return sum(x)\n"
    events = run_harness(code)
    assert [event["event"] for event in events].count("print") == 2  # both public cases
    assert all(event["text"] == fake + "\n" for event in events if event["event"] == "print")


def test_a_partial_line_is_sent_when_the_case_ends() -> None:
    events = run_harness("def f(x):\n    print(x, end='')\n    return sum(x)\n")
    assert sections(events) == [(0, "[1, 2]"), (2, "[5, 6]")]


def test_each_case_keeps_only_the_head_of_a_flood() -> None:
    events = run_harness("def f(x):\n    for _ in range(50):\n        print('y' * 1000)\n"
                         "    return sum(x)\n")
    kept = "".join(text for case, text in sections(events) if case == 0)
    assert len(kept) == harness.CASE_CHARS and set(kept) <= {"y", "\n"}


def test_prints_from_other_threads_are_not_attributed() -> None:
    code = ("import threading\n\ndef f(x):\n"
            "    thread = threading.Thread(target=print, args=('from a thread', x))\n"
            "    thread.start()\n    thread.join()\n    return sum(x)\n")
    assert sections(run_harness(code)) == []


def test_only_public_cases_run_when_checking_examples() -> None:
    events = run_harness("def f(x):\n    print(x)\n    return sum(x)\n", public_only=True)
    assert sections(events) == [(0, "[1, 2]\n"), (2, "[5, 6]\n")]


# --- the worker: strict parsing, in order, capped ------------------------------------------


def test_print_events_are_kept_per_section() -> None:
    report = parsed(printed(None, "loading\n"), start(0), printed(0, "a\n"), printed(0, "b\n"),
                    result(0, 3), start(2), printed(2, "c\n"), result(2, 11))
    assert report.top_stdout == "loading\n"
    assert report.case_stdout == {0: "a\nb\n", 2: "c\n"}


@pytest.mark.parametrize("event", [
    {"event": "print", "case": True, "text": "x"},
    {"event": "print", "case": "0", "text": "x"},
    {"event": "print", "case": -1, "text": "x"},
    {"event": "print", "case": 10**30, "text": "x"},
    {"event": "print", "case": 0, "text": ["x"]},
    {"event": "print", "case": 0},
    {"event": "print", "text": "x"},
    {"event": "start", "index": "0"},
])
def test_ill_typed_print_events_are_dropped(event: dict[str, Any]) -> None:
    report = parsed(event)
    assert (report.top_stdout, report.case_stdout) == ("", {})


def test_a_section_that_ended_takes_no_more_text() -> None:
    # The learner, running case 1 (hidden), claims text for case 0 and for the top level.
    report = parsed(printed(None, "loading\n"), start(0), printed(0, "a\n"), result(0, 3),
                    start(1), printed(0, NOT_SHOWN), printed(None, NOT_SHOWN), result(1, 7))
    assert report.top_stdout == "loading\n"
    assert report.case_stdout == {0: "a\n"}


def test_a_case_result_ends_its_section() -> None:
    report = parsed(start(0), result(0, 3), printed(0, NOT_SHOWN))
    assert report.case_stdout == {}


def test_sections_are_capped() -> None:
    report = parsed(printed(None, "t" * (KEPT_STDOUT_CHARS + 10)), start(0),
                    *[printed(0, "c" * 1000) for _ in range(10)])
    assert report.top_stdout == "t" * KEPT_STDOUT_CHARS
    assert report.case_stdout[0] == "c" * KEPT_CASE_CHARS


def test_printed_text_is_storable() -> None:
    report = parse_events(b'{"event": "print", "case": 0, "text": "a\\u0000b\\udcff"}\n',
                          stdout=b"", stderr=b"")
    assert report.case_stdout == {0: "a\ufffdb\ufffd"}


# --- the judge: public output beside its test, hidden output nowhere ----------------------


def forged_report() -> RunReport:
    """A report with text for every case, the hidden one too (as a forged channel has)."""
    return RunReport(
        results={i: {"ok": True, "output": case["expected"], "mutated": []}
                 for i, case in enumerate(STORED)},
        top_stdout="loading\n", case_stdout={0: "zero\n", 1: NOT_SHOWN, 2: "two\n"},
        finished=True,
    )


def test_public_tests_show_their_output_and_hidden_ones_none() -> None:
    judgement = judged(forged_report())
    assert [test.get("stdout") for test in judgement.tests] == ["zero\n", None, "two\n"]
    assert judgement.stdout == "loading\nzero\ntwo\n"
    assert NOT_SHOWN not in json.dumps([judgement.tests, judgement.stdout])


def test_the_trusted_cases_decide_what_is_public() -> None:
    # The jail's own copy of the cases says everything is public: it is not asked.
    report = forged_report()
    report.cases = [{**case, "public": True} for case in STORED]
    judgement = judged(report)
    assert NOT_SHOWN not in json.dumps([judgement.tests, judgement.stdout])


def test_checking_examples_shows_public_output_only() -> None:
    judgement = judged(forged_report(), public_only=True)
    assert [test["stdout"] for test in judgement.tests] == ["zero\n", "two\n"]
    assert judgement.stdout == "loading\nzero\ntwo\n"


def test_a_public_test_that_printed_nothing_has_no_output() -> None:
    report = forged_report()
    report.case_stdout = {}
    judgement = judged(report)
    assert all("stdout" not in test for test in judgement.tests)
    assert judgement.stdout == "loading\n"


def test_the_shown_output_is_capped() -> None:
    report = forged_report()
    report.top_stdout = "t" * KEPT_STDOUT_CHARS
    assert len(judged(report).stdout) == KEPT_STDOUT_CHARS


def test_nothing_printed_counts_when_the_sandbox_failed() -> None:
    report = forged_report()
    report.outcome, report.message = "internal", "ours"
    judgement = judged(report)
    assert judgement.stdout == ""
    assert all("stdout" not in test for test in judgement.tests)


event_streams = st.lists(
    st.one_of(
        st.builds(printed, st.none() | st.integers(min_value=-2, max_value=4),
                  st.text(max_size=20)),
        st.builds(start, st.integers(min_value=-2, max_value=4)),
        st.builds(result, st.integers(min_value=-2, max_value=4), st.integers()),
        st.fixed_dictionaries({"event": st.just("print"),
                               "case": st.none() | st.booleans() | st.text(max_size=3),
                               "text": st.none() | st.integers() | st.text(max_size=5)}),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=event_streams)
def test_no_stream_shows_a_hidden_cases_text(stream: list[dict[str, Any]]) -> None:
    marked = [
        {**event, "text": NOT_SHOWN} if event["event"] == "print" and event["case"] == 1
        else event
        for event in stream
    ]
    report = parsed(*marked)
    assert isinstance(report.top_stdout, str)
    assert all(type(i) is int and isinstance(text, str)
               for i, text in report.case_stdout.items())
    judgement = judged(report)
    assert NOT_SHOWN not in json.dumps([judgement.tests, judgement.stdout])
