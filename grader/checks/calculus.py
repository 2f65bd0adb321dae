"""Calculus and optimisation: ``gradient`` and ``converges``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ._coerce import input_array, reference_array, to_array, what_for
from ._compare import check_params, compare, require_shape, within
from ._format import fmt_array, fmt_position, fmt_real, fmt_scalar
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
    ``atol + rtol·|x*|`` (elementwise) of the expected optimum ``x*``."""
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    value = to_array(got, what_for(reference))
    require_shape(reference, value)
    blown = ~np.isfinite(value) & np.isfinite(reference)
    if blown.any():
        index = tuple(int(i) for i in np.argwhere(blown)[0])
        where = f" at position {fmt_position(index)}" if index else ""
        raise Reject(f"your iteration diverged: got {fmt_scalar(value[index])}{where}")
    if within(reference, value, rtol, atol).all():
        return
    tolerance = (
        f"the tolerance (rtol {fmt_real(rtol, point=False)}, atol {fmt_real(atol, point=False)})"
    )
    if reveal:
        raise Reject(
            f"your iteration stopped at {fmt_array(value)}, which is not within {tolerance} "
            f"of the solution {fmt_array(reference)}"
        )
    raise Reject(
        f"your iteration stopped at a point which is not within {tolerance} of the solution"
    )
