"""The worker's strict decoding of what a jail sent back."""

import math

import numpy as np
import pytest

from grader.checks import Unsupported
from grader.codec import decode


def array(dtype: str, shape: list[int], data: list) -> dict:
    return {"__ndarray__": {"dtype": dtype, "shape": shape, "data": data}}


def test_it_decodes_an_array_with_its_dtype_and_shape() -> None:
    value = decode(array("float64", [2, 2], [1, 2, 3, {"__float__": "nan"}]))
    assert value.dtype == np.float64 and value.shape == (2, 2)
    assert value[0, 1] == 2 and math.isnan(value[1, 1])


def test_it_decodes_special_floats_and_complex_numbers() -> None:
    assert decode({"__float__": "-inf"}) == -math.inf
    assert decode({"__complex__": [1.0, {"__float__": "inf"}]}) == complex(1, math.inf)


@pytest.mark.parametrize("forged", [
    array("object", [1], [1]),
    array("float64", [3], [1, 2]),
    array("float64", [-1], []),
    array("float64", [1], ["1"]),
    array("float64", [1], [{"__unsupported__": "x"}]),
    {"__float__": "1e400"},
    {"__ndarray__": "AAAA"},
])
def test_it_turns_malformed_payloads_into_unsupported(forged: dict) -> None:
    assert isinstance(decode(forged), Unsupported)


def test_it_keeps_plain_values_lists_and_dicts() -> None:
    assert decode([1, "a", None, True, {"k": [2.5]}]) == [1, "a", None, True, {"k": [2.5]}]


def test_an_unsupported_object_keeps_its_type_name() -> None:
    assert decode({"__unsupported__": "Matrix"}) == Unsupported("Matrix")
