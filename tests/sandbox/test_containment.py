"""Containment: hostile submissions against the real bubblewrap jail.

Every hostile submission implements `dot(u, v)` of the dot-product exercise. Each case asserts
(1) what the learner is told (the RunReport outcome and the judged verdict / message),
(2) that nothing escaped — usually by having the code observe the jail from inside and return
what it saw, sometimes by looking at the host afterwards — and
(3) that the worker keeps serving: a correct submission right after it is graded normally.

The direct tests go through the `sandbox_run` fixture so that the same suite can later run
against a second backend. A few tests at the end go through the whole grading service.
"""

import hashlib
import json
import os
import pwd
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from courses.models import Progress
from grader.models import Submission
from grader.sandbox import Limits, RunReport
from grader.services import submission_create, submission_grade

from .support import (
    ALLOWED_ENV,
    BASE_DIR,
    BENIGN_CODE,
    DOT_POINTS,
    PYTHON_ROOTS,
    QUICK,
    TIMEOUT_LIMITS,
    descendants,
    describe,
    dot_job,
    judge_dot,
    output,
    sandbox_uid,
    wait_for_no_leftovers,
)

pytestmark = pytest.mark.sandbox

SOLUTIONS = sorted(str(p) for p in (BASE_DIR / "exercises" / "library").glob("**/solution.py"))
HOST_PID1_CMDLINE = Path("/proc/1/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()


# --- the table of hostile submissions ------------------------------------------------------


@dataclass(frozen=True)
class Hostile:
    id: str
    code: str
    verdict: str  # what the grading service decides
    outcome: str = "completed"  # the sandbox's own outcome
    limits: Limits = QUICK
    message: str = ""  # must appear in the verdict message or a test message
    check: Callable[[RunReport], None] | None = None  # what must NOT have escaped
    score: float = 0.0


def _failed_in_jail(observation: Any, *, slow: float = 0.5) -> None:
    """A network attempt observed as [exception name, errno, seconds]: it failed at once."""
    name, _errno, seconds = observation
    assert name != "connected", "the jail reached the network"
    assert name in {"PermissionError", "ConnectionRefusedError", "OSError", "gaierror",
                    "TimeoutError"}, observation
    assert seconds < slow, f"the attempt hung for {seconds} s instead of failing at once"


NET_PROBE = """
import socket, time

def dot(u, v):
    started = time.monotonic()
    try:
        {attempt}
    except OSError as exc:
        return [type(exc).__name__, exc.errno, time.monotonic() - started]
    return ["connected", 0, time.monotonic() - started]
"""
CONNECT = ("s = socket.socket(socket.{family}, socket.SOCK_STREAM); s.settimeout(1); "
           "s.connect({address})")


def net(case_id: str, attempt: str) -> Hostile:
    return Hostile(case_id, NET_PROBE.format(attempt=attempt), "failed",
                   check=lambda report: _failed_in_jail(output(report)))


def _check_no_listeners(report: RunReport) -> None:
    seen = output(report)
    # /proc/net/tcp{,6} list sockets of the jail's network namespace only: the host's Redis
    # and PostgreSQL listeners must not be there, and the only interface is a dead loopback.
    for table in (seen["tcp"], seen["tcp6"]):
        assert len(table.strip().splitlines()) <= 1, table  # header only
    assert seen["interfaces"] == ["lo"], seen["interfaces"]
    assert seen["udp"][0] != "sent", seen["udp"]
    assert seen["unix"][0] != "connected", seen["unix"]


NET_NAMESPACE = """
import os, socket

def dot(u, v):
    def attempt(action):
        try:
            return [action(), 0]
        except OSError as exc:
            return [type(exc).__name__, exc.errno]
    def udp():
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.sendto(b"x", ("192.0.2.1", 53))
        return "sent"
    def unix():
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect("/var/run/postgresql/.s.PGSQL.5432")
        return "connected"
    lines = open("/proc/net/dev").read().splitlines()[2:]
    return {
        "tcp": open("/proc/net/tcp").read(),
        "tcp6": open("/proc/net/tcp6").read() if os.path.exists("/proc/net/tcp6") else "",
        "interfaces": sorted(line.split(":")[0].strip() for line in lines),
        "udp": attempt(udp),
        "unix": attempt(unix),
    }
"""


def _check_no_host_files(report: RunReport) -> None:
    seen = output(report)
    for path, result in seen["reads"].items():
        assert result[0] in {"FileNotFoundError", "PermissionError"}, (path, result)
    assert seen["import_config"] == "ModuleNotFoundError"
    assert seen["import_grader"] == "ModuleNotFoundError"


READ_HOST_FILES = """
import os

PATHS = {paths!r}

def dot(u, v):
    reads = {{}}
    for path in PATHS:
        try:
            with open(path, "rb") as handle:
                reads[path] = ["read", handle.read(200).decode("latin-1")]
        except OSError as exc:
            reads[path] = [type(exc).__name__, exc.errno]
    seen = {{"reads": reads}}
    for module in ("config.settings", "grader"):
        try:
            __import__(module)
            seen["import_" + module.split(".")[0]] = "imported"
        except Exception as exc:
            seen["import_" + module.split(".")[0]] = type(exc).__name__
    return seen
"""
HOST_FILES = [
    str(BASE_DIR / "config" / "settings.py"),
    str(BASE_DIR / "db.sqlite3"),
    str(BASE_DIR / ".test-db.sqlite3"),
    str(BASE_DIR / "manage.py"),
    "/etc/passwd", "/etc/shadow", "/etc/hostname", "/root/.bash_history", "/root/.ssh/id_rsa",
    *SOLUTIONS[:20],
]


JAIL_ROOT = {"bin", "sbin", "lib", "lib32", "lib64", "usr", "dev", "proc", "tmp", "sandbox"}


def _allowed_names(directory: str) -> set[str]:
    """The entries a jail may see in `directory`: the system dirs at the top, and the ways
    down to the Python installation (and venv) it runs."""
    prefix = directory.rstrip("/") + "/"
    ways = {root[len(prefix):].split("/")[0] for root in PYTHON_ROOTS if root.startswith(prefix)}
    return ways | (JAIL_ROOT if directory == "/" else set())


def _check_listings(report: RunReport) -> None:
    seen = output(report)
    for directory, names in seen["listings"].items():
        if names is None:
            continue  # the directory does not even exist in the jail
        assert set(names) <= _allowed_names(directory), (directory, names)
    found = seen["found"]
    assert found == [], f"host files visible in the jail: {found}"


LIST_HOST_DIRS = """
import os

DIRS = {dirs!r}
SKIP = ("/proc", "/usr", "/dev", "/sys", "/bin", "/sbin", "/lib", "/lib32", "/lib64")

SEEN = {{}}  # every case returns the first case's look around: one walk per job


def dot(u, v):
    if not SEEN:
        SEEN.update(look_around())
    return SEEN


def look_around():
    listings = {{}}
    for directory in DIRS:
        try:
            listings[directory] = sorted(os.listdir(directory))
        except FileNotFoundError:
            listings[directory] = None
    found = []
    for top in sorted(os.listdir("/")):
        if "/" + top in SKIP:
            continue
        for root, dirs, files in os.walk("/" + top):
            # installed packages are no secret and hold tens of thousands of files
            dirs[:] = [d for d in dirs if d not in ("site-packages", "dist-packages")]
            for name in files:
                if (name in ("solution.py", "settings.py", "manage.py", "solutions.json")
                        and "site-packages" not in root) or name.endswith((".sqlite3", ".env")):
                    found.append(os.path.join(root, name))
    return {{"listings": listings, "found": found}}
"""


def _check_environment(report: RunReport) -> None:
    seen = output(report)
    assert set(seen["environ"]) <= ALLOWED_ENV, sorted(set(seen["environ"]) - ALLOWED_ENV)
    if seen["proc_environ"] is not None:  # unreadable when the process is not dumpable
        assert set(seen["proc_environ"]) <= ALLOWED_ENV, seen["proc_environ"]
    for name in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"):
        assert name not in seen["environ"]
    assert seen["environ"]["HOME"] == "/tmp"


ENVIRONMENT = """
import os

def dot(u, v):
    try:
        raw = open("/proc/self/environ", "rb").read().split(b"\\0")
        names = sorted(item.split(b"=")[0].decode() for item in raw if item)
    except PermissionError:
        names = None
    return {"environ": dict(os.environ), "proc_environ": names}
"""


def _check_jail_processes(report: RunReport) -> None:
    seen = output(report)
    commands = seen["processes"]
    # Only the jail's own processes: its init (bwrap or the zygote) and the learner's process.
    assert 1 <= len(commands) <= 3, commands
    assert str(os.getpid()) not in commands or os.getpid() <= 3
    for command in commands.values():
        assert "pytest" not in command and "celery" not in command, command
        assert command != HOST_PID1_CMDLINE, "the host's init is visible"
        assert "harness" in command or "zygote" in command or "bwrap" in command, command
    assert seen["pid_ns"] != os.readlink("/proc/self/ns/pid")
    assert seen["kill_worker"] == "ProcessLookupError", seen["kill_worker"]


JAIL_PROCESSES = """
import os, signal

def dot(u, v):
    processes = {{}}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{{entry}}/cmdline", "rb") as handle:
                    processes[entry] = handle.read().replace(b"\\0", b" ").decode().strip()
            except OSError:
                pass
    try:
        os.kill({worker}, signal.SIGKILL)  # the worker's pid as the host numbers it
        kill = "sent"
    except OSError as exc:
        kill = type(exc).__name__
    return {{"processes": processes, "pid_ns": os.readlink("/proc/self/ns/pid"),
             "kill_worker": kill}}
"""


def _check_fds(report: RunReport) -> None:
    fds = {int(fd): target for fd, target in output(report).items()}
    # stdin, stdout, stderr and one result channel: nothing of the worker (its database
    # connection, its broker socket, its log files) leaks in.
    assert {0, 1, 2} <= set(fds) and len(fds) == 4, fds
    for fd, target in fds.items():
        assert target.startswith(("pipe:[", "/memfd:")), (fd, target)
        assert "socket" not in target and str(BASE_DIR) not in target, (fd, target)


INHERITED_FDS = """
import os

def dot(u, v):
    listing = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    fds = {}
    for name in os.listdir(listing):
        if int(name) == listing:
            continue
        try:
            fds[name] = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            pass  # the descriptor os.listdir opened for itself, already closed
    os.close(listing)
    return fds
"""


def _check_writes(report: RunReport) -> None:
    seen = output(report)
    scratch = {f"/tmp/eigenlab-{MARKER}", f"/dev/shm/eigenlab-{MARKER}"}
    for path, result in seen.items():
        if path in scratch:
            assert result == "ok", (path, result)  # the jail's own, private scratch space
        else:
            assert result[0] in {"OSError", "PermissionError", "FileNotFoundError"}, (path, result)
            assert result[1] in {1, 2, 13, 30}, (path, result)  # EPERM ENOENT EACCES EROFS
        if MARKER in path:
            assert not os.path.exists(path), f"{path} appeared on the host"
    with open("/proc/sys/kernel/hostname") as hostname:
        assert hostname.read().strip() != "pwned"


_HARNESS = BASE_DIR / "grader" / "sandbox" / "harness.py"

WRITE_TARGETS = [
    "/usr/lib/eigenlab-{marker}",
    f"{BASE_DIR}/eigenlab-{{marker}}",
    f"{PYTHON_ROOTS[-1]}/eigenlab-{{marker}}",
    "/sandbox/harness.py",
    "/eigenlab-{marker}",
    "/etc/eigenlab-{marker}",
    "/proc/sys/kernel/hostname",
    "/tmp/eigenlab-{marker}",
    "/dev/shm/eigenlab-{marker}",
]
WRITE_OUTSIDE = """
def dot(u, v):
    seen = {{}}
    for path in {targets!r}:
        try:
            with open(path, "w") as handle:
                handle.write("pwned")
            seen[path] = "ok"
        except OSError as exc:
            seen[path] = [type(exc).__name__, exc.errno]
    return seen
"""
MARKER = uuid.uuid4().hex[:12]


def _check_privileges(report: RunReport) -> None:
    seen = output(report)
    for name in ("setuid", "setgid", "seteuid", "setgroups", "chown_root"):
        assert seen[name][0] in {"PermissionError", "OSError"}, (name, seen[name])
        assert seen[name][1] in {1, 22}, (name, seen[name])  # EPERM, or EINVAL: 0 is unmapped
    assert seen["ids"] == [65534, 65534, 65534, 65534], seen["ids"]
    status = seen["status"]
    assert status["CapEff"] == status["CapPrm"] == status["CapBnd"] == "0000000000000000"
    assert status["NoNewPrivs"] == "1"
    assert status["Seccomp"] == "2"  # a seccomp filter is installed


PRIVILEGES = """
import os

def dot(u, v):
    seen = {}
    attempts = [("setuid", lambda: os.setuid(0)), ("setgid", lambda: os.setgid(0)),
                ("seteuid", lambda: os.seteuid(0)), ("setgroups", lambda: os.setgroups([0])),
                ("chown_root", lambda: os.chown("/tmp", 0, 0))]
    for name, attempt in attempts:
        try:
            attempt()
            seen[name] = ["ok", 0]
        except OSError as exc:
            seen[name] = [type(exc).__name__, exc.errno]
    seen["ids"] = [os.getuid(), os.geteuid(), os.getgid(), os.getegid()]
    status = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        status[key] = value.strip()
    seen["status"] = {k: status.get(k) for k in ("CapEff", "CapPrm", "CapBnd", "NoNewPrivs",
                                                  "Seccomp")}
    return seen
"""


def _check_syscalls_denied(report: RunReport) -> None:
    for name, (result, errno) in output(report).items():
        assert (result, errno) == (-1, 1), f"{name} was not refused with EPERM: {result}, {errno}"


DENIED_SYSCALLS = """
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
PATH = ctypes.create_string_buffer(b"/tmp")

def call(number, *args):
    ctypes.set_errno(0)
    result = libc.syscall(ctypes.c_long(number), *[ctypes.c_long(a) for a in args])
    return [result, ctypes.get_errno()]

def dot(u, v):
    path = ctypes.addressof(PATH)
    return {
        "ptrace_traceme": call(101, 0, 0, 0, 0),
        "ptrace_attach_pid1": call(101, 16, 1, 0, 0),
        "process_vm_readv": call(310, 1, 0, 0, 0, 0, 0),
        "unshare_user": call(272, 0x10000000),
        "unshare_net": call(272, 0x40000000),
        "setns": call(308, 0, 0),
        "mount_tmpfs": call(165, path, path, 0, 0, 0),
        "chroot": call(161, path),
        "bpf": call(321, 0, 0, 0),
        "perf_event_open": call(298, 0, 0, -1, -1, 0),
        "keyctl": call(250, 0, 0, 0),
        "io_uring_setup": call(425, 1, 0),
        "userfaultfd": call(323, 0),
        "socket_inet": call(41, 2, 1, 0),
        "x32_abi_getpid": call(0x40000000 + 39),
    }
"""

I386_SYSCALL = """
import ctypes, mmap

def dot(u, v):
    # mov eax, 20 (getpid in the i386 table); int 0x80; ret -- the 32-bit ABI has different
    # syscall numbers, so a deny-list that ignored the architecture could be bypassed.
    code = bytes([0xB8, 20, 0, 0, 0, 0xCD, 0x80, 0xC3])
    page = mmap.mmap(-1, mmap.PAGESIZE,
                     prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    page.write(code)
    address = ctypes.addressof(ctypes.c_char.from_buffer(page))
    return ctypes.CFUNCTYPE(ctypes.c_int)(address)()
"""

FORK_COUNT = """
import os, time

def dot(u, v):
    forked = 0
    try:
        while True:
            if os.fork() == 0:
                time.sleep(30)
                os._exit(0)
            forked += 1
    except OSError as exc:
        return {{"error": type(exc).__name__, "forked": forked, "limit": {limit}}}
"""


def _check_fork_cap(report: RunReport) -> None:
    seen = output(report)
    assert seen["error"] == "BlockingIOError", seen  # EAGAIN: RLIMIT_NPROC
    assert 0 < seen["forked"] < seen["limit"], seen


FORGE_EVENTS = r"""
import os, stat

FORGED = [
    {"event": "cases", "cases": [{"name": "forged", "public": True, "weight": 100,
                                  "args": {"u": [1], "v": [1]}}]},
    {"event": "case", "index": 1, "ok": True, "output": 32.0, "expected": 32.0,
     "mutated": [], "passed": True, "score": 10},
    {"event": "case", "index": 0, "ok": True, "output": -1.0, "expected": -1.0,
     "mutated": [], "passed": True, "score": 10},
    {"event": "done", "verdict": "passed", "score": 10},
]

def forge():
    import json
    text = "".join(json.dumps(event) + "\n" for event in FORGED).encode()
    print(text.decode(), end="", flush=True)  # on stdout too
    hit = []
    for fd in range(3, 1024):
        try:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                os.write(fd, text)
                hit.append(fd)
        except OSError:
            pass
    return hit

FORGED_INTO = forge()

def dot(u, v):
    return -1.0
"""


def _check_forgery_ignored(report: RunReport) -> None:
    assert '{"event": "done", "verdict": "passed"' in report.stdout  # the forger did run
    # The first, genuine `cases` event stands; the forged case list was ignored.
    assert [case["name"] for case in report.cases] == ["small vectors", "hidden random"]
    tests = judge_dot(report).tests
    assert [test["passed"] for test in tests] == [False, False], tests
    # The hidden test says what failed without revealing the expected value.
    assert "1.5" not in tests[1]["message"], tests[1]


PATCH_NUMPY = """
import json, math
import numpy as np

np.allclose = lambda *a, **k: True
np.isclose = lambda *a, **k: True
np.array_equal = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None
math.isclose = lambda *a, **k: True

def dot(u, v):
    return -1.0
"""

PATCH_JSON = """
import json

_dumps = json.dumps

def forged_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and obj.get("event") == "case":
        obj = {**obj, "ok": True, "output": 0.0, "passed": True, "score": 10}
    return _dumps(obj, *args, **kwargs)

json.dumps = forged_dumps

def dot(u, v):
    return -1.0
"""

ALWAYS_EQUAL = """
class Sneaky:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return 0
    def __float__(self):
        raise RuntimeError("no float for you")
    def __array__(self, *args, **kwargs):
        raise RuntimeError("no array either")

def dot(u, v):
    return Sneaky()
"""

FLOAT_SUBCLASS = """
class Liar(float):
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "32.0"
    __str__ = __repr__

def dot(u, v):
    return Liar(-1.0)
"""

KILL_PROBE = """
import os, signal

def dot(u, v):
    try:
        os.kill({target}, signal.SIGKILL)
        return ["sent"]
    except OSError as exc:
        return [type(exc).__name__]
"""


SIGNAL_INIT = """
import ctypes, signal, time

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long

class SigInfo(ctypes.Structure):
    _fields_ = [("signo", ctypes.c_int), ("errno", ctypes.c_int), ("code", ctypes.c_int),
                ("pad", ctypes.c_byte * 116)]

def queue(number, args, sig):
    info = SigInfo(signo=sig, code=-1)  # SI_QUEUE: allowed towards another process
    ctypes.set_errno(0)
    result = libc.syscall(ctypes.c_long(number), *[ctypes.c_long(a) for a in args],
                          ctypes.byref(info))
    return [result, ctypes.get_errno()]

def dot(u, v):
    seen = {}
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1):
        seen[f"rt_sigqueueinfo/{sig.name}"] = queue(129, (1, sig), sig)
        seen[f"rt_tgsigqueueinfo/{sig.name}"] = queue(297, (1, 1, sig), sig)
    time.sleep(0.2)  # time for the jail's init to die, if it is going to
    return seen
"""


def _check_init_unharmed(report: RunReport) -> None:
    assert report.finished, describe(report)
    for name, (result, errno) in output(report).items():
        assert (result, errno) in {(0, 0), (-1, 1)}, (name, result, errno)


def _check_kill_refused(report: RunReport) -> None:
    # Either refused, or delivered to nothing that matters: the harness carried on.
    assert report.finished, describe(report)
    assert output(report)[0] in {"sent", "ProcessLookupError", "PermissionError"}


THREAD_STORM = """
import threading

def dot(u, v):
    gate = threading.Event()
    for _ in range(10000):
        threading.Thread(target=gate.wait, daemon=True).start()
    return 0.0
"""

UNICODE_SOURCE = """\
# -*- coding: utf-8 -*-
# Ünïcödé everywhere: emoji 🚀🧮, CJK 点积, combining e\u0301, RTL override \u202e here \u202c.
import numpy as np

点积 = "🚀 ok"


def dot(u, v):
    résultat = float(np.dot(u, v))  # e\u0301
    print(点积, "∑ uᵢ vᵢ =", résultat, "\\N{GREEK SMALL LETTER PI}")
    return résultat
"""


def _check_unicode(report: RunReport) -> None:
    assert "🚀 ok ∑ uᵢ vᵢ = 32.0 π" in report.stdout, report.stdout


SURROGATE_OUTPUT = r"""
def dot(u, v):
    print("bad byte: \udcff")  # printable through surrogateescape, as an invalid byte
    return "\udcff\ud83d"
"""


def _check_surrogate_output(report: RunReport) -> None:
    assert output(report) == "\ufffd\ufffd"  # storable in any database
    assert "bad byte: \ufffd" in report.stdout, report.stdout  # decoded with replacement
    assert judge_dot(report).tests[0]["message"].startswith("expected a number, got the string")


# Events with the right names and the wrong types, written straight to the result channel
# before the harness reports each case: the first event for a case index is the one kept.
ILL_TYPED_EVENTS = r"""
import os, stat

LINES = [
    '{"event": "case", "index": 0, "ok": false, "error": "x"}',
    '{"event": "case", "index": 1, "ok": false, "error": {"kind": ["memory"], "type": 5,'
    ' "message": {"a": 1}, "traceback": 7, "line": "x"}}',
    '{"event": "case", "index": true, "ok": true, "output": 1.5}',
    '{"event": "case", "index": -1, "ok": "yes", "mutated": 7}',
    '{"event": "case", "index": 99999999999999999999999, "ok": true}',
    '{"event": "case", "index": 2, "ok": true, "output": {"__complex__": [1' + '0' * 400 +
    ', 1]}, "mutated": [1, {"x": 2}]}',
    '{"event": "cases", "cases": "all of them"}',
    '{"event": "error", "kind": 7, "type": {"x": 1}, "message": ["m"], "line": "3"}',
    '{"event": "done", "extra": NaN}',
    '{"a": ' + '[' * 600 + ']' * 600 + '}',
    '[' * 100000 + ']' * 100000,
]

def write_events(text):
    for fd in range(3, 1024):  # the result channel: fd 3 in the pool; in a fresh jail a pipe
        # whose number is the worker's own, high after a long test run
        try:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                os.write(fd, text)
        except OSError:
            pass

def dot(u, v):
    write_events(("\n".join(LINES) + "\n").encode())
    return float(sum(a * b for a, b in zip(u, v)))
"""


def _check_ill_typed_events(report: RunReport) -> None:
    assert report.results[0] == {"ok": False, "error": None}, describe(report)
    assert report.results[1] == {"ok": False, "error": None}, describe(report)
    assert sorted(report.results) == [0, 1, 2], describe(report)
    assert [case["name"] for case in report.cases] == ["small vectors", "hidden random"]
    assert report.error is not None and report.error["line"] is None
    messages = [test["message"] for test in judge_dot(report).tests]
    assert messages == ["Your code failed on this test."] * 2, messages


# The same at import time: an `error` event of the wrong types is still the learner's error.
ILL_TYPED_ERROR_EVENT = r"""
import os, stat
for fd in range(3, 1024):
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            os.write(fd, b'{"event": "error", "kind": "import", "type": 7, "message": {"m": 1},'
                         b' "traceback": ["t"], "line": "3"}\n'
                         b'{"event": "case", "index": 0, "ok": false, "error": "x"}\n')
    except OSError:
        pass

def dot(u, v):
    return 0.0
"""


# --- what the scientific stack brings: caches, files and downloads -------------------------
# matplotlib writes a font cache and its config, pandas reads paths and URLs, statsmodels
# downloads datasets: inside the jail each stays in /tmp or fails at once, cleanly.

STACK_PROBE = """
import os, time
{setup}

def dot(u, v):
    started = time.monotonic()
    try:
        {attempt}
    except Exception as exc:
        return [type(exc).__name__, isinstance(exc, OSError), time.monotonic() - started]
    return ["done", False, time.monotonic() - started]
"""


# Importing statsmodels (not preloaded) takes a child a second or more, and memory.
STACK_LIMITS = Limits(wall_seconds=30, memory_mb=1024)


def stack(case_id: str, setup: str, attempt: str) -> Hostile:
    """`setup` runs at import (not timed); `attempt` must fail at once."""
    return Hostile(case_id, STACK_PROBE.format(setup=setup, attempt=attempt), "failed",
                   limits=STACK_LIMITS, check=lambda report: _refused_at_once(output(report)))


def _refused_at_once(observation: Any) -> None:
    """[exception name, is an OSError, seconds]: refused as the OS refuses, without hanging."""
    name, is_os_error, seconds = observation
    assert name != "done", "the read or download succeeded"
    assert is_os_error, observation  # urllib's URLError, FileNotFoundError, PermissionError
    assert seconds < 2.0, f"it took {seconds} s to fail"


PANDAS = "import pandas as pd"

MATPLOTLIB_WRITES = """
import os
import matplotlib
import matplotlib.pyplot as plt

def dot(u, v):
    figure, axes = plt.subplots()
    axes.plot(u, v)
    figure.savefig("/tmp/plot.png")
    plt.close(figure)
    written = sorted(os.path.join(folder, name) for folder, _, names in os.walk("/tmp")
                     for name in names)
    return [matplotlib.get_backend(), matplotlib.get_cachedir(), matplotlib.get_configdir(),
            written]
"""


def _check_matplotlib_stays_in_tmp(report: RunReport) -> None:
    backend, cache, config, written = output(report)
    assert backend.lower() == "agg"
    assert cache.startswith("/tmp/") and config.startswith("/tmp/"), (cache, config)
    assert "/tmp/plot.png" in written and all(path.startswith("/tmp/") for path in written)


HOSTILE = [
    # --- network: nothing leaves the jail, and it fails at once -------------------------
    net("net-redis-localhost", CONNECT.format(family="AF_INET", address=("127.0.0.1", 6379))),
    net("net-postgres-localhost",
        CONNECT.format(family="AF_INET", address=("127.0.0.1", 5432))),
    net("net-ipv6-loopback", CONNECT.format(family="AF_INET6", address=("::1", 6379))),
    net("net-outside-test-net", CONNECT.format(family="AF_INET", address=("192.0.2.1", 80))),
    net("net-dns-lookup", 'socket.getaddrinfo("pypi.org", 443)'),
    Hostile("net-namespace-udp-unix", NET_NAMESPACE, "failed", check=_check_no_listeners),
    # --- host files: not there -------------------------------------------------------------
    Hostile("read-host-files", READ_HOST_FILES.format(paths=HOST_FILES), "failed",
            check=_check_no_host_files),
    Hostile("list-host-dirs", LIST_HOST_DIRS.format(dirs=["/", str(BASE_DIR), "/root",
                                                          "/home", "/etc", "/var", "/srv"]),
            "failed", check=_check_listings),
    Hostile("environment-clean", ENVIRONMENT, "failed", check=_check_environment),
    # --- writes outside the jail ----------------------------------------------------------
    Hostile("write-outside",
            WRITE_OUTSIDE.format(targets=[t.format(marker=MARKER) for t in WRITE_TARGETS]),
            "failed", check=_check_writes),
    # --- descriptors, processes, privileges ------------------------------------------------
    Hostile("inherited-fds", INHERITED_FDS, "failed", check=_check_fds),
    Hostile("proc-other-processes", JAIL_PROCESSES.format(worker=os.getpid()), "failed",
            check=_check_jail_processes),
    Hostile("setuid-and-capabilities", PRIVILEGES, "failed", check=_check_privileges),
    Hostile("syscalls-denied", DENIED_SYSCALLS, "failed", check=_check_syscalls_denied),
    Hostile("i386-syscall-abi", I386_SYSCALL, "crash", outcome="crash", message="SIGSYS"),
    # --- resource exhaustion ------------------------------------------------------------------
    Hostile("fork-bomb", "import os\n\ndef dot(u, v):\n    while True:\n        try:\n"
                         "            os.fork()\n        except OSError:\n            pass\n",
            "timeout", outcome="timeout", limits=Limits(wall_seconds=1.5, memory_mb=256),
            message="did not finish within 1.5 seconds"),
    Hostile("fork-count-capped", FORK_COUNT.format(limit=QUICK.processes), "failed",
            check=_check_fork_cap),
    Hostile("memory-bomb-bytearray",
            "def dot(u, v):\n    hog = bytearray(8 * 1024**3)\n    return 0.0\n",
            "memory", outcome="memory", limits=Limits(wall_seconds=3, memory_mb=128),
            message="more memory than the 128 MB allowed"),
    Hostile("memory-bomb-numpy-growth",
            "import numpy as np\n\ndef dot(u, v):\n    hog = []\n    while True:\n"
            "        hog.append(np.ones(2**22))\n",
            "memory", outcome="memory", limits=Limits(wall_seconds=3, memory_mb=128),
            message="more memory than the 128 MB allowed"),
    Hostile("memory-bomb-at-import",
            "hog = bytearray(8 * 1024**3)\n\ndef dot(u, v):\n    return 0.0\n",
            "memory", outcome="memory", limits=Limits(wall_seconds=3, memory_mb=128),
            message="more memory than the 128 MB allowed"),
    Hostile("cpu-loop", "def dot(u, v):\n    while True:\n        pass\n", "timeout",
            outcome="timeout", limits=TIMEOUT_LIMITS, message="did not finish within 1 second"),
    Hostile("sleep", "import time\n\ndef dot(u, v):\n    time.sleep(3600)\n", "timeout",
            outcome="timeout", limits=TIMEOUT_LIMITS, message="did not finish within 1 second"),
    Hostile("sigterm-ignored-loop",
            "import signal\nfor s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):\n"
            "    signal.signal(s, signal.SIG_IGN)\n\ndef dot(u, v):\n    while True:\n"
            "        pass\n",
            "timeout", outcome="timeout", limits=TIMEOUT_LIMITS,
            message="did not finish within 1 second"),
    Hostile("output-flood", "def dot(u, v):\n    while True:\n        print('x' * 65536)\n",
            "output", outcome="output", message="printed more than 1024 KB"),
    Hostile("huge-return-value", "def dot(u, v):\n    return 'x' * (9 * 2**20)\n", "output",
            outcome="output", message="returned more than 8 MB"),
    Hostile("thread-storm", THREAD_STORM, "failed", message="can't start new thread"),
    Hostile("recursion-plain", "def dot(u, v):\n    return dot(u, v)\n", "failed",
            message="RecursionError: maximum recursion depth exceeded"),
    Hostile("recursion-unlimited-c-stack",
            "import sys\nsys.setrecursionlimit(10**6)\n\ndef deeper(n):\n"
            "    return list(map(deeper, [n + 1]))\n\ndef dot(u, v):\n    return deeper(0)\n",
            "crash", outcome="crash", message="crashed (SIGSEGV)"),
    Hostile("segfault-ctypes", "import ctypes\n\ndef dot(u, v):\n    return ctypes.string_at(0)\n",
            "crash", outcome="crash", message="crashed (SIGSEGV)"),
    # --- forging the results --------------------------------------------------------------
    Hostile("forged-result-events", FORGE_EVENTS, "failed", check=_check_forgery_ignored),
    Hostile("forged-done-then-exit",
            FORGE_EVENTS.replace("def dot(u, v):\n    return -1.0",
                                 "def dot(u, v):\n    os._exit(0)"),
            "failed", check=_check_forgery_ignored),
    Hostile("ill-typed-events", ILL_TYPED_EVENTS, "error", check=_check_ill_typed_events),
    Hostile("ill-typed-error-event", ILL_TYPED_ERROR_EVENT, "error",
            message="Your code raised an error while loading"),
    Hostile("monkeypatched-numpy", PATCH_NUMPY, "failed", message="expected 32.0, got -1.0"),
    Hostile("monkeypatched-json-dumps", PATCH_JSON, "failed", message="expected 32.0, got 0.0"),
    Hostile("always-equal-object", ALWAYS_EQUAL, "failed",
            message="expected a number, got an object of type Sneaky"),
    Hostile("float-subclass-liar", FLOAT_SUBCLASS, "failed", message="expected 32.0, got -1.0"),
    # --- exits and signals ------------------------------------------------------------------
    Hostile("sys-exit-at-import", "import sys\nsys.exit(0)\n", "error",
            message="SystemExit"),
    Hostile("os-exit-at-import", "import os\nos._exit(0)\n", "crash", outcome="crash",
            message="stopped before all tests ran"),
    Hostile("system-exit-in-function", "def dot(u, v):\n    raise SystemExit(3)\n", "failed",
            message="SystemExit: 3"),
    Hostile("kill-parent", KILL_PROBE.format(target="os.getppid()"), "failed",
            check=_check_kill_refused),
    Hostile("kill-pid-1", KILL_PROBE.format(target="1"), "failed",
            check=_check_kill_refused),
    Hostile("kill-everything", KILL_PROBE.format(target="-1"), "failed",
            check=_check_kill_refused),
    Hostile("signal-jail-init-sigqueue", SIGNAL_INIT, "failed", check=_check_init_unharmed),
    Hostile("killpg-own-group", "import os\n\ndef dot(u, v):\n    os.killpg(0, 9)\n", "crash",
            outcome="crash", message="crashed (SIGKILL)"),
    # --- wrong answers of every shape: failed with the right words, never a crash -----------
    Hostile("returns-nan", "def dot(u, v):\n    return float('nan')\n", "failed",
            message="got NaN"),
    Hostile("returns-numpy-nan", "import numpy as np\n\ndef dot(u, v):\n"
                                 "    return np.float64('nan')\n", "failed", message="got NaN"),
    Hostile("returns-inf", "def dot(u, v):\n    return -float('inf')\n", "failed",
            message="got -inf"),
    Hostile("returns-none", "def dot(u, v):\n    pass\n", "failed",
            message="expected a number, got None"),
    Hostile("returns-string", "def dot(u, v):\n    return 'thirty-two'\n", "failed",
            message="got the string 'thirty-two'"),
    Hostile("returns-wrong-shape", "import numpy as np\n\ndef dot(u, v):\n"
                                   "    return np.multiply(u, v)\n", "failed",
            message="got shape (3,)"),
    Hostile("syntax-error", "import numpy as np\n\ndef dot(u, v)\n    return 0\n", "error",
            message="SyntaxError on line 3"),
    Hostile("missing-function", "def dott(u, v):\n    return 0\n", "error",
            message="does not define a function named `dot`"),
    # --- odd text ---------------------------------------------------------------------------
    Hostile("unicode-source", UNICODE_SOURCE, "passed", score=DOT_POINTS, check=_check_unicode),
    Hostile("surrogates-in-output", SURROGATE_OUTPUT, "failed", check=_check_surrogate_output),
    Hostile("lone-surrogate-in-source", 'def dot(u, v):\n    return "\ud800"\n', "error"),
    # --- the scientific stack ----------------------------------------------------------------
    Hostile("matplotlib-writes-only-tmp", MATPLOTLIB_WRITES, "failed", limits=STACK_LIMITS,
            check=_check_matplotlib_stays_in_tmp),
    stack("pandas-reads-a-url", PANDAS, "pd.read_csv('http://192.0.2.1/data.csv')"),
    stack("pandas-reads-a-host-name", PANDAS, "pd.read_csv('https://example.org/data.csv')"),
    stack("pandas-reads-host-files", PANDAS, "pd.read_csv('/etc/shadow')"),
    stack("pandas-reads-the-project", PANDAS, f"pd.read_csv('{BASE_DIR / 'pyproject.toml'}')"),
    stack("statsmodels-downloads-a-dataset", "import statsmodels.api as sm",
          "sm.datasets.get_rdataset('Duncan', 'carData')"),
]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in HOSTILE])
def test_hostile_submission_is_contained(
    case: Hostile, sandbox_run: Callable[..., RunReport], still_serving: Callable[[], None],
) -> None:
    report = sandbox_run(dot_job(case.code, case.limits))
    judgement = judge_dot(report)

    assert report.outcome == case.outcome, describe(report)
    assert judgement.verdict == case.verdict, (judgement, describe(report))
    assert judgement.score == case.score, judgement
    if case.message:
        said = [judgement.message, *(test["message"] for test in judgement.tests)]
        assert any(case.message in text for text in said), said
    if case.outcome == "timeout":
        # The worker ended it promptly, on its own clock.
        assert report.seconds < case.limits.wall_seconds + 1.0, report.seconds
    if case.check is not None:
        case.check(report)
    still_serving()


