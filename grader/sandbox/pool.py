"""The warm pool: one zygote per worker process, forking a hardened child per job.

Each Celery worker process is one slot and owns one zygote (strictly serial jobs). The
zygote only ever sees `{id, limits}` and four memfds; the job, its outputs and its prints
travel in those memfds. The zygote is restarted after MAX_JOBS jobs, when it dies, and on any
anomaly (a late, malformed or mismatched reply, a dirty jail). `warm()` starts it ahead of the
job that needs it (grader/tasks.py: as the worker process starts, and after each job), so no
learner waits the ~0.5 s it takes to import numpy and scipy.

A failure of the zygote itself is ours, never the learner's verdict: the job's report is then
`internal`. (A child that kills itself, crashes or runs out of time still gets a normal reply:
the zygote is pid 1 of its jail, and nothing in the jail can signal it.)
"""

import contextlib
import itertools
import json
import logging
import math
import os
import signal
import socket
import subprocess
import tempfile
import time
from typing import Any

from . import jail
from .report import classify, internal_report, parse_events
from .types import Job, Limits, RunReport

logger = logging.getLogger(__name__)

MAX_JOBS = 500
START_SECONDS = 60.0
# The zygote enforces the wall clock itself; no reply this long after it is the zygote's fault.
REPLY_MARGIN_SECONDS = 5.0
STDERR_BYTES = 64 * 1024
ZYGOTE_LIMITS = Limits(memory_mb=2048)  # the zygote's own jail; each child sets tighter ones


class ZygoteError(RuntimeError):
    pass


class ZygoteTimeout(ZygoteError):
    """No reply long after the job's wall clock, which the zygote enforces itself: it hangs."""


# What makes a job's report `internal`: the zygote (or the launch of one) failed, not the job.
SANDBOX_FAILURES = (ZygoteError, OSError, subprocess.SubprocessError)


