"""The fresh-interpreter backend: one new bubblewrap jail and Python process per job.

Simple and slow (numpy + scipy are imported every time); the baseline for benchmarks and
the fallback of the warm pool. The worker enforces the wall clock and the output caps from
outside and parses what comes back strictly.
"""

import contextlib
import json
import os
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass, field

from . import jail
from .report import classify, parse_events
from .types import Job, Limits, RunReport

STDERR_BYTES = 64 * 1024
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
    filter_fd = jail.seccomp_fd()
    payload = _job_payload(job, result_write)
    process = subprocess.Popen(
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
    os.close(result_write)
    if filter_fd is not None:
        os.close(filter_fd)
    try:
        streams, timed_out = _pump(process, payload, result_read, job.limits)
    finally:
        _kill(process)
        os.close(result_read)
    report = parse_events(bytes(streams.result), stdout=bytes(streams.stdout),
                          stderr=bytes(streams.stderr))
    report.exit_code = process.returncode
    report.seconds = time.monotonic() - started
    classify(report, timed_out=timed_out, overflow=streams.overflow, limits=job.limits)
    return report


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
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream and not stream.closed:
            stream.close()