def test_hostile_table_is_large_enough() -> None:
    assert len({case.id for case in HOSTILE}) == len(HOSTILE) >= 30


# --- host-side checks that need more than one run ------------------------------------------


def test_writes_never_reach_the_host(sandbox_run: Callable[..., RunReport],
                                     still_serving: Callable[[], None]) -> None:
    harness_before = hashlib.sha256(_HARNESS.read_bytes()).hexdigest()
    marker = uuid.uuid4().hex[:12]
    targets = [t.format(marker=marker) for t in WRITE_TARGETS]
    report = sandbox_run(dot_job(WRITE_OUTSIDE.format(targets=targets)))
    seen = output(report)
    assert seen[f"/tmp/eigenlab-{marker}"] == "ok"  # inside, /tmp is writable...
    for path in targets:
        if marker in path:
            assert not os.path.exists(path), f"{path} appeared on the host"  # ...but private
    assert hashlib.sha256(_HARNESS.read_bytes()).hexdigest() == harness_before
    still_serving()


def test_no_trace_of_an_earlier_submission(sandbox_run: Callable[..., RunReport],
                                           still_serving: Callable[[], None]) -> None:
    polluter = """
import builtins, os, random, sys
import numpy as np

with open("/tmp/left-behind", "w") as handle:
    handle.write("secret of the previous learner")
with open("/dev/shm/left-behind", "w") as handle:
    handle.write("secret of the previous learner")
os.environ["LEFT_BEHIND"] = "1"
builtins.LEFT_BEHIND = 1
np.LEFT_BEHIND = 1
sys.modules["left_behind"] = sys
np.dot = lambda *a, **k: 32.0
random.seed(12345)
np.random.seed(12345)

def dot(u, v):
    return 32.0
"""
    observer = """
import builtins, os, random, sys
import numpy as np

def dot(u, v):
    return {
        "tmp": sorted(os.listdir("/tmp")),
        "shm": sorted(os.listdir("/dev/shm")),
        "env": "LEFT_BEHIND" in os.environ,
        "builtins": hasattr(builtins, "LEFT_BEHIND"),
        "numpy": hasattr(np, "LEFT_BEHIND"),
        "module": "left_behind" in sys.modules,
        "np_dot": float(np.dot([1, 2, 3], [4, 5, 6])),
        "random": [random.random(), float(np.random.rand())],
    }
"""
    first = sandbox_run(dot_job(polluter))
    assert first.outcome == "completed" and output(first) == 32.0, describe(first)
    seen = output(sandbox_run(dot_job(observer)))
    pristine = output(sandbox_run(dot_job(observer)))  # what a first job ever sees
    assert seen["tmp"] == [] and seen["shm"] == [], seen
    assert not any(seen[k] for k in ("env", "builtins", "numpy", "module")), seen
    assert seen["np_dot"] == 32.0
    # The harness reseeds per case: the RNG state of an earlier job does not carry over.
    assert seen["random"] == pristine["random"], (seen, pristine)
    still_serving()


