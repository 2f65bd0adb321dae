"""Plots judged on what they plot: ``plot`` compares the data of a returned figure.

The jail describes a matplotlib Figure (or Axes) the learner's function returns as data
(grader/sandbox/figures.py): per axes, its lines, scatter points and bar groups (each x and y
values and a label), its title, axis labels and legend texts. The codec turns that into a
:class:`Plot` (strictly: anything malformed is Unsupported), and this check compares it with
the reference's, series by series, within tolerance. Pixels are never looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ._compare import within
from ._format import describe, fmt_real
from ._types import CheckSpecError, Reject, Unsupported, check, prefixed

PARTS = ("lines", "scatters", "bars")
TEXTS = ("title", "xlabel", "ylabel", "legend")
SINGULAR = {"lines": "line", "scatters": "scatter", "bars": "bar group"}
MAX_AXES, MAX_SERIES, MAX_POINTS, MAX_TEXT = 12, 100, 20_000, 300


@dataclass(frozen=True)
class Series:
    label: str
    x: np.ndarray
    y: np.ndarray  # a bar group's heights


@dataclass(frozen=True)
class PlotAxes:
    title: str
    xlabel: str
    ylabel: str
    legend: tuple[str, ...]
    lines: tuple[Series, ...]
    scatters: tuple[Series, ...]
    bars: tuple[Series, ...]


@dataclass(frozen=True)
class Plot:
    axes: tuple[PlotAxes, ...]


# ---- Decoding the jail's description (untrusted) ----

def plot_from_json(body: Any, number: Any) -> Plot | Unsupported:
    """`number` decodes one JSON number (the codec's, with its NaN and inf forms)."""
    try:
        if not isinstance(body, dict) or not isinstance(body.get("axes"), list):
            raise ValueError
        axes = body["axes"]
        if len(axes) > MAX_AXES:
            raise ValueError
        return Plot(tuple(_axes(item, number) for item in axes))
    except (ValueError, TypeError, KeyError):
        return Unsupported("figure")


def _axes(item: Any, number: Any) -> PlotAxes:
    if not isinstance(item, dict):
        raise ValueError
    legend = item.get("legend", [])
    if not isinstance(legend, list) or len(legend) > MAX_SERIES:
        raise ValueError
    return PlotAxes(
        title=_text(item.get("title", "")), xlabel=_text(item.get("xlabel", "")),
        ylabel=_text(item.get("ylabel", "")), legend=tuple(_text(t) for t in legend),
        lines=_series(item.get("lines", []), "y", number),
        scatters=_series(item.get("scatters", []), "y", number),
        bars=_series(item.get("bars", []), "height", number))


def _series(items: Any, values: str, number: Any) -> tuple[Series, ...]:
    if not isinstance(items, list) or len(items) > MAX_SERIES:
        raise ValueError
    return tuple(Series(label=_text(item.get("label", "")), x=_numbers(item["x"], number),
                        y=_numbers(item[values], number)) for item in items)


def _numbers(values: Any, number: Any) -> np.ndarray:
    if not isinstance(values, list) or len(values) > MAX_POINTS:
        raise ValueError
    decoded = [number(value) for value in values]
    if any(value is None for value in decoded):
        raise ValueError
    return np.array(decoded, dtype=float)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ValueError
    return value


def plot_data(plot: Plot) -> list[Any]:
    """What a plot shows, as nested lists and arrays (for comparing two answers): per axes,
    each series' x and y, and which texts are given (their words are the learner's own)."""
    return [[[bool(axes.title.strip()), bool(axes.xlabel.strip()), bool(axes.ylabel.strip()),
              len(axes.legend)],
             *[[series.x, series.y] for part in PARTS for series in getattr(axes, part)],
             [len(getattr(axes, part)) for part in PARTS]]
            for axes in plot.axes]


# ---- The check ----

@check
def plot(
    inputs: dict[str, Any],
    expected: Any,
    got: Any,
    *,
    reveal: bool,
    rtol: float = 1e-6,
    atol: float = 1e-9,
    parts: tuple[str, ...] = PARTS,
    texts: tuple[str, ...] = (),
    ordered: bool = False,
) -> None:
    """The returned figure plots the reference's data: the same number of axes, and in each,
    for every part named in ``parts`` (``lines``, ``scatters``, ``bars``), the same number of
    series with x and y values (bar heights) within ``|got - exp| <= atol + rtol * |exp|``,
    matched in any order (in drawing order when ``ordered``). ``texts`` names what must not
    be empty (``title``, ``xlabel``, ``ylabel``, ``legend``: as many entries as the
    reference's). Labels are the learner's words and are not compared."""
    _check_spec(expected, parts, texts)
    if not isinstance(got, Plot):
        raise Reject("expected your function to return the matplotlib Figure (or Axes) it "
                     f"drew, got {describe(got)}")
    if len(got.axes) != len(expected.axes):
        raise Reject(f"expected a figure with {_count(len(expected.axes), 'plot')}, got "
                     f"{len(got.axes)}")
    several = len(expected.axes) > 1
    for position, (want, have) in enumerate(zip(expected.axes, got.axes, strict=True)):
        with prefixed(f"plot {position + 1}") if several else _nothing():
            for text in texts:
                _require_text(text, want, have)
            for part in parts:
                _match(part, getattr(want, part), getattr(have, part), rtol=rtol, atol=atol,
                       reveal=reveal, ordered=ordered)


def _check_spec(expected: Any, parts: tuple[str, ...], texts: tuple[str, ...]) -> None:
    if not isinstance(expected, Plot):
        raise CheckSpecError(f"the reference must return a figure, got {describe(expected)}")
    unknown = [p for p in parts if p not in PARTS] + [t for t in texts if t not in TEXTS]
    if unknown:
        raise CheckSpecError(f"unknown plot part {unknown[0]!r}: parts are {', '.join(PARTS)};"
                             f" texts are {', '.join(TEXTS)}")


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _require_text(text: str, want: PlotAxes, have: PlotAxes) -> None:
    if text == "legend":
        if len([t for t in have.legend if t.strip()]) < len(want.legend):
            raise Reject(f"expected a legend naming {_count(len(want.legend), 'series', '')}, "
                         f"got {len(have.legend)} entries")
        return
    if not getattr(have, text).strip():
        what = {"title": "a title", "xlabel": "a label on the x axis",
                "ylabel": "a label on the y axis"}[text]
        raise Reject(f"the plot needs {what}")


def _match(part: str, want: tuple[Series, ...], have: tuple[Series, ...], *, rtol: float,
           atol: float, reveal: bool, ordered: bool) -> None:
    noun = SINGULAR[part]
    if len(have) != len(want):
        raise Reject(f"expected {_count(len(want), noun)}, got {len(have)}")
    if len(want) == 1 or ordered:
        for position, (one, other) in enumerate(zip(want, have, strict=True)):
            _same_series(one, other, f"{noun} {position + 1}" if len(want) > 1 else noun,
                         rtol=rtol, atol=atol, reveal=reveal)
        return
    free = list(have)
    for one in want:
        found = next((other for other in free if _close(one, other, rtol, atol)), None)
        if found is None:
            raise Reject(f"no {noun} of your plot matches {_shown(one, noun, reveal)}")
        free.remove(found)


def _close(one: Series, other: Series, rtol: float, atol: float) -> bool:
    return (one.x.shape == other.x.shape and one.y.shape == other.y.shape
            and bool(within(one.x, other.x, rtol, atol).all())
            and bool(within(one.y, other.y, rtol, atol).all()))


def _same_series(want: Series, have: Series, name: str, *, rtol: float, atol: float,
                 reveal: bool) -> None:
    if have.x.shape != want.x.shape:
        raise Reject(f"the {name} has {_count(have.x.size, 'point')}, expected "
                     f"{want.x.size}")
    for axis, one, other in (("x", want.x, have.x), ("y", want.y, have.y)):
        bad = ~within(one, other, rtol, atol)
        if bad.any():
            index = int(np.argmax(bad))
            where = f"point {index + 1}" if one.size > 1 else "its point"
            if reveal:
                raise Reject(f"the {name}'s {axis} value at {where} is {fmt_real(other[index])}"
                             f", expected {fmt_real(one[index])}")
            raise Reject(f"the {name}'s {axis} values are not the expected ones "
                         f"({int(bad.sum())} of {one.size} differ)")


def _shown(series: Series, noun: str, reveal: bool) -> str:
    label = f" labelled '{series.label}'" if series.label else ""
    if not reveal or series.x.size == 0:
        return f"the expected {noun}{label} ({_count(series.x.size, 'point')})"
    return (f"the expected {noun}{label} ({_count(series.x.size, 'point')}, x from "
            f"{fmt_real(float(series.x.min()))} to {fmt_real(float(series.x.max()))})")


def _count(n: int, noun: str, plural: str = "s") -> str:
    return f"{n} {noun}{'' if n == 1 else plural}"
