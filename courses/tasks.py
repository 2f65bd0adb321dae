"""Thin Celery adapters: courses.accounts does the work.

Emails leave from a worker so that no request waits for the mail server. The messages carry
what the worker cannot look up itself: the address a reset was asked for (looked up there, so
that the request does the same work for every address) and the host the links should name.
"""

from celery import shared_task

from courses import accounts


@shared_task(ignore_result=True)
def send_password_reset(email: str, domain: str, use_https: bool) -> None:
    accounts.password_reset_send(email=email, domain=domain, use_https=use_https)


@shared_task(ignore_result=True)
def send_verification(user_id: int, domain: str, use_https: bool) -> None:
    accounts.verification_send(user_id=user_id, domain=domain, use_https=use_https)


@shared_task(ignore_result=True)
def send_invitation(user_id: int, run_id: int, role: str, domain: str, use_https: bool) -> None:
    accounts.invitation_send(user_id=user_id, run_id=run_id, role=role, domain=domain,
                             use_https=use_https)
