"""Calculus and optimisation: ``gradient`` and ``converges``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ._coerce import input_array, reference_array, to_array, what_for
from ._compare import (
    check_params,
    compare,
    error_size,
    fmt_arrays,
    require_shape,
    within,
    wrong_entries,
)
from ._format import fmt_position, fmt_scalar
from ._types import CheckSpecError, Reject, check


def central_difference(fn: Callable[[Any], Any], point: np.ndarray, h: float) -> np.ndarray:
    """The central finite-difference gradient ``(f(x + h eᵢ) - f(x - h eᵢ)) / 2h`` of a trusted
    scalar function. ``fn`` receives a float array shaped like ``point`` (a float for a
    scalar point)."""
    x = point.astype(np.float64)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[index] = h
        grad[index] = (_call(fn, x + step) - _call(fn, x - step)) / (2 * h)
    return grad


def _call(fn: Callable[[Any], Any], x: np.ndarray) -> float:
    try:
        return float(fn(x if x.ndim else float(x)))
    except Exception as exc:
        raise CheckSpecError(f"gradient: the reference function failed: {exc!r}") from exc


@check
def gradient(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-4,
    atol: float = 1e-6,
    fn: Callable[[Any], Any] | None = None,
    at: str | None = None,
    h: float = 1e-5,
) -> None:
    """A gradient close to the reference within a finite-difference-friendly tolerance.

    The reference is ``expected``; or, when both ``fn`` (a trusted Python callable returning a
    scalar) and ``at`` (the name of the input holding the point) are given, the central finite
    difference of ``fn`` at ``inputs[at]`` with step ``h`` (``expected`` is then ignored).
    """
    check_params(rtol=rtol, atol=atol, h=h)
    if (fn is None) != (at is None):
        raise CheckSpecError("gradient needs both fn and at, or neither")
    if fn is not None:
        if not callable(fn) or h == 0:
            raise CheckSpecError("gradient: fn must be callable and h positive")
        reference = central_difference(fn, input_array(inputs, at), h)
    else:
        reference = reference_array(expected)
    value = to_array(got, what_for(reference))
    compare(reference, value, rtol=rtol, atol=atol, reveal=reveal, entry="gradient entry")


# An iterate within this many tolerances of the reference's, and within this fraction of its
# length, is "close": the update is probably right and the loop stopped at another step.
_NEAR_TOLERANCES = 1000
_NEAR_RELATIVE = 0.01
_CLOSE = ("That is close: if your update is right, your loop stops at a different step than "
          "the statement's stopping rule and iteration budget say.")
# Far off, the likely culprit is the update, not the count: never tell such a learner to
# iterate longer (the learner may well have settled, just at the wrong point).
_FAR = ("That is far: check the update step first (its direction, and the derivative or "
        "matrix it uses), then the stopping rule.")


@check
def converges(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-4,
    atol: float = 1e-6,
) -> None:
    """The final iterate of an iterative method (scalar or vector) is within
    ``atol + rtol·|x_ref|`` (elementwise) of ``x_ref``, the final iterate of the reference
    method run on the same inputs.

    ``x_ref`` is not necessarily the optimum: with a small iteration budget the reference
    stops early too. Messages therefore call it the reference method's final iterate. The
    check sees only final iterates, so it tells a near miss (probably the stopping rule or
    the budget) from a far one (probably the update) by the distance between them.
    """
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    value = to_array(got, what_for(reference))
    require_shape(reference, value)
    blown = ~np.isfinite(value) & np.isfinite(reference)
    if blown.any():
        index = tuple(int(i) for i in np.argwhere(blown)[0])
        where = f" at position {fmt_position(index)}" if index else ""
        raise Reject(f"your iteration diverged: got {fmt_scalar(value[index])}{where}")
    bad = ~within(reference, value, rtol, atol)
    if not bad.any():
        return
    advice = _CLOSE if _near(reference, value, rtol, atol) else _FAR
    raise Reject(f"{_distance(reference, value, bad, rtol, atol, reveal)}. {advice}")


def _distance(reference: np.ndarray, value: np.ndarray, bad: np.ndarray, rtol: float,
              atol: float, reveal: bool) -> str:
    if reference.ndim == 0:
        how = error_size(reference, value, rtol=rtol, atol=atol, reveal=reveal)
        where = f"it is {how}"
    else:
        where = wrong_entries(reference, value, bad, rtol=rtol, atol=atol, reveal=reveal)
    if not reveal:
        return f"your final iterate is not the reference method's: {where}"
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    shown_ref, shown_value = fmt_arrays(reference, value, index)
    return f"your final iterate is {shown_value}, the reference method's is {shown_ref}: {where}"


def _near(reference: np.ndarray, value: np.ndarray, rtol: float, atol: float) -> bool:
    gap = np.abs(value - reference)
    if not (gap <= _NEAR_TOLERANCES * (atol + rtol * np.abs(reference))).all():
        return False
    length = float(np.linalg.norm(reference))
    return length == 0 or float(np.linalg.norm(gap)) <= _NEAR_RELATIVE * length