class Zygote:
    """One warm interpreter in its own jail, and the socket to it.

    `wait=False` only launches it: `await_ready` then reads its start-up message, so the
    imports run while the worker does something else.
    """

    def __init__(self, *, wait: bool = True) -> None:
        self.jobs = 0
        self.dirty = False  # something survived a job's clean-up: never serve another
        self.info: dict[str, Any] | None = None  # its start-up message, once read
        self._launched = time.monotonic()
        self._ids = itertools.count(1)
        self._process: subprocess.Popen[bytes] | None = None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._channel = ours
        try:
            # A file, not a pipe: nobody reads it until something went wrong, and a full pipe
            # would block the zygote. Its file-size limit bounds it.
            self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
            try:
                self._process = self._spawn(theirs)
            finally:
                theirs.close()
            if wait:
                self.await_ready()
        except BaseException:
            self.close()  # a zygote that did not start leaves no process, socket or file
            raise

    def _spawn(self, theirs: socket.socket) -> subprocess.Popen[bytes]:
        filter_fd = jail.seccomp_fd()
        fds = [theirs.fileno()] + ([filter_fd] if filter_fd is not None else [])
        argv = [*jail.switch_user_args(),
                *jail.bwrap_args(ZYGOTE_LIMITS, filter_fd, pid1=True),
                *jail.zygote_args(theirs.fileno())]
        try:
            return subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=self._stderr, pass_fds=fds, env=jail.LAUNCH_ENV,
                preexec_fn=jail.rlimits_setter(ZYGOTE_LIMITS, cpu=False),
                start_new_session=True,
            )
        finally:
            if filter_fd is not None:
                os.close(filter_fd)

    def await_ready(self, seconds: float | None = None) -> bool:
        """True once it has started; waits up to `seconds` (default: as long as it may) for
        that. Not started within START_SECONDS of its launch, or not cleanly, raises."""
        if self.info is not None:
            return True
        left = START_SECONDS - (time.monotonic() - self._launched)
        seconds = left if seconds is None else seconds
        if seconds <= 0 < left:
            return False  # not asked to wait (and a zero timeout would not block at all)
        try:
            # An answer already there is read even past START_SECONDS (launched long ago).
            reply = self._receive(max(min(seconds, left), 0.001))
        except ZygoteTimeout:
            if seconds < left:
                return False  # still importing: whoever runs the first job waits for the rest
            raise ZygoteTimeout("the zygote did not start in time") from None
        if reply.get("ready") is not True or reply.get("threads") != 1:
            raise ZygoteError(f"the zygote did not start cleanly: {reply}")
        self.info = reply
        return True

    def _receive(self, seconds: float) -> dict[str, Any]:
        self._channel.settimeout(seconds)
        try:
            message = self._channel.recv(4096)
        except TimeoutError:
            raise ZygoteTimeout("the zygote did not answer in time") from None
        if not message:
            raise ZygoteError(f"the zygote exited: {self._stderr_tail()}")
        try:
            reply = json.loads(message)
        except ValueError:
            raise ZygoteError("the zygote sent a malformed reply") from None
        if not isinstance(reply, dict):
            raise ZygoteError("the zygote sent a malformed reply")
        return reply

    def _stderr_tail(self) -> str:
        if self._process is not None:
            self._process.poll()
        return os.pread(self._stderr.fileno(), STDERR_BYTES, 0).decode("utf-8", "replace")[-2000:]

    def run(self, job: Job) -> RunReport:
        job_id = next(self._ids)
        memfds = _job_memfds(job)
        try:
            header = {"id": job_id, "seed": job.seed, "limits": _child_limits(job.limits)}
            socket.send_fds(self._channel, [json.dumps(header).encode()], memfds)
            reply = self._receive(job.limits.wall_seconds + REPLY_MARGIN_SECONDS)
            _check_reply(reply, job_id)
            self.jobs += 1
            self.dirty = not reply["clean"]
            if not reply["started"]:
                raise ZygoteError(f"the job's process failed to set up: {_child_stderr(memfds)}")
            return _report(memfds, reply, job.limits)
        finally:
            for fd in memfds:
                os.close(fd)

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def close(self) -> None:
        self._channel.close()
        if self._process is not None:
            if self._process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
        if hasattr(self, "_stderr"):  # absent when even the file could not be made
            self._stderr.close()


def _check_reply(reply: dict[str, Any], job_id: int) -> None:
    """A reply to this job, of the documented types; anything else means the zygote is broken,
    and nothing in the reply can be trusted for a verdict."""
    if type(reply.get("id")) is not int or reply["id"] != job_id:
        raise ZygoteError(f"reply for job {reply.get('id')!r}, expected {job_id}")
    exit_code, seconds = reply.get("exit_code"), reply.get("seconds")
    well_formed = (
        all(type(reply.get(flag)) is bool for flag in ("timed_out", "clean", "started"))
        # The zygote has an exit status exactly when the child ended within its time.
        and (type(exit_code) is int or (exit_code is None and reply["timed_out"]))
        and isinstance(seconds, (int, float)) and not isinstance(seconds, bool)
        and math.isfinite(seconds) and seconds >= 0
    )
    if not well_formed:
        raise ZygoteError(f"the zygote sent a malformed reply: {str(reply)[:500]}")


def _child_stderr(memfds: list[int]) -> str:
    # The learner's code never ran in a child that did not set up: this is the zygote's text.
    stderr, _ = _read_memfd(memfds[3], STDERR_BYTES)
    return stderr.decode("utf-8", "replace")[-2000:]


def _job_memfds(job: Job) -> list[int]:
    payload = json.dumps({
        "code": job.code, "cases_source": job.cases_source, "entry": job.entry,
        "seed": job.seed, "public_only": job.public_only, "result_fd": 3,
        "processes": job.limits.processes,
    }).encode()
    fds: list[int] = []
    try:
        for name in ("job", "result", "stdout", "stderr"):
            fds.append(os.memfd_create(name, os.MFD_CLOEXEC))
        os.write(fds[0], payload)
        os.lseek(fds[0], 0, os.SEEK_SET)
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise
    return fds


