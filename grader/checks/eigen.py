"""Eigenvalue checks: ``eigenvalues`` (a multiset, any order) and ``eigenpairs``."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from ._coerce import input_array, reference_array, to_array
from ._compare import check_params, require_finite
from ._format import describe, digits_to_differ, fmt_array, fmt_shape
from ._types import CheckSpecError, Reject, check, prefixed

_RANK_RTOL = 1e-8  # relative rank tolerance for sets of unit eigenvectors


def unmatched(reference: np.ndarray, values: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Positions in ``values`` left without a partner in ``reference`` under the best
    one-to-one matching (both 1-D, same length, finite).

    The matching is optimal (``linear_sum_assignment``): it first maximises the number of
    pairs within ``atol + rtol * |reference|``, then minimises their scaled distances, so a
    multiset within tolerance is always recognised whatever the order.
    """
    distance = np.abs(values[:, None] - reference[None, :])
    bound = atol + rtol * np.abs(reference)[None, :]
    fits = distance <= bound
    scaled = np.minimum(np.divide(distance, bound, where=bound > 0, out=np.ones_like(distance)), 1)
    cost = np.where(fits, 0.0, len(values) + 1.0) + scaled
    rows, cols = linear_sum_assignment(cost)
    return np.sort(rows[~fits[rows, cols]])


def _values_vector(got: Any, count: int, noun: str) -> np.ndarray:
    values = to_array(got)
    if values.ndim == 0 and count == 1:
        values = values.reshape(1)
    if values.ndim != 1:
        raise Reject(f"expected a flat list of {count} {noun}, got shape {fmt_shape(values.shape)}")
    if len(values) != count:
        raise Reject(f"expected {count} {noun}, got {len(values)}")
    require_finite(values)
    return values


def _reference_values(expected: Any) -> np.ndarray:
    reference = reference_array(expected, "the expected eigenvalues")
    if reference.ndim != 1:
        raise CheckSpecError("the expected eigenvalues must be a flat list")
    return reference


def _match_values(
    reference: np.ndarray, got: Any, rtol: float, atol: float, reveal: bool
) -> np.ndarray:
    count = len(reference)
    values = _values_vector(got, count, "eigenvalues")
    wrong = unmatched(reference, values, rtol, atol)
    if len(wrong):
        if reveal:
            # Enough digits to tell the first unmatched value from the nearest eigenvalue.
            first = values[wrong[0]]
            digits = digits_to_differ(reference[np.argmin(np.abs(reference - first))], first)
            raise Reject(
                f"expected the eigenvalues {fmt_array(reference, digits)} (in any order), "
                f"got {fmt_array(values, digits)}"
            )
        raise Reject(
            f"{len(wrong)} of your {count} eigenvalues {'does' if len(wrong) == 1 else 'do'} "
            "not match the eigenvalues of the "
            f"matrix (compared in any order, with multiplicity); the first is at position "
            f"{int(wrong[0])}"
        )
    return values


@check
def eigenvalues(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-9,
) -> None:
    """The same multiset of (possibly complex) eigenvalues as ``expected``, in any order."""
    check_params(rtol=rtol, atol=atol)
    _match_values(_reference_values(expected), got, rtol, atol, reveal)


@check
def eigenpairs(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    matrix: str = "A",
    rtol: float = 1e-6,
    atol: float = 1e-8,
) -> None:
    """``got = [values, vectors]`` with the eigenvectors as the COLUMNS of a square matrix.

    Accepted iff the values match ``expected[0]`` as a multiset; each column ``v`` is
    nonzero with ``|A v̂ - λ v̂| <= atol + rtol·|A|`` for ``v̂ = v/|v|`` (2-norms, so any
    nonzero scaling, sign or complex phase is fine); and the columns have at least the rank of
    ``expected[1]`` (independent eigenvectors whenever ``A`` is diagonalizable).
    """
    check_params(rtol=rtol, atol=atol)
    a, ref_values, ref_vectors = _eigen_reference(inputs, matrix, expected)
    n = len(ref_values)
    if not isinstance(got, list | tuple) or len(got) != 2:
        raise Reject(f"expected [eigenvalues, eigenvectors], got {describe(got)}")
    with prefixed("eigenvalues"):
        values = _match_values(ref_values, got[0], rtol, atol, reveal)
    with prefixed("eigenvectors"):
        vectors = to_array(got[1])
        if vectors.shape != (n, n):
            raise Reject(
                f"expected the eigenvectors as the columns of a {n}x{n} matrix, "
                f"got shape {fmt_shape(vectors.shape)}"
            )
        require_finite(vectors)
    units = _unit_columns(vectors)
    _check_residuals(a, matrix, values, units, rtol, atol)
    if _rank(units) < _rank(_unit_columns(ref_vectors)):
        raise Reject("the eigenvectors (the columns) are not linearly independent")


def _eigen_reference(
    inputs: dict[str, Any], matrix: str, expected: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a = input_array(inputs, matrix)
    if not isinstance(expected, list | tuple) or len(expected) != 2:
        raise CheckSpecError("eigenpairs expects the reference [eigenvalues, eigenvectors]")
    values = _reference_values(expected[0])
    vectors = reference_array(expected[1], "the expected eigenvectors")
    n = len(values)
    if a.shape != (n, n) or vectors.shape != (n, n):
        raise CheckSpecError(f"eigenpairs needs a square matrix {matrix!r} and nxn eigenvectors")
    return a, values, vectors


def _unit_columns(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=0)
    for j, norm in enumerate(norms):
        if not norm > 0:
            raise Reject(f"eigenvector {j} (column {j}) is zero")
    return vectors / norms


def _check_residuals(
    a: np.ndarray, name: str, values: np.ndarray, units: np.ndarray, rtol: float, atol: float
) -> None:
    bound = atol + rtol * np.linalg.norm(a, 2)
    residuals = np.linalg.norm(a @ units - units * values[None, :], axis=0)
    for j, residual in enumerate(residuals):
        if not residual <= bound:
            raise Reject(
                f"column {j} is not an eigenvector of {name} for your eigenvalue at position {j} "
                f"({name} v ≠ λ v)"
            )


def _rank(units: np.ndarray) -> int:
    if units.size == 0:
        return 0
    singular = np.linalg.svd(units, compute_uv=False)
    return int((singular > _RANK_RTOL * max(units.shape) * singular[0]).sum())
