"""Thin Celery adapters: notifications.services does the work."""

from celery import shared_task

from notifications import services


# Run by celery beat (the `remind-deadlines` entry of CELERY_BEAT_SCHEDULE): a reminder is
# written once per learner, exercise and due date, so a run repeated or overlapping is harmless.
@shared_task(ignore_result=True)
def remind_deadlines() -> int:
    return services.deadline_reminders_create()
