"""Tolerance comparisons shared by the numeric checks.

An entry ``g`` matches its reference ``e`` when ``|g - e| <= atol + rtol * |e|``: the
tolerance scales with the *reference*, never with the learner's value.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ._format import fmt_array, fmt_position, fmt_scalar, fmt_shape
from ._types import CheckSpecError, Reject


def check_params(**params: Any) -> None:
    """Tolerances and step sizes must be finite non-negative numbers (authoring errors)."""
    for name, value in params.items():
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not math.isfinite(value) or value < 0:
            raise CheckSpecError(f"parameter {name} must be a non-negative number, got {value!r}")


def shape_message(expected: tuple[int, ...], got: tuple[int, ...]) -> str:
    if expected == ():
        return f"expected a single number, got shape {fmt_shape(got)}"
    if got == ():
        return f"expected shape {fmt_shape(expected)}, got a single number"
    return f"expected shape {fmt_shape(expected)}, got {fmt_shape(got)}"


def require_shape(expected: np.ndarray, got: np.ndarray) -> None:
    if expected.shape != got.shape:
        raise Reject(shape_message(expected.shape, got.shape))


def plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _at(index: tuple[int, ...]) -> str:
    return f" at position {fmt_position(index)}" if index else ""


def _first(mask: np.ndarray) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argwhere(mask)[0])


def require_finite(got: np.ndarray, expected: np.ndarray | None = None) -> None:
    """Reject NaN/inf in ``got`` wherever the reference (if given) is finite."""
    bad = ~np.isfinite(got)
    if expected is not None:
        bad &= np.isfinite(expected)
    if bad.any():
        index = _first(bad)
        raise Reject(f"got {fmt_scalar(got[index])}{_at(index)}")


def within(expected: np.ndarray, got: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Elementwise: does ``got`` match ``expected`` (non-finite references must match exactly,
    NaN matching NaN)? Shapes must already agree."""
    finite = np.isfinite(expected)
    safe_exp = np.where(finite, expected, 0)
    close = np.abs(got - safe_exp) <= atol + rtol * np.abs(safe_exp)
    same_nonfinite = np.where(np.isnan(expected), np.isnan(got), got == expected)
    return np.where(finite, close & np.isfinite(got), same_nonfinite)


def compare(
    expected: np.ndarray,
    got: np.ndarray,
    *,
    rtol: float,
    atol: float,
    reveal: bool,
    entry: str = "entry",
) -> None:
    """Reject unless ``got`` has the reference's shape and matches it within tolerance."""
    require_shape(expected, got)
    require_finite(got, expected)
    bad = ~within(expected, got, rtol, atol)
    if not bad.any():
        return
    index = _first(bad)
    if expected.ndim == 0:
        where = "the value is off by more than the tolerance"
        if not np.isfinite(expected):
            where = "the value is not correct"
    else:
        count = int(bad.sum())
        how = "is off by more than the tolerance"
        if not np.isfinite(expected[index]):
            how = "is not correct"
        where = f"the {entry} at {fmt_position(index)} {how}"
        if count > 1:
            where += f" ({count} of {expected.size} {plural(entry)} are wrong)"
    if reveal:
        shown = f"expected {fmt_array(expected)}, got {fmt_array(got)}"
        raise Reject(shown if expected.ndim == 0 else f"{shown}; {where}")
    raise Reject(where)
