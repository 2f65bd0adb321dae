"""The registry of checks and :func:`run_check`, the worker's single entry point."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from . import calculus, eigen, matrices, numeric, plots, stats, subspace
from ._params import parameters
from ._types import CheckFunction, CheckResult, CheckSpecError

logger = logging.getLogger(__name__)

GENERIC_FAILURE = "your answer could not be checked: it does not have the expected form"

CHECKS: dict[str, CheckFunction] = {
    "close": numeric.close,
    "exact": numeric.exact,
    "up_to_sign": numeric.up_to_sign,
    "eigenvalues": eigen.eigenvalues,
    "eigenpairs": eigen.eigenpairs,
    "symmetric": matrices.symmetric,
    "psd": matrices.psd,
    "svd": matrices.svd,
    "same_subspace": subspace.same_subspace,
    "orthonormal_columns": subspace.orthonormal_columns,
    "gradient": calculus.gradient,
    "converges": calculus.converges,
    "probability_vector": stats.probability_vector,
    "pvalue": stats.pvalue,
    "decision": stats.decision,
    "plot": plots.plot,
}


def check_params(name: str) -> dict[str, Any]:
    """The parameters of the check ``name`` with their defaults."""
    if name not in CHECKS:
        known = ", ".join(sorted(CHECKS))
        raise CheckSpecError(f"unknown check {name!r}; known checks: {known}")
    return {p.name: p.default for p in parameters(CHECKS[name]).values()}


def validate(name: str, params: Mapping[str, Any] | None = None) -> None:
    """Raise :class:`CheckSpecError` unless ``name`` is a check accepting ``params`` (names
    only: the check itself judges the values). Exercise packages and authoring tools validate
    a whole spec, values included, with :func:`grader.checks.check_spec_problems`."""
    allowed = check_params(name)
    if params is None:
        return
    if not isinstance(params, Mapping):
        raise CheckSpecError(f"the parameters of check {name!r} must be a mapping")
    unknown = sorted(str(p) for p in params if p not in allowed)
    if unknown:
        listed = ", ".join(allowed) or "none"
        raise CheckSpecError(
            f"check {name!r} has no parameter {unknown[0]!r}; its parameters are: {listed}"
        )


def run_check(
    name: str,
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    params: Mapping[str, Any] | None = None,
) -> CheckResult:
    """Run the check ``name`` on one case.

    Authoring errors (unknown check or parameter, invalid parameter value, malformed reference
    or input) raise :class:`CheckSpecError`. Anything else that goes wrong while judging the
    learner's data becomes a failed result with a generic message: the worker never crashes
    on learner data.
    """
    validate(name, params)
    try:
        result = CHECKS[name](inputs, expected, got, reveal=bool(reveal), **dict(params or {}))
    except CheckSpecError:
        raise
    except Exception:
        logger.exception("check %r failed unexpectedly on learner data", name)
        return CheckResult(passed=False, score=0.0, message=GENERIC_FAILURE)
    if not isinstance(result, CheckResult):  # pragma: no cover - a bug in a check
        raise CheckSpecError(f"check {name!r} returned {type(result).__name__}")
    return result
