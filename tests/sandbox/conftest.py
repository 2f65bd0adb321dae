"""Fixtures of the sandbox suites: the backend under test and the "still serving" check.

`sandbox_run` is the one seam between these tests and a sandbox backend. Every direct
sandbox test takes it, so running the same hostile submissions against a second backend is
a matter of parametrizing this fixture, e.g.

    @pytest.fixture(params=["fresh", "pool"])
    def sandbox_run(request): return {"fresh": fresh.run, "pool": pool.run}[request.param]
"""

import shutil
from collections.abc import Callable, Iterator

import pytest
from django.conf import settings

import grader.sandbox
from grader.sandbox import Job, RunReport

from .support import BENIGN_CODE, CANARIES, benign_ok, dot_job

SandboxRun = Callable[[Job], RunReport]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if shutil.which("bwrap") is None:
        skip = pytest.mark.skip(reason="bubblewrap is not installed: run `make test`, "
                                       "which installs it and the sandbox account")
        for item in items:
            if item.get_closest_marker("sandbox") is not None:
                item.add_marker(skip)


@pytest.fixture
def sandbox_run() -> SandboxRun:
    """The sandbox backend under test (later parametrized over the fresh and pool backends)."""
    return grader.sandbox.run


@pytest.fixture
def backend(sandbox_run: SandboxRun) -> str:
    """The name of the backend under test ("fresh", "pool"), for backend-specific known bugs."""
    for name, run in getattr(grader.sandbox, "BACKENDS", {}).items():
        if run is sandbox_run:
            return name
    if sandbox_run is grader.sandbox.run:
        return str(getattr(settings, "GRADER_SANDBOX_BACKEND", "fresh"))
    return "unknown"


@pytest.fixture
def known_bug(request: pytest.FixtureRequest, backend: str) -> Callable[..., None]:
    """Marks the running test xfail(strict=True) when the backend under test has the bug."""

    def mark(reason: str, *, backends: tuple[str, ...] | None = None) -> None:
        if backends is None or backend in backends:
            request.node.add_marker(pytest.mark.xfail(strict=True, reason=reason))

    return mark


@pytest.fixture
def still_serving(sandbox_run: SandboxRun) -> Callable[[], None]:
    """Call after a hostile run: a correct submission right after it must be graded normally."""

    def check() -> None:
        benign_ok(sandbox_run(dot_job(BENIGN_CODE)))

    return check


@pytest.fixture
def worker_secrets(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Plants recognisable secrets in the worker's environment, as production has them."""
    for name, value in CANARIES.items():
        monkeypatch.setenv(name, value)
    yield CANARIES
