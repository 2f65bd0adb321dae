"""The warm zygote: imports the scientific stack once, then forks one hardened child per job.

Runs as pid 1 of its own bubblewrap jail (so no process in the jail can signal it) and talks
to its worker over one SOCK_SEQPACKET socket. It never reads job data: each request is
`{id, limits}` plus four memfds (job, result, stdout, stderr) passed with SCM_RIGHTS, which
only the child opens as its fds 0-3. Every child inherits the zygote's memory, so nothing
from any job may ever be in it.

Standard library + the scientific stack + the harness only: it must not import the project.
"""

import contextlib
import ctypes
import fcntl
import gc
import json
import os
import random
import resource
import select
import signal
import socket
import sys
import time
import traceback
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness
import seccomp

# What the courses' code imports, loaded once: a child that imports it again finds it loaded.
# pyplot also loads matplotlib's font list (its cache lands in the jail's /tmp, HOME).
# statsmodels is not: its 40 MB more per slot would pass the 200 MB a slot may take (make
# bench), for the few exercises that use it; those pay its import (about a second) per job.
PRELOADED = ("numpy", "scipy", "scipy.linalg", "scipy.optimize", "scipy.special", "scipy.stats",
             "pandas", "matplotlib.pyplot")
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_SET_CHILD_SUBREAPER = 36
SECCOMP_MODE_FILTER = 2
JOB_FDS = 4  # job, result, stdout, stderr, as the worker sends them
CHILD_FDS = (0, 3, 1, 2)  # ...and where the child finds them: stdin, fd 3, stdout, stderr
READY_FD = 4  # the child's "set up" signal, closed before the harness runs any learner code
SCRATCH_DIRS = ("/tmp", "/dev/shm")
# Past this, what a job left in the scratch folders stays, the jail counts as dirty and the
# worker replaces the whole zygote: the reply must never wait on what a job chose to leave.
WIPE_SECONDS = 1.0

_libc = ctypes.CDLL(None, use_errno=True)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def prctl(option: int, value: int, pointer: Any = 0) -> None:
    if _libc.prctl(option, ctypes.c_ulong(value), pointer, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


def preload() -> None:
    for name in PRELOADED:
        __import__(name)


def compiled_child_filter() -> tuple[_SockFprog, Any] | None:
    """Built once: children may not signal pid 1 or everything (-1), nor open pidfds."""
    program = seccomp.child_program()
    if program is None:
        return None
    buffer = ctypes.create_string_buffer(program, len(program))
    return _SockFprog(len(program) // 8, ctypes.addressof(buffer)), buffer


def harden_self() -> None:
    prctl(PR_SET_DUMPABLE, 0)  # no /proc/1/mem, environ or fd for the children
    prctl(PR_SET_CHILD_SUBREAPER, 1)  # daemons come back to us, to be killed after the job
    # The kernel only delivers a signal from inside the jail to its pid 1 when pid 1 handles
    # it: with no handlers at all (Python installs one for SIGINT), no signal gets through.
    for number in range(1, signal.NSIG):
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            if signal.getsignal(number) not in (signal.SIG_DFL, None):
                signal.signal(number, signal.SIG_DFL)


def apply_limits(limits: dict[str, Any]) -> None:
    used = _address_space_in_use()
    address_space = used + int(limits["memory_mb"]) * 1024 * 1024
    cpu = int(limits["cpu_seconds"])
    processes = int(limits["processes"])
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))


def _address_space_in_use() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def child(fds: list[int], ready: int, header: dict[str, Any], child_filter: Any) -> None:
    """Never returns: set up in the documented order, run the harness, _exit."""
    try:
        os.setsid()
        # Out of the way first: a received fd may already sit on one of the targets.
        moved = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in [*fds, ready]]
        for target, fd in zip((*CHILD_FDS, READY_FD), moved, strict=True):
            os.dup2(fd, target)
        os.closerange(READY_FD + 1, 1024)  # the worker socket and anything else: gone
        prctl(PR_SET_NO_NEW_PRIVS, 1)
        apply_limits(header["limits"])
        if child_filter is not None:
            prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(child_filter[0]))
        seed = int(header["seed"])
        random.seed(seed)
        __import__("numpy").random.seed(seed % 2**32)
        # Our part is done: from here on, a failure may be the learner's.
        os.write(READY_FD, b"1")
        os.close(READY_FD)
        harness.main()
    except BaseException:
        with contextlib.suppress(BaseException):
            os.write(2, traceback.format_exc().encode()[-4000:])
        os._exit(70)
    os._exit(0)


