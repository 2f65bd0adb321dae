"""Core types shared by every check: results, the unsupported-value marker, errors."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

PASSED_MESSAGE = "correct"


@dataclass(frozen=True)
class CheckResult:
    """The verdict of one check on one case.

    ``score`` is 1.0 when ``passed`` and 0.0 otherwise (no check gives partial credit).
    ``message`` is learner-facing and written in mathematical terms.
    """

    passed: bool
    score: float
    message: str


@dataclass(frozen=True)
class Unsupported:
    """Marker for a learner value that cannot be represented as data (a function, a custom
    object, ...). ``type_name`` is the name of its Python type as reported by the sandbox."""

    type_name: str


class CheckSpecError(ValueError):
    """An authoring error: unknown check, unknown or invalid parameter, a reference value or
    input of the wrong kind. Never raised because of what the learner returned."""


class Reject(Exception):
    """Internal: raised inside a check to fail it with a learner-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@contextmanager
def prefixed(prefix: str) -> Iterator[None]:
    """Prefix the message of any rejection raised in the block, e.g. ``item 1: ...``."""
    try:
        yield
    except Reject as exc:
        raise Reject(f"{prefix}: {exc.message}") from None


CheckFunction = Callable[..., CheckResult]


def check(fn: Callable[..., str | None]) -> CheckFunction:
    """Turn a check body into a check.

    The body returns ``None`` (or a custom success message) when the answer is accepted and
    raises :class:`Reject` otherwise. Floating-point warnings are silenced: learner data may
    well overflow, and the checks look at the results explicitly.
    """

    @functools.wraps(fn)
    def wrapper(
        inputs: dict[str, Any], expected: Any, got: Any, *, reveal: bool, **params: Any
    ) -> CheckResult:
        try:
            with np.errstate(all="ignore"):
                message = fn(inputs, expected, got, reveal=reveal, **params)
        except Reject as exc:
            return CheckResult(passed=False, score=0.0, message=exc.message)
        return CheckResult(passed=True, score=1.0, message=message or PASSED_MESSAGE)

    return wrapper
