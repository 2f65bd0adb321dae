"""Deep linking: an instructor picks exercises and modules; the LMS receives LtiResourceLink
items (title, URL, lineItem) in a JWT signed with the tool's key."""

import re

import jwt
import pytest
from django.test import Client
from django.urls import reverse
from lti_tool.models import Key

from exercises.models import Exercise
from tests.lti.conftest import launch_through
from tests.lti.lms import INSTRUCTOR, LEARNER, Launch, TestLms

pytestmark = pytest.mark.usefixtures("registered")
ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items"


def deep_link_launch(lms: TestLms, roles: list[str]) -> Launch:
    return Launch(sub="lms-prof", roles=roles, target_link_uri="http://testserver/lti/launch/",
                  deep_link_return_url=lms.base + "/deep-link-return", lineitem=None)


def picker(client: Client, lms: TestLms) -> str:
    answer = launch_through(client, lms, deep_link_launch(lms, INSTRUCTOR), deep_linking=True)
    assert answer.status_code == 200, answer.content.decode()[:400]
    assert "frame-ancestors https: http:" in answer["Content-Security-Policy"]
    return str(answer.content.decode())


def token_of(page: str) -> str:
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_an_instructor_picks_content_and_the_lms_gets_signed_resource_links(
        lms: TestLms, exercise: Exercise) -> None:
    client = Client()
    page = picker(client, lms)
    assert exercise.title in page and exercise.module.title in page

    answer = client.post(reverse("lti:deep_link_answer"), {
        "token": token_of(page),
        "item": [f"exercise:{exercise.pk}", f"module:{exercise.module.pk}"]})

    assert answer.status_code == 200
    html = answer.content.decode()
    assert f'action="{lms.base}/deep-link-return"' in html
    assert f"form-action 'self' {lms.base}" in answer["Content-Security-Policy"]
    token = re.search(r'name="JWT" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    # Checked with the tool's published public key, as the LMS checks it...
    public_key = Key.objects.active().latest().public_key
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience=lms.issuer)
    assert claims["iss"] == lms.client_id
    assert claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] == \
        "LtiDeepLinkingResponse"
    assert claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"] == {"opaque": "42"}
    exercise_item, module_item = claims[ITEMS]
    assert exercise_item["type"] == "ltiResourceLink" and exercise_item["title"] == "Dot product"
    assert exercise_item["url"] == "http://testserver" + reverse(
        "courses:exercise", args=[exercise.module.course.slug, exercise.slug])
    assert exercise_item["lineItem"] == {"scoreMaximum": 10.0, "label": "Dot product",
                                         "resourceId": f"exercise:{exercise.pk}"}
    assert module_item["url"].endswith(f"?module={exercise.module.slug}")
    assert module_item["lineItem"]["scoreMaximum"] == 10.0
    # ...and by the platform library itself (it fetches nothing: the tool's JWKS is given).
    platform = lms.config()
    platform.get_registration()
    assert platform.validate_deeplinking_resp({"JWT": token}) == claims[ITEMS]


def test_choosing_nothing_shows_the_picker_again_with_the_reason(
        lms: TestLms, exercise: Exercise) -> None:
    client = Client()
    page = picker(client, lms)
    answer = client.post(reverse("lti:deep_link_answer"), {"token": token_of(page)})
    assert answer.status_code == 400 and b"Choose an exercise" in answer.content
    assert exercise.title.encode() in answer.content


def test_a_forged_or_foreign_choice_is_refused(lms: TestLms, exercise: Exercise) -> None:
    client = Client()
    page = picker(client, lms)
    altered = client.post(reverse("lti:deep_link_answer"),
                          {"token": token_of(page) + "x", "item": f"exercise:{exercise.pk}"})
    assert altered.status_code == 400 and b"expired or was altered" in altered.content
    foreign = client.post(reverse("lti:deep_link_answer"),
                          {"token": token_of(page), "item": "exercise:999999"})
    assert foreign.status_code == 400 and b"not one of the offered" in foreign.content


def test_a_learner_cannot_choose_content(lms: TestLms, exercise: Exercise) -> None:
    answer = launch_through(Client(), lms, deep_link_launch(lms, LEARNER), deep_linking=True)
    assert answer.status_code == 403 and b"Only the course" in answer.content
