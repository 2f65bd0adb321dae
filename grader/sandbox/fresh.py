"""The fresh-interpreter backend: one new bubblewrap jail and Python process per job.

Simple and slow (numpy + scipy are imported every time); the baseline for benchmarks and
the fallback of the warm pool. The worker enforces the wall clock and the output caps from
outside and parses what comes back strictly. A jail that fails to start or is killed from
outside is ours, never the learner's verdict: the report is then `internal`.
"""

import contextlib
import json
import logging
import os
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass, field
from types import TracebackType

from . import jail
from .report import classify, internal_report, parse_events
from .types import Job, Limits, RunReport

logger = logging.getLogger(__name__)

STDERR_BYTES = 64 * 1024
EXIT_GRACE_SECONDS = 0.5


@dataclass
class _Streams:
    """Bytes read so far from the jail, and which cap (if any) was broken."""

    result: bytearray = field(default_factory=bytearray)
    stdout: bytearray = field(default_factory=bytearray)
    stderr: bytearray = field(default_factory=bytearray)
    overflow: str = ""


class _Descriptors:
    """Our descriptors of one run, each closed once: early when the jail has its own copy (ours
    would keep the pipe open), and at the latest when the run ends, however it ends."""

    def __init__(self) -> None:
        self._open: list[int] = []

    def add(self, fd: int | None) -> int | None:
        if fd is not None:
            self._open.append(fd)
        return fd

    def close(self, fd: int | None) -> None:
        if fd in self._open:
            self._open.remove(fd)
            os.close(fd)

    def __enter__(self) -> "_Descriptors":
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        while self._open:
            os.close(self._open.pop())


def run(job: Job) -> RunReport:
    started = time.monotonic()
    with _Descriptors() as fds:
        result_read, result_write = os.pipe()
        fds.add(result_read)
        fds.add(result_write)
        filter_fd = fds.add(jail.seccomp_fd())
        try:
            process = _start(job, result_write, filter_fd)
        except (OSError, subprocess.SubprocessError) as exc:
            logger.warning("the jail did not start: %s", exc)
            return internal_report(f"the jail did not start: {exc}")
        fds.close(result_write)
        fds.close(filter_fd)
        try:
            streams, timed_out = _pump(process, _job_payload(job, result_write), result_read,
                                       job.limits)
        finally:
            _kill(process)
    if _jail_failed(streams, timed_out, process.returncode):
        detail = (f"the jail failed (exit status {process.returncode}): "
                  + streams.stderr.decode("utf-8", "replace")[-2000:])
        logger.warning("%s", detail)
        return internal_report(detail)
    report = parse_events(bytes(streams.result), stdout=bytes(streams.stdout),
                          stderr=bytes(streams.stderr))
    report.exit_code = process.returncode
    report.seconds = time.monotonic() - started
    classify(report, timed_out=timed_out, overflow=streams.overflow, limits=job.limits)
    return report


def _start(job: Job, result_write: int, filter_fd: int | None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*jail.switch_user_args(), *jail.bwrap_args(job.limits, filter_fd),
         *jail.interpreter_args()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=[fd for fd in (result_write, filter_fd) if fd is not None],
        env=jail.LAUNCH_ENV,
        preexec_fn=jail.rlimits_setter(job.limits),
        start_new_session=True,
    )


def _jail_failed(streams: _Streams, timed_out: bool, returncode: int) -> bool:
    """The harness writes its first event before any learner code runs, and nothing inside a
    jail can signal bubblewrap (bwrap reports a child's signal as 128 + n): no event at all,
    or bwrap itself killed, means the jail failed, not the learner's code."""
    if timed_out or streams.overflow:
        return False  # the learner's limits, enforced by us: their verdict
    return not streams.result or returncode < 0


def _job_payload(job: Job, result_fd: int) -> bytes:
    return json.dumps(
        {
            "code": job.code,
            "cases_source": job.cases_source,
            "entry": job.entry,
            "seed": job.seed,
            "public_only": job.public_only,
            "result_fd": result_fd,
            "processes": job.limits.processes,
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
        view = view[os.write(process.stdin.fileno(), view[:65536]):]
    except BlockingIOError:
        return view  # the pipe is full for now: try again when it is writable
    except BrokenPipeError:
        view = view[len(view):]  # the jail is gone: the rest has no reader
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
    try:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream and not stream.closed:
                stream.close()


