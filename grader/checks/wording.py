"""How an exercise's checks judge an answer, in words a learner reads under the statement.

Generated from the exercise's config (its ``[[checks]]`` tables, with each check's defaults
read from its signature, and its options), so the statement can never promise a tolerance
the grader does not apply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .registry import CHECKS, check_params


def describe_checks(config: Mapping[str, Any]) -> list[str]:
    """One sentence per check of `config`, then one per option that can fail an answer
    (inputs_read_only, returns_new). Markdown: names are in backticks."""
    names: list[str] = list(config.get("outputs") or [])
    sentences = [_describe(spec, names) for spec in config.get("checks") or []
                 if isinstance(spec, Mapping) and spec.get("check") in CHECKS]
    if config.get("inputs_read_only"):
        sentences.append("Your function must not change its arguments in place: work on a "
                         "copy.")
    if config.get("returns_new"):
        sentences.append("Your function must return a new array, not one of its arguments "
                         "(or a view of it).")
    return sentences


def _describe(spec: Mapping[str, Any], names: list[str]) -> str:
    name = str(spec["check"])
    params = {**check_params(name), **{k: v for k, v in spec.items()
                                       if k not in ("check", "output")}}
    subject = _subject(spec.get("output"), names)
    text = _sentence(name, params, subject)
    return text[0].upper() + text[1:]


def _subject(output: Any, names: list[str]) -> str:
    if not isinstance(output, int) or isinstance(output, bool):
        return "your answer"
    if 0 <= output < len(names):
        return f"`{names[output]}`"
    return f"item {output} of the returned tuple (counting from 0)"


def number(value: Any) -> str:
    """1e-06 as 1e-6, 0.001 as 0.001: the way the README and the messages write them."""
    return re.sub(r"e([+-])0*(\d)", lambda m: "e" + m.group(1).replace("+", "") + m.group(2),
                  f"{float(value):g}")


def _tolerance(rtol: Any, atol: Any) -> str:
    """"with a relative tolerance of 1e-6 and an absolute tolerance of 1e-9"."""
    parts = [f"a relative tolerance of {number(rtol)}" if rtol else "",
             f"an absolute tolerance of {number(atol)}" if atol else ""]
    given = [part for part in parts if part]
    return f"with {' and '.join(given)}" if given else "exactly"


def _entrywise(rtol: Any, atol: Any, what: str = "each number") -> str:
    """The tolerance, and what it means for each number (what _compare applies)."""
    times = "\N{MULTIPLICATION SIGN}"
    bound = [number(atol) if atol else "", f"{number(rtol)} {times} |expected|" if rtol else ""]
    given = [part for part in bound if part]
    if not given:
        return "exactly"
    return f"{_tolerance(rtol, atol)}: {what} may be off by at most {' + '.join(given)}"


def _sentence(name: str, p: Mapping[str, Any], subject: str) -> str:
    matrix = f"`{p.get('matrix')}`"
    tolerance, entrywise = _tolerance(p.get("rtol"), p.get("atol")), _entrywise(p.get("rtol"),
                                                                                 p.get("atol"))
    sentences = {
        "close": f"{subject} is compared with the reference answer number by number, "
                 f"{entrywise}." + (" It must be a NumPy array of floats."
                                    if p.get("float_array") else ""),
        "exact": f"{subject} must equal the reference answer exactly.",
        "up_to_sign": f"{subject} is compared with the reference answer up to sign (the "
                      f"vector, or each column, may be multiplied by -1), {entrywise}.",
        "eigenvalues": f"{subject} is compared with the reference eigenvalues as a "
                       f"collection, in any order, {entrywise}.",
        "eigenpairs": f"{subject} must be (eigenvalues, eigenvectors as columns): the "
                      "eigenvalues match the reference ones in any order, and each column v "
                      f"satisfies {matrix} v = λ v (any scaling or sign), {tolerance}.",
        "symmetric": f"{subject} must be a symmetric matrix close to the reference answer, "
                     f"{entrywise}.",
        "psd": f"{subject} must be a symmetric positive semi-definite matrix close to the "
               f"reference answer, {tolerance}.",
        "svd": f"{subject} must be (U, S, Vt), a singular value decomposition of {matrix}: "
               "U and Vt orthonormal, S non-negative, decreasing and close to the reference "
               f"singular values, and U diag(S) Vt equal to {matrix}, {tolerance}.",
        "same_subspace": f"{subject} must span the same subspace as the reference answer "
                         f"(any basis will do), {tolerance}.",
        "orthonormal_columns": _orthonormal(p, subject),
        "gradient": f"{subject} is compared with the reference gradient number by number, "
                    f"{entrywise}.",
        "probability_vector": f"{subject} must be a probability vector (entries in [0, 1] "
                              "that sum to 1) close to the reference answer, "
                              f"{entrywise}.",
        "pvalue": f"{subject} is a p-value between 0 and 1, compared with the reference "
                  f"p-value, {_entrywise(p.get('rtol'), p.get('atol'), 'it')}.",
        "decision": f"{subject} must be the same decision as the reference: reject or do not "
                    "reject the null hypothesis.",
        "converges": f"{subject} is compared with the final iterate of the reference method "
                     f"on the same inputs, {entrywise}.",
        "plot": f"{subject} is the matplotlib figure you drew, judged on what it plots: the "
                f"same {_plot_parts(p)} as the reference plot, in any order, {entrywise}"
                f"{_plot_texts(p)}.",
    }
    return sentences[name]


def _plot_parts(p: Mapping[str, Any]) -> str:
    names = {"lines": "lines", "scatters": "scattered points", "bars": "bars"}
    parts = [names[part] for part in p.get("parts") or names if part in names]
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)


def _plot_texts(p: Mapping[str, Any]) -> str:
    names = {"title": "a title", "xlabel": "an x-axis label", "ylabel": "a y-axis label",
             "legend": "a legend"}
    texts = [names[text] for text in p.get("texts") or [] if text in names]
    return f"; it must have {' and '.join(texts)}" if texts else ""


def _orthonormal(p: Mapping[str, Any], subject: str) -> str:
    text = (f"{subject} must have orthonormal columns (each dot product within "
            f"{number(p.get('atol') or 0)} of 0 or 1)")
    if p.get("allow_zero_columns"):
        text += ", or zero columns exactly where the reference answer has them"
    if p.get("same_span", True):
        text += ", spanning the same space as the reference answer's"
    return text + "."
