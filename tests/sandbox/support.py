"""Helpers for the containment suite: the dot-product job, judging, and host-side inspection.

Hostile submissions implement the `dot(u, v)` entry of the `exercise` fixture. Most of them
*observe* the jail from inside and return what they saw as the function's output (a dict);
the test then asserts on that observation and on the judged verdict. Host-side helpers look
at the real machine (files, processes) to prove nothing escaped.
"""

import os
import pwd
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings

from grader.judge import Judgement, judge
from grader.sandbox import Job, Limits, RunReport
from tests.conftest import DOT_CASES, DOT_SOLUTION

# The trusted, stored variant of the `exercise` fixture (tests/conftest.py): the worker judges
# the learner's outputs against these expected values, never against anything from the jail.
DOT_VARIANT: list[dict[str, Any]] = [
    {"name": "small vectors", "public": True, "weight": 1.0,
     "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
    {"name": "hidden random", "public": False, "weight": 1.0,
     "args": {"u": [0.5, -1.0, 2.0], "v": [1.0, 1.0, 1.0]}, "expected": 1.5},
]
DOT_CONFIG: dict[str, Any] = {"checks": [{"check": "close"}], "inputs_read_only": False}
DOT_POINTS = 10.0
SEED = 7

# Small limits keep the suite fast; the wall clock is what ends runaway jobs.
QUICK = Limits(wall_seconds=3, memory_mb=256)
TIMEOUT_LIMITS = Limits(wall_seconds=1, memory_mb=256)

# What the jail may see of the host: the Python installation (and venv) it runs.
PYTHON_ROOTS = sorted({os.path.realpath(sys.base_prefix), os.path.abspath(sys.prefix)})
BASE_DIR = Path(settings.BASE_DIR)

# The environment a jail may have: bubblewrap's --setenv list, plus PWD set by --chdir.
ALLOWED_ENV = {
    "PATH", "HOME", "LANG", "PWD", "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE",
    "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "MPLBACKEND", "LC_CTYPE",
}
# Planted in the worker's environment by the tests; none may be visible inside a jail.
CANARIES = {
    "SECRET_KEY": "canary-secret-key-5f1d0c",
    "DATABASE_URL": "postgres://eigenlab:canary-db-password-93ab@127.0.0.1:5432/eigenlab",
    "REDIS_URL": "redis://:canary-redis-password-77e2@127.0.0.1:6379/0",
    "AWS_SECRET_ACCESS_KEY": "canary-aws-secret-4c1e",
}


def dot_job(code: str, limits: Limits = QUICK, *, public_only: bool = False) -> Job:
    return Job(code=code, cases_source=DOT_CASES, entry="dot", seed=SEED,
               public_only=public_only, limits=limits)


def judge_dot(report: RunReport, *, public_only: bool = False) -> Judgement:
    """What the grading service would decide for this run of the dot-product exercise."""
    return judge(cases=DOT_VARIANT, report=report, config=DOT_CONFIG, points=DOT_POINTS,
                 public_only=public_only)


def output(report: RunReport, index: int = 0) -> Any:
    """The value the learner's function returned on case `index` (its observation)."""
    result = report.results.get(index)
    assert result is not None, f"no result for case {index}: {describe(report)}"
    assert result.get("ok") is True, f"case {index} raised: {result.get('error')}"
    return result["output"]


def describe(report: RunReport) -> str:
    """A compact summary for assertion messages."""
    return (f"outcome={report.outcome!r} message={report.message!r} error={report.error!r} "
            f"exit={report.exit_code} finished={report.finished} "
            f"results={ {k: str(v)[:300] for k, v in report.results.items()} } "
            f"stderr={report.stderr[-500:]!r}")


def benign_ok(report: RunReport) -> None:
    """A correct solution's run: completed, both cases right."""
    assert report.outcome == "completed", describe(report)
    assert report.error is None, describe(report)
    assert report.finished, describe(report)
    assert output(report, 0) == 32.0
    assert output(report, 1) == 1.5
    verdict = judge_dot(report)
    assert (verdict.verdict, verdict.score) == ("passed", DOT_POINTS), verdict


BENIGN_CODE = DOT_SOLUTION


# --- host-side process inspection --------------------------------------------------------


@dataclass(frozen=True)
class HostProcess:
    pid: int
    ppid: int
    uids: tuple[int, ...]  # real, effective, saved, filesystem
    cap_eff: int
    pid_ns: str
    user_ns: str
    ns_pid: tuple[int, ...]  # the pid in each nested pid namespace, host first
    cmdline: str


def sandbox_uid() -> int:
    return pwd.getpwnam(settings.GRADER_SANDBOX_USER).pw_uid


def host_processes() -> list[HostProcess]:
    processes = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        process = _host_process(int(entry))
        if process is not None:
            processes.append(process)
    return processes


def _host_process(pid: int) -> HostProcess | None:
    base = f"/proc/{pid}"
    try:
        fields = {}
        with open(f"{base}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        with open(f"{base}/cmdline", "rb") as cmdline:
            command = cmdline.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        pid_ns = _readlink(f"{base}/ns/pid")
        user_ns = _readlink(f"{base}/ns/user")
    except (FileNotFoundError, ProcessLookupError):
        return None  # it ended while we looked
    return HostProcess(
        pid=pid,
        ppid=int(fields.get("PPid", "0")),
        uids=tuple(int(uid) for uid in fields.get("Uid", "").split()),
        cap_eff=int(fields.get("CapEff", "0"), 16),
        pid_ns=pid_ns,
        user_ns=user_ns,
        ns_pid=tuple(int(n) for n in fields.get("NSpid", str(pid)).split()),
        cmdline=command,
    )


def _readlink(path: str) -> str:
    try:
        return os.readlink(path)
    except PermissionError:
        return "?"


def descendants(pid: int) -> list[HostProcess]:
    processes = host_processes()
    children: dict[int, list[HostProcess]] = {}
    for process in processes:
        children.setdefault(process.ppid, []).append(process)
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child.pid)
    return found


def jail_leftovers(*, pid_ns: str | None = None, marker: str | None = None) -> list[HostProcess]:
    """Processes of the sandbox account that belong to a finished job: in its pid namespace
    (a long-lived zygote that is init of that namespace excepted), or carrying its marker.

    Filtering by namespace and marker rather than listing every process of the account keeps
    the check exact while other jails (other test runs, other workers) run on the same host.
    """
    uid = sandbox_uid()
    left = []
    for process in host_processes():
        if process.pid == os.getpid():
            continue
        by_marker = marker is not None and marker in process.cmdline
        in_ns = pid_ns is not None and process.pid_ns == pid_ns
        zygote_init = in_ns and process.ns_pid[-1] == 1 and "zygote" in process.cmdline
        if by_marker or (in_ns and not zygote_init and uid in process.uids):
            left.append(process)
    return left


def wait_for_no_leftovers(*, pid_ns: str | None = None, marker: str | None = None,
                          seconds: float = 2.0) -> list[HostProcess]:
    deadline = time.monotonic() + seconds
    while True:
        left = jail_leftovers(pid_ns=pid_ns, marker=marker)
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.05)
