"""Real moving parts for the pipeline and reliability tests: no mocks.

- `private_redis`: a redis-server of our own on a free port (never the shared one on 6379),
  without persistence, so a restart loses every message like a real crash.
- `private_broker`: points this process's Celery app at that Redis and at a queue unique to the
  test, so `.delay()` (and `submission_create`'s on-commit enqueue) really reach it.
- `workers`: starts real `celery worker` processes on that queue, sharing the test database;
  `celery_worker` is one of them, already running.
- `wait_until(predicate, timeout, message)`: polls instead of sleeping blindly.

Tests that start a worker need committed data: `@pytest.mark.django_db(transaction=True)`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import kombu.pools
import pytest
import redis
from django.conf import settings
from django.db import connection
from redis.backoff import NoBackoff
from redis.retry import Retry

from config import celery_app
from grader.models import Submission

REPO = Path(settings.BASE_DIR)
# Short, so a grading lost with its worker is taken back quickly; longer than any grading here.
LEASE_SECONDS = 4
WORKER_READY_SECONDS = 45
FINISHED = [Submission.Status.GRADED, Submission.Status.ERROR]

T = TypeVar("T")


def wait_until(predicate: Callable[[], T], timeout: float, message: str | Callable[[], str],
               interval: float = 0.1) -> T:
    """Polls `predicate` until it returns something truthy (returned) or fails with `message`.

    `message` may be a callable, evaluated only on failure (e.g. to attach a worker's log).
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            raise AssertionError(f"{text} (gave up after {timeout:.0f} s)")
        time.sleep(interval)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, chars: int = 6000) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return "(no log)"
    return text[-chars:]


# --- Redis -------------------------------------------------------------------------------


