"""The web server of `make run` and of the image: waitress, set up so slow clients cannot hold it.

Usage: serve.py HOST:PORT   (WEB_THREADS: request threads, default 32; see config/settings.py)

waitress reads each request whole (headers and body) in one asynchronous I/O loop and only then
hands it to a thread that runs Django. A client that trickles its headers one line a second
(slowloris) or stalls in its body costs a socket and a small buffer, never one of those threads:
tests/integration/test_slow_clients.py measures it. gunicorn's sync and gthread workers read the
request in the thread that runs the app, so three such sockets stopped the site. In compose nginx
sits in front as well (deploy/nginx.conf); `make run` has nothing in front, so this must hold alone.

A learner waiting for a result holds a thread for up to GRADER_WAIT_SECONDS (grader:wait answers
when the result is stored), so there are many threads, and at most GRADER_MAX_WAITS of them wait:
the rest always serve pages (tests/integration/test_result_push.py).
"""

import logging
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python scripts/serve.py` from any directory finds config/
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

logger = logging.getLogger("eigenlab.web")

# Above this many open connections waitress stops accepting: it is the number of sockets an
# attacker must hold to lock everyone out (waitress's default, 100, fell to 150 slow sockets).
CONNECTION_LIMIT = 2000
# Requests bigger than this are refused before Django buffers them (waitress's default is 1 GB,
# spooled to disk). The largest legitimate body is a 1 MB exercise zip (authoring/archive.py).
MAX_BODY_BYTES = 2 * 1024 * 1024


def raise_open_files_limit(wanted: int) -> int:
    """Lifts the soft descriptor limit towards `wanted` (1024 is a common soft limit); how
    many descriptors, up to `wanted`, the process may now open."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return wanted
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return target


def access_log(app: Callable[..., Iterable[bytes]]) -> Callable[..., Iterable[bytes]]:
    """One line per request, as runserver and gunicorn printed (waitress prints none)."""

    def logged(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.monotonic()
        status: list[str] = []

        def recording(code: str, headers: list[Any], exc_info: Any = None) -> Any:
            status.append(code.split(" ", 1)[0])
            return start_response(code, headers, exc_info)

        try:
            return app(environ, recording)
        finally:
            logger.info("%s %s %s %.0f ms", environ["REQUEST_METHOD"],
                        environ.get("PATH_INFO", ""), status[0] if status else "-",
                        (time.monotonic() - started) * 1000)

    return logged


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    from django.conf import settings
    from waitress import serve

    from config.wsgi import application

    # A container stops its main process with SIGTERM, and as pid 1 Python would ignore it:
    # raising SystemExit closes the listener and gives running requests up to 5 s to finish.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    open_files = raise_open_files_limit(CONNECTION_LIMIT + 200)
    serve(
        access_log(application),
        listen=argv[1],
        threads=settings.WEB_THREADS,
        # poll() instead of select(), which cannot watch descriptors numbered 1024 and above.
        asyncore_use_poll=True,
        connection_limit=min(CONNECTION_LIMIT, open_files - 100),
        # A connection silent this long is closed (the default keeps it two minutes).
        channel_timeout=30,
        max_request_body_size=MAX_BODY_BYTES,
        max_request_header_size=64 * 1024,
        ident="eigenlab",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