def test_no_trace_in_locked_scratch_dirs(sandbox_run: Callable[..., RunReport],
                                         still_serving: Callable[[], None]) -> None:
    """Scratch files a learner locked (chmod 000 / 500) are gone too, not just plain ones."""
    polluter = """
import os

def dot(u, v):
    for top in ("/tmp", "/dev/shm"):
        os.makedirs(f"{top}/locked/inner", exist_ok=True)
        with open(f"{top}/locked/inner/secret", "w") as handle:
            handle.write("previous learner's secret")
        os.chmod(f"{top}/locked/inner", 0o500)
        os.chmod(f"{top}/locked", 0)
    return 32.0
"""
    observer = """
import os

def dot(u, v):
    seen = {"tmp": sorted(os.listdir("/tmp")), "shm": sorted(os.listdir("/dev/shm")),
            "secrets": []}
    for top in ("/tmp", "/dev/shm"):
        try:
            os.chmod(f"{top}/locked", 0o700)
            with open(f"{top}/locked/inner/secret") as handle:
                seen["secrets"].append(handle.read())
        except OSError:
            pass
    return seen
"""
    first = sandbox_run(dot_job(polluter, public_only=True))
    assert output(first) == 32.0, describe(first)
    seen = output(sandbox_run(dot_job(observer)))
    assert seen == {"tmp": [], "shm": [], "secrets": []}, seen
    still_serving()


