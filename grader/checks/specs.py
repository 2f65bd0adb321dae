"""Validating a check spec, one ``[[checks]]`` table of exercise.toml, before any grading.

A spec is ``{"check": name, "output": k, **params}``: the grader applies the check ``name`` to
item ``k`` of the returned tuple (the whole value without ``output``) with ``params``. A typo
in a parameter would otherwise only surface when a learner is graded, or never (a misspelt
tolerance silently leaves the default in force), so packages are refused when they load.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ._format import describe
from ._params import Param, parameters
from .registry import CHECKS

# Keys of a spec that are not parameters of the check.
SPEC_KEYS = ("check", "output")

# Parameters that only work together. A TOML table cannot hold the Python function `fn`, so
# for gradient this refuses `at` alone, which the check would reject on every case.
_TOGETHER: dict[str, tuple[str, ...]] = {"gradient": ("fn", "at")}


def check_spec_problems(spec: Mapping[str, Any]) -> list[str]:
    """Every problem of one check spec, as messages naming the check and the parameter;
    empty when the spec is valid. Needs no learner data and runs nothing."""
    if not isinstance(spec, Mapping):
        return [f"a check must be a table with a `check` key, got {describe(spec)}"]
    problems = _output_problems(spec.get("output"))
    name = spec.get("check")
    if not isinstance(name, str) or name not in CHECKS:
        return [_unknown_check(name, "check" in spec), *problems]
    params = parameters(CHECKS[name])
    for key, value in spec.items():
        if key in SPEC_KEYS:
            continue
        if key not in params:
            problems.append(_unknown_parameter(name, str(key), list(params)))
        else:
            problems.extend(_value_problems(name, params[key], value))
    problems.extend(_together_problems(name, spec))
    return problems


def _output_problems(output: Any) -> list[str]:
    if output is None or (isinstance(output, int) and not isinstance(output, bool) and output >= 0):
        return []
    return [f"`output` must be a non-negative integer, got {describe(output)}"]


def _unknown_check(name: Any, given: bool) -> str:
    known = ", ".join(sorted(CHECKS))
    if not given:
        return f"the table has no `check` key naming the check; known checks: {known}"
    return f"unknown check {name!r}{_did_you_mean(name, list(CHECKS))}; known checks: {known}"


def _unknown_parameter(check: str, key: str, params: list[str]) -> str:
    listed = ", ".join(f"`{p}`" for p in params)
    accepts = f"its parameters are: {listed}" if params else "it takes no parameters"
    hint = _did_you_mean(key, [*params, "output"])
    return f"unknown parameter `{key}` of check `{check}`{hint}; {accepts}"


def _did_you_mean(word: Any, choices: list[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _value_problems(check: str, param: Param, value: Any) -> list[str]:
    problem = param.problem(value)
    return [] if problem is None else [f"parameter `{param.name}` of check `{check}` {problem}"]


def _together_problems(check: str, spec: Mapping[str, Any]) -> list[str]:
    group = _TOGETHER.get(check, ())
    given = [p for p in group if p in spec]
    if not given or len(given) == len(group):
        return []
    names = " and ".join(f"`{p}`" for p in group)
    return [f"check `{check}` needs {names} together, or none of them"]
