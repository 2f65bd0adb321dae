"""Tolerance comparisons shared by the numeric checks.

An entry ``g`` matches its reference ``e`` when ``|g - e| <= atol + rtol * |e|``: the
tolerance scales with the *reference*, never with the learner's value.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ._format import (
    digits_to_differ,
    fmt_array,
    fmt_pair,
    fmt_position,
    fmt_scalar,
    fmt_shape,
    fmt_size,
    fmt_size_above,
)
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


def error_size(expected: Any, got: Any, *, rtol: float, atol: float, reveal: bool) -> str:
    """How far ``got`` is from ``expected`` against the tolerance that failed it, e.g.
    ``off by 2.9e-5 relative; the tolerance is 1e-6``.

    The error is relative when ``rtol·|expected|`` dominates the tolerance, absolute otherwise
    (a reference at or near 0). Hidden cases get ``off by about 2e-5 (relative)``: one
    significant digit, truncated, which tells how far off the answer is but not in which
    direction nor, to more than a digit, where the expected value lies.
    """
    scale = abs(complex(expected))
    relative = scale > 0 and rtol * scale >= atol
    error = abs(complex(got) - complex(expected)) / (scale if relative else 1.0)
    tolerance = rtol if relative else atol
    kind = "relative" if relative else "absolute"
    shown_tolerance = fmt_size(tolerance)
    if reveal:
        return (f"off by {fmt_size_above(error, tolerance, 2)} {kind}; "
                f"the tolerance is {shown_tolerance}")
    about = fmt_size_above(error, tolerance, 1, down=True)
    return f"off by about {about} ({kind}); the tolerance is {shown_tolerance}"


def mismatch(
    expected: np.ndarray,
    got: np.ndarray,
    bad: np.ndarray,
    *,
    rtol: float,
    atol: float,
    reveal: bool,
    entry: str = "entry",
) -> str:
    """What is wrong with ``got`` where ``bad`` (same shape) marks the entries out of
    tolerance: the expected and received values for public cases, then the first wrong entry
    and its error against the tolerance."""
    index = _first(bad)
    if expected.ndim == 0:
        how = _how_wrong(expected, got, index, rtol=rtol, atol=atol, reveal=reveal)
        if not reveal:
            return f"the value is {how}"
        shown_exp, shown_got = fmt_pair(expected[index], got[index])
        if not np.isfinite(expected[index]):
            return f"expected {shown_exp}, got {shown_got}"
        return f"expected {shown_exp}, got {shown_got} ({how})"
    where = wrong_entries(expected, got, bad, rtol=rtol, atol=atol, reveal=reveal, entry=entry)
    if not reveal:
        return where
    shown_exp, shown_got = fmt_arrays(expected, got, index)
    return f"expected {shown_exp}, got {shown_got}; {where}"


def fmt_arrays(expected: np.ndarray, got: np.ndarray, index: tuple[int, ...]) -> tuple[str, str]:
    """Two arrays with enough digits to tell their entries at ``index`` apart."""
    if expected.ndim == 0:
        return fmt_pair(expected[()], got[()])
    digits = digits_to_differ(expected[index], got[index])
    return fmt_array(expected, digits), fmt_array(got, digits)


def wrong_entries(
    expected: np.ndarray,
    got: np.ndarray,
    bad: np.ndarray,
    *,
    rtol: float,
    atol: float,
    reveal: bool,
    entry: str = "entry",
) -> str:
    """``the entry at (1,) is off by ...``, or ``2 of 3 entries are wrong; the first, at
    (1,), is off by ...`` (arrays of at least one dimension; never the expected values)."""
    index = _first(bad)
    how = _how_wrong(expected, got, index, rtol=rtol, atol=atol, reveal=reveal)
    count = int(bad.sum())
    if count == 1:
        return f"the {entry} at {fmt_position(index)} is {how}"
    return (f"{count} of {expected.size} {plural(entry)} are wrong; the first, at "
            f"{fmt_position(index)}, is {how}")


def _how_wrong(expected: np.ndarray, got: np.ndarray, index: tuple[int, ...], *, rtol: float,
               atol: float, reveal: bool) -> str:
    if not np.isfinite(expected[index]):
        return "not correct"  # an error size means nothing against inf or NaN
    return error_size(expected[index], got[index], rtol=rtol, atol=atol, reveal=reveal)


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
    if bad.any():
        raise Reject(mismatch(expected, got, bad, rtol=rtol, atol=atol, reveal=reveal,
                              entry=entry))
