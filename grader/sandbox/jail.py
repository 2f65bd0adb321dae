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

from . import seccomp
from .types import Limits

SANDBOX_DIR = Path(__file__).resolve().parent
HARNESS = SANDBOX_DIR / "harness.py"
JAIL_DIR = "/sandbox"
JAIL_HARNESS = f"{JAIL_DIR}/harness.py"
# The only project files a jail sees: the in-jail programs (standard library + the stack).
JAIL_FILES = ("harness.py", "figures.py", "seccomp.py", "zygote.py")
ACCOUNT_PROCESSES = 512
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


# A virtualenv is mounted at a fixed place: wherever the checkout lives (even under /tmp,
# which the jail replaces), and without showing the jail the host's project path.
JAIL_VENV = f"{JAIL_DIR}/venv"


def in_virtualenv() -> bool:
    return sys.prefix != sys.base_prefix


def python_roots() -> list[str]:
    """The host directories the interpreter and its packages live in (/usr aside)."""
    roots = {os.path.realpath(sys.base_prefix)}
    if in_virtualenv():
        roots.add(os.path.abspath(sys.prefix))
    return sorted(root for root in roots if not root.startswith("/usr/"))


def _python_binds() -> list[str]:
    base = os.path.realpath(sys.base_prefix)
    args = [] if base.startswith("/usr/") else ["--ro-bind", base, base]
    if in_virtualenv():
        args += ["--ro-bind", os.path.abspath(sys.prefix), JAIL_VENV]
    return args


def _jail_python() -> str:
    if in_virtualenv():
        return f"{JAIL_VENV}/bin/{os.path.basename(sys.executable)}"
    return os.path.abspath(sys.executable)


def _system_dirs() -> list[str]:
    args: list[str] = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    return args


def seccomp_fd() -> int | None:
    """The deny-list as a memfd for `bwrap --seccomp`."""
    program = seccomp.deny_list_program()
    if program is None:
        return None
    fd = os.memfd_create("seccomp", 0)
    try:
        os.write(fd, program)
        os.lseek(fd, 0, os.SEEK_SET)
    except BaseException:
        os.close(fd)
        raise
    return fd


def bwrap_args(limits: Limits, seccomp_fd: int | None, *, pid1: bool = False) -> list[str]:
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
    args += _python_binds()
    for name in JAIL_FILES:
        args += ["--ro-bind", str(SANDBOX_DIR / name), f"{JAIL_DIR}/{name}"]
    if pid1:
        args.append("--as-pid-1")  # the zygote is init: nothing in the jail can signal it
    args += [
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


# bwrap itself stays in the jail (as pid 1 or the zygote's parent): it gets no worker secrets.
LAUNCH_ENV = {"PATH": "/usr/bin:/bin"}


def interpreter_args() -> list[str]:
    # -I: no user site, no PYTHON* variables; -B: nothing written next to the sources.
    return [_jail_python(), "-I", "-B", JAIL_HARNESS]


def zygote_args(socket_fd: int) -> list[str]:
    return [_jail_python(), "-I", "-B", f"{JAIL_DIR}/zygote.py", str(socket_fd)]


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


def rlimits_setter(limits: Limits, *, cpu: bool = True) -> Callable[[], None]:
    """Limits applied in the child before exec: inherited by everything in the jail.

    A long-lived zygote gets no CPU limit (its children get their own).
    """
    address_space = (limits.memory_mb + INTERPRETER_OVERHEAD_MB) * 1024 * 1024
    cpu_seconds = int(limits.wall_seconds) + 3  # the wall clock is the real limit

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if cpu:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.tmp_bytes, limits.tmp_bytes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        # Account-wide, across all jails; each jail then caps itself at limits.processes.
        resource.setrlimit(resource.RLIMIT_NPROC, (ACCOUNT_PROCESSES, ACCOUNT_PROCESSES))

    return apply
