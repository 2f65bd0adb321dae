"""The parameters a check accepts and the values each one takes, read from its signature.

A check is ``check(inputs, expected, got, *, reveal, **params)``: its parameters are the
keyword-only arguments other than ``reveal`` (which the grader sets), with their defaults and
annotations. Reading them from the signature keeps a single source of truth: a parameter added
to a check is accepted, and type-checked, in exercise.toml without a second list to update.
"""

from __future__ import annotations

import collections.abc
import functools
import inspect
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._format import describe


@dataclass(frozen=True)
class Param:
    """One parameter of a check: its default and the values it accepts."""

    name: str
    default: Any
    expects: str  # what a valid value is, for messages: "a string", "true or false", ...
    accepts: Callable[[Any], bool]

    def problem(self, value: Any) -> str | None:
        """``must be <kind>, got <value>`` when ``value`` is not acceptable, else ``None``."""
        if self.accepts(value):
            return None
        return f"must be {self.expects}, got {describe(value)}"


def _anything(value: Any) -> bool:
    return True


def _is_tolerance(value: Any) -> bool:
    # Every float parameter of the library is a tolerance or a step size, which the checks
    # themselves require to be finite and non-negative (_compare.check_params).
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and math.isfinite(value) and value >= 0


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_strings(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(item, str) for item in value)


_KINDS: dict[Any, tuple[str, Callable[[Any], bool]]] = {
    float: ("a finite non-negative number", _is_tolerance),
    int: ("an integer", _is_integer),
    bool: ("true or false", _is_bool),  # spelt as in TOML and JSON, where authors write it
    str: ("a string", _is_string),
    Any: ("any value", _anything),
    inspect.Parameter.empty: ("any value", _anything),
}


def _kind(annotation: Any) -> tuple[str, Callable[[Any], bool]] | None:
    """What an annotation accepts, or ``None`` when this module cannot judge it."""
    if annotation in _KINDS:
        return _KINDS[annotation]
    origin = typing.get_origin(annotation)
    if origin is collections.abc.Callable or annotation is collections.abc.Callable:
        return "a Python function", callable
    if origin in (list, tuple) and typing.get_args(annotation) in ((str,), (str, ...)):
        return "a list of strings", _is_strings
    rest = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(rest) == 1:
        inner = _kind(rest[0])
        if inner is None:
            return None
        expects, accepts = inner
        # None only means "the default": the message names the real kind.
        return expects, lambda value: value is None or accepts(value)
    return None


@functools.cache
def parameters(check: Callable[..., Any]) -> dict[str, Param]:
    """The parameters of ``check`` by name, in signature order.

    Raises TypeError for an annotation it cannot judge: a check's author learns it from the
    unit tests, rather than an exercise author from a parameter that silently accepts anything.
    """
    body = inspect.unwrap(check)  # @check's wrapper hides the body's signature behind **params
    hints = typing.get_type_hints(body)
    found = {}
    for p in inspect.signature(body).parameters.values():
        if p.kind is not inspect.Parameter.KEYWORD_ONLY or p.name == "reveal":
            continue
        annotation = hints.get(p.name, inspect.Parameter.empty)
        kind = _kind(annotation)
        if kind is None:
            raise TypeError(
                f"check {body.__name__}: cannot validate parameter {p.name} of type {annotation!r}"
            )
        found[p.name] = Param(p.name, p.default, *kind)
    return found
