"""Compact, learner-facing formatting of numbers, arrays, shapes and arbitrary values."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._types import Unsupported

MAX_CHARS = 200
_STRING_CHARS = 40


def truncate(text: str, limit: int = MAX_CHARS) -> str:
    """Cut ``text`` to ``limit`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_real(x: float, *, point: bool = True) -> str:
    """``x`` with 6 significant digits; integral values keep a ``.0`` when ``point``."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = f"{x:.6g}"
    if point and not any(c in text for c in ".e"):
        text += ".0"
    return text


def fmt_complex(z: complex) -> str:
    z = complex(z)
    imag = z.imag
    sign = "-" if imag < 0 or (imag == 0 and math.copysign(1.0, imag) < 0) else "+"
    return f"{fmt_real(z.real, point=False)}{sign}{fmt_real(abs(imag), point=False)}j"


def fmt_scalar(x: Any) -> str:
    """One number (Python or NumPy scalar)."""
    if isinstance(x, bool | np.bool_):
        return str(bool(x))
    if isinstance(x, complex | np.complexfloating):
        return fmt_complex(complex(x))
    if isinstance(x, int | np.integer):
        return str(int(x))
    return fmt_real(float(x))


def fmt_array(a: Any) -> str:
    """An array (or scalar) compactly: 6 significant digits, at most ~200 characters."""
    arr = np.asarray(a)
    if arr.ndim == 0:
        return fmt_scalar(arr.item())
    text = np.array2string(
        arr,
        separator=", ",
        formatter={"all": fmt_scalar},
        threshold=60,
        edgeitems=3,
        max_line_width=10**6,
    )
    return truncate(" ".join(text.split()))


def fmt_shape(shape: Sequence[int]) -> str:
    return str(tuple(int(n) for n in shape))


def fmt_position(index: Sequence[Any]) -> str:
    """A 0-based position such as ``(1,)`` or ``(1, 2)``."""
    return str(tuple(int(i) for i in index))


def describe(value: Any) -> str:
    """What a (wrong kind of) value is, for messages like ``expected numbers, got ...``."""
    if value is None:
        return "None"
    if isinstance(value, Unsupported):
        return f"an object of type {truncate(value.type_name, _STRING_CHARS)}"
    if isinstance(value, bool | np.bool_):
        return f"the boolean {bool(value)}"
    if isinstance(value, str):
        return f"the string {truncate(repr(value), _STRING_CHARS)}"
    if isinstance(value, dict):
        return "a dict"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return describe(value.item())
        return f"an array of shape {fmt_shape(value.shape)}"
    if isinstance(value, int | float | complex | np.number):
        return f"the number {fmt_scalar(value)}"
    return f"an object of type {type(value).__name__}"


def kind_name(value: Any) -> str:
    """A short type name for exact comparisons: ``a string``, ``an integer``, ..."""
    if value is None:
        return "None"
    if isinstance(value, Unsupported):
        return f"an object of type {truncate(value.type_name, _STRING_CHARS)}"
    for types, name in (
        (bool, "a boolean"),
        (int, "an integer"),
        (float, "a number"),
        (complex, "a complex number"),
        (str, "a string"),
        (list, "a list"),
        (dict, "a dict"),
    ):
        if isinstance(value, types):
            return name
    return f"an object of type {type(value).__name__}"


def fmt_any(value: Any, limit: int = MAX_CHARS) -> str:
    """Any decoded value (nested lists, dicts, strings, numbers), compactly."""
    return truncate(_fmt_any(value, depth=0), limit)


def _fmt_any(value: Any, depth: int) -> str:
    if depth > 20:
        return "..."
    if isinstance(value, np.ndarray):
        return fmt_array(value) if value.dtype.kind in "biufc" else truncate(repr(value), 60)
    if isinstance(value, list | tuple):
        parts = []
        for item in value[:20]:
            parts.append(_fmt_any(item, depth + 1))
        more = ", ..." if len(value) > 20 else ""
        return "[" + ", ".join(parts) + more + "]"
    if isinstance(value, dict):
        items = list(value.items())[:20]
        return "{" + ", ".join(f"{k!r}: {_fmt_any(v, depth + 1)}" for k, v in items) + "}"
    if isinstance(value, str):
        return truncate(repr(value), 60)
    if isinstance(value, Unsupported):
        return f"<{value.type_name}>"
    if isinstance(value, bool | int | float | complex | np.generic):
        return fmt_scalar(value)
    return repr(value) if value is None else f"<{type(value).__name__}>"
