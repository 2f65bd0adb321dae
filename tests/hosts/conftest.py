"""Test hosts in network namespaces: a service host (PostgreSQL, Redis) and worker hosts.

Every host is a network namespace with its own veth link to the service host, which answers on
one address (`Lan.service_ip`, on its loopback) that each host routes over its link, as machines
on a network reach their database server. The test process is the web host: it reaches the
service host the same way, from the root namespace, and the web's work (creating submissions)
runs in tests/hosts/webhost.py through the service layer. Worker hosts run the real
`celery -A config worker -Q grading -n grading@%h` of this project, each with a host name of its
own (a UTS namespace), and connect to PostgreSQL as `application_name=<host>`; a trigger of the
test's private database records which host moved each submission to `running` and `graded`.

PostgreSQL is a private cluster (initdb, run as the postgres account) on the service host:
nothing touches the machine's own server. At teardown, even after a failure, every process in
every namespace is killed, and the namespaces, links, routes and database files are removed.
Skipped with the reason when the machine cannot do it (not root, no `ip`, no PostgreSQL server).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from glob import glob
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PG_BIN = next(iter(sorted(glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None)
# Short, as in tests/integration: a grading lost with its host is taken back after this.
LEASE_SECONDS = 4
WORKER_READY_SECONDS = 60
LEARNERS = 80


def run(*argv: str, check: bool = True, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result


def wait_until(predicate: Callable[[], Any], timeout: float, message: Callable[[], str],
               interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"{message()} (gave up after {timeout:.0f} s)")
        time.sleep(interval)


def missing_capability() -> str | None:
    """Why this machine cannot build the test hosts, or None when it can."""
    if os.geteuid() != 0:
        return "needs root: network namespaces and a PostgreSQL run as the postgres account"
    for command, package in (("ip", "iproute2"), ("redis-server", "redis-server"),
                             ("runuser", "util-linux"), ("unshare", "util-linux")):
        if shutil.which(command) is None:
            return f"no `{command}` command (Debian: {package})"
    if PG_BIN is None:
        return "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)"
    probe = f"eigenlab-probe-{uuid.uuid4().hex[:6]}"
    created = run("ip", "netns", "add", probe, check=False)
    if created.returncode != 0:
        return f"cannot create network namespaces (CAP_NET_ADMIN?): {created.stderr.strip()}"
    run("ip", "netns", "del", probe, check=False)
    return None


def free_subnet() -> str:
    """A 10.200.N prefix that no interface or route of this machine uses."""
    used = run("ip", "-4", "addr").stdout + run("ip", "-4", "route").stdout
    for n in random.sample(range(256), 256):
        if f"10.200.{n}." not in used:
            return f"10.200.{n}"
    raise AssertionError("no free 10.200.N.0/24 range")


def parents() -> dict[int, int]:
    """pid -> parent pid of every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                table[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return table


def descendants(pids: list[int]) -> set[int]:
    """`pids` and all their children, grandchildren..."""
    children: dict[int, list[int]] = {}
    for pid, parent in parents().items():
        children.setdefault(parent, []).append(pid)
    found, todo = set(), list(pids)
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo += children.get(pid, [])
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of `pids` still running (a zombie has done its dying)."""
    running = set()
    for pid in pids:
        with contextlib.suppress(OSError):
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state != "Z":
                running.add(pid)
    return running


# --- the network ---------------------------------------------------------------------------


class Lan:
    """The service host and the hosts linked to it; remove() undoes everything."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4().hex[:6]
        self.subnet = free_subnet()
        self.service_ip = f"{self.subnet}.100"
        self.namespaces: list[str] = []
        self.addresses: dict[str, str] = {}  # host name -> its end of its link
        self.links = 0
        self.link_ends: list[str] = []  # each pair's first end, created in the root namespace
        self.service = f"eigenlab-{self.tag}-service"

    def create(self) -> None:
        """The service host, answering on service_ip (on its loopback)."""
        self._namespace("service")
        self.ip("-n", self.service, "addr", "add", f"{self.service_ip}/32", "dev", "lo")

    @staticmethod
    def ip(*args: str) -> None:
        run("ip", *args)

    def _namespace(self, host: str) -> str:
        name = f"eigenlab-{self.tag}-{host}"
        self.ip("netns", "add", name)
        self.namespaces.append(name)
        self.ip("-n", name, "link", "set", "lo", "up")
        return name

    def add_host(self, host: str) -> str:
        """A new namespace linked to the service host; its name."""
        namespace = self._namespace(host)
        self.link(host, namespace)
        return namespace

    def link(self, host: str, namespace: str | None) -> None:
        """A /30 link from `namespace` (None: the root namespace) to the service host, and the
        route to the service address over it."""
        self.links += 1
        index = self.links
        assert index < 25, "no /30 left below the service address"
        host_end, service_end = f"el{self.tag}{index}h", f"el{self.tag}{index}s"
        host_ip = f"{self.subnet}.{4 * index + 1}"
        service_side_ip = f"{self.subnet}.{4 * index + 2}"
        self.ip("link", "add", host_end, "type", "veth", "peer", "name", service_end)
        self.link_ends.append(host_end)
        self.ip("link", "set", service_end, "netns", self.service)
        on_host = ["-n", namespace] if namespace else []
        if namespace:
            self.ip("link", "set", host_end, "netns", namespace)
        self.ip(*on_host, "addr", "add", f"{host_ip}/30", "dev", host_end)
        self.ip(*on_host, "link", "set", host_end, "up")
        self.ip("-n", self.service, "addr", "add", f"{service_side_ip}/30", "dev", service_end)
        self.ip("-n", self.service, "link", "set", service_end, "up")
        self.ip(*on_host, "route", "add", f"{self.service_ip}/32", "via", service_side_ip)
        self.addresses[host] = host_ip

    def pids(self, namespace: str) -> list[int]:
        result = run("ip", "netns", "pids", namespace, check=False)
        return [int(pid) for pid in result.stdout.split()]

    def kill_everything_in(self, namespace: str) -> None:
        """kill -9 of every process of the host, and of the jails they started (which have
        network namespaces of their own): a machine losing its power."""
        doomed = descendants(self.pids(namespace))
        for pid in doomed:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        wait_until(lambda: not alive(doomed) and not self.pids(namespace), 10,
                   lambda: f"processes left of {namespace}: {alive(doomed)}")

    def remove(self) -> None:
        # Deleting a namespace deletes its veth ends, their peers, and the routes over them.
        for namespace in reversed(self.namespaces):
            with contextlib.suppress(AssertionError):
                self.kill_everything_in(namespace)
            run("ip", "netns", "del", namespace, check=False)
        self.namespaces.clear()
        for end in self.link_ends:  # only a pair left behind by a failure is still there
            run("ip", "link", "del", end, check=False)


# --- the service host: PostgreSQL and Redis --------------------------------------------------


class ServiceHost:
    def __init__(self, lan: Lan, directory: Path) -> None:
        self.lan = lan
        self.directory = directory
        self.data = directory / "pgdata"
        self.redis: subprocess.Popen[bytes] | None = None
        self.database = "eigenlab"

    def url(self, host: str) -> str:
        return (f"postgres://postgres@{self.lan.service_ip}:5432/{self.database}"
                f"?application_name={host}")

    def start(self) -> None:
        assert PG_BIN is not None
        bin_dir = Path(PG_BIN).parent
        shutil.chown(self.directory, "postgres", "postgres")
        run("runuser", "-u", "postgres", "--", str(bin_dir / "initdb"), "-D", str(self.data),
            "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C")
        with (self.data / "pg_hba.conf").open("a") as hba:
            hba.write(f"host all all {self.lan.subnet}.0/24 trust\n")
        # Fast and disposable: nothing here must survive a crash of the machine.
        options = (f"-c listen_addresses={self.lan.service_ip} -c port=5432 "
                   f"-c unix_socket_directories={self.directory} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        run("ip", "netns", "exec", self.lan.service, "runuser", "-u", "postgres", "--",
            str(bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.directory / "pg.log"),
            "-w", "-t", "30", "-o", options, "start")
        self.redis = subprocess.Popen(
            ["ip", "netns", "exec", self.lan.service, "redis-server", "--bind",
             self.lan.service_ip, "--port", "6379", "--protected-mode", "no", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory),
             "--logfile", str(self.directory / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
        self.sql("CREATE DATABASE eigenlab", database="postgres")
        wait_until(self._redis_answers, 10, lambda: "redis on the service host does not answer")

    def _redis_answers(self) -> bool:
        import redis

        try:
            with redis.Redis(host=self.lan.service_ip, port=6379, socket_timeout=1,
                             socket_connect_timeout=1) as client:
                return bool(client.ping())
        except redis.exceptions.ConnectionError:
            return False

    def sql(self, query: str, params: Any = None, database: str | None = None) -> list[Any]:
        """Runs `query` from the web host (this process), over its link; the rows, if any."""
        import psycopg

        with psycopg.connect(host=self.lan.service_ip, port=5432, user="postgres",
                             dbname=database or self.database, autocommit=True,
                             application_name="test", connect_timeout=5) as connection:
            cursor = connection.execute(query, params)
            return cursor.fetchall() if cursor.description else []

    def stop(self) -> None:
        if self.redis is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.redis.pid, signal.SIGKILL)
            self.redis.wait(timeout=10)
        if PG_BIN is not None and (self.data / "postmaster.pid").exists():
            # A clean stop: a killed postmaster leaves its shared memory behind on the machine.
            run("runuser", "-u", "postgres", "--", str(Path(PG_BIN).parent / "pg_ctl"), "-D",
                str(self.data), "-m", "fast", "-w", "-t", "30", "stop", check=False)


# Who moved each submission to `running` (a claim) or `graded` (a result): the connection's
# application_name names the host, inet_client_addr() is the address it came from.
GRADING_LOG = """
CREATE TABLE hosts_grading_log (
    submission_id bigint NOT NULL, status text NOT NULL, host text NOT NULL, address inet,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE FUNCTION hosts_log_grading() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO hosts_grading_log (submission_id, status, host, address)
        VALUES (NEW.id, NEW.status, current_setting('application_name'), inet_client_addr());
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER hosts_log_grading AFTER UPDATE ON grader_submission
    FOR EACH ROW EXECUTE FUNCTION hosts_log_grading();
"""


# --- processes on the hosts ----------------------------------------------------------------


class HostProcess:
    """A process of this project on a host: in its namespace (None: the web host, this one)."""

    def __init__(self, name: str, namespace: str | None, argv: list[str], env: dict[str, str],
                 log: Path) -> None:
        self.name = name
        self.log = log
        prefix = ["ip", "netns", "exec", namespace] if namespace else []
        if namespace:
            # A host name of its own (UTS namespace), so `-n grading@%h` names the host.
            prefix += ["unshare", "--uts", "--", "sh", "-c", 'hostname "$0" && exec "$@"', name]
        with log.open("wb") as out:
            self.process = subprocess.Popen([*prefix, *argv], cwd=REPO, env=env, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)

    def log_text(self, tail: int = 20000) -> str:
        return self.log.read_text(errors="replace")[-tail:]

    def wait_ready(self, marker: str = " ready.") -> None:
        def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"{self.name} exited with {self.process.returncode}:\n"
                                     f"{self.log_text()}")
            return marker in self.log_text()

        wait_until(ready, WORKER_READY_SECONDS, lambda: f"{self.name} not ready:\n"
                                                        f"{self.log_text()}", interval=0.1)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


class Cluster:
    """The service host (migrated, the library's dot product synced, learners) and the hosts
    a test adds; `hosts_down()` removes a test's hosts and processes again."""

    def __init__(self, lan: Lan, service: ServiceHost, directory: Path) -> None:
        self.lan = lan
        self.service = service
        self.directory = directory
        self.python = sys.executable  # the project's interpreter, as on every host
        self.processes: list[HostProcess] = []
        self.worker_hosts: dict[str, str] = {}  # host name -> namespace

    def env(self, host: str, **extra: str) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("DJANGO_", "GRADER_", "CELERY_", "SECURE_"))}
        env.update({
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "EIGENLAB_DOTENV": "",  # a host has no development .env
            "DEBUG": "false",
            "SECRET_KEY": "test-only-secret-key",
            "DATABASE_URL": self.service.url(host),
            "REDIS_URL": f"redis://{self.lan.service_ip}:6379/0",
            "CACHE_URL": f"redis://{self.lan.service_ip}:6379/1",
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
            "GRADER_LEASE_SECONDS": str(LEASE_SECONDS),
            "GRADER_MAX_PENDING_PER_USER": "5",
        })
        env.update(extra)
        return env

    def web(self, *args: str) -> str:
        """tests/hosts/webhost.py on the web host; its standard output."""
        result = run(self.python, str(REPO / "tests" / "hosts" / "webhost.py"), *args,
                     cwd=REPO, env=self.env("web"))
        return result.stdout

    def submit(self, count: int, slow: bool = False) -> tuple[list[int], float]:
        sent = json.loads(self.web("submit", str(count), *(["slow"] if slow else []))
                          .strip().splitlines()[-1])
        return sent["ids"], sent["sent_at"]

    def start_worker_hosts(self, *names: str, queue: str = "grading") -> list[HostProcess]:
        """A new host per name, each running the grading worker as compose and systemd do."""
        started = []
        for name in names:
            namespace = self.lan.add_host(name)
            self.worker_hosts[name] = namespace
            command = [self.python, "-m", "celery", "-A", "config", "worker",
                       "--loglevel=INFO", "-Q", queue, "-n", "grading@%h", "--concurrency=1",
                       "--without-gossip", "--without-mingle", "--without-heartbeat"]
            started.append(self.start(name, namespace, command, self.env(name)))
        for process in started:
            process.wait_ready()
        return started

    def start(self, name: str, namespace: str | None, argv: list[str],
              env: dict[str, str]) -> HostProcess:
        process = HostProcess(name, namespace, argv, env, self.directory / f"{name}.log")
        self.processes.append(process)
        return process

    def power_off(self, name: str) -> None:
        """Everything on that host dies at once (kill -9 of every process in its namespace)."""
        self.lan.kill_everything_in(self.worker_hosts[name])

    def hosts_down(self) -> None:
        for process in self.processes:
            process.kill()
        for namespace in self.worker_hosts.values():
            self.lan.kill_everything_in(namespace)
            run("ip", "netns", "del", namespace, check=False)
            self.lan.namespaces.remove(namespace)
        self.processes.clear()
        self.worker_hosts.clear()

    # --- what the database says -----------------------------------------------------------

    def finished(self, ids: list[int]) -> int:
        rows = self.service.sql("SELECT count(*) FROM grader_submission WHERE id = ANY(%s) "
                                "AND status IN ('graded', 'error')", [ids])
        return int(rows[0][0])

    def wait_finished(self, ids: list[int], timeout: float) -> None:
        wait_until(lambda: self.finished(ids) == len(ids), timeout,
                   lambda: f"{self.finished(ids)}/{len(ids)} finished; "
                           f"{self.statuses(ids)}\n" + self.logs())

    def statuses(self, ids: list[int]) -> dict[str, int]:
        rows = self.service.sql("SELECT status, count(*) FROM grader_submission "
                                "WHERE id = ANY(%s) GROUP BY status", [ids])
        return {status: count for status, count in rows}

    def graded_by(self, ids: list[int]) -> dict[str, int]:
        """Results written per host (application_name of the connection that wrote them)."""
        rows = self.service.sql("SELECT host, count(*) FROM hosts_grading_log WHERE status = "
                                "'graded' AND submission_id = ANY(%s) GROUP BY host", [ids])
        return {host: count for host, count in rows}

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}:\n{p.log_text()[-3000:]}" for p in self.processes)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    reason = missing_capability()
    if reason:
        pytest.skip(reason)
    # Outside pytest's private temporary tree: the postgres account must be able to enter it.
    directory = Path(tempfile.mkdtemp(prefix="eigenlab-hosts-"))
    directory.chmod(0o755)
    logs = tmp_path_factory.mktemp("hosts")
    lan = Lan()
    service = ServiceHost(lan, directory)
    cluster = Cluster(lan, service, logs)
    try:
        lan.create()
        lan.link("web", None)  # this process is the web host
        service.start()
        run(sys.executable, "manage.py", "migrate", "--noinput", cwd=REPO,
            env=cluster.env("web"))
        service.sql(GRADING_LOG)
        # The library's dot product alone, synced as `manage.py sync_exercises` syncs it all.
        library = logs / "library"
        module = REPO / "exercises" / "library" / "linear-algebra" / "vectors"
        (library / "linear-algebra" / "vectors").mkdir(parents=True)
        shutil.copy(module.parent / "course.toml", library / "linear-algebra")
        shutil.copy(module / "module.toml", library / "linear-algebra" / "vectors")
        shutil.copytree(module / "dot-product", library / "linear-algebra" / "vectors" /
                        "dot-product")
        cluster.web("setup", str(library), str(LEARNERS))
        yield cluster
    finally:
        cluster.hosts_down()
        service.stop()
        lan.remove()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def hosts(cluster: Cluster) -> Iterator[Cluster]:
    """The cluster, with the hosts and processes this test starts removed after it."""
    try:
        yield cluster
    finally:
        cluster.hosts_down()
