"""The LMS platforms page (admins only): registering a platform, the values for the LMS, the
tool's keys and their rotation, the JWKS."""

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from lti_tool.models import Key, LtiDeployment, LtiRegistration

from lti import registrations


def platform_form(**changes: str) -> dict[str, str]:
    form = {"name": "University Canvas", "issuer": "https://canvas.instructure.com",
            "client_id": "10000000000042", "deployment_ids": "7:abc\n8:def",
            "auth_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
            "token_url": "https://sso.canvaslms.com/login/oauth2/token",
            "keyset_url": "https://sso.canvaslms.com/api/lti/security/jwks", "is_active": "on"}
    form.update(changes)
    return form


@pytest.fixture
def admin_client(admin_user: User) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


def test_only_admins_see_the_platforms_page(client: Client, instructor: User) -> None:
    assert client.get(reverse("lti:platforms")).status_code == 302  # to the login page
    client.force_login(instructor)
    assert client.get(reverse("lti:platforms")).status_code == 403
    assert client.post(reverse("lti:platforms"), platform_form()).status_code == 403
    assert client.post(reverse("lti:key_rotate")).status_code == 403
    assert not LtiRegistration.objects.exists()


def test_an_admin_registers_a_platform_and_gets_the_values_for_the_lms(
        admin_client: Client) -> None:
    page = admin_client.get(reverse("lti:platforms"))
    assert page.status_code == 200
    assert b"http://testserver/lti/launch/" in page.content
    assert b"http://testserver/.well-known/jwks.json" in page.content

    answer = admin_client.post(reverse("lti:platforms"), platform_form())
    registration = LtiRegistration.objects.get()
    assert answer.status_code == 302
    assert answer["Location"] == reverse("lti:platform", args=[registration.pk])
    assert sorted(registration.deployments.filter(is_active=True).values_list(
        "deployment_id", flat=True)) == ["7:abc", "8:def"]
    detail = admin_client.get(answer["Location"]).content.decode()
    assert "http://testserver/lti/login/" in detail
    assert f"http://testserver/lti/login/{registration.uuid}/" in detail
    assert Key.objects.active().count() == 1  # made on first need


@pytest.mark.parametrize(("changes", "message"), [
    ({"auth_url": "not a url"}, "Enter a valid URL"),
    ({"deployment_ids": "  \n "}, "This field is required"),
    ({"issuer": ""}, "This field is required"),
])
def test_a_bad_registration_is_refused_with_the_reason(
        admin_client: Client, changes: dict[str, str], message: str) -> None:
    answer = admin_client.post(reverse("lti:platforms"), platform_form(**changes))
    assert answer.status_code == 400 and message in answer.content.decode()
    assert not LtiRegistration.objects.exists()


def test_the_same_issuer_and_client_cannot_be_registered_twice(admin_client: Client) -> None:
    admin_client.post(reverse("lti:platforms"), platform_form())
    again = admin_client.post(reverse("lti:platforms"), platform_form(name="Twice"))
    assert again.status_code == 400 and b"already registered" in again.content
    assert LtiRegistration.objects.count() == 1


def test_editing_a_platform_drops_an_unlisted_deployment(admin_client: Client) -> None:
    admin_client.post(reverse("lti:platforms"), platform_form())
    registration = LtiRegistration.objects.get()
    answer = admin_client.post(reverse("lti:platform", args=[registration.pk]),
                               platform_form(deployment_ids="8:def"))
    assert answer.status_code == 302
    states = dict(LtiDeployment.objects.values_list("deployment_id", "is_active"))
    assert states == {"7:abc": False, "8:def": True}


def test_rotating_keeps_recent_keys_published_and_signs_with_the_new_one(
        admin_client: Client, settings: Any) -> None:
    first = registrations.key_ensure()
    Key.objects.filter(pk=first.pk).update(
        datetime_created=timezone.now() - timedelta(days=settings.LTI_KEY_OVERLAP_DAYS + 1))
    second = registrations.key_rotate()  # the first is older than the overlap: retired
    answer = admin_client.post(reverse("lti:key_rotate"))
    assert answer.status_code == 302

    published = {key["kid"] for key in admin_client.get("/.well-known/jwks.json").json()["keys"]}
    newest = Key.objects.active().latest()
    assert published == {str(second), str(newest)} and str(first) not in published
    assert newest != second

    admin_client.post(reverse("lti:key_retire", args=[second.pk]))
    assert not Key.objects.get(pk=second.pk).is_active
    refused = admin_client.post(reverse("lti:key_retire", args=[newest.pk]), follow=True)
    assert b"needs an active key" in refused.content and Key.objects.get(pk=newest.pk).is_active
