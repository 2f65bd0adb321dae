"""Strict decoding of the jail's JSON values into plain Python and numpy data.

The jail encodes arrays as {"__ndarray__": {dtype, shape, data}}; anything that does not
decode cleanly becomes Unsupported and fails its check with a clear message. Never pickle.
"""

from typing import Any, TypeGuard

import numpy as np

from grader.checks import Unsupported
from grader.checks.plots import plot_from_json

ALLOWED_DTYPES = {
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
}
MAX_DEPTH = 32
MAX_DIMENSIONS = 64  # numpy's own limit; also bounds the work of checking a shape
MAX_DIMENSION = 2**31  # per axis; JSON integers may have thousands of digits


def decode(value: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        return Unsupported("deeply nested value")
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [decode(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return _decode_tagged(value, depth)
    return Unsupported(type(value).__name__)


def _decode_tagged(value: dict[str, Any], depth: int) -> Any:
    if len(value) == 1:
        (tag, body), = value.items()
        if tag == "__ndarray__":
            return _decode_array(body)
        if tag == "__float__":
            return _decode_float(body)
        if tag == "__complex__" and isinstance(body, list) and len(body) == 2:
            real, imag = (_number(part) for part in body)
            if real is not None and imag is not None:
                return complex(real, imag)
            return Unsupported("complex")
        if tag == "__unsupported__":
            return Unsupported(str(body)[:100])
        if tag == "__callable__":
            return Unsupported(f"function {str(body)[:60]}")
        if tag == "__figure__":  # what a returned figure plots (grader.checks.plots)
            return plot_from_json(body, _number)
    return {str(key): decode(item, depth + 1) for key, item in value.items()}


def _decode_float(body: Any) -> float | Unsupported:
    if body in ("nan", "inf", "-inf"):
        return float(body)
    return Unsupported("float")


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = _decode_float(value.get("__float__"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an integer too large for any float
            return None
    return None


def _decode_array(body: Any) -> np.ndarray | Unsupported:
    if not isinstance(body, dict):
        return Unsupported("ndarray")
    dtype, shape, data = body.get("dtype"), body.get("shape"), body.get("data")
    allowed = isinstance(dtype, str) and dtype in ALLOWED_DTYPES  # a list would be unhashable
    if not allowed or not _is_shape(shape) or not isinstance(data, list):
        return Unsupported("ndarray")
    if _size(shape) != len(data):
        return Unsupported("ndarray")
    try:
        items = [_element(item) for item in data]
        return np.array(items, dtype=dtype).reshape(shape)
    except (TypeError, ValueError, OverflowError):
        return Unsupported("ndarray")


def _is_shape(shape: Any) -> TypeGuard[list[int]]:
    return isinstance(shape, list) and len(shape) <= MAX_DIMENSIONS and all(
        isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_DIMENSION
        for n in shape
    )


def _size(dims: list[int]) -> int:
    size = 1
    for n in dims:
        size *= n
    return size


def _element(item: Any) -> Any:
    if isinstance(item, dict):
        decoded = _decode_tagged(item, MAX_DEPTH)
        if isinstance(decoded, (float, complex)):
            return decoded
        raise ValueError("bad array element")
    if isinstance(item, (bool, int, float)):
        return item
    raise ValueError("bad array element")
