"""Runs the workers, beat and the web server together; Ctrl-C stops all of them cleanly."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
ADDRESS = os.environ.get("EIGENLAB_ADDRESS", "127.0.0.1:8000")
PROCESSES = {
    # Learners' submissions on one worker, staff work and the sweepers on another.
    "worker": [PY, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO", "-Q", "grading",
               "-n", "grading@%h"],
    "staff-worker": [PY, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO",
                     "-Q", "staff", "-n", "staff@%h",
                     f"--concurrency={os.environ.get('STAFF_SLOTS', '1')}"],
    "beat": [PY, "-m", "celery", "-A", "config", "beat", "--loglevel=INFO",
             "--schedule", str(ROOT / ".run" / "celerybeat-schedule")],
    # The server of the image too (scripts/serve.py): a slow client cannot hold it, and nothing
    # sits in front of it here.
    "web": [PY, str(ROOT / "scripts" / "serve.py"), ADDRESS],
}
STOP_GRACE_SECONDS = 10


def start_all() -> dict[str, subprocess.Popen[bytes]]:
    (ROOT / ".run").mkdir(exist_ok=True)
    # Own process groups: Ctrl-C reaches us once, and we stop each child in order.
    return {name: subprocess.Popen(argv, cwd=ROOT, start_new_session=True)
            for name, argv in PROCESSES.items()}


def stop_all(children: dict[str, subprocess.Popen[bytes]]) -> None:
    for child in children.values():
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for child in children.values():
        try:
            child.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()


def main() -> int:
    stopping = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    children = start_all()
    print(f"\nEigenlab is running on http://{ADDRESS}/  (Ctrl-C stops everything)\n", flush=True)
    exit_code = 0
    while not stopping:
        dead = [name for name, child in children.items() if child.poll() is not None]
        if dead:
            print(f"{', '.join(dead)} stopped unexpectedly; stopping the rest.", file=sys.stderr)
            exit_code = 1
            break
        time.sleep(0.3)
    print("\nStopping workers, beat and web server...", flush=True)
    stop_all(children)
    print("Stopped.")
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
