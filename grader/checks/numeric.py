"""General-purpose comparisons: ``close``, ``exact`` and ``up_to_sign``."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ._coerce import Ragged, reference_array, to_array, what_for
from ._compare import (
    check_params,
    compare,
    require_finite,
    require_shape,
    within,
    wrong_entries,
)
from ._format import describe, digits_to_differ, fmt_any, fmt_array, kind_name
from ._types import CheckSpecError, Reject, Unsupported, check, prefixed


@check
def close(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-9,
    float_array: bool = False,
) -> None:
    """Numbers or arrays equal within ``|got - exp| <= atol + rtol * |exp|`` elementwise.

    When ``expected`` is a list whose items have different shapes (a tuple of results such as
    ``(values, matrix)``), ``got`` must be a list of the same length and is compared item by
    item; messages then start with ``item i:``. ``float_array``: the answer must be a NumPy
    array of floating-point numbers (a statement's "returns a float array"), not a list nor an
    integer array, whose arithmetic wraps around or truncates.
    """
    check_params(rtol=rtol, atol=atol)
    if float_array:
        _require_float_array(got)
    _close(expected, got, rtol=rtol, atol=atol, reveal=reveal)


def _require_float_array(got: Any) -> None:
    if not isinstance(got, np.ndarray):
        raise Reject(f"expected a NumPy array of floats, got {describe(got)}")
    if got.dtype.kind != "f":
        raise Reject(f"expected an array of floats, got an array of {got.dtype} "
                     "(integer or other arithmetic is not what the statement asks for)")


def _close(expected: Any, got: Any, *, rtol: float, atol: float, reveal: bool) -> None:
    try:
        reference = to_array(expected)
    except Ragged:
        _close_items(expected, got, rtol=rtol, atol=atol, reveal=reveal)
        return
    except Reject as exc:
        raise CheckSpecError(f"the expected value is not numeric ({exc.message})") from None
    value = to_array(got, what_for(reference))
    compare(reference, value, rtol=rtol, atol=atol, reveal=reveal)


def _close_items(expected: Any, got: Any, *, rtol: float, atol: float, reveal: bool) -> None:
    count = len(expected)
    if not isinstance(got, list | tuple):
        raise Reject(f"expected a list of {count} items, got {describe(got)}")
    if len(got) != count:
        raise Reject(f"expected a list of {_items(count)}, got {_items(len(got))}")
    for i, (exp_item, got_item) in enumerate(zip(expected, got, strict=True)):
        with prefixed(f"item {i}"):
            _close(exp_item, got_item, rtol=rtol, atol=atol, reveal=reveal)


@check
def exact(inputs: dict[str, Any], expected: Any, got: Any, *, reveal: bool) -> None:
    """Exact equality of integers, strings, booleans, None, nested lists, dicts and integer
    arrays. Lists, tuples and arrays are interchangeable; ``2 == 2.0``; a boolean only equals
    a boolean; NaN equals NaN."""
    reference, value = _plain(expected), _plain(got)
    problem = _difference(reference, value, ())
    if problem is None:
        return
    if not reveal:
        raise Reject(problem)
    if _same_kind(reference, value) or (_is_number(reference) and _is_number(value)):
        shown = f"expected {fmt_any(reference)}, got {fmt_any(value)}"
    else:
        shown = (
            f"expected {kind_name(reference)} {fmt_any(reference)}, "
            f"got {kind_name(value)} {fmt_any(value)}"
        )
    raise Reject(f"{shown}; {problem}" if problem.startswith("the item") else shown)


def _plain(value: Any, depth: int = 0) -> Any:
    """Arrays, tuples and NumPy scalars as plain Python lists and scalars."""
    if depth > 64:
        raise Reject("the answer is nested too deeply")
    if isinstance(value, np.ndarray):
        return _plain(value.tolist(), depth + 1)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, list | tuple):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, depth + 1) for k, v in value.items()}
    return value


def _where(path: tuple[Any, ...]) -> str:
    if not path:
        return "the answer"
    if all(isinstance(p, int) for p in path):
        return f"the item at position {tuple(path)}"
    return "the item at " + "".join(f"[{p!r}]" for p in path)


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


def _prefix(path: tuple[Any, ...]) -> str:
    return f"{_where(path)}: " if path else ""


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | complex) and not isinstance(value, bool)


def _difference(expected: Any, got: Any, path: tuple[Any, ...]) -> str | None:
    """A hidden-safe description of the first difference, or ``None`` when equal."""
    where = _where(path)
    if _is_number(expected) and _is_number(got):
        both_nan = _is_nan(expected) and _is_nan(got)
        return None if both_nan or expected == got else f"{where} is not correct"
    if isinstance(expected, list) and isinstance(got, list):
        if len(expected) != len(got):
            lengths = f"expected a list of {_items(len(expected))}, got {_items(len(got))}"
            return _prefix(path) + lengths
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            problem = _difference(e, g, (*path, i))
            if problem:
                return problem
        return None
    if isinstance(expected, dict) and isinstance(got, dict):
        return _dict_difference(expected, got, path)
    if _same_kind(expected, got):
        return None if expected == got else f"{where} is not correct"
    return f"{_prefix(path)}expected {kind_name(expected)}, got {kind_name(got)}"


def _dict_difference(
    expected: dict[Any, Any], got: dict[Any, Any], path: tuple[Any, ...]
) -> str | None:
    missing = [k for k in expected if k not in got]
    if missing:
        return f"{_prefix(path)}the key {missing[0]!r} is missing"
    extra = [k for k in got if k not in expected]
    if extra:
        return f"{_prefix(path)}unexpected key {str(extra[0])[:40]!r}"
    for key in expected:
        problem = _difference(expected[key], got[key], (*path, key))
        if problem:
            return problem
    return None


def _same_kind(expected: Any, got: Any) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool)
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, Unsupported) or isinstance(got, Unsupported):
        return False
    return type(expected) is type(got)


def _is_nan(value: Any) -> bool:
    return isinstance(value, float | complex) and math.isnan(abs(value))


@check
def up_to_sign(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-9,
) -> None:
    """A vector equal to ``expected`` or to ``-expected`` (within tolerance); for a matrix,
    each column independently (as for eigenvectors or singular vectors)."""
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    if reference.ndim > 2:
        raise CheckSpecError("up_to_sign compares a vector or a matrix")
    value = to_array(got, what_for(reference))
    require_shape(reference, value)
    require_finite(value, reference)
    if reference.ndim < 2:
        _require_signed_match(reference, value, rtol, atol, reveal, "the vector")
        return
    for j in range(reference.shape[1]):
        _require_signed_match(reference[:, j], value[:, j], rtol, atol, reveal, f"column {j}")


def _require_signed_match(
    reference: np.ndarray, value: np.ndarray, rtol: float, atol: float, reveal: bool, what: str
) -> None:
    plus = ~within(reference, value, rtol, atol)
    minus = ~within(-reference, value, rtol, atol)
    if not plus.any() or not minus.any():
        return
    # Say what is wrong against the sign the answer comes closer to (more entries right).
    signed, bad = (reference, plus) if plus.sum() <= minus.sum() else (-reference, minus)
    where = wrong_entries(signed, value, bad, rtol=rtol, atol=atol, reveal=reveal)
    message = f"{what} does not match, even up to sign: {where}"
    if reveal:
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        digits = digits_to_differ(signed[index], value[index])
        message = (f"{what} does not match, even up to sign: expected "
                   f"±{fmt_array(reference, digits)}, got {fmt_array(value, digits)}; {where}")
    raise Reject(message)