def wait_for(pid: int, seconds: float) -> tuple[int | None, bool]:
    """The child's wait status, or (None, True) when it outlived its wall clock."""
    pidfd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([pidfd], [], [], seconds)
    finally:
        os.close(pidfd)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return None, True
    _, status = os.waitpid(pid, 0)
    return status, False


def started(ready: int) -> bool:
    """Whether the child finished its set-up; read once every process of the job is gone."""
    os.set_blocking(ready, False)
    try:
        return os.read(ready, 1) == b"1"
    except BlockingIOError:  # a writer survived: it cannot be the child that set itself up
        return False
    finally:
        os.close(ready)


def clean_up() -> int:
    """Kills and reaps whatever the job left behind, and empties the scratch folders."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(-1, signal.SIGKILL)  # as pid 1: every other process in this jail
    leftovers = 0
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            break
        leftovers += pid > 0
    deadline = time.monotonic() + WIPE_SECONDS
    for directory in SCRATCH_DIRS:
        wipe(directory, deadline)
    return leftovers


def wipe(directory: str, deadline: float) -> None:
    """Empties a scratch folder, unlocking what a job locked (chmod 000) on the way.

    Iterative, and bounded by the deadline: a job may nest folders deeper than any recursion
    limit or path length, or leave millions of files. What is left makes the jail dirty.
    """
    folders = [directory]
    while folders and time.monotonic() < deadline:
        inner = clear_files(folders[-1], deadline)
        if inner:
            folders += inner  # emptied first; this folder is looked at again after them
            continue
        path = folders.pop()
        if path != directory:
            with contextlib.suppress(OSError):
                os.rmdir(path)


def clear_files(directory: str, deadline: float) -> list[str]:
    """Deletes everything but folders in `directory`; returns its folders, unlocked."""
    folders = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if time.monotonic() >= deadline:
                    break
                if entry.is_dir(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        os.chmod(entry.path, 0o700)
                    folders.append(entry.path)
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
    except OSError:
        pass  # locked or out of reach: what is left marks the jail dirty
    return folders


def is_clean() -> bool:
    try:
        return all(_is_empty(directory) for directory in SCRATCH_DIRS)
    except OSError:  # a job locked the folder itself
        return False


def _is_empty(directory: str) -> bool:
    with os.scandir(directory) as entries:
        return next(entries, None) is None


def exit_code(status: int | None) -> int | None:
    if status is None:
        return None
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def serve(channel: socket.socket, child_filter: Any) -> None:
    while True:
        message, fds, _, _ = socket.recv_fds(channel, 4096, JOB_FDS)
        if not message:
            return  # the worker went away
        header = json.loads(message)
        began = time.monotonic()
        ready, ready_for_child = os.pipe()
        pid = os.fork()
        if pid == 0:
            child(fds, ready_for_child, header, child_filter)
        for fd in [*fds, ready_for_child]:
            os.close(fd)
        status, timed_out = wait_for(pid, float(header["limits"]["wall_seconds"]))
        leftovers = clean_up()
        reply = {"id": header["id"], "exit_code": exit_code(status), "timed_out": timed_out,
                 "seconds": time.monotonic() - began, "leftovers": leftovers,
                 "clean": is_clean(), "started": started(ready)}
        channel.send(json.dumps(reply).encode())


def main() -> None:
    preload()
    # Children inherit every object: keep the collector away from them, so a child does not
    # touch (and copy) the zygote's pages just to scan them.
    gc.collect()
    gc.freeze()
    harden_self()
    child_filter = compiled_child_filter()
    channel = socket.socket(fileno=int(sys.argv[1]))
    threads = len(os.listdir("/proc/self/task"))
    channel.send(json.dumps({"ready": True, "threads": threads, "pid": os.getpid()}).encode())
    serve(channel, child_filter)


if __name__ == "__main__":
    main()