class PrivateRedis:
    """A redis-server subprocess on a fixed free port; stop() is a crash (SIGKILL)."""

    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.directory = directory
        self.log = directory / "redis.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        assert self.process is None, "this Redis is already running"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.directory),
             "--logfile", str(self.log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_until(self._answers, 10,
                   lambda: f"private redis-server on port {self.port} did not start:\n"
                           f"{_tail(self.log)}")

    def stop(self) -> None:
        """Kills the server (no persistence: every message it held is gone)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.process = None
        wait_until(lambda: not self._answers(), 5, f"port {self.port} still answers after kill")

    def restart(self) -> None:
        self.stop()
        self.start()

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=5)

    def queue_length(self, queue: str) -> int:
        with self.client() as client:
            return int(client.llen(queue))

    def _answers(self) -> bool:
        try:
            # No retries (redis-py retries with backoff by default): a refusal is the answer.
            with redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1,
                             socket_connect_timeout=1, retry=Retry(NoBackoff(), 0)) as client:
                return bool(client.ping())
        except redis.exceptions.ConnectionError:
            return False


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --- this process's Celery app -----------------------------------------------------------


def _reset_broker_connections() -> None:
    """Drops the app's cached connection and producer pools, routes and queues."""
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
    celery_app._pool = None
    amqp = celery_app.__dict__.pop("amqp", None)  # cached: queues, router, producer pool
    if amqp is not None and amqp._producer_pool is not None:
        amqp._producer_pool.force_close_all()
    # kombu also keeps producer pools in a registry of its own, keyed by connection: a closed
    # one left there is handed to the next send to the same broker ("Acquire on closed pool").
    kombu.pools.reset()


class Broker:
    def __init__(self, redis_server: PrivateRedis, queue: str) -> None:
        self.redis = redis_server
        self.url = redis_server.url
        self.queue = queue

    def queue_length(self) -> int:
        return self.redis.queue_length(self.queue)


@pytest.fixture
def private_broker(private_redis: PrivateRedis, settings: Any) -> Iterator[Broker]:
    """This process's Celery app sends to the private Redis, on a queue of its own."""
    queue = f"grading-test-{uuid.uuid4().hex[:10]}"
    settings.CELERY_STAFF_QUEUE = queue
    saved = (celery_app.conf.broker_url, celery_app.conf.task_default_queue)
    _reset_broker_connections()
    celery_app.conf.broker_url = private_redis.url
    celery_app.conf.task_default_queue = queue
    assert str(celery_app.connection_for_write().port) == str(private_redis.port)
    try:
        yield Broker(private_redis, queue)
    finally:
        _reset_broker_connections()
        celery_app.conf.broker_url, celery_app.conf.task_default_queue = saved


# --- worker processes --------------------------------------------------------------------


def database_url() -> str:
    """The URL of the test database, as the (already set up) test process sees it."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    if db["ENGINE"].endswith("postgresql"):
        auth = quote(db["USER"] or "", safe="")
        if db.get("PASSWORD"):
            auth += ":" + quote(db["PASSWORD"], safe="")
        host = db["HOST"] or "127.0.0.1"
        port = f":{db['PORT']}" if db.get("PORT") else ""
        return f"postgres://{auth}@{host}{port}/{db['NAME']}"
    raise NotImplementedError(f"no worker support for {db['ENGINE']}")


class Worker:
    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path) -> None:
        self.name = name
        self.log = log
        with log.open("wb") as out:
            # Own process group (pgid == pid): kill9() takes the pool children down with it.
            self.process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        self.pid = self.process.pid

    def wait_ready(self) -> None:
        def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"worker {self.name} exited with {self.process.returncode} "
                                     f"before it was ready:\n{self.log_text()}")
            return " ready." in self.log_text()

        wait_until(ready, WORKER_READY_SECONDS,
                   lambda: f"worker {self.name} not ready:\n{self.log_text()}", interval=0.05)

    def log_text(self) -> str:
        return _tail(self.log, 20000)

    def succeeded(self, task: str = "grader.tasks.grade_submission") -> int:
        """How many `task` messages this worker finished (its INFO log lines)."""
        return sum(1 for line in self.log_text().splitlines()
                   if f"Task {task}[" in line and " succeeded in " in line)

    def pool_children(self) -> list[int]:
        """The prefork pool processes (the ones that run tasks): children of the main one."""
        children = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self.pid:
                children.append(int(entry.name))
        return children

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill9(self) -> None:
        """A crash: SIGKILL to the whole process group, no warm shutdown, no acks."""
        with contextlib.suppress(ProcessLookupError):  # also orphans of a dead worker
            os.killpg(self.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    # A pool process that finished a task as the warm shutdown began may wait up to 30 s for the
    # main process to count its last result (billiard's GUARANTEE_MESSAGE_CONSUMPTION_RETRY_*)
    # before it exits: on a loaded machine that happens, and the exit is still clean.
    def stop(self, timeout: float = 45) -> None:
        if self.alive:
            self.process.send_signal(signal.SIGTERM)  # warm shutdown: finish, then exit
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=timeout)
        # Whatever is left of the group (a stuck pool child) goes too.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


class Workers:
    """Starts worker processes against the private broker and the test database."""

    def __init__(self, broker: Broker, directory: Path) -> None:
        self.broker = broker
        self.directory = directory
        self.started: list[Worker] = []

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of every process of the pipeline (worker, manage.py submit)."""
        env = dict(os.environ)
        env.update({
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "test-only-secret-key",
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "REDIS_URL": self.broker.url,
            "CELERY_QUEUE": self.broker.queue,
            "CELERY_STAFF_QUEUE": self.broker.queue,  # one worker serves both in these tests
            "DATABASE_URL": database_url(),
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
            # The same grading rules as this process (tests override them with `settings`).
            "GRADER_LEASE_SECONDS": str(settings.GRADER_LEASE_SECONDS),
            "GRADER_REQUEUE_AFTER_SECONDS": str(settings.GRADER_REQUEUE_AFTER_SECONDS),
            "GRADER_MAX_DELIVERIES": str(settings.GRADER_MAX_DELIVERIES),
            "GRADER_MAX_PENDING_PER_USER": str(settings.GRADER_MAX_PENDING_PER_USER),
        })
        env.update(extra)
        return env

    def start(self, concurrency: int = 1, queue: str | None = None, **extra_env: str) -> Worker:
        """A worker of the test's queue (by default serving learners and staff alike)."""
        index = len(self.started) + 1
        name = f"w{index}-{uuid.uuid4().hex[:6]}"
        command = [sys.executable, "-m", "celery", "-A", "config", "worker",
                   "--loglevel=INFO", f"--concurrency={concurrency}",
                   "-Q", queue or self.broker.queue,
                   "--without-gossip", "--without-mingle", "--without-heartbeat",
                   "-n", f"{name}@%h"]
        worker = Worker(name, command, self.env(**extra_env), self.directory / f"{name}.log")
        self.started.append(worker)
        worker.wait_ready()
        return worker

    def kill_all(self) -> None:
        """Teardown: the test is over, so no warm shutdown (~3 s each); nothing is left behind."""
        for worker in self.started:
            worker.kill9()


@pytest.fixture
def workers(
    transactional_db: None, private_broker: Broker, settings: Any, tmp_path: Path,
) -> Iterator[Workers]:
    """A factory of worker processes; all are stopped before the database is flushed."""
    settings.GRADER_LEASE_SECONDS = LEASE_SECONDS  # this process's sweeper agrees with them
    manager = Workers(private_broker, tmp_path)
    try:
        yield manager
    finally:
        manager.kill_all()


@pytest.fixture
def celery_worker(workers: Workers) -> Worker:
    return workers.start()


# --- small helpers shared by the tests ---------------------------------------------------


def statuses(ids: list[int]) -> dict[int, str]:
    return dict(Submission.objects.filter(pk__in=ids).values_list("pk", "status"))


def wait_finished(ids: list[int], timeout: float,
                  worker_logs: Callable[[], str] = lambda: "") -> None:
    def finished() -> bool:
        return Submission.objects.filter(pk__in=ids, status__in=FINISHED).count() == len(ids)

    wait_until(finished, timeout, lambda: f"not all finished: {statuses(ids)}\n{worker_logs()}")
