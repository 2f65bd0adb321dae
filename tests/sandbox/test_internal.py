"""Failures land on the right person: when the sandbox itself fails, the outcome is `internal`.

A zygote that dies, answers garbage or does not start, a jail that bubblewrap cannot build:
none of these is the learner's verdict. And a failed or interrupted sandbox leaves nothing
behind for the next job: no stale reply, no descriptor, no process.
"""

import json
import os
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from celery.exceptions import SoftTimeLimitExceeded

from grader.sandbox import Job, Limits, RunReport, fresh, jail, pool

from .support import (
    BENIGN_CODE,
    benign_ok,
    descendants,
    describe,
    dot_job,
    judge_dot,
    output,
    wait_for_no_leftovers,
)

pytestmark = pytest.mark.sandbox

OUR_SIDE = "on our side"
SLEEPY = "import time\n\ndef dot(u, v):\n    time.sleep(5)\n    return 0.0\n"
PROBE_CASES = "def cases(rng):\n    return [{'name': 'only', 'public': True, 'args': {}}]\n"


@pytest.fixture
def slot() -> Iterator[pool.Slot]:
    """A private slot, so a test that breaks its zygote cannot affect the next test."""
    own = pool.Slot()
    yield own
    own.reset()


def assert_internal(report: RunReport) -> None:
    assert report.outcome == "internal", describe(report)
    assert OUR_SIDE in report.message, report.message
    judgement = judge_dot(report)
    assert (judgement.verdict, judgement.score) == ("internal", 0.0), judgement
    assert judgement.message == report.message


def open_fds() -> set[int]:
    return {int(fd) for fd in os.listdir("/proc/self/fd")}


def assert_no_fd_leak(run: Callable[[], None], times: int = 5) -> None:
    """Counts this process's descriptors around repeated failing runs (after a warm-up run:
    libraries open some descriptors once, on first use)."""
    run()
    before = open_fds()
    for _ in range(times):
        run()
    leaked = open_fds() - before
    assert not leaked, {fd: _target(fd) for fd in leaked}


