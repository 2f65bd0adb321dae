"""Checking what an LMS sends (through pylti1p3, as django-lti wires it) and calling it back.

pylti1p3 checks an id_token's state, format, signature (against the platform's JWKS), issuer
and client id, expiry and message claims. Three things are added here:

- a replayed id_token is refused: pylti1p3 only checks that the nonce was issued at the
  OIDC login, so its nonce is recorded once (UsedNonce, unique per issuer);
- a deployment the admin did not register is refused before anything is stored (django-lti
  records it, inactive, so that the platforms page can show it);
- every call to the LMS has a timeout (pylti1p3 sets none).
"""

from typing import Any

import requests
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from lti_tool.models import LtiLaunch, LtiRegistration
from lti_tool.utils import DjangoToolConfig
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoMessageLaunch
from pylti1p3.exception import LtiException
from pylti1p3.service_connector import REQUESTS_USER_AGENT, ServiceConnector

from lti.models import UsedNonce

LAUNCH_DATA_SECONDS = 600


class LaunchRefused(Exception):
    """A launch that is not accepted; the message says why, in words for the person."""


class TimeoutSession(requests.Session):
    """A requests session whose calls give up after LTI_HTTP_TIMEOUT_SECONDS."""

    def __init__(self) -> None:
        super().__init__()
        self.headers["User-Agent"] = REQUESTS_USER_AGENT

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", settings.LTI_HTTP_TIMEOUT_SECONDS)
        return super().request(*args, **kwargs)


class ToolConfig(DjangoToolConfig):  # type: ignore[misc]
    """django-lti's configuration, except that an unknown deployment is not accepted, and a
    login URL naming its registration works without a client id (some LMSs send none)."""

    def find_registration_by_params(self, iss: str, client_id: str | None,
                                    *args: Any, **kwargs: Any) -> Any:
        if client_id is None and self.registration_uuid is not None:
            return self.find_registration_by_issuer(iss)
        return super().find_registration_by_params(iss, client_id, *args, **kwargs)

    def find_deployment_by_params(self, iss: str, deployment_id: str, client_id: str,
                                  *args: Any, **kwargs: Any) -> Any:
        found = super().find_deployment_by_params(iss, deployment_id, client_id, *args, **kwargs)
        if not self.deployment.is_active:
            raise LaunchRefused(
                f"The LMS used deployment {deployment_id!r}, which is not registered in "
                "Eigenlab. An administrator can add it on the LMS platforms page.")
        return found


def service_connector(registration: LtiRegistration) -> ServiceConnector:
    """Calls the LMS's services (AGS, NRPS) as this registration, with timeouts."""
    return ServiceConnector(registration.to_registration(), TimeoutSession())


def launch_validate(request: HttpRequest) -> LtiLaunch:
    """The launch this POST carries, checked in full and used once; LaunchRefused if not."""
    message_launch = DjangoMessageLaunch(
        request, ToolConfig(), launch_data_storage=DjangoCacheDataStorage(),
        requests_session=TimeoutSession())
    message_launch.set_public_key_caching(DjangoCacheDataStorage(),
                                          settings.LTI_PLATFORM_KEYS_CACHE_SECONDS)
    # pylti1p3 keeps each launch's claims in the cache (a day by default); nothing reads
    # them back after this request, so they need not outlive it by much.
    message_launch.set_launch_data_lifetime(LAUNCH_DATA_SECONDS)
    try:
        message_launch.validate()
    except LtiException as error:
        raise LaunchRefused(_in_words(str(error))) from error
    launch = LtiLaunch(message_launch)
    _use_nonce(launch)
    return launch


def _use_nonce(launch: LtiLaunch) -> None:
    nonce_use(issuer=launch.get_claim("iss"), nonce=launch.get_claim("nonce"))


def nonce_use(*, issuer: str, nonce: str) -> None:
    """Records a nonce as used; LaunchRefused if it was already."""
    try:
        with transaction.atomic():
            UsedNonce.objects.create(issuer=issuer, nonce=nonce)
    except IntegrityError:
        raise LaunchRefused("This launch was already used. Open the link in the LMS "
                            "again.") from None


# pylti1p3's messages, said for a person who followed a link from their LMS.
_REASONS = {
    "State not found": "The sign-in from the LMS could not be matched to this browser "
                       "(its cookie is missing). Open the link in the LMS again.",
    "Invalid Nonce": "The sign-in from the LMS was not started here, or took too long. "
                     "Open the link in the LMS again.",
    "Registration not found.": "This LMS (issuer and client id) is not registered in "
                               "Eigenlab.",
    "Client id not registered for this issuer": "This LMS (issuer and client id) is not "
                                                "registered in Eigenlab.",
    "Unable to find public key": "The LMS signed the launch with a key it does not publish.",
    "Missing id_token": "The LMS sent no id_token.",
}


def _in_words(message: str) -> str:
    if message.startswith("Can't decode id_token"):
        detail = message.partition(":")[2].strip()
        return f"The LMS's id_token was not accepted ({detail})."
    return _REASONS.get(message, f"The launch from the LMS was not accepted: {message}")
