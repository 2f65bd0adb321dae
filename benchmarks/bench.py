"""Grading benchmarks: sandbox latency (warm pool vs fresh), the pipeline end to end, memory,
and what the learner waits for in a browser (benchmarks/browser.py).

Run with `make bench` (not a test: these machines are shared and noisy, so read the ratios).
Uses its own database (PostgreSQL database `eigenlab_bench` when DATABASE_URL points at
PostgreSQL, else .run/bench.sqlite3) and the Redis at REDIS_URL. Prints a table and writes
JSON to benchmarks/results/. BENCH_ONLY=browser (or sandbox, pipeline; comma-separated) runs
only those parts.
"""

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["GRADER_MAX_PENDING_PER_USER"] = "100000"  # the bench keeps its own counts

BURST = int(os.environ.get("BENCH_BURST", "500"))
CLASS_SIZE = 100  # a burst comes from a class: each learner has one submission running at most
FLOOD_PENDING = 5  # what the pending cap lets each flooding account keep waiting
FLOOD_JOB_SECONDS = 2.0
FAIRNESS_RUNS = 20
SINGLE_RUNS = 20
POOL_RUNS = 200
FRESH_RUNS = 15
EXERCISES = {"numpy": "dot-product", "scipy.stats": "welch-t-test"}
# The rest of the courses' stack, as a learner uses it: one job each (code, cases, entry).
STACK_CASES = ("def cases(rng):\n"
               "    return [{'name': 'data', 'public': True,\n"
               "             'args': {'x': rng.normal(size=200).tolist()}}]\n")
STACK_JOBS = {
    "pandas": ("import pandas as pd\n\ndef stats(x):\n"
               "    frame = pd.DataFrame({'x': x, 'group': [i % 4 for i in range(len(x))]})\n"
               "    return frame.groupby('group')['x'].agg(['mean', 'std']).values.tolist()\n"),
    "matplotlib": ("import io\nimport matplotlib.pyplot as plt\n\ndef stats(x):\n"
                   "    figure, axes = plt.subplots()\n    axes.hist(x, bins=20)\n"
                   "    axes.set_title('sample')\n    buffer = io.BytesIO()\n"
                   "    figure.savefig(buffer, format='png')\n    plt.close(figure)\n"
                   "    return len(buffer.getvalue())\n"),
    "statsmodels": ("import numpy as np\nimport statsmodels.api as sm\n\ndef stats(x):\n"
                    "    x = np.asarray(x)\n    y = 2 * x + 1\n"
                    "    return sm.OLS(y, sm.add_constant(x)).fit().params.tolist()\n"),
}
BROWSER_RUNS = int(os.environ.get("BENCH_BROWSER_RUNS", "25"))
# The learner's wait (issue "get the verdict in a blink"): click to verdict, and the first job
# of a worker that just reported ready.
BROWSER_TARGET_P50_MS = 150
FIRST_JOB_TARGET_MS = 100
# Memory of one slot (its share of the worker, and its zygote with the scientific stack).
SLOT_TARGET_MB = 200
SECTIONS = {"sandbox", "pipeline", "browser"}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(seconds) * 1000,
            "p95_ms": percentile(seconds, 0.95) * 1000, "runs": len(seconds)}


def sandbox_latency() -> dict[str, Any]:
    """Same jobs, same run: the warm pool and the fresh interpreter, per exercise."""
    from exercises.packages import LIBRARY_ROOT, load_package
    from exercises.services import unsaved_version, variant_seed
    from grader.sandbox import Job, Limits, fresh, pool

    jobs: dict[str, tuple[str, Job]] = {}
    for label, slug in EXERCISES.items():
        package = load_package(next(LIBRARY_ROOT.glob(f"*/*/{slug}")))
        jobs[label] = (slug, Job(code=package.solution, cases_source=package.cases,
                                 entry=package.entry, seed=variant_seed(slug, 0),
                                 limits=unsaved_version(package).sandbox_limits()))
    for label, code in STACK_JOBS.items():
        jobs[label] = (f"a {label} job", Job(code=code, cases_source=STACK_CASES, entry="stats",
                                             seed=1, limits=Limits()))
    results: dict[str, Any] = {}
    for label, (slug, job) in jobs.items():
        timings: dict[str, list[float]] = {}
        for backend, runs in (("pool", POOL_RUNS), ("fresh", FRESH_RUNS)):
            backend_run = pool.run if backend == "pool" else fresh.run
            backend_run(job)  # warm-up: the pool starts its zygote here
            timings[backend] = []
            for _ in range(runs):
                started = time.perf_counter()
                report = backend_run(job)
                timings[backend].append(time.perf_counter() - started)
                assert report.finished and not report.error, (backend, report)
        pool_stats, fresh_stats = summary_ms(timings["pool"]), summary_ms(timings["fresh"])
        results[label] = {"exercise": slug, "pool": pool_stats, "fresh": fresh_stats,
                          "speedup_median": fresh_stats["median_ms"] / pool_stats["median_ms"]}
    pool.shutdown()
    return results


