"""What a failing submission did, as a key: equal keys are "the same wrong answers".

Instructors see wrong answers grouped by behaviour, whatever the code looks like: per case,
whether it passed, raised (which exception), was not run, or returned a wrong answer (that
answer, rounded to the exercise's loosest tolerance, so that answers the checks could not tell
apart fall together). Cases differ between variants, so the variant is part of the key.
Plain data in the worker, like the checks.
"""

import hashlib
import json
import math
from typing import Any

import numpy as np

from grader.checks.plots import Plot, plot_data
from grader.codec import decode
from grader.judge import Judgement, tolerances

# Verdicts whose tests say nothing case by case: the code never ran them.
WHOLE_RUN = {"timeout", "memory", "output", "crash"}


def behaviour_key(*, judgement: Judgement, outputs: dict[int, dict[str, Any]],
                  variant_index: int, config: dict[str, Any]) -> str:
    """The key of a failing judgement of all cases ("" for a pass: passes are not clustered)."""
    if judgement.verdict == "passed":
        return ""
    rtol, atol = tolerances(config)
    cases = [_case(index, test, outputs.get(index), rtol, atol)
             for index, test in enumerate(judgement.tests)]
    whole = judgement.verdict if judgement.verdict in WHOLE_RUN else ""
    document = json.dumps([variant_index, whole, cases], separators=(",", ":"))
    return hashlib.sha256(document.encode()).hexdigest()


def _case(index: int, test: dict[str, Any], result: dict[str, Any] | None,
          rtol: float, atol: float) -> str:
    if test.get("passed"):
        return "pass"
    if result is None:
        return "not run"
    if not result.get("ok"):
        error = result.get("error")
        kind = error.get("type") or error.get("kind") if isinstance(error, dict) else None
        return f"raised {kind or 'an error'}"
    mutated = "mutated " if result.get("mutated") else ""
    try:
        answer = quantised(decode(result.get("output")), rtol, atol)
    except Exception:  # an answer the codec cannot read is still one behaviour
        answer = "unreadable"
    return f"{mutated}returned {answer}"


def quantised(value: Any, rtol: float, atol: float) -> str:
    """A digest of `value` with every number rounded to what the tolerances can tell apart."""
    digits = max(2, min(15, math.ceil(-math.log10(rtol)))) if rtol > 0 else 15
    return hashlib.sha256(_text(value, digits, atol).encode()).hexdigest()[:16]


def _text(value: Any, digits: int, atol: float) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{key!r}:{_text(value[key], digits, atol)}"
                              for key in sorted(value, key=repr)) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_text(item, digits, atol) for item in value) + "]"
    if isinstance(value, str | bytes | type(None) | bool):
        return repr(value)
    if isinstance(value, Plot):  # what it plots, not its words
        return "plot" + _text(plot_data(value), digits, atol)
    array = np.asarray(value)
    if array.dtype.kind in "biufc":
        numbers = array.astype(complex).ravel()
        return f"{array.shape}:" + ",".join(
            f"{_number(z.real, digits, atol)}{_imaginary(z.imag, digits, atol)}"
            for z in numbers)
    return f"{array.shape}:{array.dtype.kind}:{array.tolist()!r}"


def _number(x: float, digits: int, atol: float) -> str:
    """`digits` significant digits; what lies within `atol` of zero is zero (and -0 is 0)."""
    if math.isfinite(x) and abs(x) <= atol:
        return "0"
    return format(x, f".{digits}g")


def _imaginary(y: float, digits: int, atol: float) -> str:
    return "" if y == 0 else f"+{_number(y, digits, atol)}j"
