"""Deep linking: an instructor picks Eigenlab content in the LMS, and the LMS gets links.

The picker carries what the answer needs in a signed token (which LMS, which deployment, the
LMS's deep-linking settings, the courses offered): the picker often shows inside the LMS's
frame, where our cookies may not arrive, so nothing of it lives in a session.
"""

from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from lti_tool.models import LtiLaunch, LtiRegistration
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.lineitem import LineItem

from courses.models import Course, Module
from exercises.models import Exercise
from lti.targets import Target

SALT = "lti.deep-link"
TOKEN_SECONDS = 60 * 60
SETTINGS_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
DEPLOYMENT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/deployment_id"


class NewWindowResource(DeepLinkResource):  # type: ignore[misc]
    """A link the LMS opens in a window of its own (Eigenlab's pages refuse to be framed)."""

    def to_dict(self) -> dict[str, object]:
        item: dict[str, object] = super().to_dict()
        item["window"] = {"targetName": "eigenlab"}
        return item


def picker_token(*, launch: LtiLaunch, user_id: int, course_ids: list[int]) -> str:
    return signing.dumps({
        "registration": launch.registration.pk,
        "deployment_id": launch.get_claim(DEPLOYMENT_CLAIM),
        "settings": launch.get_claim(SETTINGS_CLAIM) or {},
        "user": user_id, "courses": course_ids,
    }, salt=SALT, compress=True)


def picker_token_read(token: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = signing.loads(token, salt=SALT, max_age=TOKEN_SECONDS)
    except signing.BadSignature:
        raise ValidationError("This selection expired or was altered. Start it again from "
                              "the LMS.") from None
    return data


def targets_chosen(*, choices: list[str], course_ids: list[int],
                   accept_multiple: bool) -> list[Target]:
    """`course:ID`, `module:ID` or `exercise:ID` choices of the offered courses, as targets."""
    if not choices:
        raise ValidationError("Choose an exercise, a module or a course.")
    if len(choices) > 1 and not accept_multiple:
        raise ValidationError("The LMS accepts one item here: choose only one.")
    return [_target(choice, course_ids) for choice in choices]


def _target(choice: str, course_ids: list[int]) -> Target:
    kind, _, raw_id = choice.partition(":")
    found: Target | None = None
    if raw_id.isdigit():
        if kind == "exercise":
            exercise = Exercise.objects.select_related("module__course").filter(
                pk=int(raw_id), module__course_id__in=course_ids).first()
            found = Target(course=exercise.module.course, exercise=exercise) if exercise else None
        elif kind == "module":
            module = Module.objects.select_related("course").filter(
                pk=int(raw_id), course_id__in=course_ids).first()
            found = Target(course=module.course, module=module) if module else None
        elif kind == "course":
            course = Course.objects.filter(pk=int(raw_id), pk__in=course_ids).first()
            found = Target(course=course) if course else None
    if found is None:
        raise ValidationError("That choice is not one of the offered courses' content.")
    return found


def response_jwt(*, data: dict[str, Any], targets: list[Target], base_url: str) -> str:
    """The signed LtiDeepLinkingResponse: one LtiResourceLink per target, graded ones with a
    line item (score maximum: its points)."""
    resources = []
    for target in targets:
        resource = NewWindowResource().set_title(target.title).set_url(base_url + target.url)
        if target.points > 0:
            resource.set_lineitem(LineItem().set_score_maximum(target.points)
                                  .set_label(target.title).set_resource_id(target.resource_id))
        resources.append(resource)
    registration = LtiRegistration.objects.get(pk=data["registration"])
    deep_link = DeepLink(registration.to_registration(), data["deployment_id"], data["settings"])
    jwt: str = deep_link.get_response_jwt(resources)
    return jwt
