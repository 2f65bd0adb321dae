"""The in-jail harness: builds the cases, runs one solution on them, streams data out.

Runs inside the bubblewrap jail with the standard library and numpy/scipy only: it must not
import the project. Everything it writes is untrusted by the worker (the learner's code shares
this process), so it only ever produces data: JSON lines on the result pipe, one event per line.

Job (JSON on stdin): {code, cases_source, entry, seed, public_only, result_fd}
Events on the result pipe:
  {"event": "cases", "cases": [{name, public, weight, args}]}
  {"event": "error", "kind": "syntax"|"import"|"missing"|"cases", "message", "traceback"}
  {"event": "start", "index"}                  before the learner's function runs on a case
  {"event": "print", "case": index|null, "text"}  what it printed: null while the code loaded
  {"event": "case", "index", "ok": true, "output", "mutated", "aliased"}
                                               or  "ok": false, "error": {...}
  {"event": "figure", "case": index|null, "png"}  a picture of an open figure (base64), after
                                               a public case or a Run's code; never a hidden one's
  {"event": "done"}

A job without an entry (a learner's "Run") only loads the code (their snippet at its end) and
sends its prints and pictures. A returned matplotlib Figure (or Axes) is sent as the data it
plots, {"__figure__": ...} (figures.py), for the `plot` check.

Printed output is attributed here, by the harness, never by anything the learner prints:
sys.stdout is the harness's own stream while learner code runs (see Printed), stdout itself
is never parsed, and only public cases' text (and the top level's) is sent at all.
"""

import contextlib
import copy
import json
import linecache
import math
import os
import random
import sys
import threading
import traceback
from typing import Any

# Run as a script with -I (the fresh backend), the harness's own folder is not on the path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import figures

LEARNER_FILE = "solution.py"
CASES_FILE = "cases.py"
MAX_DEPTH = 20
MAX_ITEMS = 2_000_000  # array elements per value; the worker's byte cap is the real limit
RETURNED_ITEMS = 32  # items of a returned tuple or list looked at for aliasing: the results
# What is sent of the prints (the worker caps them again: these bound the result channel).
TOP_LEVEL_CHARS = 16 * 1024
CASE_CHARS = 4096
TOTAL_CHARS = 32 * 1024


class _Unencodable(Exception):
    pass


def encode(value: Any, depth: int = 0) -> Any:
    """Turns a returned value into plain JSON data; arrays become {dtype, shape, data}."""
    import numpy as np

    if depth > MAX_DEPTH:
        raise _Unencodable("the value is nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**63 else float(value)
    if isinstance(value, float):  # numpy's float64 too: repr it as a plain float
        return float(value) if math.isfinite(value) else {"__float__": repr(float(value))}
    if isinstance(value, complex):
        return {"__complex__": [encode(value.real), encode(value.imag)]}
    if isinstance(value, np.generic):
        return encode(value.item(), depth + 1)
    if isinstance(value, np.ndarray):
        return _encode_array(value)
    if isinstance(value, (list, tuple)):
        return [encode(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item, depth + 1) for key, item in value.items()}
    if figures.is_figure(value):
        return {"__figure__": figures.describe(value)}
    if callable(value):
        return {"__callable__": getattr(value, "__name__", "function")}
    return {"__unsupported__": type(value).__name__}


def _encode_array(array: Any) -> Any:
    if array.size > MAX_ITEMS:
        raise _Unencodable(f"the array has {array.size} elements")
    kind = array.dtype.kind
    if kind not in "biufc":
        return {"__unsupported__": f"ndarray of dtype {array.dtype}"}
    flat = array.ravel().tolist()
    if kind in "fc":
        flat = [encode(item) for item in flat]
    return {"__ndarray__": {"dtype": str(array.dtype), "shape": list(array.shape), "data": flat}}


def emit(channel: Any, event: dict[str, Any]) -> None:
    channel.write(json.dumps(event, allow_nan=False, separators=(",", ":")) + "\n")
    channel.flush()


class Printed:
    """sys.stdout while learner code runs: it knows which section (the top level, or a case)
    the harness is running, so each print lands in the section it was made in.

    Everything is written through to the real stdout, where the worker's byte cap and the
    `output` verdict apply as before; that stream is never shown. The text of a shown
    section is also sent as `print` events, a line at a time, so the prints of a case that
    then hangs or crashes still arrive. Only the harness's thread is attributed: a thread
    started in one case could print during the next, whose section it is not.
    """

    def __init__(self, real: Any, channel: Any) -> None:
        self._real = real
        self._channel = channel
        self._owner = threading.get_ident()
        self._section: int | None = None
        self._room = 0  # characters this section may still send; 0 for a hidden case
        self._total = TOTAL_CHARS
        self._pending = ""

    def begin(self, section: int | None, *, shown: bool) -> None:
        self.end()
        self._section = section
        limit = TOP_LEVEL_CHARS if section is None else CASE_CHARS
        self._room = min(limit, self._total) if shown else 0

    def end(self) -> None:
        """Closes the section: called before its case's result (or the error) is sent."""
        self._send()
        self._room = 0

    def write(self, s: str) -> int:
        written = self._real.write(s)
        if self._room and isinstance(s, str) and threading.get_ident() == self._owner:
            kept = s[:self._room]
            self._room -= len(kept)
            self._total -= len(kept)
            self._pending += kept
            if "\n" in kept or not self._room:
                self._send()
        return int(written)

    def flush(self) -> None:
        self._real.flush()
        if threading.get_ident() == self._owner:
            self._send()

    def _send(self) -> None:
        if self._pending:
            text, self._pending = self._pending, ""
            emit(self._channel, {"event": "print", "case": self._section, "text": text})

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    # The rest of a text stream is the real one's (encoding, fileno, buffer, ...): what code
    # writes past this object, to sys.stdout.buffer or fd 1, is counted but never shown.
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # ours, looked up before __init__ set it: no recursion
            raise AttributeError(name)
        return getattr(self._real, name)


def learner_traceback(exc: BaseException) -> str:
    """The learner's frames only: harness frames are noise to them (and none of their business)."""
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename in (LEARNER_FILE, CASES_FILE)
    ]
    lines = traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(["Traceback (most recent call last):\n", *lines])


