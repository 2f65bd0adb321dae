"""The shape of each event a jail writes, checked once, when it is parsed.

Every byte of the result channel is learner-controlled: the learner's code shares the
harness's process and can write to the channel itself. So each event is rebuilt here from
the fields of the documented types and nothing else; what does not fit is dropped. The code
downstream (classify, the judge, the exercise services) then relies on these types:

  case result  {"ok": True, "output": <any JSON>, "mutated": [str], "aliased": [short str]}
               {"ok": False, "error": None | {kind?, type?, message?, traceback?: str, line?: int}}
  case         {"name": str, "public": bool, "weight": finite float, "args": dict}, and
               "fixed": True when the case is marked the same in every variant
  run error    {"kind", "type", "message", "traceback": str | None, "line": int | None}
  start        the index of the case the harness is about to run
  print        (section, text): the case index, or None for the top level, and a str
  figure       (section, PNG bytes, width, height): a valid PNG within the caps
"""

import base64
import binascii
import math
import struct
from typing import Any, TypeGuard

# A picture of a figure: the harness's caps (figures.py), checked again on the bytes.
MAX_PICTURES = 4
MAX_PNG_BYTES = 300 * 1024
MAX_PIXELS = 1600
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CASES = 10_000  # far more than any exercise has: a larger index names no case
# Argument names in `aliased`: a Python identifier is short, and a function has few of them.
MAX_NAMES, MAX_NAME_CHARS = 50, 100
ERROR_TEXTS = ("kind", "type", "message", "traceback")


def is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON's true is no number


def case_result(event: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """`(index, result)` of a well-formed `case` event; None when it names no case."""
    index, ok = event.get("index"), event.get("ok")
    if not _is_index(index) or not isinstance(ok, bool):
        return None
    if ok:
        return index, {"ok": True, "output": event.get("output"),
                       "mutated": _texts(event.get("mutated")),
                       "aliased": _names(event.get("aliased"))}
    return index, {"ok": False, "error": case_error(event.get("error"))}


def case_start(event: dict[str, Any]) -> int | None:
    index = event.get("index")
    return index if _is_index(index) else None


def printed(event: dict[str, Any]) -> tuple[int | None, str] | None:
    """`(section, text)` of a well-formed `print` event: section None is the top level."""
    section, text = event.get("case"), event.get("text")
    if "case" not in event or not isinstance(text, str):
        return None
    if not (section is None or _is_index(section)):
        return None
    return section, text


def picture(event: dict[str, Any]) -> tuple[int | None, bytes, int, int] | None:
    """`(section, png, width, height)` of a well-formed `figure` event: base64 of a PNG whose
    header says it is at most MAX_PIXELS wide and high, in at most MAX_PNG_BYTES. The bytes
    are never decoded further here: the learner's own browser shows them, as image/png."""
    section, text = event.get("case"), event.get("png")
    if "case" not in event or not (section is None or _is_index(section)):
        return None
    if not isinstance(text, str) or len(text) > (MAX_PNG_BYTES * 4) // 3 + 4:
        return None
    try:
        png = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    size = png_size(png)
    if size is None or len(png) > MAX_PNG_BYTES:
        return None
    return section, png, *size


def png_size(png: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's first chunk, IHDR; None for anything else or too large."""
    if len(png) < 33 or not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", png[16:24])
    if not (0 < width <= MAX_PIXELS and 0 < height <= MAX_PIXELS):
        return None
    return width, height


def _is_index(value: Any) -> TypeGuard[int]:
    return is_int(value) and 0 <= value < MAX_CASES


def case_error(error: Any) -> dict[str, Any] | None:
    """The fields of the right type; None when none is left (the judge then says 'failed')."""
    if not isinstance(error, dict):
        return None
    kept = {key: error[key] for key in ERROR_TEXTS if isinstance(error.get(key), str)}
    if is_int(error.get("line")):
        kept["line"] = error["line"]
    return kept or None


def run_error(event: dict[str, Any]) -> dict[str, Any]:
    """An `error` event (the code could not run at all): every field, None when ill-typed."""
    error: dict[str, Any] = {key: _text(event.get(key)) for key in ERROR_TEXTS}
    line = event.get("line")
    error["line"] = line if is_int(line) else None
    return error


def cases(value: Any) -> list[dict[str, Any]] | None:
    """The case list of a `cases` event; None when it is no list at all."""
    if not isinstance(value, list):
        return None
    return [_case(position, case) for position, case in enumerate(value)]


def _case(position: int, case: Any) -> dict[str, Any]:
    # Positions stay as they are: a result's index refers to the case at that position.
    fields = case if isinstance(case, dict) else {}
    name, args = fields.get("name"), fields.get("args")
    built = {
        "name": name if isinstance(name, str) else f"case {position + 1}",
        "public": fields.get("public") is True,
        "weight": _weight(fields.get("weight")),
        "args": args if isinstance(args, dict) else {},
    }
    if fields.get("fixed") is True:  # absent otherwise: stored cases keep their shape
        built["fixed"] = True
    return built


def _weight(value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return 1.0
    try:
        weight = float(value)
    except OverflowError:  # an integer with hundreds of digits
        return 1.0
    return weight if math.isfinite(weight) else 1.0


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _texts(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _names(value: Any) -> list[str]:
    """A few short strings (argument names); anything else in the list is dropped."""
    return [item for item in _texts(value) if len(item) <= MAX_NAME_CHARS][:MAX_NAMES]
