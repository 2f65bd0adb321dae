"""A checkout works from a plain shell, production stays strict, and generated files are current.

"A plain shell" is `env -i PATH=... HOME=...`: none of the variables scripts/test exports. The
generated .env (scripts/dotenv, run by `make run/test/lint`) is what makes it work.
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from exercises.management.commands.library_list import OUTPUT, render_library

ROOT = Path(__file__).resolve().parent.parent
PLAIN_SHELL = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root")}


def plain_shell(*command: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, env={**PLAIN_SHELL, **extra},
                          capture_output=True, text=True, timeout=300)


def settings_value(expression: str, **extra: str) -> str:
    """`expression` over config.settings, evaluated in a plain shell with `extra` set."""
    result = plain_shell(sys.executable, "-c",
                         f"import config.settings as s; print({expression})", **extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture(scope="module")
def dotenv() -> Path:
    # What the make targets do first; a no-op in a checkout that already has one.
    subprocess.run(["scripts/dotenv"], cwd=ROOT, check=True, capture_output=True)
    return ROOT / ".env"


def test_manage_py_works_in_a_plain_shell(dotenv: Path) -> None:
    result = plain_shell(sys.executable, "manage.py", "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_persona_reaches_the_test_database(learner: User) -> None:
    # Run again from a plain shell below: settings, conftest and the test database all load.
    assert User.objects.filter(username=learner.username).exists()


def test_pytest_runs_in_a_plain_shell(dotenv: Path) -> None:
    # Two tests of this file stand for the quick tier; running all of it here would only
    # repeat the suite's own failures, twice as slowly.
    selection = [f"tests/test_checkout.py::{name}" for name in
                 ("test_a_persona_reaches_the_test_database",
                  "test_the_committed_library_list_is_up_to_date")]
    result = plain_shell(sys.executable, "-m", "pytest", "-q", *selection)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "2 passed" in result.stdout


def test_production_refuses_to_start_without_a_secret_key_or_a_dotenv() -> None:
    result = plain_shell(sys.executable, "manage.py", "check", EIGENLAB_DOTENV="")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_debug_is_off_unless_asked_for() -> None:
    assert settings_value("s.DEBUG", EIGENLAB_DOTENV="", SECRET_KEY="x") == "False"


def test_the_real_environment_wins_over_the_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / "dev.env"
    dotenv.write_text("# a comment\n\nDEBUG=true\nSECRET_KEY=from-the-file\n"
                      'ALLOWED_HOSTS="a.example, b.example"\n')
    value = settings_value("(s.DEBUG, s.SECRET_KEY, s.ALLOWED_HOSTS)",
                           EIGENLAB_DOTENV=str(dotenv), DEBUG="false")
    assert value == "(False, 'from-the-file', ['a.example', 'b.example'])"


def test_a_malformed_dotenv_fails_loudly(tmp_path: Path) -> None:
    dotenv = tmp_path / "dev.env"
    dotenv.write_text("DEBUG=true\nexport SECRET_KEY\n")
    result = plain_shell(sys.executable, "manage.py", "check", EIGENLAB_DOTENV=str(dotenv))
    assert result.returncode != 0
    assert "line 2: expected NAME=value" in result.stderr


def test_scripts_dotenv_writes_a_private_random_key_once(tmp_path: Path) -> None:
    first, second = tmp_path / "first.env", tmp_path / "second.env"
    for target in (first, first, second):
        subprocess.run(["scripts/dotenv", str(target)], cwd=ROOT, check=True,
                       capture_output=True)
    lines = first.read_text().splitlines()
    assert "DEBUG=true" in lines
    key = next(line for line in lines if line.startswith("SECRET_KEY="))
    assert len(key) > len("SECRET_KEY=") + 50
    assert key not in second.read_text().splitlines()
    assert first.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.env", "second.env"]


def test_the_committed_library_list_is_up_to_date() -> None:
    assert OUTPUT.read_text(encoding="utf-8") == render_library(), (
        "exercises/LIBRARY.md is out of date: run `.venv/bin/python manage.py library_list`.")


def locked_versions(lock: str) -> dict[str, str]:
    """name -> pinned version, for the pins whose environment marker matches this interpreter."""
    pins = {}
    for line in (ROOT / lock).read_text().splitlines():
        if not line or line[0] in " #-":
            continue
        pin, _, marker = line.rstrip(" \\").partition(";")
        if marker.strip() and not Marker(marker).evaluate():
            continue
        name, _, version = pin.strip().partition("==")
        pins[canonicalize_name(name)] = version
    return pins


@pytest.mark.parametrize(("lock", "extras"), [("requirements.lock", []),
                                              ("requirements-dev.lock", ["dev"])])
def test_each_lock_satisfies_the_ranges_in_pyproject(lock: str, extras: list[str]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"],
              *(req for extra in extras for req in project["optional-dependencies"][extra])]
    pins = locked_versions(lock)
    for requirement in map(Requirement, wanted):
        pinned = pins.get(canonicalize_name(requirement.name))
        assert pinned is not None, f"{requirement.name} is missing from {lock}: run `make lock`"
        assert requirement.specifier.contains(pinned, prereleases=True), (
            f"{lock} pins {requirement.name}=={pinned}, outside {requirement}: run `make lock`")


def test_the_image_and_the_venv_run_the_same_versions() -> None:
    runtime, dev = locked_versions("requirements.lock"), locked_versions("requirements-dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime
