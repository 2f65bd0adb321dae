"""Deployment configuration: production settings pass Django's deploy checks; compose is valid."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "k3y-" + "x9Qz!7pL" * 8,
    "ALLOWED_HOSTS": "eigenlab.example.org",
    "DATABASE_URL": "sqlite:////tmp/eigenlab-deploy-check.sqlite3",
    # A deployment has no .env: ignore the checkout's development one (DEBUG=true, a key).
    "EIGENLAB_DOTENV": "",
}


def production_env(**extra: str) -> dict[str, str]:
    # Only the machine's basics: no test-session switches (e.g. DJANGO_ALLOW_ASYNC_UNSAFE), and
    # nothing this process read from the development .env.
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("SECURE_", "DEBUG", "SECRET_KEY", "DJANGO_", "EIGENLAB_"))}
    return {**base, **PRODUCTION_ENV, **extra}


def test_check_deploy_reports_no_issues_with_a_production_environment() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(), capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_a_malformed_boolean_fails_loudly() -> None:
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT,
                            env=production_env(DEBUG="maybe"), capture_output=True, text=True)
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker:
        probe = subprocess.run([docker, "compose", "version"], capture_output=True)
        if probe.returncode == 0:
            return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


@pytest.mark.skipif(compose_command() is None, reason="no docker compose CLI on this machine")
def test_docker_compose_file_is_valid() -> None:
    command = compose_command()
    assert command is not None
    result = subprocess.run([*command, "-f", "docker-compose.yml", "config"], cwd=ROOT,
                            env={**os.environ, "SECRET_KEY": "x"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for service in ("postgres:", "redis:", "web:", "worker:", "staff-worker:", "beat:"):
        assert service in result.stdout


def production_settings(*names: str, **env: str) -> dict[str, Any]:
    """The named settings as a production process computes them (no database needed)."""
    script = ("import json, django; django.setup(); from django.conf import settings; "
              f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}, "
              "default=str))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, env=production_env(DJANGO_SETTINGS_MODULE="config.settings",
                                                          **env))
    assert result.returncode == 0, result.stderr
    values: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return values


def test_hsts_covers_only_this_host_unless_the_operator_asks_for_more() -> None:
    # includeSubDomains and preload commit every subdomain (preload: for months, in browsers'
    # built-in lists), so they are the operator's decision, never a default.
    default = production_settings("SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
                                  "SECURE_HSTS_PRELOAD")
    asked = production_settings("SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
                                SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")

    assert default == {"SECURE_HSTS_SECONDS": 60 * 60 * 24 * 30,
                       "SECURE_HSTS_INCLUDE_SUBDOMAINS": False, "SECURE_HSTS_PRELOAD": False}
    assert asked == {"SECURE_HSTS_INCLUDE_SUBDOMAINS": True, "SECURE_HSTS_PRELOAD": True}


def test_a_dropped_database_connection_is_replaced_not_a_500() -> None:
    databases = production_settings("DATABASES")["DATABASES"]

    assert databases["default"]["CONN_HEALTH_CHECKS"] is True
    assert databases["default"]["CONN_MAX_AGE"] > 0  # persistent, hence the health check