def error_info(exc: BaseException) -> dict[str, Any]:
    kind = "memory" if isinstance(exc, MemoryError) else "exception"
    return {
        "kind": kind,
        "type": type(exc).__name__,
        "message": str(exc)[:2000],
        "traceback": learner_traceback(exc)[-8000:],
    }


def load_module(source: str, filename: str) -> dict[str, Any]:
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace: dict[str, Any] = {"__name__": filename.removesuffix(".py")}
    exec(compile(source, filename, "exec"), namespace)
    return namespace


def build_cases(job: dict[str, Any]) -> list[dict[str, Any]]:
    import numpy as np

    namespace = load_module(job["cases_source"], CASES_FILE)
    built = namespace["cases"](np.random.default_rng(job["seed"]))
    cases = []
    for position, case in enumerate(built):
        cases.append(
            {
                "name": str(case.get("name", f"case {position + 1}")),
                "public": bool(case.get("public", False)),
                "weight": float(case.get("weight", 1)),
                "args": dict(case["args"]),
            }
        )
        if case.get("fixed"):  # the same in every variant (validation checks it)
            cases[-1]["fixed"] = True
    return cases


def reseed(seed: int) -> None:
    """Same RNG state for the reference and the learner: random outputs stay comparable."""
    import numpy as np

    random.seed(seed)
    np.random.seed(seed % 2**32)


def run_case(function: Any, case: dict[str, Any], pristine: dict[str, Any],
             seed: int) -> dict[str, Any]:
    """Calls the function on a copy; `pristine` (the encoded arguments) reveals mutation."""
    args = copy.deepcopy(case["args"])
    reseed(seed)
    output = function(*args.values())
    mutated = [
        name for name, value in args.items() if encode(value) != pristine.get(name)
    ]
    return {"ok": True, "output": encode(output), "mutated": mutated,
            "aliased": aliased_arguments(output, args)}


def aliased_arguments(output: Any, args: dict[str, Any]) -> list[str]:
    """The arguments the function handed back instead of a new object: the returned value, or
    an item of a returned tuple or list, *is* the argument, or is an array sharing its memory
    (a view such as `A.T` or `A[:]`). Only mutable arguments count: handing back an int is
    no aliasing."""
    import numpy as np

    try:
        items = list(output[:RETURNED_ITEMS]) if isinstance(output, (tuple, list)) else []
        returned = [output, *items]
        return [name for name, value in args.items()
                if isinstance(value, (np.ndarray, list, dict))
                and any(_same_memory(item, value) for item in returned)]
    except Exception:  # a learner's object that breaks the comparison is not our verdict
        return []


def _same_memory(item: Any, argument: Any) -> bool:
    import numpy as np

    if item is argument:
        return True
    # Each argument was deep-copied into a buffer of its own, so an array whose memory
    # overlaps it can only be a view into it: the bounds test is exact here, and cheap.
    return (isinstance(item, np.ndarray) and isinstance(argument, np.ndarray)
            and bool(np.may_share_memory(item, argument)))


