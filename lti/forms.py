from typing import Any

from django import forms
from lti_tool.models import LtiRegistration

from lti.registrations import PlatformFields


class PlatformForm(forms.Form):
    """A platform (LMS) registration: the values the LMS shows once Eigenlab is added to it."""

    name = forms.CharField(max_length=255, help_text="For you: e.g. “University Canvas”.")
    issuer = forms.CharField(max_length=255, help_text="The LMS's issuer (iss), e.g. "
                             "https://canvas.instructure.com or the Moodle site's URL.")
    client_id = forms.CharField(max_length=255, label="Client ID")
    deployment_ids = forms.CharField(
        label="Deployment IDs", widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line. Launches from any other deployment are refused.")
    auth_url = forms.URLField(max_length=200, assume_scheme="https",
                              label="Authentication request URL",
                              help_text="The LMS's OIDC authorization endpoint.")
    token_url = forms.URLField(max_length=200, assume_scheme="https", label="Access token URL")
    keyset_url = forms.URLField(max_length=200, assume_scheme="https",
                                label="Public keyset (JWKS) URL")
    audience = forms.CharField(max_length=255, required=False,
                               help_text="Only if the LMS asks for an audience other than "
                                         "the access token URL.")
    is_active = forms.BooleanField(required=False, initial=True, label="Accept launches")

    @classmethod
    def for_registration(cls, registration: LtiRegistration) -> "PlatformForm":
        deployments = registration.deployments.filter(is_active=True).order_by("deployment_id")
        return cls(initial={
            "name": registration.name, "issuer": registration.issuer,
            "client_id": registration.client_id, "auth_url": registration.auth_url,
            "token_url": registration.token_url, "keyset_url": registration.keyset_url,
            "audience": registration.audience, "is_active": registration.is_active,
            "deployment_ids": "\n".join(deployments.values_list("deployment_id", flat=True)),
        })

    def clean_deployment_ids(self) -> list[str]:
        raw = self.cleaned_data["deployment_ids"].replace(",", "\n").splitlines()
        ids = list(dict.fromkeys(item.strip() for item in raw if item.strip()))
        if not ids:
            raise forms.ValidationError("List at least one deployment id.")
        if any(len(item) > 255 for item in ids):
            raise forms.ValidationError("A deployment id has at most 255 characters.")
        return ids

    def fields_value(self) -> PlatformFields:
        data: dict[str, Any] = {name: self.cleaned_data[name] for name in (
            "name", "issuer", "client_id", "auth_url", "token_url", "keyset_url", "audience",
            "is_active", "deployment_ids")}
        data["name"] = data["name"].strip()
        data["issuer"] = data["issuer"].strip()
        data["client_id"] = data["client_id"].strip()
        return PlatformFields(**data)