def test_daemon_does_not_survive_its_job(sandbox_run: Callable[..., RunReport],
                                         still_serving: Callable[[], None]) -> None:
    marker = f"eigenlab-daemon-{uuid.uuid4().hex}"
    daemon = f"""
import os, sys, time

MARKER = {marker!r}

def dot(u, v):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            for fd in range(64):
                try:
                    os.close(fd)
                except OSError:
                    pass
            os.execv(sys.executable, [sys.executable, "-c",
                                      "import time\\nwhile True: time.sleep(1)", MARKER])
        os._exit(0)
    time.sleep(0.3)
    seen = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if MARKER.encode() in open(f"/proc/{{entry}}/cmdline", "rb").read():
                    seen.append(int(entry))
            except OSError:
                pass
    return {{"pid_ns": os.readlink("/proc/self/ns/pid"), "daemons": seen}}
"""
    report = sandbox_run(dot_job(daemon))
    seen = output(report)
    assert seen["daemons"], "the daemon never started: the test proves nothing"

    left = wait_for_no_leftovers(pid_ns=seen["pid_ns"], marker=marker, seconds=2.0)
    assert left == [], f"processes of the sandbox account survived the job: {left}"
    if shutil.which("pgrep"):
        account = pwd.getpwuid(sandbox_uid()).pw_name
        found = subprocess.run(["pgrep", "-a", "-u", account, "-f", marker],
                               capture_output=True, text=True)
        assert found.returncode == 1, f"pgrep still finds the daemon: {found.stdout}"

    later = f"""
import os

def dot(u, v):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if {marker!r}.encode() in open(f"/proc/{{entry}}/cmdline", "rb").read():
                    found.append(entry)
            except OSError:
                pass
    return found
"""
    assert output(sandbox_run(dot_job(later))) == []
    still_serving()


