"""Probability and hypothesis testing: ``probability_vector``, ``pvalue``, ``decision``."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from ._coerce import reference_array, to_array
from ._compare import check_params, compare, error_size, require_finite, require_shape
from ._format import (
    describe,
    digits_to_differ,
    fmt_array,
    fmt_pair,
    fmt_position,
    fmt_real,
    truncate,
)
from ._types import CheckSpecError, Reject, check


@check
def probability_vector(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-8,
) -> None:
    """A probability vector close to ``expected``: entries in [0, 1] (within ``atol``) that
    sum to 1 (within ``atol·n``). For a matrix or higher array, every slice along the LAST
    axis must be a probability vector (e.g. each row of a softmax over a batch)."""
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    if reference.ndim == 0:
        raise CheckSpecError("probability_vector compares vectors, not a single number")
    value = to_array(got)
    require_shape(reference, value)
    require_finite(value, reference)
    if np.iscomplexobj(value):
        if np.abs(value.imag).max(initial=0.0) > 0:
            raise Reject("probabilities must be real numbers")
        value = value.real
    outside = (value < -atol) | (value > 1 + atol)
    if outside.any():
        index = tuple(int(i) for i in np.argwhere(outside)[0])
        raise Reject(
            f"the entry at {fmt_position(index)} is {fmt_real(value[index])}, "
            "which is not in [0, 1]"
        )
    sums = value.sum(axis=-1)
    off = np.abs(sums - 1) > atol * value.shape[-1]
    if off.any():
        index = tuple(int(i) for i in np.argwhere(off)[0])
        # 1.0000001 must not read "1": enough digits to show how the sum misses 1.
        total = fmt_real(sums[index], point=False,
                         digits=digits_to_differ(1.0, float(sums[index])))
        if value.ndim == 1:
            raise Reject(f"the entries sum to {total}, not 1")
        where = f"row {index[0]}" if value.ndim == 2 else f"the slice {index[:-1]}"
        raise Reject(f"the entries of {where} sum to {total}, not 1")
    compare(reference, value, rtol=rtol, atol=atol, reveal=reveal)


@check
def pvalue(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    atol: float = 1e-4,
    rtol: float = 1e-3,
) -> None:
    """A p-value: a number in [0, 1] with ``|got - exp| <= atol + rtol·exp``. When the
    answer is about twice or half the reference, the message points at the one-sided versus
    two-sided mix-up."""
    check_params(rtol=rtol, atol=atol)
    reference = reference_array(expected)
    if reference.ndim != 0:
        raise CheckSpecError("pvalue compares a single number")
    value = to_array(got, "a number")
    require_shape(reference, value)
    require_finite(value)
    if np.iscomplexobj(value) or not 0 <= float(value) <= 1:
        raise Reject(f"a p-value must be a number between 0 and 1, got {fmt_array(value)}")
    p, ref = float(value), float(reference.real)
    if abs(p - ref) <= atol + rtol * abs(ref):
        return
    hint = _sidedness_hint(p, ref, reveal)
    how = error_size(ref, p, rtol=rtol, atol=atol, reveal=reveal)
    if reveal:
        shown_ref, shown_p = fmt_pair(ref, p)
        raise Reject(f"expected {shown_ref}, got {shown_p} ({how}){hint}")
    raise Reject(f"the p-value is {how}{hint}")


def _sidedness_hint(p: float, ref: float, reveal: bool) -> str:
    if not ref > 0:
        return ""
    ratio = p / ref
    if abs(ratio / 2 - 1) <= 0.02:
        what = "twice the expected one: is the test one-sided rather than two-sided?"
    elif abs(2 * ratio - 1) <= 0.02:
        what = "half the expected one: is the test two-sided rather than one-sided?"
    else:
        return ""
    if reveal:
        return f"; your p-value is {what}"
    return "; check whether the test should be one-sided or two-sided"


_ACCEPT = (
    "fail to reject",
    "failed to reject",
    "fails to reject",
    "do not reject",
    "does not reject",
    "don't reject",
    "dont reject",
    "not reject",
    "cannot reject",
    "can't reject",
    "accept",
    "retain",
)
_REJECT = ("reject", "rejected")
_OBJECTS = (
    "",
    "h0",
    "h_0",
    "h₀",
    "ho",
    "null",
    "the null",
    "null hypothesis",
    "the null hypothesis",
)
_SHOWN = {"reject": "reject H0", "accept": "fail to reject H0"}


def normalize_decision(value: Any) -> str | None:
    """``"reject"``, ``"accept"`` (= fail to reject H0) or ``None`` when unreadable.
    ``True`` means reject; strings ignore case, spacing and trailing punctuation."""
    if isinstance(value, bool | np.bool_):
        return "reject" if value else "accept"
    if not isinstance(value, str):
        return None
    text = re.sub(r"\s+", " ", value.replace("\u2019", "'").lower()).strip(" .!")
    for verbs, decision in ((_ACCEPT, "accept"), (_REJECT, "reject")):
        for verb in verbs:
            if text == verb or text.startswith(verb + " "):
                rest = text[len(verb) :].strip()
                if rest in _OBJECTS:
                    return decision
    return None


@check
def decision(inputs: dict[str, Any], expected: Any, got: Any, *, reveal: bool) -> None:
    """The test decision. Strings are normalised ("Reject", "reject H0" → reject; "fail to
    reject", "accept", "do not reject" → fail to reject); ``True`` means reject."""
    reference = normalize_decision(expected)
    if reference is None:
        raise CheckSpecError(f"decision: cannot read the expected decision {expected!r}")
    value = normalize_decision(got)
    if value is None:
        shown = truncate(repr(got), 40) if isinstance(got, str) else describe(got)
        raise Reject(f"expected a decision ('reject H0' or 'fail to reject H0'), got {shown}")
    if value != reference:
        if reveal:
            raise Reject(f"expected '{_SHOWN[reference]}', got '{_SHOWN[value]}'")
        raise Reject("the decision is not correct")