def prepare_database() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("sync_exercises", verbosity=0)


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    log = open(ROOT / ".run" / "bench-worker.log", "wb")  # noqa: SIM115 - lives with the worker
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=WARNING",
         "-Q", env["CELERY_QUEUE"], "--without-gossip",
         "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    time.sleep(4)
    return worker


def wait_graded(ids: list[int], timeout: float) -> None:
    """Polls cheaply (an id range, every 0.1 s): the benchmark must not load the database."""
    from grader.models import Submission

    pending = Submission.objects.filter(pk__range=(min(ids), max(ids)), pk__in=ids
                                        ) if len(ids) < 50 else Submission.objects.filter(
        pk__range=(min(ids), max(ids)))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pending.filter(status__in=["queued", "running"]).exists():
            return
        time.sleep(0.1)


def latencies(ids: list[int]) -> tuple[list[float], int]:
    from grader.models import Submission

    rows = Submission.objects.filter(pk__in=ids).values_list("created_at", "graded_at", "status")
    graded = [(g - c).total_seconds() for c, g, s in rows if s == "graded" and g]
    return graded, len(graded)


def _burst_stats(ids: list[int]) -> dict[str, Any]:
    from django.db.models import Count

    from grader.models import Submission

    rows = Submission.objects.filter(pk__in=ids)
    waits, graded = latencies(ids)
    last = max(filter(None, rows.values_list("graded_at", flat=True)))
    return {"submitted": len(ids), "graded": graded, "last_graded": last,
            "p50_ms": statistics.median(waits) * 1000, "p95_ms": percentile(waits, 0.95) * 1000,
            "verdicts": dict(rows.values_list("verdict").annotate(n=Count("id")))}


def pipeline(worker_pid: int) -> dict[str, Any]:
    """One at a time on an idle system; a live burst; a pre-queued burst drained alone."""
    from django.contrib.auth.models import User
    from django.utils import timezone

    from exercises.models import Exercise
    from grader.services import submission_create

    user, _ = User.objects.get_or_create(username="bench")
    learners = [User.objects.get_or_create(username=f"bench-{i}")[0] for i in range(CLASS_SIZE)]
    exercise = Exercise.objects.get(slug="dot-product")
    code = exercise.current_version.solution_code

    def submit(count: int) -> list[int]:
        return [submission_create(user=learners[i % CLASS_SIZE], exercise=exercise,
                                  code=code).pk for i in range(count)]

    wait_graded(submit(8 * (os.cpu_count() or 1)), 120)  # every slot has started its zygote
    single_ids = []
    for _ in range(SINGLE_RUNS):
        single_ids.append(submission_create(user=user, exercise=exercise, code=code).pk)
        wait_graded(single_ids[-1:], 30)
    single, _ = latencies(single_ids)

    started = timezone.now()
    live_ids = submit(BURST)  # created while the workers already grade
    created_in = (timezone.now() - started).total_seconds()
    wait_graded(live_ids, 600)
    live = _burst_stats(live_ids)
    live.update(created_in_s=created_in,
                drain_s=(live.pop("last_graded") - started).total_seconds())
    live["throughput_per_s"] = live["graded"] / live["drain_s"]

    os.killpg(worker_pid, signal.SIGSTOP)  # queue the whole burst first...
    queued_ids = submit(BURST)
    resumed = timezone.now()
    os.killpg(worker_pid, signal.SIGCONT)  # ...then let the workers drain it
    wait_graded(queued_ids, 600)
    queued = _burst_stats(queued_ids)
    queued["drain_s"] = (queued.pop("last_graded") - resumed).total_seconds()
    queued["throughput_per_s"] = queued["graded"] / queued["drain_s"]
    return {"single": {"p50_ms": statistics.median(single) * 1000,
                       "p95_ms": percentile(single, 0.95) * 1000, "runs": len(single)},
            "burst_live": live, "burst_queued": queued, "memory": memory(worker_pid)}


