"""Slow clients cannot hold the web server; the proxy drops them and throttles password guessing.

The issue "Fair and hard to abuse": three sockets sending one header line a second took the login
page down for everyone, because gunicorn's sync workers read a request in the worker that serves
it. Here the server is started exactly as `make run` starts it (scripts/devstack.py's "web"
command; the image and compose run the same scripts/serve.py) and attacked with real sockets. The
same attack against the server compose ran before shows that the attack is one. The proxy tests
run deploy/nginx.conf itself with Debian's nginx, and skip when nginx is not installed.
"""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import REPO, database_url, free_port, wait_until

pytestmark = [pytest.mark.server,
              pytest.mark.django_db(transaction=True)]  # the server reads the test database

LOGIN = "/accounts/login/"
SIGNUP = "/accounts/signup/"  # the slow bodies' target: not a sign-in, which nginx limits
# A learner's page load must stay this fast during an attack (it is ~5 ms when idle).
ANSWER_SECONDS = 2.0
HEADER_TRICKLERS = 20  # one header line a second, never the blank line that ends the header
BODY_TRICKLERS = 10  # a complete header announcing 100 kB, then one byte a second
ATTACK_SECONDS = 10


# --- the attack ----------------------------------------------------------------------------


class SlowClients:
    """Requests that never finish: one header line or one body byte a second, for ever.

    A socket counts as closed once the server answers or hangs up (it becomes readable, or a
    send fails); `closed_after` says how long after the start that happened.
    """

    def __init__(self, port: int, headers: int = HEADER_TRICKLERS,
                 bodies: int = BODY_TRICKLERS) -> None:
        self.started = time.monotonic()
        self.drips: dict[socket.socket, bytes] = {}
        self.closed_after: dict[socket.socket, float] = {}
        for _ in range(headers):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(f"GET {LOGIN} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
            self.drips[sock] = b"X-Slow: x\r\n"
        for _ in range(bodies):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(f"POST {SIGNUP} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                         "application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                         "username=".encode())
            self.drips[sock] = b"a"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drip, daemon=True)
        self._thread.start()

    def _drip(self) -> None:
        while not self._stop.wait(1.0):
            open_now = self.open_sockets()
            readable, _, _ = select.select(open_now, [], [], 0) if open_now else ([], [], [])
            for sock in open_now:
                if sock in readable:
                    self._closed(sock)
                    continue
                try:
                    sock.sendall(self.drips[sock])
                except OSError:
                    self._closed(sock)

    def _closed(self, sock: socket.socket) -> None:
        self.closed_after.setdefault(sock, time.monotonic() - self.started)

    def open_sockets(self) -> list[socket.socket]:
        return [sock for sock in self.drips if sock not in self.closed_after]

    def header_tricklers(self) -> list[socket.socket]:
        return [sock for sock, drip in self.drips.items() if drip != b"a"]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for sock in self.drips:
            sock.close()


@contextlib.contextmanager
def slow_clients(port: int) -> Iterator[SlowClients]:
    attack = SlowClients(port)
    try:
        time.sleep(1.5)  # every socket is now in the middle of its request
        yield attack
    finally:
        attack.close()


def get(port: int, path: str = LOGIN, timeout: float = ANSWER_SECONDS) -> tuple[int | str, float]:
    """(status, or the error's name) and seconds of one plain GET on a fresh connection."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    except (OSError, http.client.HTTPException) as exc:
        return type(exc).__name__, time.monotonic() - started
    finally:
        connection.close()


def probe_for(port: int, seconds: float) -> list[tuple[int | str, float]]:
    """A learner loading the login page every half second for `seconds`."""
    results = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        results.append(get(port))
        time.sleep(0.5)
    return results


def answered_in_time(results: list[tuple[int | str, float]]) -> int:
    return sum(1 for status, seconds in results if status == 200 and seconds < ANSWER_SECONDS)


def shown(results: list[tuple[int | str, float]]) -> str:
    return ", ".join(f"{status} {seconds:.2f}s" for status, seconds in results)


# --- servers -------------------------------------------------------------------------------


class Process:
    """A server in its own process group, stopped the way scripts/devstack.py stops it."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("wb") as out:
            self.process = subprocess.Popen(argv, cwd=REPO, env=env, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)

    def log_text(self, tail: int = 6000) -> str:
        return self.log.read_text(errors="replace")[-tail:]

    def wait_answering(self, port: int) -> None:
        def answers() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"the server exited with {self.process.returncode}:\n"
                                     f"{self.log_text()}")
            return get(port, timeout=1)[0] == 200

        wait_until(answers, 30, lambda: f"the server never answered:\n{self.log_text()}", 0.2)

    def stop(self, grace: float = 5) -> int | None:
        """SIGTERM to the group (as devstack does); the exit code, or None if it had to be
        killed."""
        code: int | None = None
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = self.process.wait(timeout=grace)
        else:
            code = self.process.returncode
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        return code