def test_fork_bomb_leaves_no_process(sandbox_run: Callable[..., RunReport],
                                     still_serving: Callable[[], None]) -> None:
    bomb = """
import os

def dot(u, v):
    namespace = os.readlink("/proc/self/ns/pid")
    print(namespace, flush=True)
    while True:
        try:
            os.fork()
        except OSError:
            pass
"""
    report = sandbox_run(dot_job(bomb, Limits(wall_seconds=1, memory_mb=256)))
    assert report.outcome == "timeout", describe(report)
    pid_ns = report.stdout.splitlines()[0]
    assert pid_ns.startswith("pid:["), report.stdout[:200]
    left = wait_for_no_leftovers(pid_ns=pid_ns, seconds=5.0)  # generous: shared, loaded hosts
    assert left == [], f"{len(left)} fork-bomb processes survived: {left[:5]}"
    still_serving()


def test_jail_never_runs_as_root_on_the_host(sandbox_run: Callable[..., RunReport],
                                             still_serving: Callable[[], None]) -> None:
    """While a job runs, every process the worker started runs as the sandbox account,
    in a user namespace of its own: never bwrap as real root with a user namespace."""
    marker = f"eigenlab-probe-{uuid.uuid4().hex}"
    job = dot_job(f"""
import os, sys, time

def dot(u, v):
    if os.fork() == 0:
        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(1.5)",
                                  {marker!r}])
    time.sleep(1.2)
    return 32.0
""", Limits(wall_seconds=4, memory_mb=256))
    reports: list[RunReport] = []
    worker = threading.Thread(target=lambda: reports.append(sandbox_run(job)))
    worker.start()
    try:
        deadline = time.monotonic() + 3
        tree = []
        while time.monotonic() < deadline:
            tree = descendants(os.getpid())
            if any(marker in process.cmdline for process in tree):
                break
            time.sleep(0.02)
    finally:
        worker.join()
    probe = [process for process in tree if marker in process.cmdline]
    assert probe, "the probe process was never seen among the worker's descendants"
    uid = sandbox_uid()
    # The jails' processes (other tests may have left helpers such as a browser driver).
    jails = [process for process in tree
             if process.cmdline.startswith(("bwrap", "setpriv")) or "/sandbox/" in process.cmdline
             or marker in process.cmdline]
    assert any(process.cmdline.startswith("bwrap") for process in jails), jails
    for process in jails:
        assert set(process.uids) == {uid}, (process.pid, process.cmdline[:80], process.uids)
    assert probe[0].cap_eff == 0
    assert probe[0].user_ns != os.readlink("/proc/self/ns/user")
    assert reports and reports[0].outcome == "completed", reports
    still_serving()


