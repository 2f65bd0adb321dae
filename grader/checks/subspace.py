"""Subspaces and bases: ``same_subspace`` and ``orthonormal_columns``."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._coerce import reference_array, to_array
from ._compare import check_params, require_finite, require_shape
from ._format import fmt_real, fmt_shape
from ._types import CheckSpecError, Reject, check

# Columns of norm at most this are "meant to be zero" in orthonormal_columns: they must then
# actually be zero (norm <= atol); anything longer must be a unit vector.
_ZERO_NORM = 0.5
# Relative rank tolerance for the reference's column space in orthonormal_columns.
_RANK_RTOL = 1e-6


def _columns(value: np.ndarray) -> np.ndarray:
    """A matrix whose columns are the vectors (a flat vector is one column)."""
    return value[:, None] if value.ndim == 1 else value


def basis(vectors: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """An orthonormal basis of the column space; singular values at most
    ``max(atol, rtol·s_max)`` count as zero."""
    if vectors.size == 0:
        return np.zeros((vectors.shape[0], 0))
    u, singular, _ = np.linalg.svd(vectors, full_matrices=False)
    rank = int((singular > max(atol, rtol * singular[0])).sum())
    return u[:, :rank]


def projector_gap(q1: np.ndarray, q2: np.ndarray) -> float:
    """``|P1 - P2|₂`` for orthonormal bases: the sine of the largest principal angle."""
    gap = q1 @ q1.conj().T - q2 @ q2.conj().T
    return float(np.linalg.norm(gap, 2)) if gap.size else 0.0


def _require_same_span(
    reference: np.ndarray,
    value: np.ndarray,
    *,
    rank_rtol: float,
    gap: float,
    atol: float,
    reveal: bool,
) -> None:
    """Same column space: equal dimensions and projectors at most ``gap`` apart."""
    q_ref, q_got = basis(reference, rank_rtol, atol), basis(value, rank_rtol, atol)
    dim_ref, dim_got = q_ref.shape[1], q_got.shape[1]
    if dim_ref != dim_got:
        if reveal:
            raise Reject(
                f"expected a subspace of dimension {dim_ref}, but your columns span a space "
                f"of dimension {dim_got}"
            )
        raise Reject(f"your columns span a space of dimension {dim_got}, which is not right")
    distance = projector_gap(q_ref, q_got)
    if not distance <= gap:
        shown = ""
        if reveal:
            angle = float(np.arcsin(min(distance, 1.0)))
            shown = f" (the largest principal angle between them is {fmt_real(angle)} rad)"
        raise Reject(f"your columns span a different subspace of the right dimension{shown}")


@check
def same_subspace(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-8,
) -> None:
    """The columns of ``got`` span the same space as the columns of ``expected``.

    The numbers of columns may differ (a flat vector is one column). Compares the orthogonal
    projectors built from SVDs (singular values ``<= max(atol, rtol·s_max)`` count as zero):
    accepted iff the dimensions agree and ``|P_got - P_exp|₂ <= atol + rtol``.
    """
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    if reference.ndim not in (1, 2):
        raise CheckSpecError("same_subspace compares vectors or matrices")
    reference = _columns(reference)
    value = to_array(got)
    if value.ndim not in (1, 2) or len(value) != len(reference):
        raise Reject(
            f"expected column vectors with {len(reference)} entries, got "
            + ("a single number" if value.ndim == 0 else f"shape {fmt_shape(value.shape)}")
        )
    value = _columns(value)
    require_finite(value)
    _require_same_span(reference, value, rank_rtol=rtol, gap=atol + rtol, atol=atol, reveal=reveal)


@check
def orthonormal_columns(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    atol: float = 1e-8,
    allow_zero_columns: bool = False,
    same_span: bool = True,
) -> None:
    """``got`` (same shape as ``expected``) has orthonormal columns: ``QᴴQ ≈ I`` within
    ``atol`` entrywise.

    With ``allow_zero_columns`` (Gram-Schmidt on dependent vectors), columns may instead be
    zero (norm ``<= atol``), exactly where ``expected`` has zero columns. With ``same_span``
    the columns must also span the column space of ``expected``.
    """
    check_params(atol=atol)
    reference = reference_array(expected)
    if reference.ndim not in (1, 2):
        raise CheckSpecError("orthonormal_columns compares vectors or matrices")
    value = to_array(got)
    require_shape(reference, value)
    ref_zero = np.linalg.norm(_columns(reference), axis=0) <= atol
    if allow_zero_columns:
        _require_no_nan_for_zero(ref_zero, _columns(value), reveal)
    require_finite(value)
    reference, value = _columns(reference), _columns(value)
    norms = np.linalg.norm(value, axis=0)
    zero = norms <= _ZERO_NORM if allow_zero_columns else np.zeros(len(norms), dtype=bool)
    fuzzy = np.flatnonzero(zero & (norms > atol))
    if len(fuzzy):
        j = int(fuzzy[0])
        raise Reject(
            f"column {j} is neither a unit vector nor zero (its norm is {fmt_real(norms[j])})"
        )
    if allow_zero_columns:
        # Before orthogonality: a dependent column normalised instead of zeroed is a unit
        # vector of rounding noise, not orthogonal to the others, and "columns 0 and 2 are
        # not orthogonal" would hide the real mistake.
        _require_zero_columns(ref_zero, zero, reveal)
    _require_orthonormal(value[:, ~zero], np.flatnonzero(~zero), atol)
    if same_span:
        _require_same_span(
            reference, value[:, ~zero], rank_rtol=_RANK_RTOL, gap=atol, atol=atol, reveal=reveal
        )


def _depends(j: int) -> str:
    """Why column ``j`` of a Gram-Schmidt result is zero."""
    if j == 0:
        return "nothing is left of it to normalise"
    return ("it depends on the columns before it, so nothing is left of it once their "
            "directions are removed")


def _require_no_nan_for_zero(ref_zero: np.ndarray, columns: np.ndarray, reveal: bool) -> None:
    """NaN where a zero column belongs comes from dividing a zero leftover by its length:
    say so, rather than just "got NaN"."""
    broken = np.flatnonzero(ref_zero & ~np.isfinite(columns).all(axis=0))
    if not len(broken):
        return
    if reveal:
        j = int(broken[0])
        raise Reject(f"column {j} should be zero: {_depends(j)}; yours holds NaN (did you "
                     "divide by its zero length?)")
    raise Reject("a column that depends on the columns before it should be zero, and one of "
                 "yours holds NaN (did you divide by its zero length?)")


def _require_zero_columns(expected: np.ndarray, got: np.ndarray, reveal: bool) -> None:
    """Zero columns exactly where the reference has them (both are masks over columns)."""
    if (expected == got).all():
        return
    missing = np.flatnonzero(expected & ~got)
    positions = f"expected zero columns at {_list(expected)}, got zero columns at {_list(got)}"
    extra = np.flatnonzero(got & ~expected)
    if reveal and len(missing):
        j = int(missing[0])
        raise Reject(f"column {j} should be zero: {_depends(j)} ({positions})")
    if reveal:
        raise Reject(f"column {int(extra[0])} should not be zero: it does not depend on the "
                     f"columns before it, so it becomes a unit vector ({positions})")
    if len(missing):
        raise Reject("a column that depends on the columns before it should be zero, and one "
                     "of yours is not")
    raise Reject("one of your columns is zero although it does not depend on the columns "
                 "before it: it should be a unit vector")


def _list(mask: np.ndarray) -> str:
    return str([int(j) for j in np.flatnonzero(mask)])


def _require_orthonormal(q: np.ndarray, labels: np.ndarray, atol: float) -> None:
    gram = q.conj().T @ q
    for k, j in enumerate(labels):
        if not abs(gram[k, k] - 1) <= atol:
            norm = fmt_real(float(np.sqrt(abs(gram[k, k]))))
            raise Reject(f"column {j} does not have unit length (its norm is {norm})")
    off = np.abs(gram - np.diag(np.diag(gram))) > atol
    if off.any():
        k, m = (int(x) for x in np.argwhere(off)[0])
        raise Reject(
            f"columns {labels[k]} and {labels[m]} are not orthogonal (their dot product is "
            f"{fmt_real(abs(gram[k, m]))} in absolute value)"
        )
