"""Fixtures of the sandbox suites: the backend under test and the "still serving" check.

Every test here takes `sandbox_backend` (directly or through `sandbox_run` or `grade`), so
the whole containment suite runs once against the warm pool and once against the fresh
interpreter, and the grading service follows the same setting.
"""

import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

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


@pytest.fixture(params=sorted(grader.sandbox.BACKENDS))
def sandbox_backend(request: pytest.FixtureRequest, settings: Any) -> str:
    """Every test here runs against each backend; the grading service follows the setting."""
    settings.GRADER_SANDBOX_BACKEND = request.param
    return str(request.param)


@pytest.fixture
def sandbox_run(sandbox_backend: str) -> SandboxRun:
    return grader.sandbox.BACKENDS[sandbox_backend]


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