def test_no_worker_secret_in_the_jail_environment(
    sandbox_run: Callable[..., RunReport], worker_secrets: dict[str, str],
    still_serving: Callable[[], None],
) -> None:
    report = sandbox_run(dot_job(ENVIRONMENT))
    _check_environment(report)
    environ = output(report)["environ"]
    for value in worker_secrets.values():
        assert value not in json.dumps(environ)
    still_serving()


def test_no_worker_secret_in_any_jail_process(
    sandbox_run: Callable[..., RunReport], worker_secrets: dict[str, str],
    still_serving: Callable[[], None],
) -> None:
    report = sandbox_run(dot_job("""
import os

def dot(u, v):
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        for name in ("environ", "cmdline"):
            try:
                with open(f"/proc/{entry}/{name}", "rb") as handle:
                    found[f"{entry}/{name}"] = handle.read().decode("utf-8", "replace")
            except OSError as exc:
                found[f"{entry}/{name}"] = type(exc).__name__
    return found
"""))
    seen = output(report)
    assert "1/environ" in seen  # the jail's init is there to be looked at
    leaked = sorted(
        f"{where}: {name}" for where, text in seen.items()
        for name, value in worker_secrets.items() if value in text
    )
    assert leaked == [], f"worker secrets readable inside the jail: {leaked}"
    still_serving()


