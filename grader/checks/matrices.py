"""Structured matrices: ``symmetric``, ``psd`` and ``svd``."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._coerce import input_array, reference_array, to_array
from ._compare import check_params, compare, require_finite, require_shape
from ._format import describe, fmt_pair, fmt_real, fmt_shape
from ._types import CheckSpecError, Reject, check, prefixed


def _square(expected: Any, got: Any) -> tuple[np.ndarray, np.ndarray]:
    reference = reference_array(expected)
    value = to_array(got)
    if value.ndim != 2 or value.shape[0] != value.shape[1]:
        shape = "a single number" if value.ndim == 0 else f"shape {fmt_shape(value.shape)}"
        raise Reject(f"expected a square matrix, got {shape}")
    require_shape(reference, value)
    require_finite(value, reference)
    return reference, value


def _require_symmetric(
    reference: np.ndarray, value: np.ndarray, rtol: float, atol: float, reveal: bool
) -> None:
    gap = np.abs(value - value.T)
    bad = np.triu(gap > atol + rtol * np.abs(reference), k=1)
    if bad.any():
        i, j = (int(k) for k in np.argwhere(bad)[0])
        upper, lower = fmt_pair(value[i, j], value[j, i])
        shown = f" ({upper} and {lower})" if reveal else ""
        raise Reject(
            f"the matrix is not symmetric: the entries at ({i}, {j}) and ({j}, {i}) differ{shown}"
        )


@check
def symmetric(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-9,
) -> None:
    """A square matrix equal to its transpose (entry pairs within ``atol + rtol·|exp|``) and
    close to ``expected``. Uses the plain transpose, also for complex matrices."""
    check_params(rtol=rtol, atol=atol)
    reference, value = _square(expected, got)
    _require_symmetric(reference, value, rtol, atol, reveal)
    compare(reference, value, rtol=rtol, atol=atol, reveal=reveal)


@check
def psd(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    atol: float = 1e-8,
    rtol: float = 1e-6,
) -> None:
    """A symmetric positive semidefinite matrix close to ``expected``.

    The smallest eigenvalue must be ``>= -(atol + rtol·|expected|₂)``: a matrix within the
    closeness tolerance of a singular PSD reference may legitimately dip that far below 0.
    """
    check_params(rtol=rtol, atol=atol)
    reference, value = _square(expected, got)
    _require_symmetric(reference, value, rtol, atol, reveal)
    sym = (value + value.conj().T) / 2
    lowest = float(np.linalg.eigvalsh(sym)[0]) if sym.size else 0.0
    scale = float(np.linalg.norm(reference, 2)) if reference.size else 0.0
    if lowest < -(atol + rtol * scale):
        raise Reject(
            f"the matrix is not positive semidefinite: it has the negative eigenvalue "
            f"{fmt_real(lowest)}"
        )
    compare(reference, value, rtol=rtol, atol=atol, reveal=reveal)


@check
def svd(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    matrix: str = "A",
    rtol: float = 1e-6,
    atol: float = 1e-8,
) -> None:
    """``got = [U, S, Vt]``, a singular value decomposition of ``inputs[matrix]``.

    Reduced (U mxk, S k, Vt kxn) and full (U mxm, Vt nxn) shapes are both accepted. Checks
    in order: shapes; U has orthonormal columns and Vt orthonormal rows (``|UᴴU - I| <=
    atol + rtol`` entrywise); S non-negative and non-increasing; S close to ``expected[1]``;
    ``U diag(S) Vt`` reproduces A within ``atol + rtol·max|A|`` entrywise. Any consistent
    choice of singular vectors (e.g. flipping u_i and v_i together) is accepted.
    """
    check_params(rtol=rtol, atol=atol)
    a = input_array(inputs, matrix)
    ref_s = _reference_singular_values(expected, a)
    if not isinstance(got, list | tuple) or len(got) != 3:
        raise Reject(f"expected [U, S, Vt], got {describe(got)}")
    u, s, vt = _svd_parts(got, a.shape, len(ref_s))
    tol = atol + rtol
    _orthonormal(u.conj().T @ u, tol, "U does not have orthonormal columns")
    _orthonormal(vt @ vt.conj().T, tol, "Vt does not have orthonormal rows")
    _singular_order(s, rtol, atol)
    with prefixed("S"):
        compare(ref_s, s, rtol=rtol, atol=atol, reveal=reveal)
    k = len(s)
    product = (u[:, :k] * s[None, :]) @ vt[:k, :]
    error = np.abs(product - a)
    bound = atol + rtol * (float(np.abs(a).max()) if a.size else 0.0)
    if error.size and not error.max() <= bound:
        i, j = (int(x) for x in np.argwhere(~(error <= bound))[0])
        raise Reject(
            f"U diag(S) Vt does not reproduce {matrix}: the entry at ({i}, {j}) is off by more "
            f"than the tolerance"
        )


def _reference_singular_values(expected: Any, a: np.ndarray) -> np.ndarray:
    if a.ndim != 2:
        raise CheckSpecError("svd needs a matrix input")
    if not isinstance(expected, list | tuple) or len(expected) != 3:
        raise CheckSpecError("svd expects the reference [U, S, Vt]")
    ref_s = reference_array(expected[1], "the expected singular values")
    if ref_s.ndim != 1:
        raise CheckSpecError("the expected singular values must be a flat list")
    return ref_s


def _svd_parts(
    got: list[Any] | tuple[Any, ...], shape: tuple[int, ...], k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m, n = shape
    with prefixed("U"):
        u = to_array(got[0])
    with prefixed("S"):
        s = to_array(got[1])
    with prefixed("Vt"):
        vt = to_array(got[2])
    if s.ndim != 1 or len(s) != k:
        raise Reject(f"S: expected a flat list of {k} singular values, got shape {_shape(s)}")
    if u.ndim != 2 or u.shape[0] != m or u.shape[1] not in (k, m):
        want = f"({m}, {k})" + (f" or ({m}, {m})" if m != k else "")
        raise Reject(f"U: expected shape {want}, got {_shape(u)}")
    if vt.ndim != 2 or vt.shape[1] != n or vt.shape[0] not in (k, n):
        want = f"({k}, {n})" + (f" or ({n}, {n})" if n != k else "")
        raise Reject(f"Vt: expected shape {want}, got {_shape(vt)}")
    for name, part in (("U", u), ("S", s), ("Vt", vt)):
        with prefixed(name):
            require_finite(part)
    if np.iscomplexobj(s):
        if np.abs(s.imag).max(initial=0.0) > 0:
            raise Reject("S: singular values must be real numbers")
        s = s.real
    return u, s, vt


def _shape(value: np.ndarray) -> str:
    return "a single number" if value.ndim == 0 else fmt_shape(value.shape)


def _orthonormal(gram: np.ndarray, tol: float, message: str) -> None:
    if gram.size and not np.abs(gram - np.eye(len(gram))).max() <= tol:
        raise Reject(message)


def _singular_order(s: np.ndarray, rtol: float, atol: float) -> None:
    if (s < -atol).any():
        raise Reject("S: singular values must be non-negative")
    rising = s[1:] > s[:-1] + atol + rtol * np.abs(s[:-1])
    if rising.any():
        i = int(np.argwhere(rising)[0][0])
        raise Reject(
            f"S: singular values must be in non-increasing order (entry {i + 1} is larger "
            f"than entry {i})"
        )
