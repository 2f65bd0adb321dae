"""Launches from a real LTI 1.3 platform (lti1p3platform): OIDC login, the signed id_token,
the user bound to (issuer, sub), the run and enrolment, the landing page; and every refusal."""

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from lti_tool.models import LtiDeployment, LtiRegistration, LtiUser

from courses.models import CourseRun, Enrollment
from exercises.models import Exercise
from lti.models import ContextRun, ResourceTarget, UsedNonce
from tests.lti.conftest import id_token_through, launch_through
from tests.lti.lms import ADMINISTRATOR, INSTRUCTOR, LEARNER, TA, Launch, TestLms, new_private_key

pytestmark = pytest.mark.usefixtures("registered")


def exercise_page(exercise: Exercise) -> str:
    return reverse("courses:exercise", args=[exercise.module.course.slug, exercise.slug])


def learner_launch(exercise: Exercise, **extra: Any) -> Launch:
    return Launch(sub="lms-user-ada", roles=LEARNER,
                  target_link_uri="http://testserver" + exercise_page(exercise), **extra)


def test_a_learner_lands_on_the_linked_exercise_signed_in_and_enrolled(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    answer = launch_through(client, lms, learner_launch(
        exercise, custom={"section": "Recitation 3"}, lis={"person_sourcedid": "S-1024"}))

    assert answer.status_code == 302
    assert answer["Location"] == exercise_page(exercise)
    lti_user = LtiUser.objects.get(sub="lms-user-ada", registration__issuer=lms.issuer)
    user = lti_user.auth_user
    assert user is not None and not user.has_usable_password()
    assert user.username.startswith("ada-lovelace-") and not user.is_staff
    assert (user.first_name, user.last_name, user.email) == ("Ada", "Lovelace",
                                                             "ada@example.edu")
    link = ContextRun.objects.get(context__id_on_platform="course-v1:MIT+18.06+2026")
    assert link.run.course == exercise.module.course
    assert link.run.title == "MIT 18.06 Linear Algebra, Spring 2026"
    assert link.run.enrollment == CourseRun.Admission.LTI and not link.run.is_default
    enrollment = Enrollment.objects.get(user=user, run=link.run)
    assert enrollment.role == Enrollment.Role.LEARNER
    assert enrollment.section is not None and enrollment.section.name == "Recitation 3"
    assert enrollment.student_id == "S-1024"
    target = ResourceTarget.objects.get(resource_link__id_on_platform="link-1")
    assert target.exercise == exercise and target.lineitem_url == lms.lineitem_url(1)

    page = client.get(answer["Location"])  # the session is Eigenlab's own now
    assert page.status_code == 200 and page.context["user"] == user
    assert b"def dot(u, v):" in page.content


def test_the_same_lms_person_is_the_same_user_on_every_launch(
        lms: TestLms, exercise: Exercise) -> None:
    launch_through(Client(), lms, learner_launch(exercise))
    launch_through(Client(), lms, learner_launch(exercise, name="Ada King",
                                                 given_name="Ada", family_name="King"))

    users = User.objects.filter(lti_users__sub="lms-user-ada")
    assert users.count() == 1
    assert users.get().last_name == "King"  # names follow the LMS
    assert ContextRun.objects.count() == 1 and Enrollment.objects.filter(
        user=users.get()).count() == 1


def test_an_lms_email_never_takes_over_an_existing_account(
        client: Client, lms: TestLms, exercise: Exercise, learner: User) -> None:
    launch_through(client, lms, learner_launch(exercise, email=learner.email))

    bound = LtiUser.objects.get(sub="lms-user-ada").auth_user
    assert bound is not None and bound != learner


@pytest.mark.parametrize(("roles", "expected"), [
    (LEARNER, Enrollment.Role.LEARNER),
    (INSTRUCTOR, Enrollment.Role.INSTRUCTOR),
    (TA, Enrollment.Role.TA),
    (ADMINISTRATOR, Enrollment.Role.INSTRUCTOR),
    (["Instructor"], Enrollment.Role.INSTRUCTOR),  # an older platform's short name
])
def test_lms_roles_become_run_roles(lms: TestLms, exercise: Exercise, roles: list[str],
                                    expected: str) -> None:
    launch = learner_launch(exercise, nrps=False)
    launch.roles = roles
    launch_through(Client(), lms, launch)

    user = LtiUser.objects.get(sub="lms-user-ada").auth_user
    assert Enrollment.objects.get(user=user).role == expected
    assert user is not None and not user.is_staff and not user.is_superuser


def test_a_course_link_without_an_exercise_lands_on_the_course_page(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    course_page = reverse("courses:course", args=[exercise.module.course.slug])
    answer = launch_through(client, lms, Launch(
        sub="lms-user-ada", roles=LEARNER, target_link_uri="http://testserver" + course_page,
        lineitem=None))

    assert answer.status_code == 302 and answer["Location"] == course_page
    target = ResourceTarget.objects.get()
    assert target.exercise is None and target.module is None and target.lineitem_url == ""


def test_a_plain_tool_link_is_refused_until_content_is_chosen(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    answer = launch_through(client, lms, Launch(
        sub="lms-user-ada", roles=LEARNER, target_link_uri="http://testserver/lti/launch/"))

    assert answer.status_code == 403
    assert b"select content from Eigenlab" in answer.content
    assert not ContextRun.objects.exists()


# ---- Refusals ----

def refused(client: Client, lms: TestLms, launch: Launch) -> str:
    answer = launch_through(client, lms, launch)
    assert answer.status_code == 403, answer.status_code
    assert "_auth_user_id" not in client.session
    return str(answer.content.decode())


def test_a_forged_signature_is_refused(client: Client, lms: TestLms, exercise: Exercise) -> None:
    page = refused(client, lms, learner_launch(exercise, sign_with=new_private_key()))
    assert "Signature verification failed" in page
    assert not LtiUser.objects.exists()


def test_a_token_for_another_audience_is_refused(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    page = refused(client, lms, learner_launch(exercise, claims={"aud": "another-tool"}))
    assert "not registered in Eigenlab" in page


def test_an_expired_token_is_refused(client: Client, lms: TestLms, exercise: Exercise) -> None:
    page = refused(client, lms, learner_launch(exercise, expires_in=-60))
    assert "Signature has expired" in page


def test_a_replayed_token_is_refused(client: Client, lms: TestLms, exercise: Exercise) -> None:
    answer = id_token_through(client, lms, learner_launch(exercise))
    form = {"id_token": answer["id_token"], "state": answer["state"]}
    assert client.post(reverse("lti:launch"), form).status_code == 302
    client.logout()

    again = client.post(reverse("lti:launch"), form)
    assert again.status_code == 403 and b"already used" in again.content
    assert "_auth_user_id" not in client.session
    assert UsedNonce.objects.count() == 1
    # Another browser that copied the token has no state cookie: refused before the nonce.
    elsewhere = Client().post(reverse("lti:launch"), form)
    assert elsewhere.status_code == 403


def test_an_unknown_deployment_is_refused_and_shown_to_the_admin(
        client: Client, lms: TestLms, exercise: Exercise, admin_user: User) -> None:
    deployment = "https://purl.imsglobal.org/spec/lti/claim/deployment_id"
    page = refused(client, lms, learner_launch(exercise, claims={deployment: "rogue-9"}))
    assert "rogue-9" in page and "not registered" in page
    assert not LtiDeployment.objects.get(deployment_id="rogue-9").is_active
    assert not LtiUser.objects.exists() and not ContextRun.objects.exists()

    client.force_login(admin_user)
    registration = LtiDeployment.objects.get(deployment_id="rogue-9").registration
    shown = client.get(reverse("lti:platform", args=[registration.pk]))
    assert b"rogue-9" in shown.content


def test_an_unknown_issuer_is_refused(client: Client, lms: TestLms, exercise: Exercise) -> None:
    page = refused(client, lms, learner_launch(exercise, claims={"iss": "https://rogue.example"}))
    assert "not registered in Eigenlab" in page


def test_an_unknown_issuer_cannot_even_start_a_login(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    url = lms.login_initiation_url(user_id="x", target_link_uri="http://testserver/")
    answer = client.get(url.replace("iss=", "iss=https%3A%2F%2Frogue.example%2F&old_iss="))
    assert answer.status_code == 400
    assert b"not accepted" in answer.content


def test_a_launch_without_the_login_state_cookie_is_refused(
        lms: TestLms, exercise: Exercise) -> None:
    answer = id_token_through(Client(), lms, learner_launch(exercise))
    stranger = Client().post(reverse("lti:launch"),
                             {"id_token": answer["id_token"], "state": answer["state"]})
    assert stranger.status_code == 403 and b"cookie is missing" in stranger.content


def test_a_login_inside_a_frame_checks_cookies_first(client: Client, lms: TestLms) -> None:
    url = lms.login_initiation_url(user_id="x", target_link_uri="http://testserver/")
    answer = client.get(url, headers={"Sec-Fetch-Dest": "iframe"})

    assert answer.status_code == 200  # pylti1p3's cookie check page, not a redirect
    assert b"Open Eigenlab in a new window" in answer.content
    nonce = answer.wsgi_request.csp_nonce  # type: ignore[attr-defined]
    assert f'<script nonce="{nonce}">'.encode() in answer.content
    assert "frame-ancestors https: http:" in answer["Content-Security-Policy"]
    assert "X-Frame-Options" not in answer


def test_over_https_the_login_state_cookie_survives_the_lms_cross_site_post(
        client: Client, lms: TestLms) -> None:
    """The LMS posts the id_token from its own site: only a SameSite=None; Secure cookie is
    sent with that post (pylti1p3 sets it so under HTTPS)."""
    url = lms.login_initiation_url(user_id="x", target_link_uri="https://testserver/")
    answer = client.get(url, secure=True)
    [state] = [cookie for name, cookie in answer.cookies.items() if name.startswith("lti1p3-state")]
    assert state["samesite"] == "None" and state["secure"] and state["httponly"]


def test_a_login_url_naming_its_registration_needs_no_client_id(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    url = lms.login_initiation_url(user_id="x", target_link_uri="http://testserver/")
    params = dict(parse_qsl(urlsplit(url).query))
    del params["client_id"]
    generic = client.get(reverse("lti:login") + "?" + urlencode(params))
    assert generic.status_code == 400  # which of the issuer's registrations? unknown
    uuid = LtiRegistration.objects.get().uuid
    named = client.get(reverse("lti:login_for", args=[uuid]) + "?" + urlencode(params))
    assert named.status_code == 302 and named["Location"].startswith(lms.auth_url)


def test_a_launch_inside_a_frame_continues_in_a_window_of_its_own(
        client: Client, lms: TestLms, exercise: Exercise) -> None:
    answer = id_token_through(client, lms, learner_launch(exercise))
    framed = client.post(reverse("lti:launch"), {"id_token": answer["id_token"],
                                                 "state": answer["state"]},
                         headers={"Sec-Fetch-Dest": "iframe"})
    assert framed.status_code == 200 and "X-Frame-Options" not in framed
    assert "_auth_user_id" not in client.session
    link = framed.context["url"]
    assert f'href="{link}" target="_blank"' in framed.content.decode()

    window = Client()
    opened = window.get(link)
    assert opened.status_code == 302 and opened["Location"] == exercise_page(exercise)
    assert window.get(opened["Location"]).context["user"].lti_users.get().sub == "lms-user-ada"
    assert Client().get(link).status_code == 400  # once only
