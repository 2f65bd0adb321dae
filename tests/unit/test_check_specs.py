"""Unit tests of check spec validation (grader.checks.check_spec_problems): a `[[checks]]` table
of exercise.toml is judged before any learner code runs, by check name and parameters."""

from __future__ import annotations

from typing import Any

import pytest

from grader.checks import CHECKS, check_spec_problems

# One valid spec per check, using every parameter a TOML table can hold.
VALID_SPECS: dict[str, dict[str, Any]] = {
    "close": {"check": "close", "rtol": 1e-3, "atol": 0},
    "exact": {"check": "exact", "output": 0},
    "up_to_sign": {"check": "up_to_sign", "rtol": 1e-6, "atol": 1e-7, "output": 1},
    "eigenvalues": {"check": "eigenvalues", "rtol": 1e-7, "atol": 1e-9},
    "eigenpairs": {"check": "eigenpairs", "matrix": "A", "rtol": 1e-6, "atol": 1e-8},
    "symmetric": {"check": "symmetric", "rtol": 1e-5, "atol": 1e-6},
    "psd": {"check": "psd", "atol": 1e-8, "rtol": 1e-6},
    "svd": {"check": "svd", "matrix": "M", "rtol": 1e-6, "atol": 1e-8},
    "same_subspace": {"check": "same_subspace", "rtol": 1e-6, "atol": 1e-8},
    "orthonormal_columns": {"check": "orthonormal_columns", "atol": 1e-8,
                            "allow_zero_columns": True, "same_span": False},
    "gradient": {"check": "gradient", "rtol": 1e-4, "atol": 1e-6, "h": 1e-5, "output": 3},
    "converges": {"check": "converges", "rtol": 1e-3, "atol": 1e-3},
    "probability_vector": {"check": "probability_vector", "rtol": 1e-6, "atol": 1e-12},
    "pvalue": {"check": "pvalue", "atol": 1e-4, "rtol": 1e-3, "output": 2},
    "decision": {"check": "decision", "output": 2},
    "plot": {"check": "plot", "rtol": 1e-6, "parts": ["lines", "bars"], "texts": ["title"]},
}


def test_the_valid_specs_cover_every_registered_check() -> None:
    assert set(VALID_SPECS) == set(CHECKS)


@pytest.mark.parametrize("name", sorted(VALID_SPECS))
def test_it_accepts_a_valid_spec_of_every_check(name: str) -> None:
    assert check_spec_problems(VALID_SPECS[name]) == []


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_it_accepts_the_bare_check_name(name: str) -> None:
    assert check_spec_problems({"check": name}) == []


def test_it_accepts_zero_tolerances_and_integer_tolerances() -> None:
    assert check_spec_problems({"check": "close", "rtol": 0.0, "atol": 0}) == []
    assert check_spec_problems({"check": "pvalue", "rtol": 1, "atol": 0.5}) == []


def test_it_rejects_an_unknown_check_listing_the_known_ones() -> None:
    [problem] = check_spec_problems({"check": "closeish"})
    assert "unknown check 'closeish'" in problem
    assert "did you mean `close`?" in problem
    assert "known checks: " + ", ".join(sorted(CHECKS)) in problem


def test_it_suggests_nothing_for_an_unknown_check_unlike_any_known_one() -> None:
    [problem] = check_spec_problems({"check": "zzz"})
    assert "unknown check 'zzz'" in problem and "did you mean" not in problem


def test_it_rejects_a_table_without_a_check_name() -> None:
    [problem] = check_spec_problems({"rtol": 1e-3})
    assert "`check`" in problem and "known checks: close" in problem


def test_it_rejects_a_check_name_that_is_not_a_string() -> None:
    [problem] = check_spec_problems({"check": 3})
    assert "unknown check 3" in problem


def test_it_rejects_a_spec_that_is_not_a_table() -> None:
    [problem] = check_spec_problems("close")  # type: ignore[arg-type]
    assert "table" in problem and "'close'" in problem


def test_it_rejects_an_unknown_parameter_suggesting_the_closest_one() -> None:
    assert check_spec_problems({"check": "close", "rtoll": 1e-3}) == [
        "unknown parameter `rtoll` of check `close` (did you mean `rtol`?); "
        "its parameters are: `rtol`, `atol`, `float_array`"
    ]


def test_it_suggests_output_for_a_misspelt_output() -> None:
    [problem] = check_spec_problems({"check": "close", "ouptut": 1})
    assert "did you mean `output`?" in problem


def test_it_rejects_a_parameter_of_another_check() -> None:
    [problem] = check_spec_problems({"check": "close", "matrix": "A"})
    assert "unknown parameter `matrix` of check `close`" in problem
    assert "did you mean" not in problem


