"""A seccomp deny-list for the jail, compiled to classic BPF with the standard library.

Defence in depth under bubblewrap's namespaces: the syscalls learner code never needs and that
past sandbox escapes relied on (ptrace, foreign memory access, sockets, namespaces and mounts,
bpf, perf, keyrings, io_uring, userfaultfd, SysV IPC, locks...) fail with EPERM.
"""

import platform
import struct

AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000

_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_RET_K = 0x06
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_RET_KILL_PROCESS = 0x80000000
_EPERM = 1
_ENOSYS = 38

# x86_64 numbers; the names document why each is here.
DENIED_SYSCALLS_X86_64 = {
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312,
    "pidfd_getfd": 438, "socket": 41, "unshare": 272, "setns": 308, "mount": 165,
    "umount2": 166, "pivot_root": 155, "chroot": 161, "open_tree": 428, "move_mount": 429,
    "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442,
    "bpf": 321, "perf_event_open": 298, "keyctl": 250, "add_key": 248, "request_key": 249,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "userfaultfd": 323, "shmget": 29, "shmat": 30, "shmctl": 31, "shmdt": 67, "semget": 64,
    "semop": 65, "semctl": 66, "semtimedop": 220, "msgget": 68, "msgsnd": 69, "msgrcv": 70,
    "msgctl": 71, "flock": 73, "kexec_load": 246, "kexec_file_load": 320,
    "init_module": 175, "finit_module": 313, "delete_module": 176, "reboot": 169,
    "swapon": 167, "swapoff": 168, "acct": 163, "quotactl": 179, "name_to_handle_at": 303,
    "open_by_handle_at": 304, "personality": 135, "syslog": 103, "vhangup": 153,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159, "clock_adjtime": 305,
    "iopl": 172, "ioperm": 173, "modify_ldt": 154, "uselib": 134, "lookup_dcookie": 212,
}
# clone3 must fail with ENOSYS, not EPERM: glibc then falls back to clone() for threads.
NOSYS_SYSCALLS_X86_64 = {"clone3": 435}


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


def deny_list_program() -> bytes | None:
    """The BPF program, or None on an architecture this list does not cover."""
    if platform.machine() != "x86_64":
        return None
    program = [
        _insn(_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _insn(_JEQ_K, 1, 0, AUDIT_ARCH_X86_64),
        _insn(_RET_K, 0, 0, _RET_KILL_PROCESS),
        _insn(_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        _insn(_JGE_K, 0, 1, X32_SYSCALL_BIT),  # the x32 ABI would bypass the numbers below
        _insn(_RET_K, 0, 0, _RET_ERRNO | _EPERM),
    ]
    for number in sorted(NOSYS_SYSCALLS_X86_64.values()):
        program += [_insn(_JEQ_K, 0, 1, number), _insn(_RET_K, 0, 0, _RET_ERRNO | _ENOSYS)]
    for number in sorted(DENIED_SYSCALLS_X86_64.values()):
        program += [_insn(_JEQ_K, 0, 1, number), _insn(_RET_K, 0, 0, _RET_ERRNO | _EPERM)]
    program.append(_insn(_RET_K, 0, 0, _RET_ALLOW))
    return b"".join(program)


_LD_ARG0_LOW = 16  # seccomp_data.args[0], low 32 bits on little-endian
# Every syscall whose first argument is a target pid for a signal.
_SIGNAL_SYSCALLS_X86_64 = {"kill": 62, "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129,
                           "rt_tgsigqueueinfo": 297}
_PIDFD_SYSCALLS_X86_64 = {"pidfd_send_signal": 424, "pidfd_open": 434}
_ALL_PROCESSES = 0xFFFFFFFF  # pid -1
_ZYGOTE_PID = 1


def child_program() -> bytes | None:
    """Stacked on the jail's filter in each warm-pool child: the zygote is off limits.

    A child may signal its own processes but not pid 1 (the zygote), nor -1 (everything),
    nor reach any process through a pidfd.
    """
    if platform.machine() != "x86_64":
        return None
    program = [
        _insn(_LD_W_ABS, 0, 0, 4),
        _insn(_JEQ_K, 1, 0, AUDIT_ARCH_X86_64),
        _insn(_RET_K, 0, 0, _RET_KILL_PROCESS),
        _insn(_LD_W_ABS, 0, 0, 0),
    ]
    for number in sorted(_PIDFD_SYSCALLS_X86_64.values()):
        program += [_insn(_JEQ_K, 0, 1, number), _insn(_RET_K, 0, 0, _RET_ERRNO | _EPERM)]
    signal_numbers = sorted(_SIGNAL_SYSCALLS_X86_64.values())
    # nr in {kill, tkill, tgkill} -> inspect the pid argument; otherwise allow.
    for position, number in enumerate(signal_numbers):
        remaining = len(signal_numbers) - position - 1
        program.append(_insn(_JEQ_K, remaining + 1, 0, number))
    program.append(_insn(_RET_K, 0, 0, _RET_ALLOW))
    program += [
        _insn(_LD_W_ABS, 0, 0, _LD_ARG0_LOW),
        _insn(_JEQ_K, 2, 0, _ZYGOTE_PID),
        _insn(_JEQ_K, 1, 0, _ALL_PROCESSES),
        _insn(_RET_K, 0, 0, _RET_ALLOW),
        _insn(_RET_K, 0, 0, _RET_ERRNO | _EPERM),
    ]
    return b"".join(program)