def fairness() -> dict[str, Any]:
    """A third learner's check, alone and while two accounts flood slow checks.

    Each flooder keeps FLOOD_PENDING checks of FLOOD_JOB_SECONDS waiting (what the pending
    cap allows); the third learner checks one example at a time, FAIRNESS_RUNS times.
    """
    from django.contrib.auth.models import User

    from exercises.models import Exercise
    from grader.models import Submission
    from grader.services import submission_create

    exercise = Exercise.objects.get(slug="dot-product")
    code = exercise.current_version.solution_code
    slow = f"import time\n{code}\n_dot = dot\n\ndef dot(u, v):\n" \
           f"    time.sleep({FLOOD_JOB_SECONDS})\n    return _dot(u, v)\n"
    third, _ = User.objects.get_or_create(username="bench-third")
    flooders = [User.objects.get_or_create(username=f"bench-flood-{i}")[0] for i in range(2)]

    def check(user: Any, source: str) -> int:
        return submission_create(user=user, exercise=exercise, code=source, kind="check").pk

    def third_checks() -> list[float]:
        ids = []
        for _ in range(FAIRNESS_RUNS):
            ids.append(check(third, code))
            wait_graded(ids[-1:], 60)
            top_up()
        return latencies(ids)[0]

    def top_up() -> None:
        for flooder in flooding:
            pending = Submission.objects.filter(user=flooder, status__in=["queued", "running"])
            for _ in range(FLOOD_PENDING - pending.count()):
                check(flooder, slow)

    flooding: list[Any] = []
    idle = third_checks()
    flooding = flooders
    top_up()
    time.sleep(FLOOD_JOB_SECONDS)  # the flood holds what it can before the third learner comes
    flooded = third_checks()
    flooding = []
    wait_graded(list(Submission.objects.filter(user__in=flooders).values_list("pk", flat=True)),
                120)
    idle_p95, flooded_p95 = percentile(idle, 0.95), percentile(flooded, 0.95)
    return {"idle_p50_ms": statistics.median(idle) * 1000, "idle_p95_ms": idle_p95 * 1000,
            "flooded_p50_ms": statistics.median(flooded) * 1000,
            "flooded_p95_ms": flooded_p95 * 1000, "job_s": FLOOD_JOB_SECONDS,
            "target_met": flooded_p95 <= idle_p95 + FLOOD_JOB_SECONDS}