def test_it_says_when_a_check_has_no_parameters() -> None:
    [problem] = check_spec_problems({"check": "exact", "atol": 1e-9})
    assert problem == "unknown parameter `atol` of check `exact`; it takes no parameters"


def test_it_does_not_accept_reveal_which_the_grader_sets_itself() -> None:
    [problem] = check_spec_problems({"check": "close", "reveal": True})
    assert "unknown parameter `reveal`" in problem


@pytest.mark.parametrize("value, shown", [
    ("1e-3", "the string '1e-3'"),
    (True, "the boolean True"),
    (-1e-3, "the number -0.001"),
    (float("nan"), "the number NaN"),
    (float("inf"), "the number inf"),
    ([1e-3], "a list of 1 item"),
])
def test_it_rejects_a_tolerance_that_is_not_a_finite_non_negative_number(
    value: Any, shown: str
) -> None:
    assert check_spec_problems({"check": "close", "atol": value}) == [
        f"parameter `atol` of check `close` must be a finite non-negative number, got {shown}"
    ]


def test_it_rejects_a_negative_step_size() -> None:
    [problem] = check_spec_problems({"check": "gradient", "h": -1e-5})
    assert "parameter `h` of check `gradient` must be a finite non-negative number" in problem


@pytest.mark.parametrize("value", [1, "true", 0.0])
def test_it_rejects_a_flag_that_is_not_a_boolean(value: Any) -> None:
    [problem] = check_spec_problems({"check": "orthonormal_columns", "same_span": value})
    assert problem.startswith(
        "parameter `same_span` of check `orthonormal_columns` must be true or false, got ")


def test_it_rejects_a_matrix_name_that_is_not_a_string() -> None:
    assert check_spec_problems({"check": "svd", "matrix": 0}) == [
        "parameter `matrix` of check `svd` must be a string, got the number 0"
    ]


def test_it_rejects_a_gradient_point_without_its_function() -> None:
    # A TOML table cannot hold the Python function `fn`, so `at` alone can never work.
    [problem] = check_spec_problems({"check": "gradient", "at": "x"})
    assert "check `gradient`" in problem and "`fn`" in problem and "`at`" in problem


def test_it_rejects_a_gradient_function_given_as_text() -> None:
    problems = check_spec_problems({"check": "gradient", "fn": "lambda x: x", "at": "x"})
    assert problems == [
        "parameter `fn` of check `gradient` must be a Python function, got the string "
        "'lambda x: x'"
    ]


@pytest.mark.parametrize("output", [0, 1, 7])
def test_it_accepts_a_non_negative_output_index(output: int) -> None:
    assert check_spec_problems({"check": "close", "output": output}) == []


@pytest.mark.parametrize("output, shown", [
    (-1, "the number -1"),
    (True, "the boolean True"),
    (1.0, "the number 1.0"),
    ("0", "the string '0'"),
])
def test_it_rejects_an_output_that_is_not_a_non_negative_integer(output: Any, shown: str) -> None:
    assert check_spec_problems({"check": "close", "output": output}) == [
        f"`output` must be a non-negative integer, got {shown}"
    ]


def test_it_reports_every_problem_of_a_spec_at_once() -> None:
    problems = check_spec_problems(
        {"check": "close", "rtoll": 1e-3, "atol": "0", "output": -1})
    assert len(problems) == 3
    assert any("`rtoll`" in p for p in problems)
    assert any("`atol`" in p for p in problems)
    assert any("`output`" in p for p in problems)


def test_it_rejects_the_output_of_an_unknown_check_too() -> None:
    problems = check_spec_problems({"check": "nope", "output": -2})
    assert len(problems) == 2 and "unknown check 'nope'" in problems[0]


def test_it_refuses_a_check_whose_parameter_annotation_it_cannot_judge(monkeypatch) -> None:
    def odd(inputs: Any, expected: Any, got: Any, *, reveal: bool, items: tuple = ()) -> None:
        raise AssertionError("never called")

    monkeypatch.setitem(CHECKS, "odd", odd)
    with pytest.raises(TypeError, match=r"odd.*items"):
        check_spec_problems({"check": "odd"})


def test_it_accepts_any_value_for_an_unannotated_parameter(monkeypatch) -> None:
    def loose(inputs, expected, got, *, reveal, anything=None):  # type: ignore[no-untyped-def]
        raise AssertionError("never called")

    monkeypatch.setitem(CHECKS, "loose", loose)
    assert check_spec_problems({"check": "loose", "anything": [1, "a"]}) == []
    assert "unknown parameter `other`" in check_spec_problems({"check": "loose", "other": 1})[0]