def make_run_web_command(address: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "web" command of scripts/devstack.py, which `make run` runs, listening on `address`."""
    monkeypatch.setenv("EIGENLAB_ADDRESS", address)
    spec = importlib.util.spec_from_file_location("devstack_under_test",
                                                  REPO / "scripts" / "devstack.py")
    assert spec is not None and spec.loader is not None
    devstack = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devstack)
    command: list[str] = devstack.PROCESSES["web"]
    assert address in command
    return command


def server_env() -> dict[str, str]:
    # As `make run` (the Makefile sets DEBUG=true), on the test database; the checkout's .env
    # is not read, so the test does not depend on what a developer put there.
    return {**os.environ, "DEBUG": "true", "EIGENLAB_DOTENV": "", "PYTHONUNBUFFERED": "1",
            "DATABASE_URL": database_url()}


@pytest.fixture
def make_run_server(monkeypatch: pytest.MonkeyPatch,
                    tmp_path: Path) -> Iterator[tuple[int, Process]]:
    port = free_port()
    command = make_run_web_command(f"127.0.0.1:{port}", monkeypatch)
    server = Process(command, server_env(), tmp_path / "web.log")
    try:
        server.wait_answering(port)
        yield port, server
    finally:
        server.stop()


# --- the app server ------------------------------------------------------------------------


def test_slow_clients_cannot_hold_the_make_run_server(make_run_server: tuple[int, Process]):
    port, _ = make_run_server
    idle = [get(port) for _ in range(3)]

    with slow_clients(port) as attack:
        during = probe_for(port, ATTACK_SECONDS)
        still_open = len(attack.open_sockets())

    print(f"\nmake run's server, idle: {shown(idle)}")
    print(f"with {HEADER_TRICKLERS} trickling headers and {BODY_TRICKLERS} trickling bodies "
          f"({still_open} still open at the end): {answered_in_time(during)}/{len(during)} "
          f"answered in < {ANSWER_SECONDS:.0f} s; worst {max(s for _, s in during):.3f} s")
    # The attack held every socket for the whole time: the server did not simply hang up.
    assert still_open == HEADER_TRICKLERS + BODY_TRICKLERS
    assert len(during) >= ATTACK_SECONDS
    assert answered_in_time(during) == len(during), shown(during)


def test_the_same_attack_stops_the_server_compose_ran_before(tmp_path: Path):
    """The control: gunicorn with sync workers, as the image ran it (three workers). If this
    ever passes the probes, the attack above proves nothing."""
    pytest.importorskip("gunicorn")
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
               "--workers", "3"]
    server = Process(command, server_env(), tmp_path / "gunicorn.log")
    try:
        server.wait_answering(port)
        with slow_clients(port):
            during = probe_for(port, 6)
    finally:
        server.stop(grace=1)  # its workers are stuck reading: no warm shutdown to wait for

    print(f"\ngunicorn, 3 sync workers, same attack: {answered_in_time(during)}/{len(during)} "
          f"answered in < {ANSWER_SECONDS:.0f} s ({shown(during)})")
    assert answered_in_time(during) == 0


def test_the_make_run_server_stops_at_once_on_sigterm(make_run_server: tuple[int, Process]):
    """devstack stops its children (Ctrl-C) and Docker stops a container with SIGTERM."""
    port, server = make_run_server
    started = time.monotonic()
    code = server.stop(grace=5)
    assert code == 0, server.log_text()
    assert time.monotonic() - started < 5
    assert get(port, timeout=1)[0] == "ConnectionRefusedError"


def compose_services() -> dict[str, str]:
    """Each service's block of docker-compose.yml, as text (the file is ours and simple)."""
    text = (REPO / "docker-compose.yml").read_text()
    services = text.split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
    blocks = re.split(r"^  ([a-z][\w-]*):\n", services, flags=re.MULTILINE)
    return dict(zip(blocks[1::2], blocks[2::2], strict=True))


def test_compose_and_the_image_serve_with_make_runs_server_behind_the_proxy():
    services = compose_services()
    assert "scripts/serve.py" in services["web"]
    assert 'CMD ["python", "scripts/serve.py", "0.0.0.0:8000"]' in (REPO / "Dockerfile").read_text()
    # Only the proxy is reachable from outside; it runs deploy/nginx.conf, read-only.
    assert [name for name, block in services.items() if "ports:" in block] == ["proxy"]
    assert "image: nginx:stable" in services["proxy"]
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in services["proxy"]
    assert {"worker", "staff-worker", "beat"} <= services.keys()


# --- the proxy (deploy/nginx.conf) ---------------------------------------------------------


NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None)
needs_nginx = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: nginx)")


