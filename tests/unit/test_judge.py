"""Judging stored reference cases against a jail's report."""

from grader.judge import judge
from grader.sandbox import RunReport

CASES = [
    {"name": "public", "public": True, "weight": 1.0, "args": {"x": 1}, "expected": 2.0},
    {"name": "hidden", "public": False, "weight": 3.0, "args": {"x": 5}, "expected": 10.0},
]
CONFIG = {"checks": [{"check": "close"}], "inputs_read_only": False}


def report_with(outputs: dict[int, object], **fields: object) -> RunReport:
    results = {i: {"ok": True, "output": out, "mutated": []} for i, out in outputs.items()}
    return RunReport(results=results, **{"finished": True, **fields})  # type: ignore[arg-type]


def test_all_correct_outputs_pass_with_full_points() -> None:
    result = judge(cases=CASES, report=report_with({0: 2.0, 1: 10.0}), config=CONFIG,
                   points=10, public_only=False)
    assert (result.verdict, result.score, result.max_score) == ("passed", 10.0, 10.0)


def test_score_follows_case_weights() -> None:
    result = judge(cases=CASES, report=report_with({0: 2.0, 1: 11.0}), config=CONFIG,
                   points=10, public_only=False)
    assert result.verdict == "failed" and result.score == 2.5
    hidden = result.tests[1]
    assert not hidden["passed"] and "10" not in hidden["message"]


def test_public_feedback_shows_expected_and_got() -> None:
    result = judge(cases=CASES, report=report_with({0: 3.0, 1: 10.0}), config=CONFIG,
                   points=10, public_only=False)
    assert "2" in result.tests[0]["message"] and "3" in result.tests[0]["message"]


def test_a_timeout_keeps_the_cases_already_run() -> None:
    report = report_with({0: 2.0}, outcome="timeout", message="too slow", finished=False)
    result = judge(cases=CASES, report=report, config=CONFIG, points=10, public_only=False)
    assert result.verdict == "timeout" and result.score == 2.5
    assert result.tests[1]["message"].startswith("Not run")


def test_example_checks_judge_public_cases_only() -> None:
    result = judge(cases=CASES, report=report_with({0: 2.0}), config=CONFIG, points=10,
                   public_only=True)
    assert [t["name"] for t in result.tests] == ["public"]
    assert result.verdict == "passed"


def test_a_syntax_error_is_the_learners_error_with_its_message() -> None:
    report = RunReport(error={"kind": "syntax", "message": "SyntaxError on line 3: oops"})
    result = judge(cases=CASES, report=report, config=CONFIG, points=10, public_only=False)
    assert result.verdict == "error" and "line 3" in result.message and result.score == 0


def test_read_only_inputs_fail_when_mutated() -> None:
    report = RunReport(results={0: {"ok": True, "output": 2.0, "mutated": ["x"]}}, finished=True)
    config = {**CONFIG, "inputs_read_only": True}
    result = judge(cases=CASES[:1], report=report, config=config, points=10, public_only=False)
    assert not result.tests[0]["passed"] and "`x`" in result.tests[0]["message"]


def test_a_tuple_output_is_checked_item_by_item() -> None:
    cases = [{"name": "pair", "public": True, "weight": 1, "args": {}, "expected": [1.0, 2.0]}]
    config = {"checks": [{"check": "close", "output": 1}]}
    good = judge(cases=cases, report=report_with({0: [9.0, 2.0]}), config=config, points=1,
                 public_only=False)
    short = judge(cases=cases, report=report_with({0: 2.0}), config=config, points=1,
                  public_only=False)
    assert good.verdict == "passed"
    assert short.verdict == "failed" and "2 values" in short.tests[0]["message"]


def test_a_reference_array_output_is_split_like_a_tuple() -> None:
    array = {"__ndarray__": {"dtype": "float64", "shape": [2], "data": [1.0, 2.0]}}
    cases = [{"name": "pair", "public": True, "weight": 1, "args": {}, "expected": array}]
    config = {"checks": [{"check": "close", "output": 0}]}
    result = judge(cases=cases, report=report_with({0: [1.0, 5.0]}), config=config, points=1,
                   public_only=False)
    assert result.verdict == "passed"
