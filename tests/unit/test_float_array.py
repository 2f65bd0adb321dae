"""`close` with float_array: a statement's "returns a float array" is checked, not assumed."""

import numpy as np
import pytest

from grader.checks import run_check
from grader.checks.specs import check_spec_problems

EXPECTED = [[1.0, 2.0], [3.0, 4.0]]


@pytest.mark.parametrize(("got", "message"), [
    (np.array([[1, 2], [3, 4]]), "expected an array of floats, got an array of int64"),
    (np.array([[1, 2], [3, 4]], dtype=np.uint8), "got an array of uint8"),
    ([[1.0, 2.0], [3.0, 4.0]], "expected a NumPy array of floats, got a list"),
])
def test_an_answer_that_is_not_a_float_array_fails_with_its_kind(got: object,
                                                                 message: str) -> None:
    result = run_check("close", {}, EXPECTED, got, reveal=False,
                       params={"float_array": True})
    assert not result.passed and message in result.message


def test_float_arrays_of_any_width_pass_and_the_default_accepts_integers() -> None:
    for dtype in (np.float64, np.float32):
        assert run_check("close", {}, EXPECTED, np.array(EXPECTED, dtype=dtype), reveal=True,
                         params={"float_array": True}).passed
    assert run_check("close", {}, EXPECTED, np.array([[1, 2], [3, 4]]), reveal=True,
                     params={}).passed


def test_the_parameter_is_validated_when_the_package_loads() -> None:
    assert check_spec_problems({"check": "close", "float_array": True}) == []
    assert check_spec_problems({"check": "close", "float_array": 1}) != []
