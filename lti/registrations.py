"""Writes of the LMS platforms page: registrations, their deployments, the tool's keys.

A registration is django-lti's LtiRegistration (issuer + client id, the platform's URLs);
each deployment id the admin lists is an active LtiDeployment of it. The tool signs with its
newest active Key and publishes every active one at /.well-known/jwks.json.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from lti_tool.models import Key, LtiDeployment, LtiRegistration


@dataclass(frozen=True)
class PlatformFields:
    name: str
    issuer: str
    client_id: str
    auth_url: str
    token_url: str
    keyset_url: str
    deployment_ids: list[str]
    audience: str = ""
    is_active: bool = True


def key_ensure() -> Key:
    """The key the tool signs with; the first one is made on first need."""
    key = Key.objects.active().order_by("-datetime_created").first()
    return key if key is not None else Key.objects.generate()


@transaction.atomic
def key_rotate() -> Key:
    """A new signing key; keys older than LTI_KEY_OVERLAP_DAYS leave the JWKS, the newer ones
    stay in it so that what they signed can still be checked."""
    cutoff = timezone.now() - timedelta(days=settings.LTI_KEY_OVERLAP_DAYS)
    Key.objects.active().filter(datetime_created__lt=cutoff).update(is_active=False)
    return Key.objects.generate()


@transaction.atomic
def key_retire(*, key: Key) -> None:
    """Takes a key out of the JWKS at once (e.g. a leaked one); never the last one."""
    if not Key.objects.active().exclude(pk=key.pk).exists():
        raise ValidationError("Rotate first: the tool needs an active key to sign with.")
    Key.objects.filter(pk=key.pk).update(is_active=False)


def _check_unique(fields: PlatformFields, registration: LtiRegistration | None) -> None:
    clash = LtiRegistration.objects.filter(issuer=fields.issuer, client_id=fields.client_id)
    if registration is not None:
        clash = clash.exclude(pk=registration.pk)
    if clash.exists():
        raise ValidationError("A platform with this issuer and client id is already "
                              "registered.")
    if not fields.deployment_ids:
        raise ValidationError("List at least one deployment id (the LMS shows it when the "
                              "tool is installed).")


@transaction.atomic
def platform_register(*, fields: PlatformFields) -> LtiRegistration:
    _check_unique(fields, None)
    registration = LtiRegistration.objects.create(**_registration_values(fields))
    _deployments_set(registration, fields.deployment_ids)
    key_ensure()
    return registration


@transaction.atomic
def platform_update(*, registration: LtiRegistration, fields: PlatformFields) -> LtiRegistration:
    _check_unique(fields, registration)
    for name, value in _registration_values(fields).items():
        setattr(registration, name, value)
    registration.save()
    _deployments_set(registration, fields.deployment_ids)
    return registration


def _registration_values(fields: PlatformFields) -> dict[str, object]:
    return {"name": fields.name, "issuer": fields.issuer, "client_id": fields.client_id,
            "auth_url": fields.auth_url, "token_url": fields.token_url,
            "keyset_url": fields.keyset_url, "audience": fields.audience,
            "is_active": fields.is_active}


def _deployments_set(registration: LtiRegistration, deployment_ids: list[str]) -> None:
    """The listed deployments accept launches; the others (kept with their data) do not."""
    for deployment_id in deployment_ids:
        LtiDeployment.objects.update_or_create(
            registration=registration, deployment_id=deployment_id,
            defaults={"is_active": True})
    registration.deployments.exclude(deployment_id__in=deployment_ids).update(is_active=False)