def proxy_config(directory: Path, listen_port: int, app_port: int) -> Path:
    """deploy/nginx.conf inside a minimal main configuration, as the nginx image includes it,
    listening on `listen_port` and passing to the app on `app_port` instead of `web:8000`."""
    site = (REPO / "deploy" / "nginx.conf").read_text()
    for old, new in (("listen 80;", f"listen 127.0.0.1:{listen_port};"),
                     ("http://web:8000", f"http://127.0.0.1:{app_port}")):
        assert site.count(old) == 1, f"deploy/nginx.conf no longer has exactly one {old!r}"
        site = site.replace(old, new)
    (directory / "site.conf").write_text(site)
    temp_paths = "\n".join(f"{kind}_temp_path {directory / kind};"
                           for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    main = directory / "nginx.conf"
    main.write_text(f"""
        daemon off;
        worker_processes 1;
        pid {directory / 'nginx.pid'};
        error_log {directory / 'error.log'} info;
        # Its temporary files are in the test's private directory, which only root may enter.
        {'user root;' if os.geteuid() == 0 else ''}
        events {{ worker_connections 1024; }}
        http {{
            access_log {directory / 'access.log'};
            {temp_paths}
            include {directory / 'site.conf'};
        }}
    """)
    return main


def nginx_command(main: Path) -> list[str]:
    assert NGINX is not None
    return [NGINX, "-p", str(main.parent), "-e", str(main.parent / "error.log"), "-c", str(main)]


@needs_nginx
def test_the_proxy_config_is_valid_nginx(tmp_path: Path):
    main = proxy_config(tmp_path, free_port(), free_port())
    result = subprocess.run([*nginx_command(main), "-t"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def login_form(port: int) -> tuple[str, str]:
    """(csrftoken cookie, form token) of the login page, fetched through `port`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", LOGIN)
    response = connection.getresponse()
    page = response.read().decode()
    connection.close()
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert cookie and token, page[:500]
    return cookie.group(1), token.group(1)


def wrong_password(port: int, cookie: str, token: str, number: int) -> int:
    # A new username each time: the app's own per-account lockout never answers for nginx.
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": f"guess{number}",
                                   "password": "not-the-password"})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("POST", LOGIN, body, {
        "Cookie": f"csrftoken={cookie}", "Content-Type": "application/x-www-form-urlencoded"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


@needs_nginx
def test_the_proxy_drops_slow_clients_and_throttles_password_guessing(
    make_run_server: tuple[int, Process], tmp_path: Path,
):
    app_port, app = make_run_server
    proxy_port = free_port()
    (tmp_path / "nginx").mkdir()
    proxy = Process(nginx_command(proxy_config(tmp_path / "nginx", proxy_port, app_port)),
                    dict(os.environ), tmp_path / "nginx.log")
    try:
        proxy.wait_answering(proxy_port)
        with slow_clients(proxy_port) as attack:
            pages = [get(proxy_port) for _ in range(5)]
            cookie, token = login_form(proxy_port)
            started = time.monotonic()
            guesses = [wrong_password(proxy_port, cookie, token, n) for n in range(30)]
            guessing_seconds = time.monotonic() - started
            pages += [get(proxy_port) for _ in range(5)]  # only sign-in attempts are limited
            # nginx's client_header_timeout (10 s) counts from the first byte of the header.
            wait_until(lambda: all(sock in attack.closed_after
                                   for sock in attack.header_tricklers()),
                       14 - (time.monotonic() - attack.started),
                       lambda: f"slow headers still open: {attack.closed_after}")
            header_closed = sorted(attack.closed_after[s] for s in attack.header_tricklers())
            bodies_open = len(attack.open_sockets())
    finally:
        proxy.stop()

    reached_app = app.log_text(tail=10**7).count(f"POST {LOGIN} ")
    limited = guesses.count(429)
    print(f"\nthrough nginx: pages {shown(pages)}")
    print(f"30 wrong passwords in {guessing_seconds:.1f} s: {limited} refused by nginx (429), "
          f"{reached_app} reached the app; slow headers dropped after "
          f"{header_closed[0]:.1f}-{header_closed[-1]:.1f} s; {bodies_open} slow bodies "
          "held by nginx")
    assert answered_in_time(pages) == len(pages), shown(pages)
    # burst=10 plus one a second: what is refused never costs the app a password check.
    assert reached_app == 30 - limited, guesses
    assert 11 <= reached_app <= 11 + guessing_seconds + 1, guesses
    assert header_closed[0] >= 9  # the header timeout dropped them, not an early refusal
    # A body still arriving is nginx's to hold (client_body_timeout is per read): the app
    # sees only the whole request, and these never finish.
    assert bodies_open == BODY_TRICKLERS
