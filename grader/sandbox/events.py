"""The shape of each event a jail writes, checked once, when it is parsed.

Every byte of the result channel is learner-controlled: the learner's code shares the
harness's process and can write to the channel itself. So each event is rebuilt here from
the fields of the documented types and nothing else; what does not fit is dropped. The code
downstream (classify, the judge, the exercise services) then relies on these types:

  case result  {"ok": True, "output": <any JSON>, "mutated": [str]}
               {"ok": False, "error": None | {kind?, type?, message?, traceback?: str, line?: int}}
  case         {"name": str, "public": bool, "weight": finite float, "args": dict}
  run error    {"kind", "type", "message", "traceback": str | None, "line": int | None}
  start        the index of the case the harness is about to run
  print        (section, text): the case index, or None for the top level, and a str
"""

import math
from typing import Any, TypeGuard

MAX_CASES = 10_000  # far more than any exercise has: a larger index names no case
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
                       "mutated": _texts(event.get("mutated"))}
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
    return {
        "name": name if isinstance(name, str) else f"case {position + 1}",
        "public": fields.get("public") is True,
        "weight": _weight(fields.get("weight")),
        "args": args if isinstance(args, dict) else {},
    }


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
