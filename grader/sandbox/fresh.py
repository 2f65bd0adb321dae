"""The fresh-interpreter backend: one new bubblewrap jail and Python process per job.

Simple and slow (numpy + scipy are imported every time); the baseline for benchmarks and
the fallback of the warm pool. The worker enforces the wall clock and the output caps from
outside and parses what comes back strictly.
"""

import json
import os
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

from . import jail, seccomp
from .types import Job, Limits, RunReport

STDERR_BYTES = 64 * 1024
KEPT_STDOUT_CHARS = 16 * 1024  # what a learner sees of their prints
EXIT_GRACE_SECONDS = 0.5


@dataclass
class _Streams:
    """Bytes read so far from the jail, and which cap (if any) was broken."""

    result: bytearray = field(default_factory=bytearray)
    stdout: bytearray = field(default_factory=bytearray)
    stderr: bytearray = field(default_factory=bytearray)
    overflow: str = ""


def run(job: Job) -> RunReport:
    started = time.monotonic()
    result_read, result_write = os.pipe()
    filter_fd = _seccomp_fd()
    payload = _job_payload(job, result_write)
    process = subprocess.Popen(
        [*jail.switch_user_args(), *jail.bwrap_args(job.limits, filter_fd),
         *jail.interpreter_args()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=[fd for fd in (result_write, filter_fd) if fd is not None],
        preexec_fn=jail.rlimits_setter(job.limits),
        start_new_session=True,
    )
    os.close(result_write)
    if filter_fd is not None:
        os.close(filter_fd)
    try:
        streams, timed_out = _pump(process, payload, result_read, job.limits)
    finally:
        _kill(process)
        os.close(result_read)
    report = _parse(streams, job.limits)
    report.exit_code = process.returncode
    report.seconds = time.monotonic() - started
    _classify(report, streams, timed_out, job.limits)
    return report


def _seccomp_fd() -> int | None:
    program = seccomp.deny_list_program()
    if program is None:
        return None
    fd = os.memfd_create("seccomp", 0)
    os.write(fd, program)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _job_payload(job: Job, result_fd: int) -> bytes:
    return json.dumps(
        {
            "code": job.code,
            "cases_source": job.cases_source,
            "entry": job.entry,
            "seed": job.seed,
            "public_only": job.public_only,
            "result_fd": result_fd,
        }
    ).encode()


def _pump(
    process: subprocess.Popen[bytes], payload: bytes, result_fd: int, limits: Limits
) -> tuple[_Streams, bool]:
    """Feeds the job in and reads the three streams until EOF, a broken cap or the deadline."""
    assert process.stdin and process.stdout and process.stderr
    deadline = time.monotonic() + limits.wall_seconds
    streams = _Streams()
    caps = {result_fd: limits.result_bytes, process.stdout.fileno(): limits.stdout_bytes,
            process.stderr.fileno(): STDERR_BYTES}
    buffers = {result_fd: streams.result, process.stdout.fileno(): streams.stdout,
               process.stderr.fileno(): streams.stderr}
    names = {result_fd: "result", process.stdout.fileno(): "stdout"}
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdin, selectors.EVENT_WRITE)
        for fd in buffers:
            os.set_blocking(fd, False)
            selector.register(fd, selectors.EVENT_READ)
        view = memoryview(payload)
        exited_at: float | None = None
        while selector.get_map():
            now = time.monotonic()
            if now >= deadline:
                return streams, True
            if exited_at is None and process.poll() is not None:
                exited_at = now
            if exited_at is not None and now - exited_at > EXIT_GRACE_SECONDS:
                break  # something kept a pipe open after the jail ended: stop waiting
            for key, _ in selector.select(timeout=min(0.1, deadline - now)):
                if key.fileobj is process.stdin:
                    view = _feed(selector, process, view)
                    continue
                fd = int(key.fd)
                chunk = _read(fd)
                if chunk is None:
                    continue
                if not chunk:
                    selector.unregister(fd)
                    continue
                buffers[fd] += chunk
                if len(buffers[fd]) > caps[fd]:
                    if fd in names:
                        streams.overflow = names[fd]
                        return streams, False
                    del buffers[fd][caps[fd]:]  # stderr: keep the head, drop the rest
    return streams, False


def _feed(selector: selectors.BaseSelector, process: subprocess.Popen[bytes],
          view: memoryview) -> memoryview:
    assert process.stdin
    try:
        written = os.write(process.stdin.fileno(), view[:65536])
    except (BrokenPipeError, BlockingIOError):
        written = len(view) if not view else 0
    view = view[written:]
    if not view:
        selector.unregister(process.stdin)
        process.stdin.close()
    return view


def _read(fd: int) -> bytes | None:
    """A chunk, b"" at end of file, or None when a wake-up found nothing to read."""
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return None


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Ends the jail: bwrap is the session leader; its pid namespace dies with it."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream and not stream.closed:
            stream.close()


def _parse(streams: _Streams, limits: Limits) -> RunReport:
    """Strict parsing of the event lines: anything malformed counts as no event."""
    report = RunReport()
    for line in bytes(streams.result).split(b"\n"):
        event = _event(line)
        if event is None:
            continue
        kind = event.get("event")
        if kind == "cases" and isinstance(event.get("cases"), list) and not report.cases:
            report.cases = event["cases"]
        elif kind == "error" and report.error is None:
            report.error = {key: event.get(key) for key in ("kind", "type", "message",
                                                            "traceback", "line")}
        elif kind == "case" and isinstance(event.get("index"), int):
            report.results.setdefault(event["index"], event)
        elif kind == "done":
            report.finished = True
    report.stdout = streams.stdout.decode("utf-8", "replace")[:KEPT_STDOUT_CHARS]
    report.stderr = streams.stderr.decode("utf-8", "replace")
    return report


def _event(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        event = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return event if isinstance(event, dict) else None


def _classify(report: RunReport, streams: _Streams, timed_out: bool, limits: Limits) -> None:
    """Names the limit that ended the run, with a message the learner understands."""
    code = report.exit_code
    signalled = -code if code is not None and code < 0 else None
    if timed_out or signalled == signal.SIGXCPU or code == 128 + signal.SIGXCPU:
        report.outcome = "timeout"
        report.message = (f"Your code did not finish within {limits.wall_seconds:g} seconds. "
                          "Look for an infinite loop or a much slower algorithm than needed.")
    elif streams.overflow == "stdout":
        report.outcome = "output"
        report.message = (f"Your code printed more than {limits.stdout_bytes // 1024} KB. "
                          "Remove the print calls inside loops.")
    elif streams.overflow == "result":
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
