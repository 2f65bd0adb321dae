"""Compact, learner-facing formatting of numbers, arrays, shapes and arbitrary values."""

from __future__ import annotations

import decimal
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._types import Unsupported

MAX_CHARS = 200
_STRING_CHARS = 40
DIGITS = 6  # significant digits of a number shown alone
_MAX_DIGITS = 17  # enough to tell any two distinct doubles apart


def truncate(text: str, limit: int = MAX_CHARS) -> str:
    """Cut ``text`` to ``limit`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_real(x: float, *, point: bool = True, digits: int = DIGITS,
             zeros: bool = False) -> str:
    """``x`` with ``digits`` significant digits; integral values keep a ``.0`` when ``point``.

    ``zeros`` keeps trailing zeros (``16.27170``), so that two numbers shown side by side
    with the same number of digits line up digit for digit.
    """
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = f"{x:#.{digits}g}" if zeros else f"{x:.{digits}g}"
    if point and not any(c in text for c in ".e"):
        text += ".0"
    return text


def fmt_complex(z: complex, digits: int = DIGITS) -> str:
    z = complex(z)
    imag = z.imag
    sign = "-" if imag < 0 or (imag == 0 and math.copysign(1.0, imag) < 0) else "+"
    real_part = fmt_real(z.real, point=False, digits=digits)
    return f"{real_part}{sign}{fmt_real(abs(imag), point=False, digits=digits)}j"


def fmt_scalar(x: Any, digits: int = DIGITS) -> str:
    """One number (Python or NumPy scalar)."""
    if isinstance(x, bool | np.bool_):
        return str(bool(x))
    if isinstance(x, complex | np.complexfloating):
        return fmt_complex(complex(x), digits)
    if isinstance(x, int | np.integer):
        return str(int(x))
    return fmt_real(float(x), digits=digits)


def fmt_array(a: Any, digits: int = DIGITS) -> str:
    """An array (or scalar) compactly: ``digits`` significant digits, at most ~200 characters."""
    arr = np.asarray(a)
    if arr.ndim == 0:
        return fmt_scalar(arr.item(), digits)
    text = np.array2string(
        arr,
        separator=", ",
        formatter={"all": lambda x: fmt_scalar(x, digits)},
        threshold=60,
        edgeitems=3,
        max_line_width=10**6,
    )
    return truncate(" ".join(text.split()))


def digits_to_differ(expected: Any, got: Any) -> int:
    """The fewest significant digits, at least 6, at which two different numbers look
    different: ``16.2717`` and ``16.27174`` both read ``16.2717`` at 6 digits, and a message
    saying "expected 16.2717, got 16.2717" explains nothing."""
    for digits in range(DIGITS, _MAX_DIGITS + 1):
        if fmt_scalar(expected, digits) != fmt_scalar(got, digits):
            return digits
    return _MAX_DIGITS


def fmt_pair(expected: Any, got: Any) -> tuple[str, str]:
    """Two numbers shown side by side, with just enough digits to tell them apart."""
    digits = digits_to_differ(expected, got)
    if digits == DIGITS or not _both_real(expected, got):
        return fmt_scalar(expected, digits), fmt_scalar(got, digits)
    # Past 6 digits, trailing zeros stay: "16.27170" against "16.27174", not "16.2717".
    return (fmt_real(float(expected), digits=digits, zeros=True),
            fmt_real(float(got), digits=digits, zeros=True))


def _both_real(*values: Any) -> bool:
    return all(isinstance(v, float | np.floating) for v in values)


def fmt_size(x: float, digits: int = DIGITS, *, down: bool = False) -> str:
    """A non-negative magnitude such as an error or a tolerance, compactly: ``2.9e-5``,
    ``0.05``, ``1e-6``; rounded to ``digits`` significant digits (``down``: truncated)."""
    if not math.isfinite(x):
        return "inf"
    value = _rounded(x, digits, down=down)
    if value == 0 or 1e-3 <= value < 1e6:  # "0.05", "20", not "2e1"
        return np.format_float_positional(value, trim="-")
    # Scientific outside: "1e-4" reads faster than "0.0001".
    mantissa, _, exponent = f"{value:.{digits - 1}e}".partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def fmt_size_above(x: float, bound: float, digits: int, *, down: bool = False) -> str:
    """``x`` as :func:`fmt_size` with ``digits`` digits, or more when fewer would round it to
    no more than ``bound``: an error of 1.04e-6 against a tolerance of 1e-6 is not "1e-6"."""
    for more in range(digits, _MAX_DIGITS + 1):
        if _rounded(x, more, down=down) > bound:
            return fmt_size(x, more, down=down)
    return fmt_size(x, _MAX_DIGITS, down=down)


def _rounded(x: float, digits: int, *, down: bool) -> float:
    # Rounded a few digits further first, which absorbs the noise of the subtraction that
    # made x: an error of 1.0399999998966791e-06 truncates to 1.04e-6, not 1.03e-6.
    value = decimal.Context(prec=max(DIGITS, digits + 3)).plus(decimal.Decimal(repr(float(x))))
    rounding = decimal.ROUND_DOWN if down else decimal.ROUND_HALF_EVEN
    return float(decimal.Context(prec=digits, rounding=rounding).plus(value))


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
