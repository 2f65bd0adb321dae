"""The roster of an LMS course, from its Names and Role Provisioning Service (NRPS).

On demand (the run's LMS page) and after each instructor launch (a task): every active member
becomes a user bound to their LMS identity, enrolled in the run with their LMS role and the
institution's id (`lis_person_sourcedid`). Members the LMS lists as inactive or deleted keep
their enrolment and work; the LMS no longer sends them, and nothing here deletes anything.
"""

from dataclasses import dataclass
from typing import Any

import requests
from django.db import transaction
from django.utils import timezone
from lti_tool.models import LtiUser
from pylti1p3.exception import LtiException
from pylti1p3.names_roles import NamesRolesProvisioningService

from lti import launches, services
from lti.models import ContextRun
from lti.roles import eigenlab_role


@dataclass(frozen=True)
class RosterSync:
    members: int = 0
    enrolled: int = 0
    error: str = ""


def _fetch_members(context_run: ContextRun) -> list[dict[str, Any]]:
    context = context_run.context
    if not context.memberships_url:
        raise LtiException("The LMS does not offer this course's roster (its launches carry no "
                           "Names and Role Provisioning Service).")
    connector = launches.service_connector(context.deployment.registration)
    nrps = NamesRolesProvisioningService(connector, {
        "context_memberships_url": context.memberships_url})
    members: list[dict[str, Any]] = [dict(member) for member in nrps.get_members()]
    for member in members:
        member.setdefault("status", "Active")
        member.setdefault("roles", [])
    return members


def roster_sync(*, context_run_id: int) -> RosterSync:
    context_run = ContextRun.objects.select_related(
        "context__deployment__registration", "run").get(pk=context_run_id)
    try:
        members = _fetch_members(context_run)
    except (LtiException, requests.RequestException, ValueError, KeyError) as error:
        message = str(error)[:2000] or error.__class__.__name__
        ContextRun.objects.filter(pk=context_run.pk).update(roster_error=message)
        return RosterSync(error=message)
    enrolled = _apply(context_run, members)
    ContextRun.objects.filter(pk=context_run.pk).update(roster_synced_at=timezone.now(),
                                                        roster_error="")
    return RosterSync(members=len(members), enrolled=enrolled)


@transaction.atomic
def _apply(context_run: ContextRun, members: list[dict[str, Any]]) -> int:
    context = context_run.context
    context.update_memberships(members)  # django-lti: LtiUser and LtiMembership rows
    registration = context.deployment.registration
    enrolled = 0
    for member in members:
        if member["status"] != "Active" or not member.get("user_id"):
            continue
        lti_user = LtiUser.objects.get(registration=registration, sub=member["user_id"])
        user = services.user_for(lti_user)
        services.membership_apply(
            user=user, run=context_run.run, role=eigenlab_role(member["roles"]),
            student_id=str(member.get("lis_person_sourcedid") or ""))
        enrolled += 1
    return enrolled
