"""Waiting for a result holds a request, never the site; a real worker's result wakes it.

The pending result's request (grader:wait) stays open until the result is announced, so each
one holds a thread of the web server. Here the server runs exactly as `make run` runs it
(scripts/devstack.py's "web" command: scripts/serve.py, waitress) on the test database, and many
learners wait at once while another one loads a page. A real worker then grades a submission
whose request is waiting, and the announcement, not the bound, ends that wait.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from exercises.models import Exercise
from grader import events
from grader.models import Submission
from tests.conftest import DOT_SOLUTION
from tests.test_pages import HTMX, make_submission

from .conftest import Broker, PrivateRedis, Worker, free_port, wait_until
from .test_slow_clients import ANSWER_SECONDS, Process, get, make_run_web_command, server_env

pytestmark = pytest.mark.django_db(transaction=True)  # the server reads the test database

WAITING_LEARNERS = 20
BOUND_SECONDS = 30  # far above every wait here: only an announcement ends them early


class Waits:
    """GET grader:wait for each submission at once, each on its own connection and thread."""

    def __init__(self, port: int, cookie: str, ids: list[int]) -> None:
        self.answers: dict[int, tuple[int, str, float]] = {}
        self.started = time.monotonic()
        self.threads = [threading.Thread(target=self._wait, args=(port, cookie, pk), daemon=True)
                        for pk in ids]
        for thread in self.threads:
            thread.start()

    def _wait(self, port: int, cookie: str, pk: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=BOUND_SECONDS + 30)
        try:
            connection.request("GET", reverse("grader:wait", args=[pk]), headers={
                "Cookie": f"{django_settings.SESSION_COOKIE_NAME}={cookie}", "HX-Request": "true"})
            response = connection.getresponse()
            body = response.read().decode()
            self.answers[pk] = (response.status, body, time.monotonic() - self.started)
        finally:
            connection.close()

    def join(self, timeout: float) -> None:
        for thread in self.threads:
            thread.join(timeout)


def session_cookie(user: User) -> str:
    client = Client()
    client.force_login(user)  # a session in the test database, which the server reads
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


def subscribed(redis_server: PrivateRedis, ids: list[int]) -> int:
    """How many of these submissions have a request waiting on their channel now."""
    with redis_server.client() as client:
        counts = client.pubsub_numsub(*[events.channel(pk) for pk in ids])
    return sum(1 for _, count in counts if count)


@pytest.fixture
def web(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, private_redis: PrivateRedis,
        settings: Any) -> Iterator[Any]:
    """Starts `make run`'s web server; web(**env) -> its port. It and this process announce
    and wait on the private Redis."""
    settings.GRADER_EVENTS_URL = private_redis.url
    servers: list[Process] = []

    def start(**extra: str) -> int:
        port = free_port()
        command = make_run_web_command(f"127.0.0.1:{port}", monkeypatch)
        env = {**server_env(), "GRADER_EVENTS_URL": private_redis.url,
               "GRADER_WAIT_SECONDS": str(BOUND_SECONDS), **extra}
        server = Process(command, env, tmp_path / f"web-{port}.log")
        servers.append(server)
        server.wait_answering(port)
        return port

    yield start
    for server in servers:
        server.stop()


def grade(ids: list[int]) -> None:
    Submission.objects.filter(pk__in=ids).update(
        status=Submission.Status.GRADED, verdict=Submission.Verdict.PASSED, score=10.0,
        graded_at=timezone.now())
    for pk in ids:
        events.announce(pk)


@pytest.mark.server
def test_twenty_waiting_learners_leave_the_pages_answering(
    web: Any, private_redis: PrivateRedis, learner: User, exercise: Exercise,
) -> None:
    port = web()
    ids = [make_submission(learner, exercise).pk for _ in range(WAITING_LEARNERS)]

    waits = Waits(port, session_cookie(learner), ids)
    wait_until(lambda: subscribed(private_redis, ids) == WAITING_LEARNERS, 20,
               lambda: f"not all waiting: {subscribed(private_redis, ids)}, answered "
                       f"{ {pk: answer[:1] for pk, answer in waits.answers.items()} }")
    page_loads = [get(port) for _ in range(5)]
    still_waiting = WAITING_LEARNERS - len(waits.answers)
    grade(ids)
    waits.join(BOUND_SECONDS)

    assert all(status == 200 and seconds < ANSWER_SECONDS for status, seconds in page_loads), \
        page_loads
    assert still_waiting == WAITING_LEARNERS  # the page loads did not wait for them
    assert sorted(waits.answers) == sorted(ids)
    for status, body, seconds in waits.answers.values():
        assert status == 200 and "Passed" in body
        assert seconds < BOUND_SECONDS / 2  # answered by the announcement


@pytest.mark.server
def test_past_the_cap_a_wait_answers_at_once_and_threads_stay_free_for_pages(
    web: Any, private_redis: PrivateRedis, learner: User, exercise: Exercise,
) -> None:
    port = web(WEB_THREADS="4", GRADER_MAX_WAITS="2")
    ids = [make_submission(learner, exercise).pk for _ in range(5)]

    waits = Waits(port, session_cookie(learner), ids)
    wait_until(lambda: len(waits.answers) == 3, 20, lambda: f"answered: {waits.answers}")
    held = subscribed(private_redis, ids)
    page_loads = [get(port) for _ in range(3)]
    grade(ids)
    waits.join(BOUND_SECONDS)

    assert held == 2
    assert all(status == 200 and seconds < ANSWER_SECONDS for status, seconds in page_loads), \
        page_loads
    retries = [body for status, body, _ in waits.answers.values() if "delay:1s" in body]
    assert len(retries) == 3 and all("Queued…" in body for body in retries)


@pytest.mark.worker
@pytest.mark.sandbox
def test_the_worker_announces_the_result_it_stored_and_that_ends_the_wait(
    celery_worker: Worker, private_broker: Broker, private_redis: PrivateRedis, learner: User,
    exercise: Exercise, settings: Any,
) -> None:
    # The worker announces on its Redis (REDIS_URL, the private broker's): this waiter too.
    settings.GRADER_EVENTS_URL = private_broker.url
    settings.GRADER_WAIT_SECONDS = BOUND_SECONDS
    client = Client()
    client.force_login(learner)
    with private_redis.client() as redis_client, redis_client.pubsub() as heard:
        heard.psubscribe(events.channel(0).replace(":0:", ":*:"))
        created = client.post(reverse("grader:create", args=[exercise.slug]),
                              {"code": DOT_SOLUTION, "kind": "submit"}, **HTMX)
        assert created.status_code == 200, created.content.decode()
        submission = Submission.objects.get(user=learner)

        started = time.monotonic()
        response = client.get(reverse("grader:wait", args=[submission.pk]), **HTMX)
        waited = time.monotonic() - started
        announced = wait_until(lambda: heard.get_message(timeout=1), 10, "nothing announced")
        while announced["type"] != "pmessage":
            announced = wait_until(lambda: heard.get_message(timeout=1), 10, "nothing announced")

    assert announced["channel"].decode() == events.channel(submission.pk)
    assert "Passed" in response.content.decode(), celery_worker.log_text()
    assert response["HX-Trigger"] == "submission-finished"
    assert waited < BOUND_SECONDS / 2
