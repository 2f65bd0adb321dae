"""Personas with tokens: `bearer(user, *scopes)` makes a token and returns the headers that
present it, for Django's test client (the whole stack: middleware, rate limits, the API)."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from api.models import ApiToken
from api.services import token_create

Bearer = Callable[..., dict[str, str]]
ALL_SCOPES = ("read", "submit", "staff")


def headers_of(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def token_for(user: User, *scopes: str, days: int | None = None) -> str:
    """A token's secret; the staff scope is given straight (services refuse it to learners,
    and the permission tests must see the API refuse what such a token asks)."""
    wanted = scopes or ("read", "submit")
    made = token_create(user=user, name=f"test-{ApiToken.objects.count()}",
                        scopes=[scope for scope in wanted if scope != "staff"] or ["read"],
                        expires_in_days=days)
    if "staff" in wanted:
        ApiToken.objects.filter(pk=made.token.pk).update(may_staff=True)
    if "read" not in wanted:
        ApiToken.objects.filter(pk=made.token.pk).update(may_read=False)
    return made.secret


@pytest.fixture
def bearer(db: None) -> Bearer:
    def make(user: User, *scopes: str, days: int | None = None) -> dict[str, str]:
        return headers_of(token_for(user, *scopes, days=days))
    return make


@pytest.fixture(autouse=True)
def _quick_password_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def expire(secret_headers: dict[str, str]) -> None:
    from api.services import digest_of
    secret = secret_headers["HTTP_AUTHORIZATION"].removeprefix("Bearer ")
    ApiToken.objects.filter(digest=digest_of(secret)).update(
        expires_at=timezone.now() - timedelta(seconds=1))


# --- a live server, as `make run` starts it (scripts/serve.py), on the test database ---------

# The real worker machinery of the integration suite, for the client's end-to-end test.
from tests.integration.conftest import (  # noqa: E402, F401
    celery_worker,
    private_broker,
    private_redis,
    workers,
)


@pytest.fixture
def api_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Any:
    """start(**env) -> the base URL of a running `make run` web server; stopped afterwards."""
    from tests.integration.conftest import free_port
    from tests.integration.test_slow_clients import Process, make_run_web_command, server_env

    servers: list[Any] = []

    def start(**env: str) -> str:
        port = free_port()
        command = make_run_web_command(f"127.0.0.1:{port}", monkeypatch)
        server = Process(command, {**server_env(), **env}, tmp_path / f"web-{port}.log")
        servers.append(server)
        server.wait_answering(port)
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.stop()
