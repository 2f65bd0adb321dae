"""The LMS of these tests (tests/lti/lms.py: lti1p3platform on a local HTTP thread) and
Eigenlab registered with it, as an admin would on the platforms page."""

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client
from lti_tool.models import Key, LtiRegistration

from config import celery_app
from lti import registrations

# The real worker machinery (private Redis, worker processes) of the integration suite.
from tests.integration.conftest import (  # noqa: F401
    celery_worker,
    private_broker,
    private_redis,
    workers,
)
from tests.lti.lms import Launch, TestLms


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def lms() -> Iterator[TestLms]:
    platform = TestLms()
    try:
        yield platform
    finally:
        platform.close()


def register(lms: TestLms) -> LtiRegistration:
    registration = registrations.platform_register(fields=registrations.PlatformFields(
        name="Test LMS", issuer=lms.issuer, client_id=lms.client_id, auth_url=lms.auth_url,
        token_url=lms.token_url, keyset_url=lms.keyset_url,
        deployment_ids=[lms.deployment_id]))
    lms.tool_keyset = Key.objects.as_jwks()
    return registration


@pytest.fixture
def registered(db: None, lms: TestLms) -> LtiRegistration:
    return register(lms)


@pytest.fixture
def eager_tasks() -> Iterator[None]:
    """Tasks run in this process when sent (the quick tier has no worker)."""
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = False


def launch_through(client: Client, lms: TestLms, launch: Launch, *,
                   deep_linking: bool = False) -> Any:
    """The whole browser dance: the LMS's login initiation at the tool, the tool's redirect to
    the LMS's authorization endpoint (state cookie set here), the LMS's signed answer posted
    to the tool's launch URL. Returns the tool's answer to that post."""
    started = client.get(lms.login_initiation_url(
        user_id=launch.sub, target_link_uri=launch.target_link_uri, deep_linking=deep_linking))
    assert started.status_code == 302, started.content.decode()[:500]
    assert started["Location"].startswith(lms.auth_url)
    preflight = dict(parse_qsl(urlsplit(started["Location"]).query))
    answer = lms.id_token_for(preflight, launch)
    return client.post(urlsplit(answer["launch_url"]).path,
                       {"id_token": answer["id_token"], "state": answer["state"]})


def id_token_through(client: Client, lms: TestLms, launch: Launch) -> dict[str, str]:
    """Like launch_through, stopping before the post: {id_token, state, launch_url}."""
    started = client.get(lms.login_initiation_url(
        user_id=launch.sub, target_link_uri=launch.target_link_uri))
    preflight = dict(parse_qsl(urlsplit(started["Location"]).query))
    answer: dict[str, str] = lms.id_token_for(preflight, launch)
    return answer