def _child_limits(limits: Limits) -> dict[str, Any]:
    return {
        "wall_seconds": limits.wall_seconds,
        "cpu_seconds": int(limits.wall_seconds) + 1,
        "memory_mb": limits.memory_mb,
        "processes": limits.processes,
        # Every file a child writes (its memfds, /tmp) stops here with SIGXFSZ.
        "file_bytes": max(limits.result_bytes, limits.stdout_bytes) + 1,
    }


def _read_memfd(fd: int, cap: int) -> tuple[bytes, bool]:
    size = os.fstat(fd).st_size
    return os.pread(fd, min(size, cap), 0), size > cap


def _report(memfds: list[int], reply: dict[str, Any], limits: Limits) -> RunReport:
    result, result_over = _read_memfd(memfds[1], limits.result_bytes)
    stdout, stdout_over = _read_memfd(memfds[2], limits.stdout_bytes)
    stderr, _ = _read_memfd(memfds[3], STDERR_BYTES)
    exit_code = reply.get("exit_code")
    file_limit = exit_code == -signal.SIGXFSZ
    overflow = ""
    if stdout_over or (file_limit and len(stdout) >= limits.stdout_bytes):
        overflow = "stdout"
    elif result_over or file_limit:
        overflow = "result"
    report = parse_events(result, stdout=stdout, stderr=stderr)
    report.exit_code = exit_code
    report.seconds = float(reply["seconds"])
    classify(report, timed_out=reply["timed_out"], overflow=overflow, limits=limits)
    return report


class Slot:
    """This process's zygote, started ahead of its first job (or on it) and replaced whenever
    in doubt."""

    def __init__(self) -> None:
        self._zygote: Zygote | None = None
        self._owner = os.getpid()

    def run(self, job: Job) -> RunReport:
        try:
            zygote = self._ready_zygote()
            report = zygote.run(job)
        except SANDBOX_FAILURES as exc:
            logger.warning("the sandbox failed; restarting the zygote: %s", exc)
            self.reset()
            return internal_report(str(exc))
        except BaseException:
            # Interrupted (a soft time limit, a signal) while the zygote may still be busy with
            # this job: it must never answer this job's reply to the next one.
            self.reset()
            raise
        if zygote.jobs >= MAX_JOBS or zygote.dirty:
            self.reset()
        return report

    def warm(self, seconds: float = 0.0) -> None:
        """Starts the zygote unless a live one is there, and waits up to `seconds` for it to
        answer (a job that comes sooner waits for the rest). A failure is only logged: the
        job that needs the zygote tries again and reports it."""
        try:
            zygote = self._launched_zygote()
            ready = zygote.await_ready(seconds)
        except SANDBOX_FAILURES as exc:
            logger.warning("could not start the zygote ahead of its first job: %s", exc)
            self.reset()
            return
        if ready and seconds > 0:
            logger.info("zygote ready %.2f s after its launch, ahead of its first job",
                        time.monotonic() - zygote._launched)

    def _ready_zygote(self) -> Zygote:
        zygote = self._launched_zygote()
        zygote.await_ready()
        return zygote

    def _launched_zygote(self) -> Zygote:
        if self._owner != os.getpid():
            self._zygote, self._owner = None, os.getpid()  # forked: that zygote is not ours
        if self._zygote is None or not self._zygote.alive:
            self.reset()
            self._zygote = Zygote(wait=False)
        return self._zygote

    def reset(self) -> None:
        # Forgotten first: even if closing is interrupted, this zygote never serves again.
        zygote, self._zygote = self._zygote, None
        if zygote is not None:
            zygote.close()


_slot = Slot()


def run(job: Job) -> RunReport:
    return _slot.run(job)


def warm(seconds: float = 0.0) -> None:
    """Starts this process's zygote now unless it has a live one; see Slot.warm."""
    _slot.warm(seconds)


def shutdown() -> None:
    _slot.reset()