def test_the_jail_sees_no_reference_data(sandbox_run: Callable[..., RunReport],
                                         still_serving: Callable[[], None]) -> None:
    """Expected outputs and the reference solution never enter the jail: a learner who
    searches the harness's memory finds the inputs, never the answers."""
    report = sandbox_run(dot_job("""
import gc, sys

SUSPECT = {"expected", "solution", "solution_code", "reference", "checks", "variant"}

def dot(u, v):
    keys = set()
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            keys.update(k for k in obj if isinstance(k, str) and k in SUSPECT)
    frame, jobs = sys._getframe(), []
    while frame is not None:
        job = frame.f_locals.get("job")
        if isinstance(job, dict):
            jobs.append(sorted(job))
        frame = frame.f_back
    return {"suspect_keys": sorted(keys), "jobs": jobs}
"""))
    seen = output(report)
    assert seen["suspect_keys"] == [], seen
    assert seen["jobs"], "the harness's job was not found: the search proves nothing"
    allowed = {"code", "cases_source", "entry", "seed", "public_only", "result_fd", "processes"}
    for job_keys in seen["jobs"]:
        assert set(job_keys) <= allowed, job_keys
    still_serving()


# --- through the grading service (DB rows) ------------------------------------------------


@pytest.fixture
def grade(learner: Any, exercise: Any, django_capture_on_commit_callbacks: Any,
          sandbox_backend: str) -> Callable[..., Submission]:
    def grade_code(code: str, *, user: Any = None) -> Submission:
        with django_capture_on_commit_callbacks(execute=False):
            submission = submission_create(user=user or learner, exercise=exercise, code=code)
        submission_grade(submission_id=submission.pk)
        submission.refresh_from_db()
        return submission

    return grade_code