def syntax_error_event(exc: SyntaxError) -> dict[str, Any]:
    where = f"line {exc.lineno}" if exc.lineno else "your code"
    pointer = ""
    if exc.text:
        text = exc.text.rstrip("\n")
        caret = " " * max((exc.offset or 1) - 1, 0) + "^"
        pointer = f"\n    {text.strip()}\n    {caret[len(text) - len(text.lstrip()):]}"
    return {
        "event": "error",
        "kind": "syntax",
        "line": exc.lineno,
        "message": f"SyntaxError on {where}: {exc.msg}{pointer}",
    }


def load_error_event(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, SyntaxError):
        return syntax_error_event(exc)
    return {"event": "error", **error_info(exc), "kind": "import"}


def flush_learner_output() -> None:
    """Prints reach the worker case by case, so a later crash keeps the earlier ones."""
    for stream in (sys.stdout, sys.__stdout__ or sys.stdout, sys.stderr):
        # The learner may have replaced or closed the stream.
        with contextlib.suppress(BaseException):
            stream.flush()


def limit_processes(job: dict[str, Any]) -> None:
    """The per-jail process cap, set before any learner code runs (it cannot be raised again).

    The account-wide cap set from outside is larger, so one jail's fork bomb cannot stop
    another jail from starting.
    """
    import resource

    if job.get("processes"):
        resource.setrlimit(resource.RLIMIT_NPROC, (job["processes"], job["processes"]))


def main() -> None:
    job = json.loads(sys.stdin.read())
    channel = os.fdopen(job["result_fd"], "w", encoding="utf-8")
    limit_processes(job)
    try:
        run_job(job, channel)
    finally:
        flush_learner_output()


def run_job(job: dict[str, Any], channel: Any) -> None:
    try:
        cases = build_cases(job)  # what the exercise's own code prints is never shown
    except Exception as exc:
        emit(channel, {"event": "error", "kind": "cases", "message": repr(exc)[:2000]})
        return
    encoded = [encode(case["args"]) for case in cases]
    emit(channel, {"event": "cases",
                   "cases": [{**case, "args": args}
                             for case, args in zip(cases, encoded, strict=True)]})
    real, printed = sys.stdout, Printed(sys.stdout, channel)
    sys.stdout = printed
    try:
        run_learner_code(job, channel, cases, encoded, printed)
    finally:
        printed.end()
        sys.stdout = real


def run_learner_code(job: dict[str, Any], channel: Any, cases: list[dict[str, Any]],
                     encoded: list[Any], printed: Printed) -> None:
    printed.begin(None, shown=True)
    try:
        namespace = load_module(job["code"], LEARNER_FILE)
    except BaseException as exc:  # SystemExit at import time is the learner's error too
        printed.end()
        emit(channel, load_error_event(exc))
        return
    printed.end()
    if not job["entry"]:  # a Run: the code and its snippet have run, and drawn what they drew
        show_pictures(channel, None, shown=True)
        emit(channel, {"event": "done"})
        return
    show_pictures(channel, None, shown=False)
    function = namespace.get(job["entry"])
    if not callable(function):
        message = f"Your code does not define a function named `{job['entry']}`."
        emit(channel, {"event": "error", "kind": "missing", "message": message})
        return
    for index, case in enumerate(cases):
        if job.get("public_only") and not case["public"]:
            continue
        # Marked before the learner runs: the worker then takes no text for earlier sections.
        emit(channel, {"event": "start", "index": index})
        printed.begin(index, shown=case["public"])
        try:
            result = run_case(function, case, encoded[index], job["seed"] + index)
        except _Unencodable as exc:
            result = {"ok": False, "error": {"kind": "unencodable", "message": str(exc)}}
        except BaseException as exc:
            result = {"ok": False, "error": error_info(exc)}
        flush_learner_output()
        printed.end()
        show_pictures(channel, index, shown=case["public"])
        emit(channel, {"event": "case", "index": index, **result})
    emit(channel, {"event": "done"})


_pictures_left = figures.MAX_FIGURES


def show_pictures(channel: Any, section: int | None, *, shown: bool) -> None:
    """Sends the open figures of a section the learner may see (a public case, a Run), within
    the job's budget, and closes every figure: the next case starts with none, and a hidden
    case's figures (its inputs, drawn) never leave the jail."""
    global _pictures_left
    try:
        pictures = figures.pictures(_pictures_left if shown else 0)
    except Exception:  # a figure the learner broke shows nothing; the verdict is unchanged
        return
    _pictures_left -= len(pictures)
    for picture in pictures:
        emit(channel, {"event": "figure", "case": section, "png": picture})


if __name__ == "__main__":
    main()
    # Skip interpreter teardown: learner atexit hooks and finalizers get no last word.
    os._exit(0)
