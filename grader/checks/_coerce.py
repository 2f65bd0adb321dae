"""Turning decoded values into float/complex arrays, with learner-facing rejections."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._format import describe, fmt_position, fmt_shape
from ._types import CheckSpecError, Reject

_MAX_DEPTH = 32


class Ragged(Reject):
    """The value is a list whose items have different shapes."""


class _Bad(Exception):
    def __init__(self, what: str, path: tuple[int, ...], *, ragged: bool = False) -> None:
        super().__init__(what)
        self.what = what
        self.path = path
        self.ragged = ragged


def what_for(reference: np.ndarray) -> str:
    """``a number`` for a scalar reference, ``numbers`` otherwise (used in messages)."""
    return "a number" if reference.ndim == 0 else "numbers"


def to_array(value: Any, what: str = "numbers") -> np.ndarray:
    """A float64 (or complex128) array from a decoded learner value.

    Raises :class:`Reject` (or its subclass :class:`Ragged`) with a message such as
    ``expected numbers, got the string 'abc'``. Booleans are not numbers here.
    """
    try:
        return _convert(value, (), 0)
    except _Bad as bad:
        where = f" at position {fmt_position(bad.path)}" if bad.path else ""
        message = f"expected {what}, got {bad.what}{where}"
        raise (Ragged if bad.ragged else Reject)(message) from None


def reference_array(value: Any, role: str = "the expected value") -> np.ndarray:
    """Like :func:`to_array` for trusted reference data: problems are authoring errors."""
    try:
        return to_array(value)
    except Reject as exc:
        raise CheckSpecError(f"{role} is not numeric ({exc.message})") from None


def input_array(inputs: dict[str, Any], name: Any) -> np.ndarray:
    """The named case input as an array; a missing or non-numeric input is an authoring error."""
    if not isinstance(inputs, dict) or name not in inputs:
        raise CheckSpecError(f"the case has no input named {name!r}")
    return reference_array(inputs[name], role=f"the input {name!r}")


def _convert(value: Any, path: tuple[int, ...], depth: int) -> np.ndarray:
    if isinstance(value, bool | np.bool_ | str):
        raise _Bad(describe(value), path)
    if isinstance(value, np.ndarray | np.generic):
        return _from_ndarray(np.asarray(value), path, depth)
    if isinstance(value, int | float | complex):
        return _from_scalar(value, path)
    if isinstance(value, list | tuple):
        return _from_list(value, path, depth)
    raise _Bad(describe(value), path)


def _from_scalar(value: int | float | complex, path: tuple[int, ...]) -> np.ndarray:
    if isinstance(value, complex):
        return np.asarray(complex(value), dtype=np.complex128)
    try:
        return np.asarray(float(value), dtype=np.float64)
    except OverflowError:
        raise _Bad("an integer too large to represent", path) from None


def _from_ndarray(arr: np.ndarray, path: tuple[int, ...], depth: int) -> np.ndarray:
    kind = arr.dtype.kind
    if kind in "iuf":
        return arr.astype(np.float64)
    if kind == "c":
        return arr.astype(np.complex128)
    if kind == "b":
        raise _Bad("an array of booleans" if arr.ndim else describe(arr.item()), path)
    if kind == "O":
        if depth >= _MAX_DEPTH:
            raise _Bad("values nested too deeply", path)
        item = arr.tolist()
        if isinstance(item, np.ndarray):  # a 0-d object array holding an array
            raise _Bad("an array of objects", path)
        return _convert(item, path, depth + 1)
    if arr.ndim == 0:
        raise _Bad(describe(arr.item()), path)
    raise _Bad(f"an array of dtype {arr.dtype}", path)


def _from_list(value: list[Any] | tuple[Any, ...], path: tuple[int, ...], depth: int) -> np.ndarray:
    if depth >= _MAX_DEPTH:
        raise _Bad("lists nested too deeply", path)
    if not value:
        return np.zeros((0,), dtype=np.float64)
    if all(type(v) is float or type(v) is int for v in value):
        try:
            return np.array(value, dtype=np.float64)
        except OverflowError:
            pass  # the slow path below names the culprit
    items = [_convert(v, (*path, i), depth + 1) for i, v in enumerate(value)]
    first = items[0].shape
    for i, item in enumerate(items):
        if item.shape != first:
            raise _Bad(
                f"a ragged list (item 0 {_has_shape(first)} but item {i} {_has_shape(item.shape)})",
                path,
                ragged=True,
            )
    return np.stack(items)


def _has_shape(shape: tuple[int, ...]) -> str:
    return "is a single number" if shape == () else f"has shape {fmt_shape(shape)}"
