"""In the jail: what a learner's figures show, as data, and as pictures to look at.

Imported by the harness (standard library + matplotlib only; it must not import the project).
Two things leave the jail:
- `describe`: the data of a figure the learner's function returns (each axes' lines, scatter
  points, bars, title, axis labels and legend texts), as plain JSON that the worker judges with
  the usual checks. A plot is graded on what it plots, never on pixels.
- `pictures`: the open figures as PNG, to show beside a public case (or a Run), size-capped
  here and validated again by the worker (magic bytes, dimensions, size).
Everything here runs next to learner code, so the worker trusts none of it.
"""

import base64
import io
import sys
from typing import Any

MAX_FIGURES = 4  # pictures per job
MAX_PNG_BYTES = 300 * 1024
MAX_PIXELS = 1600  # the longer side of a picture
MAX_AXES = 12
MAX_ARTISTS = 100  # lines, scatters or bar groups per axes
MAX_POINTS = 20_000  # per line, scatter or bar group
MAX_TEXT = 300


def is_figure(value: Any) -> bool:
    """A matplotlib Figure or Axes, without importing matplotlib for code that never did."""
    figures, axes = sys.modules.get("matplotlib.figure"), sys.modules.get("matplotlib.axes")
    if figures is not None and isinstance(value, figures.Figure):
        return True
    return axes is not None and isinstance(value, axes.Axes)


def describe(value: Any) -> dict[str, Any]:
    """{"axes": [...]} of a Figure (all its axes) or of one Axes."""
    axes = [value] if not hasattr(value, "get_axes") else value.get_axes()
    return {"axes": [_axes(ax) for ax in axes[:MAX_AXES]]}


def _axes(ax: Any) -> dict[str, Any]:
    legend = ax.get_legend()
    return {
        "title": _text(ax.get_title()),
        "xlabel": _text(ax.get_xlabel()),
        "ylabel": _text(ax.get_ylabel()),
        "legend": [_text(t.get_text()) for t in legend.get_texts()][:MAX_ARTISTS]
        if legend is not None else [],
        "lines": [_line(line) for line in ax.get_lines()[:MAX_ARTISTS]],
        "scatters": [_scatter(c) for c in ax.collections if _is_scatter(c)][:MAX_ARTISTS],
        "bars": [_bars(c) for c in ax.containers if _is_bar_group(c)][:MAX_ARTISTS],
    }


def _line(line: Any) -> dict[str, Any]:
    return {"label": _label(line), "x": _numbers(line.get_xdata()),
            "y": _numbers(line.get_ydata())}


def _is_scatter(collection: Any) -> bool:
    from matplotlib.collections import PathCollection

    return isinstance(collection, PathCollection)


def _scatter(collection: Any) -> dict[str, Any]:
    offsets = collection.get_offsets()
    return {"label": _label(collection), "x": _numbers(offsets[:, 0]),
            "y": _numbers(offsets[:, 1])}


def _is_bar_group(container: Any) -> bool:
    from matplotlib.container import BarContainer

    return isinstance(container, BarContainer)


def _bars(container: Any) -> dict[str, Any]:
    patches = list(container.patches)[:MAX_POINTS]
    return {"label": _label(container),
            "x": _numbers([p.get_x() for p in patches]),
            "width": _numbers([p.get_width() for p in patches]),
            "height": _numbers([p.get_height() for p in patches])}


def _label(artist: Any) -> str:
    label = artist.get_label() or ""
    return "" if label.startswith("_") else _text(label)  # "_child0": matplotlib's, not theirs


def _text(value: Any) -> str:
    return str(value)[:MAX_TEXT]


def _numbers(values: Any) -> list[Any]:
    import numpy as np

    array = np.asarray(values, dtype=float).ravel()[:MAX_POINTS]  # dates and units: numbers
    return [float(x) if np.isfinite(x) else {"__float__": repr(float(x))} for x in array]


def pictures(limit: int) -> list[str]:
    """Up to `limit` open figures as base64 PNG, each within the caps; closes them all, so the
    next case starts with none. A figure too large at any resolution is left out."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
    found: list[str] = []
    for number in pyplot.get_fignums():
        if len(found) >= limit:
            break
        png = _png(pyplot.figure(number))
        if png is not None:
            found.append(base64.b64encode(png).decode("ascii"))
    pyplot.close("all")
    return found


def _png(figure: Any) -> bytes | None:
    width, height = figure.get_size_inches()
    dpi = min(100.0, MAX_PIXELS / max(width, height, 1e-3))
    for scale in (1.0, 0.6, 0.35):  # a busy plot compresses badly: try it smaller
        buffer = io.BytesIO()
        try:
            figure.savefig(buffer, format="png", dpi=dpi * scale)
        except Exception:  # a figure the learner broke is simply not shown
            return None
        if buffer.tell() <= MAX_PNG_BYTES:
            return buffer.getvalue()
    return None
