"""What the Run box starts with: a call of the learner's function on the first public example,
printed, so that "Run" shows something useful before they type anything."""

from typing import Any

from grader.codec import decode

PLAIN = (bool, int, float, str, type(None))
LONGEST = 200  # characters: a call longer than this is left for the learner to write


def example_call(entry: str, case: dict[str, Any] | None) -> str:
    """`print(dot([1, 2, 3], [4, 5, 6]))`, or `print(dot(...))` when the example's arguments are
    not plain Python literals (arrays, functions) or too long to read."""
    fallback = f"print({entry}(...))"
    if case is None:
        return fallback
    values = [decode(value) for value in (case.get("args") or {}).values()]
    if not all(_plain(value) for value in values):
        return fallback
    call = f"print({entry}({', '.join(repr(value) for value in values)}))"
    return call if len(call) <= LONGEST else fallback


def _plain(value: Any) -> bool:
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _plain(item) for key, item in value.items())
    return isinstance(value, PLAIN)
