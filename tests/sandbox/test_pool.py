"""What only the warm pool must prove: jobs forked from one zygote cannot reach it or each other."""

import subprocess
import time
from collections.abc import Iterator

import pytest

from grader.sandbox import Job, Limits, RunReport, pool

pytestmark = pytest.mark.sandbox

CASES = "def cases(rng):\n    return [{'name': 'only', 'public': True, 'args': {}}]\n"
LIMITS = Limits(wall_seconds=5, memory_mb=256)


@pytest.fixture
def slot() -> Iterator[pool.Slot]:
    """A private slot, so a test that breaks its zygote cannot affect the next test."""
    own = pool.Slot()
    yield own
    own.reset()


def run_probe(slot: pool.Slot, body: str, seed: int = 1) -> RunReport:
    code = "def probe():\n" + "".join(f"    {line}\n" for line in body.strip().splitlines())
    return slot.run(Job(code=code, cases_source=CASES, entry="probe", seed=seed, limits=LIMITS))


def output(report: RunReport) -> object:
    result = report.results.get(0)
    assert result and result.get("ok"), (report.outcome, report.error, report.results,
                                         report.stderr)
    return result["output"]


def zygote_pid(slot: pool.Slot) -> int:
    zygote = slot._ready_zygote()
    return zygote._process.pid


def test_the_zygote_is_pid_1_single_threaded_and_not_dumpable(slot: pool.Slot) -> None:
    info = slot._ready_zygote().info
    assert info["pid"] == 1 and info["threads"] == 1
    status = output(run_probe(slot, """
import os
return [os.getpid() != 1, os.access('/proc/1/mem', os.R_OK), os.access('/proc/1/environ', os.R_OK)]
"""))
    assert status == [True, False, False]


@pytest.mark.parametrize("attack", [
    "os.kill(1, signal.SIGKILL)",
    "os.kill(-1, signal.SIGKILL)",
    "os.kill(1, signal.SIGTERM)",
    "signal.pthread_kill(threading.main_thread().ident, 0) or os.kill(1, signal.SIGSTOP)",
])
def test_a_job_cannot_signal_the_zygote(slot: pool.Slot, attack: str) -> None:
    before = zygote_pid(slot)
    report = run_probe(slot, f"""
import os, signal, threading
try:
    {attack}
    return "sent"
except OSError as exc:
    return type(exc).__name__
""")
    assert output(report) == "PermissionError"
    assert slot._ready_zygote()._process.pid == before  # the same zygote serves on
    assert output(run_probe(slot, "return 42")) == 42


def test_a_job_cannot_ptrace_or_read_the_zygotes_memory(slot: pool.Slot) -> None:
    report = run_probe(slot, """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
results = []
results.append(libc.ptrace(16, 1, 0, 0) == -1)  # PTRACE_ATTACH
try:
    open('/proc/1/mem', 'rb').read(1)
    results.append(False)
except OSError:
    results.append(True)
buf = ctypes.create_string_buffer(8)
class IoVec(ctypes.Structure):
    _fields_ = [('base', ctypes.c_void_p), ('len', ctypes.c_size_t)]
local, remote = IoVec(ctypes.addressof(buf), 8), IoVec(0x400000, 8)
results.append(libc.process_vm_readv(1, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0) == -1)
return results
""")
    assert output(report) == [True, True, True]


def test_no_process_or_file_survives_into_the_next_job(slot: pool.Slot) -> None:
    first = run_probe(slot, """
import os, time
open('/tmp/left-behind', 'w').write('secret')
open('/dev/shm/left-behind', 'w').write('secret')
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(60)
    os._exit(0)
return 'done'
""")
    assert output(first) == "done"
    second = run_probe(slot, """
import os
others = [p for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, os.getpid())]
return [sorted(os.listdir('/tmp')), sorted(os.listdir('/dev/shm')), others]
""")
    assert output(second) == [[], [], []]


def test_job_b_cannot_find_job_a_code_or_data_in_its_memory(slot: pool.Slot) -> None:
    # Assembled at run time, so the needle is not in job B's own code as one string.
    needle = "eigen" + "lab-needle-" + "7f3a9c"
    first = run_probe(slot, f"""
secret = {needle!r} * 1000
return len(secret)
""")
    assert output(first) == len(needle) * 1000
    second = run_probe(slot, """
import ctypes
needle = ('eigen' + 'lab-needle-' + '7f3a9c').encode()
found, regions = 0, 0
with open('/proc/self/maps') as maps:
    for line in maps:
        fields = line.split()
        if not fields[1].startswith('r') or (len(fields) > 5 and fields[5].startswith('[v')):
            continue
        start, end = (int(x, 16) for x in fields[0].split('-'))
        regions += 1
        found += ctypes.string_at(start, end - start).count(needle)
return [found, regions > 10]
""")
    # Job B's own copy of the pieces is the only match allowed: none of job A's 1000 copies.
    found, scanned = output(second)
    assert scanned is True
    assert found <= 2


def test_every_job_starts_with_the_same_random_state(slot: pool.Slot) -> None:
    body = """
import random
import numpy as np
return [random.random(), float(np.random.random())]
"""
    first, second = output(run_probe(slot, body, seed=5)), output(run_probe(slot, body, seed=5))
    third = output(run_probe(slot, body, seed=6))
    assert first == second
    assert third != first


def test_a_dead_zygote_is_replaced_and_the_job_reported(slot: pool.Slot) -> None:
    assert output(run_probe(slot, "return 1")) == 1
    zygote = slot._ready_zygote()
    subprocess.run(["kill", "-9", str(zygote._process.pid)], check=True)
    zygote._process.wait()
    report = run_probe(slot, "return 2")
    assert output(report) == 2  # a new zygote took over
    assert slot._ready_zygote() is not zygote


def test_a_timeout_kills_the_job_and_the_zygote_serves_the_next(slot: pool.Slot) -> None:
    assert output(run_probe(slot, "return 'started'")) == "started"  # the zygote is up
    started = time.monotonic()
    code = "def probe():\n    while True:\n        pass\n"
    report = slot.run(Job(code=code, cases_source=CASES, entry="probe", seed=1,
                          limits=Limits(wall_seconds=1, memory_mb=256)))
    assert report.outcome == "timeout"
    assert time.monotonic() - started < 4
    assert output(run_probe(slot, "return 'alive'")) == "alive"
