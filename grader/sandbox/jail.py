"""The bubblewrap command line: what a jail can see, and who starts it.

Inside a jail: /usr and the Python installation read-only, the harness, a small private /tmp,
fresh /proc and /dev, no network, no environment, no other process, no way back to the host.
Never started as real root with a user namespace (root outside could then write host
/proc/sys settings and RLIMIT_NPROC would not bind): when the worker is root, `setpriv`
switches to the dedicated sandbox account first.
"""

import os
import pwd
import resource
import sys
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from .types import Limits

HARNESS = Path(__file__).with_name("harness.py")
JAIL_HARNESS = "/sandbox/harness.py"
INTERPRETER_OVERHEAD_MB = 384  # address space numpy + scipy take before any learner data

JAIL_ENV = {
    "PATH": "/usr/bin:/bin",
    "HOME": "/tmp",
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    # One BLAS thread: the CPU limit stays honest and a thread storm stays small.
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "MPLBACKEND": "Agg",
}


def python_roots() -> list[str]:
    """The directories the interpreter and its packages live in, outside /usr."""
    roots = {os.path.realpath(sys.base_prefix), os.path.abspath(sys.prefix)}
    return sorted(root for root in roots if not root.startswith("/usr/"))


def _system_dirs() -> list[str]:
    args: list[str] = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    return args


def bwrap_args(limits: Limits, seccomp_fd: int | None) -> list[str]:
    args = [
        "bwrap",
        "--unshare-all",  # network, pid, ipc, uts, cgroup namespaces
        "--unshare-user",
        "--disable-userns",  # no nested user namespaces: the door to most kernel attack surface
        "--uid", "65534", "--gid", "65534",
        "--hostname", "sandbox",
        "--die-with-parent",
        "--new-session",  # no TIOCSTI into a terminal
        "--cap-drop", "ALL",
        "--clearenv",
    ]
    for name, value in JAIL_ENV.items():
        args += ["--setenv", name, value]
    args += _system_dirs()
    for root in python_roots():
        args += ["--ro-bind", root, root]
    args += [
        "--ro-bind", str(HARNESS), JAIL_HARNESS,
        "--proc", "/proc",
        "--dev", "/dev",
        "--size", str(limits.tmp_bytes), "--tmpfs", "/tmp",
        "--size", str(limits.tmp_bytes), "--tmpfs", "/dev/shm",
        "--remount-ro", "/",
        "--chdir", "/tmp",
    ]
    if seccomp_fd is not None:
        args += ["--seccomp", str(seccomp_fd)]
    return args


def interpreter_args() -> list[str]:
    # -I: no user site, no PYTHON* variables; -B: nothing written next to the sources.
    return [os.path.abspath(sys.executable), "-I", "-B", JAIL_HARNESS]


def switch_user_args() -> list[str]:
    """Drop to the sandbox account when the worker is root; otherwise run as ourselves."""
    if os.geteuid() != 0:
        return []
    account = pwd.getpwnam(settings.GRADER_SANDBOX_USER)
    return [
        "setpriv",
        f"--reuid={account.pw_uid}",
        f"--regid={account.pw_gid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--nnp",
        "--",
    ]


def rlimits_setter(limits: Limits) -> Callable[[], None]:
    """Limits applied in the child before exec: inherited by everything in the jail."""
    address_space = (limits.memory_mb + INTERPRETER_OVERHEAD_MB) * 1024 * 1024
    cpu_seconds = int(limits.wall_seconds) + 3  # the wall clock is the real limit

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.tmp_bytes, limits.tmp_bytes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))

    return apply
