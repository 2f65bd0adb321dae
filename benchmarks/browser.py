"""What the learner waits for, in a real browser: Chromium clicks Submit, the verdict shows.

Part of `make bench` (benchmarks/bench.py calls `measure` with its own database, Redis and
queue). It starts the web server of `make run` (scripts/serve.py) on a free port and a worker on
the bench queue, signs a learner in and submits a correct dot product again and again, timing
from the click to the frame that shows "Passed". It also times the first job of a worker that
just started: from its "ready." log line to that verdict.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"  # Debian's, as the e2e tests use; never a downloaded browser
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
USERNAME, PASSWORD = "bench-browser", "bench-browser-password"
WARMUP_RUNS = 3
VERDICT_TIMEOUT_MS = 30_000

# Armed before the click: resolves with the milliseconds from the click on Submit to the frame
# after a panel saying "Passed" entered #result (the previous verdict has another id).
ARM = """([oldId, timeoutMs]) => {
  const result = document.getElementById("result");
  const button = document.getElementById("submit-button");
  window.__benchVerdict = new Promise((resolve, reject) => {
    let clicked = null;
    button.addEventListener("click", () => { clicked = performance.now(); },
                            {once: true, capture: true});
    const shown = () => {
      const panel = result.querySelector(".status-panel");
      // By its text: htmx keeps the old classes on a swapped panel for its settle delay.
      return panel && panel.id && panel.id !== oldId && panel.textContent.includes("Passed");
    };
    const observer = new MutationObserver(() => {
      if (clicked === null || !shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - clicked));
    });
    observer.observe(result, {childList: true, subtree: true, characterData: true});
    setTimeout(() => reject(new Error("no verdict in time: " + result.textContent)), timeoutMs);
  });
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def web_env(env: dict[str, str]) -> dict[str, str]:
    """The bench's settings, served over plain HTTP, with no rate limit in the way."""
    return {**env, "SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0", "RATE_SUBMIT": "100000/m", "RATE_SUBMIT_IP": "100000/m"}


def start_web(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    base = f"http://127.0.0.1:{free_port()}"
    log = open(ROOT / ".run" / "bench-web.log", "wb")  # noqa: SIM115 - lives with the server
    web = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), base[7:]],
                           cwd=ROOT, env=web_env(env), stdout=log, stderr=subprocess.STDOUT,
                           start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/accounts/login/", timeout=2) as response:
                if response.status == 200:
                    return web, base
        except OSError:
            time.sleep(0.1)
    web.kill()
    raise RuntimeError(f"the web server did not answer; see {log.name}")


def start_worker(env: dict[str, str], name: str) -> tuple[subprocess.Popen[bytes], Path]:
    """A worker that logs at INFO, so its "ready." line can be watched (.run/<name>.log)."""
    log = ROOT / ".run" / f"{name}.log"
    with log.open("wb") as out:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO",
             "-Q", env["CELERY_QUEUE"], "--without-gossip", "--without-mingle",
             "--without-heartbeat", "-n", f"bench-browser-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return worker, log


def wait_ready(worker: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> float:
    """The moment (monotonic) the worker's "ready." line appeared, seen within ~2 ms."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if " ready." in log.read_text(errors="replace"):
            return time.monotonic()
        if worker.poll() is not None:
            break
        time.sleep(0.002)
    raise RuntimeError(f"the worker did not report ready:\n{log.read_text()[-3000:]}")


def first_task_seconds(log: Path) -> float:
    """How long the worker's first grading took by its own log ("succeeded in 0.05s")."""
    found = re.search(r"grade_submission\[[^]]+\] succeeded in ([0-9.]+)s", log.read_text())
    if found is None:
        raise RuntimeError(f"no graded task in the worker's log:\n{log.read_text()[-3000:]}")
    return float(found.group(1))


def prepare_learner() -> str:
    """A learner whose editor opens on a correct solution (a draft); the exercise's path."""
    from django.contrib.auth.models import User
    from django.urls import reverse
    from django.utils import timezone

    from courses.models import CodeDraft
    from exercises.models import Exercise

    user, _ = User.objects.get_or_create(username=USERNAME)
    user.set_password(PASSWORD)
    user.save()
    exercise = Exercise.objects.select_related("module__course").get(slug="dot-product")
    CodeDraft.objects.update_or_create(user=user, exercise=exercise, defaults={
        "code": exercise.current_version.solution_code, "saved_at": timezone.now()})
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


def log_in(page: Any, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def open_exercise(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => window.htmx && document.querySelector('.cm-editor')")


def arm(page: Any, timeout_ms: int = VERDICT_TIMEOUT_MS) -> None:
    """Makes the page time the next click on Submit until its verdict is on screen."""
    old = page.evaluate("() => document.querySelector('#result .status-panel')?.id || ''")
    page.evaluate(ARM, [old, timeout_ms])


def click_and_time(page: Any) -> float:
    """Clicks Submit on an armed page; the milliseconds until the verdict is on screen."""
    page.click("#submit-button")
    return float(page.evaluate("() => window.__benchVerdict"))


def submit_and_time(page: Any) -> float:
    arm(page)
    return click_and_time(page)


def measure(env: dict[str, str], runs: int, name: str) -> dict[str, Any]:
    """`name` names the worker's log, kept in .run/ to be read afterwards."""
    from playwright.sync_api import sync_playwright

    url = prepare_learner()
    web, base = start_web(env)
    worker: subprocess.Popen[bytes] | None = None
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            log_in(page, base)
            open_exercise(page, f"{base}{url}")
            # Armed before the worker starts, so that only the click stands between its
            # "ready." and the job (the arming's own round trip is not counted).
            arm(page, timeout_ms=120_000 + VERDICT_TIMEOUT_MS)
            worker, log = start_worker(env, name)
            ready_at = wait_ready(worker, log)
            first_in_page = click_and_time(page)
            first_job = time.monotonic() - ready_at
            for _ in range(WARMUP_RUNS):
                open_exercise(page, f"{base}{url}")
                submit_and_time(page)
            timings = []
            for _ in range(runs):
                open_exercise(page, f"{base}{url}")
                timings.append(submit_and_time(page) / 1000)
            browser.close()
    finally:
        for process in (worker, web):
            if process is not None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
    return {"timings_s": timings, "first_job_ms": first_job * 1000,
            "first_job_click_to_verdict_ms": first_in_page,
            "first_task_ms": first_task_seconds(log) * 1000}