def _target(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return "?"


def zygote_process(slot: pool.Slot) -> int:
    """The host pid of the zygote itself (pid 1 of its jail), not of bubblewrap around it."""
    launcher = slot._ready_zygote()._process.pid
    found = [p.pid for p in descendants(launcher) if "zygote.py" in p.cmdline]
    assert found, "no zygote under its bubblewrap"
    return found[0]


def later(seconds: float, action: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


# --- 1. an interrupted job never poisons the next one --------------------------------------


class Interrupted(BaseException):
    """Like Celery's soft time limit or ^C: raised from a signal handler, anywhere."""


@pytest.mark.parametrize("exception", [Interrupted, KeyboardInterrupt, SoftTimeLimitExceeded])
def test_an_interrupted_job_does_not_poison_the_next_one(slot: pool.Slot,
                                                         exception: type[BaseException]) -> None:
    interrupted = slot._ready_zygote()  # warm: the alarm interrupts the job, not the start

    def interrupt(signum: int, frame: Any) -> None:
        raise exception()

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with pytest.raises(exception):
            slot.run(dot_job(SLEEPY, Limits(wall_seconds=8, memory_mb=256)))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert interrupted._process.poll() is not None, "the interrupted zygote still runs"

    report = slot.run(dot_job(BENIGN_CODE))  # another learner's job, on the same slot
    benign_ok(report)
    assert sorted(report.results) == [0, 1] and len(report.cases) == 2, describe(report)


def test_after_an_interrupt_the_next_job_gets_its_own_reply(slot: pool.Slot) -> None:
    slot._ready_zygote()

    def interrupt(signum: int, frame: Any) -> None:
        raise Interrupted()

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with pytest.raises(Interrupted):
            # Exits with status 3 after a second: its reply must never reach the next job.
            slot.run(dot_job("import os, time\ntime.sleep(1)\nos._exit(3)\n"))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    time.sleep(1.5)  # the interrupted job would have answered by now
    code = "def probe():\n    return 'second job'\n"
    report = slot.run(Job(code=code, cases_source=PROBE_CASES, entry="probe", seed=2,
                          limits=Limits(wall_seconds=5, memory_mb=256)))
    assert report.outcome == "completed", describe(report)
    assert report.exit_code == 0, describe(report)
    assert output(report) == "second job"
    assert sorted(report.results) == [0] and [c["name"] for c in report.cases] == ["only"]


# --- 2. the pool's own failures are internal -----------------------------------------------


def test_a_zygote_killed_in_the_middle_of_a_job_is_internal(slot: pool.Slot) -> None:
    victim = zygote_process(slot)
    timer = later(0.5, lambda: os.kill(victim, signal.SIGKILL))
    try:
        report = slot.run(dot_job(SLEEPY, Limits(wall_seconds=8, memory_mb=256)))
    finally:
        timer.join()
    assert_internal(report)
    benign_ok(slot.run(dot_job(BENIGN_CODE)))  # a new zygote serves the next job


def test_a_zygote_that_stops_answering_is_internal(slot: pool.Slot, monkeypatch: Any) -> None:
    monkeypatch.setattr(pool, "REPLY_MARGIN_SECONDS", 1.0)
    frozen = zygote_process(slot)
    timer = later(0.3, lambda: os.kill(frozen, signal.SIGSTOP))  # a hung zygote, not a job
    try:
        report = slot.run(dot_job(SLEEPY, Limits(wall_seconds=2, memory_mb=256)))
    finally:
        timer.join()
    assert_internal(report)  # not "timeout": the zygote enforces the job's clock itself
    benign_ok(slot.run(dot_job(BENIGN_CODE)))


class GarblingChannel:
    """Our end of the zygote's socket, but each reply is replaced by what `garble` makes of it."""

    def __init__(self, real: Any, garble: Callable[[dict[str, Any]], bytes]) -> None:
        self._real, self._garble = real, garble

    def recv(self, size: int) -> bytes:
        return self._garble(json.loads(self._real.recv(size)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _with(**fields: Any) -> Callable[[dict[str, Any]], bytes]:
    return lambda reply: json.dumps({**reply, **fields}).encode()


def _without(name: str) -> Callable[[dict[str, Any]], bytes]:
    return lambda reply: json.dumps({k: v for k, v in reply.items() if k != name}).encode()


GARBAGE: dict[str, Callable[[dict[str, Any]], bytes]] = {
    "not-json": lambda reply: b"\xff\x00 garbage {",
    "not-an-object": lambda reply: b"[1, 2, 3]",
    "nothing": lambda reply: b"",
    "another-jobs-reply": lambda reply: json.dumps({**reply, "id": reply["id"] + 1}).encode(),
    "id-as-text": lambda reply: json.dumps({**reply, "id": str(reply["id"])}).encode(),
    "seconds-as-text": _with(seconds="soon"),
    "exit-code-as-list": _with(exit_code=[0]),
    "timed-out-as-text": _with(timed_out="no"),
    "no-exit-code": _without("exit_code"),
    "no-timed-out": _without("timed_out"),
    "no-clean": _without("clean"),
}


@pytest.mark.parametrize("garble", GARBAGE.values(), ids=GARBAGE.keys())
def test_a_zygote_answering_garbage_is_internal(slot: pool.Slot, monkeypatch: Any,
                                                garble: Callable[[dict[str, Any]], bytes]
                                                ) -> None:
    zygote = slot._ready_zygote()
    monkeypatch.setattr(zygote, "_channel", GarblingChannel(zygote._channel, garble))
    assert_internal(slot.run(dot_job(BENIGN_CODE)))
    assert zygote._process.poll() is not None, "the zygote that answered garbage still runs"
    benign_ok(slot.run(dot_job(BENIGN_CODE)))


# Left behind for the zygote to clean up: deeper than Python's recursion limit, locked, and
# the scratch folder itself locked. Hard work for the clean-up, but the learner's doing.
HARD_TO_CLEAN = """
import os

def dot(u, v):
    for top in ("/tmp", "/dev/shm"):
        os.chdir(top)
        for _ in range(1500):
            os.mkdir("d")
            os.chdir("d")
        os.chmod(top + "/d", 0)
    os.chdir("/")
    os.chmod("/tmp", 0)
    return float(sum(a * b for a, b in zip(u, v)))
"""


def test_a_job_that_is_hard_to_clean_up_after_is_still_the_learners(
    sandbox_run: Callable[[Job], RunReport], still_serving: Callable[[], None],
) -> None:
    report = sandbox_run(dot_job(HARD_TO_CLEAN, public_only=True))
    assert report.outcome == "completed", describe(report)
    assert output(report) == 32.0
    still_serving()


def test_a_job_whose_process_fails_to_set_up_is_internal(slot: pool.Slot,
                                                         monkeypatch: Any) -> None:
    real = pool._child_limits
    # The child's own set-up (ours, before any learner code) fails on a limit it cannot set.
    monkeypatch.setattr(pool, "_child_limits", lambda limits: {**real(limits),
                                                               "file_bytes": "lots"})
    assert_internal(slot.run(dot_job(BENIGN_CODE)))
    monkeypatch.setattr(pool, "_child_limits", real)
    benign_ok(slot.run(dot_job(BENIGN_CODE)))


# A stand-in for the zygote program, run in the same jail: each misbehaves on start.
FAKE_ZYGOTES = {
    "exits": "import sys; sys.exit(3)",
    "garbage": "s.send(b'garbage'); time.sleep(60)",
    "not-ready": "s.send(json.dumps({'ready': False}).encode()); time.sleep(60)",
    "two-threads": "s.send(json.dumps({'ready': True, 'threads': 2}).encode()); time.sleep(60)",
    "silent": "time.sleep(60)",
}


@pytest.fixture
def fake_zygote(monkeypatch: Any, request: pytest.FixtureRequest) -> str:
    """Starts FAKE_ZYGOTES[param] instead of the zygote; returns its marker (for `ps`)."""
    marker = f"fake-zygote-{uuid.uuid4().hex[:8]}"
    program = (f"import json, socket, sys, time  # {marker}\n"
               "s = socket.socket(fileno=int(sys.argv[1]))\n"
               f"{FAKE_ZYGOTES[request.param]}\n")
    monkeypatch.setattr(jail, "zygote_args",
                        lambda fd: [jail._jail_python(), "-I", "-c", program, str(fd)])
    monkeypatch.setattr(pool, "START_SECONDS", 1.0)
    return marker


@pytest.mark.parametrize("fake_zygote", FAKE_ZYGOTES, indirect=True)
def test_a_zygote_that_fails_to_start_is_internal_and_closed(slot: pool.Slot,
                                                             fake_zygote: str) -> None:
    children = {p.pid for p in descendants(os.getpid())}

    def failing_run() -> None:
        assert_internal(slot.run(dot_job(BENIGN_CODE)))

    assert_no_fd_leak(failing_run, times=3)
    assert wait_for_no_leftovers(marker=fake_zygote, seconds=5.0) == []
    # All reaped. Only ours count: the suite's other children (a browser) come and go.
    new = [p for p in descendants(os.getpid()) if p.pid not in children]
    assert [p for p in new if fake_zygote in p.cmdline or _zombie(p.pid)] == []


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


@pytest.mark.parametrize("fake_zygote", ["exits", "garbage", "silent"], indirect=True)
def test_a_zygote_whose_start_fails_closes_itself(fake_zygote: str) -> None:
    def failing_start() -> None:
        with pytest.raises(pool.ZygoteError):
            pool.Zygote()

    assert_no_fd_leak(failing_start, times=3)
    assert wait_for_no_leftovers(marker=fake_zygote, seconds=5.0) == []


def test_a_zygote_that_cannot_be_launched_is_internal(slot: pool.Slot, monkeypatch: Any) -> None:
    monkeypatch.setattr(jail, "switch_user_args", lambda: ["/nonexistent/setpriv", "--"])

    def failing_run() -> None:
        assert_internal(slot.run(dot_job(BENIGN_CODE)))

    assert_no_fd_leak(failing_run, times=3)


# --- 2. the fresh backend's own failures are internal --------------------------------------


def _bwrap_with(*extra: str) -> Callable[..., list[str]]:
    real = jail.bwrap_args
    return lambda *args, **kwargs: [*real(*args, **kwargs), *extra]


FRESH_FAILURES: dict[str, tuple[str, Callable[..., list[str]]]] = {
    "bwrap-refuses-its-options": ("bwrap_args", _bwrap_with("--no-such-option")),
    "no-interpreter-in-the-jail": ("interpreter_args", lambda: ["/nonexistent/python3"]),
    "no-launcher": ("switch_user_args", lambda: ["/nonexistent/setpriv", "--"]),
    "limits-not-set": ("rlimits_setter", lambda *args, **kwargs: _refuse),
}


def _refuse() -> None:
    raise OSError("setrlimit refused")


@pytest.mark.parametrize("name, replacement", FRESH_FAILURES.values(), ids=FRESH_FAILURES.keys())
def test_a_jail_that_fails_to_start_is_internal(monkeypatch: Any, name: str,
                                                replacement: Callable[..., list[str]]) -> None:
    monkeypatch.setattr(jail, name, replacement)

    def failing_run() -> None:
        assert_internal(fresh.run(dot_job(BENIGN_CODE)))

    assert_no_fd_leak(failing_run)


def test_a_jail_killed_from_outside_is_internal() -> None:
    killed = threading.Event()

    def kill_the_jail() -> None:
        for process in descendants(os.getpid()):
            if process.ppid == os.getpid() and process.cmdline.startswith("bwrap"):
                os.kill(process.pid, signal.SIGKILL)  # bubblewrap itself, from the host
                killed.set()

    timer = later(1.0, kill_the_jail)
    try:
        report = fresh.run(dot_job(SLEEPY, Limits(wall_seconds=8, memory_mb=256)))
    finally:
        timer.join()
    assert killed.is_set()
    assert_internal(report)


def test_the_fresh_backend_closes_its_descriptors_on_every_path(monkeypatch: Any) -> None:
    quick = Limits(wall_seconds=1, memory_mb=256)
    assert_no_fd_leak(lambda: benign_ok(fresh.run(dot_job(BENIGN_CODE))), times=2)
    assert_no_fd_leak(lambda: fresh.run(dot_job(SLEEPY, quick)), times=2)  # timeouts

    def broken_pump(*args: Any) -> Any:
        raise RuntimeError("a bug while reading the jail")

    monkeypatch.setattr(fresh, "_pump", broken_pump)

    def failing_run() -> None:
        with pytest.raises(RuntimeError):
            fresh.run(dot_job(BENIGN_CODE))

    assert_no_fd_leak(failing_run, times=2)


def test_the_fresh_backend_closes_its_descriptors_when_a_bug_raises(monkeypatch: Any) -> None:
    def broken() -> list[str]:
        raise RuntimeError("a bug while building the command line")

    monkeypatch.setattr(jail, "interpreter_args", broken)

    def failing_run() -> None:
        with pytest.raises(RuntimeError):
            fresh.run(dot_job(BENIGN_CODE))

    assert_no_fd_leak(failing_run)


# --- 4. many failing pool runs leak nothing --------------------------------------------------


def test_the_pool_closes_its_descriptors_when_zygotes_fail(slot: pool.Slot) -> None:
    def killed_zygote_run() -> None:
        victim = zygote_process(slot)
        timer = later(0.3, lambda: os.kill(victim, signal.SIGKILL))
        try:
            assert_internal(slot.run(dot_job(SLEEPY, Limits(wall_seconds=8, memory_mb=256))))
        finally:
            timer.join()

    assert_no_fd_leak(killed_zygote_run, times=3)
