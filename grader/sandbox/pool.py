"""The warm pool: one zygote per worker process, forking a hardened child per job.

Each Celery worker process is one slot and owns one zygote (strictly serial jobs). The
zygote only ever sees `{id, limits}` and four memfds; the job, its outputs and its prints
travel in those memfds. The zygote is restarted after MAX_JOBS jobs, when it dies, and on any
anomaly (a late, malformed or mismatched reply, a dirty jail).
"""

import itertools
import json
import logging
import os
import signal
import socket
import subprocess
import tempfile
from typing import Any

from . import jail
from .report import classify, parse_events, seconds_text
from .types import Job, Limits, RunReport

logger = logging.getLogger(__name__)

MAX_JOBS = 500
START_SECONDS = 60.0
REPLY_MARGIN_SECONDS = 2.0  # the zygote enforces the wall clock; we enforce it on the zygote
STDERR_BYTES = 64 * 1024
ZYGOTE_LIMITS = Limits(memory_mb=2048)  # the zygote's own jail; each child sets tighter ones


class ZygoteError(RuntimeError):
    pass


class ZygoteTimeout(ZygoteError):
    """No reply within the job's wall clock plus a margin: the job ran out of time."""


class Zygote:
    """One warm interpreter in its own jail, and the socket to it."""

    def __init__(self) -> None:
        self.jobs = 0
        self.dirty = False  # something survived a job's clean-up: never serve another
        self._ids = itertools.count(1)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._channel = ours
        # A file, not a pipe: nobody reads it until something went wrong, and a full pipe
        # would block the zygote. Its file-size limit bounds it.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self._process = self._spawn(theirs)
        theirs.close()
        self.info = self._await_ready()

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

    def _await_ready(self) -> dict[str, Any]:
        reply = self._receive(START_SECONDS)
        if not reply.get("ready") or reply.get("threads") != 1:
            self.close()
            raise ZygoteError(f"the zygote did not start cleanly: {reply}")
        return reply

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
        self._process.poll()
        return os.pread(self._stderr.fileno(), STDERR_BYTES, 0).decode("utf-8", "replace")[-2000:]

    def run(self, job: Job) -> RunReport:
        job_id = next(self._ids)
        memfds = _job_memfds(job)
        try:
            header = {"id": job_id, "seed": job.seed, "limits": _child_limits(job.limits)}
            socket.send_fds(self._channel, [json.dumps(header).encode()], memfds)
            reply = self._receive(job.limits.wall_seconds + REPLY_MARGIN_SECONDS)
            if reply.get("id") != job_id:
                raise ZygoteError(f"reply for job {reply.get('id')}, expected {job_id}")
            self.jobs += 1
            self.dirty = reply.get("clean") is not True
            return _report(memfds, reply, job.limits)
        finally:
            for fd in memfds:
                os.close(fd)

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def close(self) -> None:
        self._channel.close()
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGKILL)
        self._process.wait()
        self._stderr.close()


def _job_memfds(job: Job) -> list[int]:
    payload = json.dumps({
        "code": job.code, "cases_source": job.cases_source, "entry": job.entry,
        "seed": job.seed, "public_only": job.public_only, "result_fd": 3,
        "processes": job.limits.processes,
    }).encode()
    fds = [os.memfd_create(name, os.MFD_CLOEXEC)
           for name in ("job", "result", "stdout", "stderr")]
    os.write(fds[0], payload)
    os.lseek(fds[0], 0, os.SEEK_SET)
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
    report.exit_code = exit_code if isinstance(exit_code, int) else None
    report.seconds = float(reply.get("seconds") or 0.0)
    classify(report, timed_out=bool(reply.get("timed_out")), overflow=overflow, limits=limits)
    return report


class Slot:
    """This process's zygote, started on first use and replaced whenever in doubt."""

    def __init__(self) -> None:
        self._zygote: Zygote | None = None
        self._owner = os.getpid()

    def run(self, job: Job) -> RunReport:
        zygote = self._ready_zygote()
        try:
            report = zygote.run(job)
        except (ZygoteError, OSError) as exc:
            logger.warning("restarting the zygote: %s", exc)
            self.reset()
            return _lost_report(job.limits, timed_out=isinstance(exc, ZygoteTimeout))
        if zygote.jobs >= MAX_JOBS or zygote.dirty:
            self.reset()
        return report

    def _ready_zygote(self) -> Zygote:
        if self._owner != os.getpid():
            self._zygote, self._owner = None, os.getpid()  # forked: that zygote is not ours
        if self._zygote is None or not self._zygote.alive:
            self.reset()
            self._zygote = Zygote()
        return self._zygote

    def reset(self) -> None:
        if self._zygote is not None:
            self._zygote.close()
            self._zygote = None


def _lost_report(limits: Limits, *, timed_out: bool) -> RunReport:
    report = RunReport(outcome="timeout" if timed_out else "crash")
    if report.outcome == "timeout":
        report.message = (f"Your code did not finish within {seconds_text(limits.wall_seconds)}. "
                          "Look for an infinite loop or a much slower algorithm than needed.")
    else:
        report.message = "Your code stopped the grader's sandbox; it was restarted."
    return report


_slot = Slot()


def run(job: Job) -> RunReport:
    return _slot.run(job)


def shutdown() -> None:
    _slot.reset()