def _learner_visible(submission: Submission) -> str:
    return json.dumps([submission.message, submission.tests, submission.stdout])


def _assert_serving(grade: Callable[..., Submission]) -> None:
    submission = grade(BENIGN_CODE)
    assert (submission.status, submission.verdict, submission.score) == (
        "graded", "passed", DOT_POINTS), submission.message


@pytest.mark.django_db
def test_pipeline_forged_results_score_nothing(grade: Callable[..., Submission],
                                               learner: Any, exercise: Any) -> None:
    submission = grade(FORGE_EVENTS)
    assert submission.status == Submission.Status.GRADED
    assert submission.verdict == Submission.Verdict.FAILED
    assert submission.score == 0.0
    assert [t["passed"] for t in submission.tests] == [False, False], submission.tests
    assert submission.tests[0]["message"] == (
        "expected 32.0, got -1.0 (off by 1 relative; the tolerance is 1e-6)")
    progress = Progress.objects.get(user=learner, exercise=exercise)
    assert progress.best_score == 0.0 and progress.solved_at is None
    _assert_serving(grade)


@pytest.mark.django_db
def test_pipeline_patched_json_scores_nothing(grade: Callable[..., Submission]) -> None:
    submission = grade(PATCH_JSON)
    assert (submission.status, submission.verdict, submission.score) == ("graded", "failed", 0)
    _assert_serving(grade)


@pytest.mark.django_db
def test_pipeline_traceback_shows_only_learner_frames(grade: Callable[..., Submission]) -> None:
    code = ("import numpy as np\n"          # 1
            "\n"                            # 2
            "\n"                            # 3
            "def helper(u):\n"              # 4
            "    return u[10]\n"            # 5
            "\n"                            # 6
            "\n"                            # 7
            "def dot(u, v):\n"              # 8
            "    return helper(u) * 2\n")   # 9
    submission = grade(code)
    assert (submission.status, submission.verdict) == ("graded", "failed")
    public = submission.tests[0]
    assert public["message"] == "IndexError: list index out of range"
    assert 'File "solution.py", line 9, in dot' in public["error"], public["error"]
    assert 'File "solution.py", line 5, in helper' in public["error"], public["error"]
    assert "return u[10]" in public["error"]
    visible = _learner_visible(submission)
    for internal in ("harness.py", "/sandbox", "run_case", "grader/", "site-packages"):
        assert internal not in visible, internal
    _assert_serving(grade)


@pytest.mark.django_db
def test_pipeline_import_error_points_at_learner_line(grade: Callable[..., Submission]) -> None:
    submission = grade("import numpy as np\n\nscale = 1 / 0\n\ndef dot(u, v):\n    return 0\n")
    assert (submission.status, submission.verdict) == ("graded", "error")
    assert "ZeroDivisionError" in submission.message, submission.message
    assert 'File "solution.py", line 3' in submission.message, submission.message
    assert "harness.py" not in _learner_visible(submission)


@pytest.mark.django_db
def test_pipeline_timeout_then_keeps_serving(grade: Callable[..., Submission],
                                             exercise: Any) -> None:
    version = exercise.current_version
    version.config = {**version.config, "limits": {"time_seconds": 1, "memory_mb": 256}}
    version.save()
    submission = grade("def dot(u, v):\n    while True:\n        pass\n")
    assert (submission.status, submission.verdict, submission.score) == ("graded", "timeout", 0)
    assert "did not finish within 1 second" in submission.message
    _assert_serving(grade)


@pytest.mark.django_db
@pytest.mark.parametrize("code, verdict, message", [
    pytest.param("import os\n\ndef dot(u, v):\n    os.killpg(0, 9)\n", "crash",
                 "crashed (SIGKILL)", id="killpg"),
    pytest.param("import ctypes\n\ndef dot(u, v):\n    return ctypes.string_at(0)\n", "crash",
                 "crashed (SIGSEGV)", id="segfault"),
    pytest.param("def dot(u, v):\n    return 'x' * (9 * 2**20)\n", "output",
                 "returned more than 8 MB", id="huge-return"),
    # A syntax error never reaches the jail: grader.precheck refuses it before an attempt.
    pytest.param("import no_such_module\n\ndef dot(u, v):\n    return 0\n", "error",
                 "No module named 'no_such_module'", id="import-error"),
])
def test_pipeline_limit_verdicts(grade: Callable[..., Submission], code: str, verdict: str,
                                 message: str) -> None:
    submission = grade(code)
    assert (submission.status, submission.verdict, submission.score) == ("graded", verdict, 0)
    assert message in submission.message, submission.message
    _assert_serving(grade)




@pytest.mark.django_db
@pytest.mark.parametrize("code", [
    pytest.param('def dot(u, v):\n    print("a\\x00b")\n    return 0.0\n', id="nul-in-stdout"),
    pytest.param('def dot(u, v):\n    raise ValueError("a\\x00b")\n', id="nul-in-exception"),
    pytest.param('def dot(u, v):\n    raise ValueError("a\\udcffb")\n',
                 id="surrogate-in-exception"),
    pytest.param('raise ValueError("a\\udcffb")\n\ndef dot(u, v):\n    return 0.0\n',
                 id="surrogate-in-import-error"),
    pytest.param('def dot(u, v):\n    return "a\\x00b\\udcff"\n', id="odd-text-returned"),
])
def test_pipeline_odd_text_is_stored(grade: Callable[..., Submission], learner: Any,
                                     exercise: Any, code: str,
                                     django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        submission = submission_create(user=learner, exercise=exercise, code=code)
    try:
        submission_grade(submission_id=submission.pk)
        raised = None
    except Exception as exc:  # the service must never fail on learner-controlled data
        raised = exc
    submission.refresh_from_db()
    assert raised is None, f"grading raised {raised!r}; the submission is {submission.status!r}"
    assert submission.status == "graded"
    assert submission.verdict in {"failed", "error"}
    assert submission.score == 0
    _assert_serving(grade)


@pytest.mark.django_db
def test_pipeline_rejects_code_that_is_not_utf8(learner: Any, exercise: Any) -> None:
    with pytest.raises(ValidationError, match="not valid UTF-8"):
        submission_create(user=learner, exercise=exercise,
                          code='def dot(u, v):\n    return "\ud800"\n')
    assert not Submission.objects.filter(user=learner).exists()
