"""Display helpers for learner pages: example values, scores, percentages, verdict tones,
and the model solution when the course lets this learner see it."""

import math
import re
from typing import Any

import numpy as np
from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from courses.models import Progress
from courses.solutions import model_solution as solution_for
from exercises.models import Exercise
from grader.checks import Unsupported
from grader.codec import decode
from grader.models import Submission

register = template.Library()

PRECISION = 6
# Past this many characters an example stops teaching anything; the learner sees its shape.
MAX_CHARS = 2000

_BAD_VERDICTS = {"error", "timeout", "memory", "output", "crash"}
# `name` in a grader message, as in Markdown: one line, no backticks inside.
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


@register.filter
def example_value(encoded: Any) -> str:
    """An encoded case value (argument or expected output) as a learner would type it."""
    text = _format(decode(encoded))
    if len(text) > MAX_CHARS:
        return text[:MAX_CHARS] + " …"
    return text


@register.filter
def example_args(args: Any) -> list[tuple[str, str]]:
    """A case's arguments as (name, value) pairs; positional ones are numbered."""
    if isinstance(args, dict):
        pairs = [(str(name), value) for name, value in args.items()]
    elif isinstance(args, list):
        pairs = [(f"arg{index}", value) for index, value in enumerate(args, 1)]
    else:
        pairs = [("input", args)]
    return [(name, _hang(example_value(value), len(name) + 3)) for name, value in pairs]


def _hang(text: str, indent: int) -> str:
    """Indents continuation lines so a multi-line value lines up after `name = `."""
    return text.replace("\n", "\n" + " " * indent)


def _format(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return _format_array(value)
    if isinstance(value, list):
        return _format_list(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, complex):
        return f"({_format_float(value.real)}{value.imag:+.{PRECISION}g}j)"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_format(item)}" for key, item in value.items()) + "}"
    if isinstance(value, Unsupported):
        return f"<{value.type_name}>"
    return repr(value)


def _format_list(items: list[Any]) -> str:
    parts = [_format(item) for item in items]
    flat = "[" + ", ".join(parts) + "]"
    if "\n" not in flat and len(flat) <= 40:
        return flat
    # One element per line, continuation lines indented under the opening bracket, so
    # tuples of matrices (the usual return value) stay readable.
    return "[" + ",\n ".join(part.replace("\n", "\n ") for part in parts) + "]"


def _format_float(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return f"float('{value}')"
    text = f"{value:.{PRECISION}g}"
    # Keep floats recognisable as floats: 32.0 rather than 32.
    return text if any(mark in text for mark in ".en") else text + ".0"


def _format_array(array: np.ndarray) -> str:
    body = np.array2string(array, precision=PRECISION, separator=", ", suppress_small=True,
                           prefix="np.array(", threshold=200)
    return f"np.array({body})"


@register.filter
def score(value: float | int | None) -> str:
    """7.5 and 10 rather than 7.500000 and 10.0."""
    if value is None:
        return "\u2013"  # en dash: "no score yet"
    rounded = round(float(value), 2)
    return f"{rounded:g}"


@register.filter
def percent(part: float | int, whole: float | int) -> int:
    if not whole:
        return 0
    return max(0, min(100, round(100 * float(part) / float(whole))))


@register.filter
def verdict_tone(submission: Submission) -> str:
    """A CSS modifier for badges and banners: ok, partial, bad or pending."""
    if not submission.is_finished:
        return "pending"
    if submission.status == Submission.Status.ERROR or submission.verdict in _BAD_VERDICTS:
        return "bad"
    if submission.verdict in (Submission.Verdict.PASSED, Submission.Verdict.RAN):
        return "ok"
    # Partial means some credit: a failure that earned nothing is a failure, not amber.
    return "partial" if submission.score > 0 else "bad"


@register.filter
def verdict_label(submission: Submission) -> str:
    if submission.status == Submission.Status.ERROR:
        return "Grading error"
    if not submission.is_finished:
        return submission.get_status_display()
    return submission.get_verdict_display()


@register.filter
def without_title(statement_html: str, title: str) -> SafeString:
    """The sanitised statement minus a leading <h1> that repeats the page's own title."""
    match = re.match(r"\s*<h1>(.*?)</h1>\s*", statement_html, flags=re.DOTALL)
    if match and match.group(1).strip().casefold() == escape(title).strip().casefold():
        statement_html = statement_html[match.end():]
    # statement_html was sanitised with nh3 when the exercise was saved.
    return mark_safe(statement_html)


@register.simple_tag(takes_context=True)
def model_solution(context: template.Context, exercise: Exercise,
                   progress: Progress | None) -> str | None:
    """`{% model_solution exercise progress as solution %}`: the code, or None.

    Decided here, on the server, so a page that may not show the solution never contains it.
    """
    request = context.get("request")
    if request is None:
        return None
    # A missing template variable arrives as "": no progress, then.
    standing = progress if isinstance(progress, Progress) else None
    return solution_for(user=request.user, exercise=exercise, progress=standing)


@register.filter
def code_spans(message: str) -> SafeString:
    """A grader message with its `code` spans as <code>: escaped first, so nothing else is
    markup (escaping never makes a backtick, so the spans are the learner's or ours)."""
    return mark_safe(_CODE_SPAN.sub(r"<code>\1</code>", escape(message)))
