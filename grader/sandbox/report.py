"""Turning what a jail wrote into a RunReport: strict parsing and the limit verdicts.

Shared by both backends. Every byte here is learner-controlled: malformed lines are ignored,
and events are checked by shape and type once, here (see events.py).
"""

import json
import re
import signal
from typing import Any

from . import events
from .types import Limits, Picture, RunReport

KEPT_STDOUT_CHARS = 16 * 1024  # what a learner sees of their prints (and of the top level's)
KEPT_CASE_CHARS = 4096  # of one case's prints
KEPT_DETAIL_CHARS = 4000  # of an internal failure, for the operators
MAX_DEPTH = 64  # the harness's values stop at 20 levels: anything deeper is not its event
INTERNAL_MESSAGE = "The sandbox failed on our side; your code was not judged."
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates


class _TooDeep(ValueError):
    pass


class _Sections:
    """What was printed, per section, taken strictly in the order the harness runs them.

    The top level comes first, then the cases by index, and each case is announced (`start`)
    before any learner code runs in it. So once a case has started or reported, no text is
    taken for an earlier section: whatever the learner writes to the channel while one case
    runs (say a hidden one) cannot become the text of a case that ran before it, or of the
    top level.
    """

    TOP = -1  # the top level's place in that order

    def __init__(self, report: RunReport) -> None:
        self._report = report
        self._floor = self.TOP

    def take(self, event: dict[str, Any]) -> None:
        """A `start` or `print` event; ill-typed ones are no event."""
        if event.get("event") == "start":
            index = events.case_start(event)
            if index is not None:
                self._floor = max(self._floor, index)
            return
        printed = events.printed(event)
        if printed is not None:
            self._add(*printed)

    def picture(self, event: dict[str, Any]) -> None:
        """A `figure` event, under the same order as prints (a hidden case's cannot pass for
        an earlier one's), up to the job's number of pictures."""
        found = events.picture(event)
        if found is None or len(self._report.figures) >= events.MAX_PICTURES:
            return
        section = found[0]
        place = self.TOP if section is None else section
        if place < self._floor:
            return
        self._floor = place
        self._report.figures.append(Picture(*found))

    def ended(self, index: int) -> None:
        self._floor = max(self._floor, index + 1)

    def _add(self, section: int | None, text: str) -> None:
        place = self.TOP if section is None else section
        if place < self._floor:
            return
        self._floor = place
        if section is None:
            self._report.top_stdout = _capped(self._report.top_stdout, text, KEPT_STDOUT_CHARS)
        else:
            printed = self._report.case_stdout.get(section, "")
            self._report.case_stdout[section] = _capped(printed, text, KEPT_CASE_CHARS)


def _capped(kept: str, text: str, limit: int) -> str:
    return kept + text[:max(limit - len(kept), 0)]


def parse_events(result: bytes, *, stdout: bytes, stderr: bytes) -> RunReport:
    """Strict parsing of the event lines: anything malformed counts as no event."""
    report = RunReport()
    cases: list[dict[str, Any]] | None = None  # the first well-formed list stands
    sections = _Sections(report)
    for line in result.split(b"\n"):
        event = _event(line)
        if event is None:
            continue
        kind = event.get("event")
        if kind == "cases" and cases is None:
            cases = events.cases(event.get("cases"))
        elif kind == "error" and report.error is None:
            report.error = events.run_error(event)
        elif kind == "case":
            found = events.case_result(event)
            if found is not None:
                report.results.setdefault(*found)
                sections.ended(found[0])
        elif kind in ("start", "print"):
            sections.take(event)
        elif kind == "figure":
            sections.picture(event)
        elif kind == "done":
            report.finished = True
    report.cases = cases or []
    report.stdout = clean_text(stdout.decode("utf-8", "replace")[:KEPT_STDOUT_CHARS])
    report.stderr = clean_text(stderr.decode("utf-8", "replace"))
    return report


def _event(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        event = json.loads(line)
        return storable(event) if isinstance(event, dict) else None
    except (ValueError, RecursionError):  # _TooDeep is a ValueError
        return None


def internal_report(detail: str) -> RunReport:
    """The sandbox itself failed, not the learner's code. `detail` is for the operators (the
    setup command shows it); the learner is told it was our side."""
    return RunReport(outcome="internal", message=INTERNAL_MESSAGE,
                     stderr=clean_text(detail[-KEPT_DETAIL_CHARS:]))


def clean_text(text: str) -> str:
    """Text any database accepts: no NUL, no lone surrogates (JSON escapes allow both)."""
    return _UNSTORABLE.sub("\ufffd", text)


def storable(value: Any, depth: int = 0) -> Any:
    # Bounded, so that no line, however it nests, can exhaust the worker's stack.
    if depth > MAX_DEPTH:
        raise _TooDeep("nested too deeply")
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [storable(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(key)): storable(item, depth + 1) for key, item in value.items()}
    return value


def seconds_text(seconds: float) -> str:
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"


def classify(report: RunReport, *, timed_out: bool, overflow: str, limits: Limits) -> None:
    """Names the limit that ended the run, with a message the learner understands."""
    code = report.exit_code
    signalled = -code if code is not None and code < 0 else None
    if timed_out or signalled == signal.SIGXCPU or code == 128 + signal.SIGXCPU:
        report.outcome = "timeout"
        report.message = (f"Your code did not finish within {seconds_text(limits.wall_seconds)}. "
                          "Look for an infinite loop or a much slower algorithm than needed.")
    elif overflow == "stdout":
        report.outcome = "output"
        report.message = (f"Your code printed more than {limits.stdout_bytes // 1024} KB. "
                          "Remove the print calls inside loops.")
    elif overflow == "result":
        report.outcome = "output"
        report.message = (f"Your function returned more than {limits.result_bytes // 2**20} MB "
                          "of data: return only what the exercise asks for.")
    elif _ran_out_of_memory(report):
        report.outcome = "memory"
        report.message = (f"Your code used more memory than the {limits.memory_mb} MB allowed. "
                          "Avoid building very large arrays.")
    elif not report.finished and report.error is None:
        report.outcome = "crash"
        report.message = _crash_message(code)


def _ran_out_of_memory(report: RunReport) -> bool:
    in_cases = any(
        not result.get("ok") and (result.get("error") or {}).get("kind") == "memory"
        for result in report.results.values()
    )
    at_import = bool(report.error and report.error.get("type") == "MemoryError")
    fatal = "MemoryError" in report.stderr or "Cannot allocate memory" in report.stderr
    return in_cases or at_import or (not report.finished and fatal)


def _crash_message(code: int | None) -> str:
    if code is not None and (code < 0 or code > 128):
        number = -code if code < 0 else code - 128
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"Your code crashed ({name}) before all tests ran."
    return f"Your program stopped before all tests ran (exit status {code})."
