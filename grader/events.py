""""Submission N changed": said by the worker after the commit that stored a result, awaited by
the pending result's page on the server (grader.views.submission_wait), which then answers.

Redis pub/sub at GRADER_EVENTS_URL, by default the Celery broker's Redis. An event carries no
data and is kept nowhere: the row stays the truth, and a missed event costs the page one bounded
wait, never its result. Announcing never fails a grading.
"""

import enum
import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import redis
from django.conf import settings
from django.db import transaction
from redis.backoff import NoBackoff
from redis.client import PubSub
from redis.retry import Retry

from config import celery_app

logger = logging.getLogger(__name__)

# A Redis outage costs a grading or a page this much at most, never a hang (and no retries).
SOCKET_SECONDS = 0.5
# Redis confirms a subscription at once; a busy machine may take longer than one socket read to
# connect and deliver that, and a wait refused for it would send the page to the slow poll for
# nothing. A wait may be patient (it holds no grading), so its connection gets this long too.
CONFIRM_SECONDS = 2.0


class Wait(enum.Enum):
    CHANGED = "changed"  # the event came, or the row had changed before the wait began
    TIMEOUT = "timeout"  # GRADER_WAIT_SECONDS passed without it
    BUSY = "busy"  # this process already holds GRADER_MAX_WAITS waits
    UNAVAILABLE = "unavailable"  # no Redis to wait on


def channel(submission_id: int) -> str:
    return f"eigenlab:submission:{submission_id}:changed"


def announce_on_commit(submission_id: int) -> None:
    """Announces the change once the caller's transaction commits: a page woken earlier would
    read the row as it was."""
    transaction.on_commit(functools.partial(announce, submission_id))


def announce(submission_id: int) -> None:
    try:
        _client(_url()).publish(channel(submission_id), "")
    except Exception as exc:  # whatever it is, the result is stored: the page asks again
        logger.warning("could not announce submission %s (its page finds out when it asks "
                       "again): %s", submission_id, exc)


def connect() -> None:
    """Opens this process's connection ahead of its first announcement."""
    try:
        _client(_url()).ping()
    except Exception as exc:  # the announcement will try again, and say so
        logger.warning("cannot reach the Redis for announcements yet: %s", exc)


def wait_for_change(submission_id: int, *, changed: Callable[[], bool],
                    seconds: float) -> Wait:
    """Waits up to `seconds` for the submission's event; `changed` reads the row.

    Subscribed first, then `changed` asked, then the wait: a result stored in between is either
    seen by the question or announced to the subscription, never lost between the two.
    """
    with _wait_slot() as free:
        if not free:
            return Wait.BUSY
        try:
            with _subscribed(channel(submission_id)) as pubsub:
                if changed() or _message(pubsub, seconds):
                    return Wait.CHANGED
                return Wait.TIMEOUT
        except redis.RedisError as exc:
            logger.warning("cannot wait for submission %s: %s", submission_id, exc)
            return Wait.UNAVAILABLE


def _url() -> str:
    # The broker as configured now, not at import: a worker or test may point it elsewhere.
    return str(settings.GRADER_EVENTS_URL or celery_app.conf.broker_url)


@functools.cache
def _client(url: str, *, seconds: float = SOCKET_SECONDS) -> redis.Redis:
    # One connection pool per URL, patience and process (redis-py replaces it in a forked child).
    return redis.Redis.from_url(url, socket_timeout=seconds, socket_connect_timeout=seconds,
                                retry=Retry(NoBackoff(), 0))


# Each wait holds a thread of the web server; past GRADER_MAX_WAITS a wait answers at once, so
# the other threads always serve pages.
_waits_lock = threading.Lock()
_waits = 0


@contextmanager
def _wait_slot() -> Iterator[bool]:
    global _waits
    with _waits_lock:
        free = _waits < settings.GRADER_MAX_WAITS
        if free:
            _waits += 1
    try:
        yield free
    finally:
        if free:
            with _waits_lock:
                _waits -= 1


@contextmanager
def _subscribed(name: str) -> Iterator[PubSub]:
    pubsub = _client(_url(), seconds=CONFIRM_SECONDS).pubsub()
    try:
        pubsub.subscribe(name)
        # Redis's confirmation: from here on, every announcement on `name` reaches us.
        if not _next(pubsub, CONFIRM_SECONDS, kind="subscribe"):
            raise redis.TimeoutError("no confirmation of the subscription")
        yield pubsub
    finally:
        pubsub.close()


def _message(pubsub: PubSub, seconds: float) -> bool:
    return _next(pubsub, seconds, kind="message")


def _next(pubsub: PubSub, seconds: float, *, kind: str) -> bool:
    """True when a message of this `kind` arrives within `seconds`."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        message = pubsub.get_message(timeout=left)
        if message is not None and message["type"] == kind:
            return True
    return False