def _tree(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return [pid] + [p for child in children for p in _tree(child)]


def _pss_mb(pid: int) -> float:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    kb = next(int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:"))
    return kb / 1024


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]
    except OSError:
        return "?"


def memory(worker_pid: int) -> dict[str, Any]:
    """Proportional set size (shared pages split fairly) of the worker and its zygotes."""
    processes = {pid: (_name(pid), _pss_mb(pid)) for pid in _tree(worker_pid)}
    zygotes = [pss for name, pss in processes.values()
               if "zygote.py" in name and "bwrap" not in name]
    total = sum(pss for _, pss in processes.values())
    return {"total_mb": total, "zygotes": len(zygotes),
            "per_zygote_mb": max(zygotes) if zygotes else 0.0,
            "worker_mb": total - sum(zygotes),
            "per_slot_mb": total / max(len(zygotes), 1),
            "processes": sorted(([name, round(pss, 1)] for name, pss in processes.values()),
                                key=lambda row: -row[1])}


# "Before" is the page and worker as they were: a pending result polled every 700 ms, zygotes
# started by their first job. Both ways are measured in the same run, one after the other.
BROWSER_MODES = {
    "polling, lazy zygotes (before)": ("bench-browser-before", {
        "GRADER_PUSH_RESULTS": "false", "GRADER_PREWARM_ZYGOTES": "false"}),
    "pushed, prestarted zygotes": ("bench-browser-after", {
        "GRADER_PUSH_RESULTS": "true", "GRADER_PREWARM_ZYGOTES": "true"}),
}


def browser() -> dict[str, Any]:
    from benchmarks import browser as browser_bench

    results = {}
    for label, (name, switches) in BROWSER_MODES.items():
        print(f"  {label} (worker log: .run/{name}.log)...", flush=True)
        measured = browser_bench.measure({**os.environ, **switches}, BROWSER_RUNS, name)
        timings = measured.pop("timings_s")
        stats = {"p50_ms": statistics.median(timings) * 1000,
                 "p95_ms": percentile(timings, 0.95) * 1000, "runs": len(timings), **measured}
        stats["target_met"] = (stats["p50_ms"] <= BROWSER_TARGET_P50_MS
                               and stats["first_job_ms"] <= FIRST_JOB_TARGET_MS)
        results[label] = stats
    return results


def configure_database() -> None:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, _ = url.rpartition("/")
        subprocess.run(["psql", url, "-qc", "DROP DATABASE IF EXISTS eigenlab_bench"], check=True)
        subprocess.run(["psql", url, "-qc", "CREATE DATABASE eigenlab_bench"], check=True)
        os.environ["DATABASE_URL"] = f"{base}/eigenlab_bench"
    else:
        path = ROOT / ".run" / "bench.sqlite3"
        path.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"


def print_table(results: dict[str, Any]) -> None:
    if "sandbox" in results:
        print_sandbox(results["sandbox"])
    if "pipeline" in results:
        print_pipeline(results["pipeline"])
    if "browser" in results:
        print_browser(results["browser"])
    print(f"\ndatabase: {results['database']}, {results['cores']} cores, "
          f"{results['slots']} worker slots (zygotes)")


def print_sandbox(sandbox: dict[str, Any]) -> None:
    print("\nSandbox, per job (same run)        median      p95   runs")
    for label, row in sandbox.items():
        for backend in ("pool", "fresh"):
            stats = row[backend]
            print(f"  {label:12} {backend:6}           {stats['median_ms']:7.1f} ms "
                  f"{stats['p95_ms']:7.1f} ms {stats['runs']:5}")
        print(f"  {label:12} fresh/pool ratio  {row['speedup_median']:7.1f}x")


def print_pipeline(pipe: dict[str, Any]) -> None:
    single, mem = pipe["single"], pipe["memory"]
    print("\nPipeline (service -> Redis -> Celery -> sandbox -> DB)")
    print(f"  single submission, idle: created->graded p50 {single['p50_ms']:.1f} ms, "
          f"p95 {single['p95_ms']:.1f} ms")
    for key, label in (("burst_live", "created while grading"),
                       ("burst_queued", "queued, then drained")):
        burst = pipe[key]
        print(f"  burst of {burst['submitted']} ({label}): graded {burst['graded']}/"
              f"{burst['submitted']}, drain {burst['drain_s']:.2f} s, "
              f"{burst['throughput_per_s']:.1f}/s, created->graded p50 {burst['p50_ms']:.0f} ms, "
              f"p95 {burst['p95_ms']:.0f} ms")
    fair = pipe["fairness"]
    print(f"  fairness: a third learner's check, p50/p95 created->graded: alone "
          f"{fair['idle_p50_ms']:.0f}/{fair['idle_p95_ms']:.0f} ms; while 2 accounts flood "
          f"{fair['job_s']:g} s checks {fair['flooded_p50_ms']:.0f}/"
          f"{fair['flooded_p95_ms']:.0f} ms (target p95 <= alone + one job: "
          f"{'met' if fair['target_met'] else 'NOT met'})")
    print(f"  memory (PSS): worker processes {mem['worker_mb']:.0f} MB + {mem['zygotes']} zygotes "
          f"x {mem['per_zygote_mb']:.0f} MB = {mem['total_mb']:.0f} MB, "
          f"{mem['per_slot_mb']:.0f} MB per slot (target <= {SLOT_TARGET_MB} MB)")


def print_browser(modes: dict[str, Any]) -> None:
    print("\nBrowser (Chromium, a correct dot product: click Submit -> verdict on screen)")
    print(f"  {'':32} click->verdict p50      p95  runs   first job: ready->verdict  "
          f"click->verdict  graded in")
    for label, row in modes.items():
        print(f"  {label:32} {row['p50_ms']:10.0f} ms {row['p95_ms']:5.0f} ms {row['runs']:5}"
              f"   {row['first_job_ms']:20.0f} ms {row['first_job_click_to_verdict_ms']:11.0f} ms"
              f" {row['first_task_ms']:7.0f} ms")
    print(f"  targets: p50 <= {BROWSER_TARGET_P50_MS} ms, first job <= {FIRST_JOB_TARGET_MS} ms "
          f"after the worker reports ready")


def pipeline_and_fairness() -> dict[str, Any]:
    worker = start_worker(dict(os.environ))
    try:
        print(f"Pipeline: {SINGLE_RUNS} single submissions, then a burst of {BURST}...", flush=True)
        results = pipeline(worker.pid)
        print("Fairness: a third learner's checks while two accounts flood...", flush=True)
        results["fairness"] = fairness()
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
    return results


def main() -> None:
    (ROOT / ".run").mkdir(exist_ok=True)
    configure_database()
    import django

    django.setup()
    from django.conf import settings

    queue = f"bench-{os.getpid()}"
    os.environ["CELERY_QUEUE"] = queue
    from config.celery import app

    app.conf.task_default_queue = queue
    results: dict[str, Any] = {"database": settings.DATABASES["default"]["ENGINE"],
                               "cores": os.cpu_count(), "slots": settings.CELERY_WORKER_CONCURRENCY}
    sections = set(filter(None, os.environ.get("BENCH_ONLY", "").split(","))) or SECTIONS
    if "sandbox" in sections:
        print("Measuring sandbox latency (pool and fresh)...", flush=True)
        results["sandbox"] = sandbox_latency()
    print("Preparing the benchmark database...", flush=True)
    prepare_database()
    if "pipeline" in sections:
        results["pipeline"] = pipeline_and_fairness()
    if "browser" in sections:
        print(f"Browser: a fresh worker's first job, then {BROWSER_RUNS} submissions...",
              flush=True)
        results["browser"] = browser()
    print_table(results)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    path = out / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(results, indent=2, default=str))
    print(f"JSON: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
