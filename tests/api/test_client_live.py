"""The `eigenlab` client, installed with pip from the repository into a fresh virtualenv, against
a live server (scripts/serve.py) with a real Celery worker grading in the real sandbox; and the
`%eigenlab` magic in a real IPython shell against the same server.

The client waits through the API's long poll (`/api/submissions/{id}/wait`), which the worker's
announcement ends, and prints what the learner's result panel shows.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client as DjangoClient

from exercises.models import Exercise
from grader.models import Submission
from tests.conftest import DOT_SOLUTION
from tests.integration.conftest import Broker, Worker, Workers

from .conftest import headers_of, token_for
from .notebooks import notebook_bytes

pytestmark = [pytest.mark.server, pytest.mark.worker, pytest.mark.sandbox,
              pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
WRONG = "def dot(u, v):\n    return float(sum(u) + sum(v))\n"


@pytest.fixture(scope="module")
def installed_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip install ./clients/python` into a new virtualenv, as a learner does: its `eigenlab`."""
    place = tmp_path_factory.mktemp("client")
    # A copy: pip builds in the source tree (build/), which must not appear in the checkout.
    source = shutil.copytree(REPO / "clients" / "python", place / "source",
                             ignore=shutil.ignore_patterns("*.egg-info", "build", "__pycache__"))
    venv = place / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(source)],
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv / "bin" / "eigenlab"


@pytest.fixture
def site(api_server: Any, workers: Workers, private_broker: Broker,
         celery_worker: Worker) -> str:
    """The web server on the worker's broker and queue, announcing results on its Redis."""
    return str(api_server(**{**workers.env(), "EIGENLAB_DOTENV": "",
                             "GRADER_EVENTS_URL": private_broker.url}))


def eigenlab(command: Path, site: str, token: str, *arguments: str,
             cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EIGENLAB_URL": site + "/", "EIGENLAB_TOKEN": token}
    return subprocess.run([str(command), *arguments], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=180)


def test_the_client_submits_files_and_notebooks_prints_verdicts_and_refusals(
    installed_client: Path, site: str, learner: User, exercise: Exercise, tmp_path: Path,
    celery_worker: Worker,
) -> None:
    token = token_for(learner, "read", "submit")
    (tmp_path / "solution.py").write_text(DOT_SOLUTION)
    (tmp_path / "wrong.py").write_text(WRONG)
    (tmp_path / "solution.ipynb").write_bytes(
        notebook_bytes(("markdown", "# Dot product"), "%matplotlib inline\n" + DOT_SOLUTION))

    passed = eigenlab(installed_client, site, token, "submit", "dot-product", "solution.py",
                      cwd=tmp_path)
    failed = eigenlab(installed_client, site, token, "submit", exercise.slug, "wrong.py",
                      cwd=tmp_path)
    notebook = eigenlab(installed_client, site, token, "submit", exercise.slug,
                        "solution.ipynb", "--check", cwd=tmp_path)
    attempts = eigenlab(installed_client, site, token, "attempts", exercise.slug, cwd=tmp_path)
    assert_refusals_are_explained(installed_client, site, learner, exercise, tmp_path)

    logs = celery_worker.log_text
    assert passed.returncode == 0, passed.stdout + passed.stderr + logs()
    assert passed.stdout.splitlines()[:3] == [
        "Passed · 10 / 10 points · attempt 1", "All tests passed.",
        "  PASS  small vectors (public): Correct."]
    assert "  PASS  hidden random (hidden): Correct." in passed.stdout
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert failed.stdout.startswith("Failed · 0 / 10 points · attempt 2\n")
    assert "  FAIL  small vectors (public): " in failed.stdout
    assert notebook.returncode == 0, notebook.stdout + notebook.stderr
    assert notebook.stdout.startswith(
        "Note: Removed from the notebook before grading, because only IPython runs it: "
        "cell 2, line 1: `%matplotlib inline` (magic).\n")
    assert "examples only, not counted" in notebook.stdout
    assert attempts.returncode == 0
    assert [line.split()[0] for line in attempts.stdout.splitlines()] == ["check", "#2", "#1"]
    graded = Submission.objects.filter(user=learner).order_by("id")
    assert [(s.kind, s.verdict) for s in graded] == [("submit", "passed"), ("submit", "failed"),
                                                     ("check", "passed")]
    # The API's answer agrees with the row the worker stored.
    first = DjangoClient().get(f"/api/submissions/{graded[0].pk}",
                               **headers_of(token)).json()
    assert [test["name"] for test in first["tests"]] == ["small vectors", "hidden random"]
    assert first["score"] == 10.0 and first["finished"]


def assert_refusals_are_explained(command: Path, site: str, learner: User, exercise: Exercise,
                                  cwd: Path) -> None:
    """Exit code 2 and the server's sentence on standard error; nothing sent."""
    before = Submission.objects.count()
    read_only, full = token_for(learner, "read"), token_for(learner, "read", "submit")

    refused = eigenlab(command, site, read_only, "submit", exercise.slug, "solution.py",
                       cwd=cwd)
    unknown = eigenlab(command, site, full, "submit", "no-such-exercise", "solution.py", cwd=cwd)
    missing = eigenlab(command, site, "", "attempts", exercise.slug, cwd=cwd)

    assert refused.returncode == 2
    assert refused.stderr.startswith("eigenlab: This token's scopes (read) do not allow this")
    assert unknown.returncode == 2 and unknown.stderr == "eigenlab: No such exercise.\n"
    assert missing.returncode == 2 and "Set EIGENLAB_TOKEN" in missing.stderr
    assert Submission.objects.count() == before


def test_the_magic_submits_the_cell_it_is_in(
    site: str, learner: User, exercise: Exercise, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], celery_worker: Worker,
) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    monkeypatch.setenv("EIGENLAB_URL", site)
    monkeypatch.setenv("EIGENLAB_TOKEN", token_for(learner, "read", "submit"))
    shell = InteractiveShell.instance()
    try:
        shell.run_cell("%load_ext eigenlab", store_history=True)
        capsys.readouterr()

        shell.run_cell(f"%eigenlab submit {exercise.slug}\n%time x = 1\n{DOT_SOLUTION}",
                       store_history=True)
        line_magic = capsys.readouterr().out
        shell.run_cell(f"%%eigenlab submit {exercise.slug}\n{WRONG}", store_history=True)
        cell_magic = capsys.readouterr().out
        shell.run_cell("%eigenlab", store_history=True)
        usage = capsys.readouterr().out
    finally:
        InteractiveShell.clear_instance()

    assert "Passed · 10 / 10 points · attempt 1" in line_magic, line_magic
    assert "cell 1, line 1: `%time x = 1` (magic)" in line_magic
    assert "Failed · 0 / 10 points · attempt 2" in cell_magic, cell_magic
    assert usage.startswith("Usage: %eigenlab submit EXERCISE")
    sent = [s.code for s in Submission.objects.filter(user=learner).order_by("id")]
    assert sent == ["# Cell 1\n" + DOT_SOLUTION, "# Cell 1\n" + WRONG]
