"""The Celery application: configuration comes from Django settings (CELERY_ namespace)."""

import logging
import os
from datetime import timedelta
from functools import partial
from typing import Any

from celery import Celery, Task

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

logger = logging.getLogger(__name__)


class RowTask(Task):  # type: ignore[misc]
    """A task that carries the id of a database row whose state says what is left to do.

    The one way to send work (after pretix's TransactionAwareTask), with one failure policy:
    the message leaves only once the transaction that wrote the row has committed (a worker
    never looks for a row that does not exist yet), and a failed send is logged, not raised.
    The row stays pending, and the app's sweeper sends it again with `resend_stale`.
    """

    def send_on_commit(self, *args: Any) -> None:
        from django.db import transaction

        transaction.on_commit(partial(self.send, *args))

    def send(self, *args: Any, **options: Any) -> bool:
        """False when the broker refused it: a row's sweeper sends it again; work that has no
        row (an email) is lost, and the person can ask again."""
        try:
            self.apply_async(args, **options)
        except Exception:
            logger.exception("could not send %s(%s); the sweeper will send it again",
                             self.name, ", ".join(map(str, args)))
            return False
        return True

    def resend_stale(self, pending: Any, *, sent_field: str = "enqueued_at") -> int:
        """Sends the `pending` rows not sent recently again; stamps those that went out.

        A row waiting in a long but healthy queue is not sent twice within
        GRADER_REQUEUE_AFTER_SECONDS; each task is idempotent, so a duplicate costs nothing.
        """
        from django.conf import settings
        from django.db.models import Q
        from django.utils import timezone

        now = timezone.now()
        last_sent = now - timedelta(seconds=settings.GRADER_REQUEUE_AFTER_SECONDS)
        unsent = Q(**{f"{sent_field}__isnull": True}) | Q(**{f"{sent_field}__lt": last_sent})
        ids = list(pending.filter(unsent).order_by("pk").values_list("pk", flat=True)[:1000])
        sent = [row_id for row_id in ids if self.send(row_id)]
        pending.model.objects.filter(pk__in=sent).update(**{sent_field: now})
        return len(sent)


# Staff work and housekeeping run on their own queue and workers: a class's burst of
# submissions never delays a regrade or the sweepers, and a regrade never delays learners.
STAFF_TASKS = ("authoring.tasks.", "gradebook.tasks.", "grader.tasks.sweep_",
               "notifications.tasks.", "lti.tasks.")


def route(name: str, args: Any, kwargs: Any, options: Any, task: Any = None,
          **extra: Any) -> dict[str, str] | None:
    from django.conf import settings

    if name.startswith(STAFF_TASKS):
        return {"queue": settings.CELERY_STAFF_QUEUE}
    return None  # the default queue: grading


app = Celery("eigenlab", task_cls=RowTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_routes = (route,)
app.autodiscover_tasks()
