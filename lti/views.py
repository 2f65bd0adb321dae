"""LTI 1.3 endpoints (OIDC login, launch, deep-linking answer) and the LMS staff pages.

Eigenlab's pages refuse to be framed (the editor takes keystrokes: a clickjacking target),
so a launch opens in a window of its own. Only the pages an LMS shows inside its frame may be
framed: the OIDC login's cookie check, the "Open Eigenlab" page of a launch that arrived in a
frame (a one-time link signs the learner in, in a new window), the deep-linking picker and
answer, and refusals.
Those work without our cookies; the launch itself needs the state cookie pylti1p3 sets at
login (SameSite=None; Secure over HTTPS), and signs the learner in with Django's session
cookie, which stays SameSite=Lax (it arrives with the top-level GET the launch redirects to).
"""

import hashlib
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import login as sign_in
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from lti_tool.models import Key, LtiLaunch, LtiRegistration
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoOIDCLogin
from pylti1p3.exception import LtiException, OIDCException

from config.http import SignedInRequest
from courses.models import Course
from courses.permissions import is_admin
from lti import deeplinks, launches, passbacks, registrations, selectors, services, tasks
from lti.forms import PlatformForm
from lti.launches import LaunchRefused
from lti.models import ContextRun

# Pages an LMS may show in its own frame: whichever LMS host (Canvas serves courses from each
# school's domain, not its issuer's), and nothing in them acts without the LMS's signature.
FRAMABLE = {"frame-ancestors": ["https:", "http:"]}
SIGN_IN_BACKEND = "django.contrib.auth.backends.ModelBackend"
CONTINUE_SALT = "lti.continue"
CONTINUE_SECONDS = 120


def _base_url(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _in_frame(request: HttpRequest) -> bool:
    return request.headers.get("Sec-Fetch-Dest", "") in {"iframe", "frame"}


def _refused(request: HttpRequest, reason: str, status: int = 403) -> HttpResponse:
    """Why the LMS's request was not accepted; shown wherever the LMS put it (a frame too)."""
    return _framable(render(request, "lti/refused.html", {"reason": reason}, status=status))


def _framable(response: HttpResponse) -> HttpResponse:
    """Lets the LMS show this response in its frame (what django-csp's and Django's
    decorators do, for one response)."""
    response.xframe_options_exempt = True  # type: ignore[attr-defined]
    response._csp_replace = FRAMABLE  # type: ignore[attr-defined]
    return response


# ---- The LTI endpoints ----

@csrf_exempt
@require_http_methods(["GET", "POST"])
def oidc_login(request: HttpRequest, registration_uuid: str | None = None) -> HttpResponse:
    """Third-party initiated login: back to the LMS's authorization endpoint, with a state
    cookie and a nonce. Inside a frame, pylti1p3's page first checks that cookies work there
    and otherwise offers to continue in a new window."""
    params = request.POST if request.method == "POST" else request.GET
    if not params.get("target_link_uri"):
        return _refused(request, "The LMS did not say which link to open (target_link_uri).",
                        400)
    login = DjangoOIDCLogin(request, launches.ToolConfig(registration_uuid),
                            launch_data_storage=DjangoCacheDataStorage())
    if _in_frame(request) and not params.get("lti1p3_new_window"):
        login.enable_check_cookies(
            "Your browser keeps cookies from pages inside the LMS; Eigenlab needs one to "
            "sign you in.", "Open Eigenlab in a new window.", "Loading…")
    try:
        response: HttpResponse = login.redirect(_base_url(request) + reverse("lti:launch"))
    except (OIDCException, LtiException) as error:
        return _refused(request, f"The LMS's sign-in request was not accepted: {error}.", 400)
    if response.status_code == 200:  # the cookie check page: its inline script needs our nonce
        nonce = getattr(request, "csp_nonce", "")
        response.content = response.content.replace(
            b'<script type="text/javascript">', f'<script nonce="{nonce}">'.encode())
    return _framable(response)


@csrf_exempt
@require_POST
def launch(request: HttpRequest) -> HttpResponse:
    """The id_token from the LMS: a resource link opens its page, signed in; a deep-linking
    request shows the picker."""
    try:
        lti_launch = launches.launch_validate(request)
        if lti_launch.is_deep_link_launch:
            return _deep_link_picker(request, lti_launch)
        if not lti_launch.is_resource_launch:
            raise LaunchRefused("Eigenlab opens links and offers content to link; it does not "
                                "take this kind of LMS message.")
        landing = services.resource_launch_accept(launch=lti_launch)
    except LaunchRefused as refusal:
        return _refused(request, str(refusal))
    if _in_frame(request):
        # Our pages refuse frames, and a session cookie set here would not reach them anyway:
        # the learner continues in a window of their own, with a one-time link.
        token = signing.dumps({"user": landing.user.pk, "url": landing.url}, salt=CONTINUE_SALT)
        return _framable(render(request, "lti/open_window.html",
                                {"url": reverse("lti:continue", args=[token])}))
    sign_in(request, landing.user, backend=SIGN_IN_BACKEND)
    return redirect(landing.url)


@require_GET
def continue_launch(request: HttpRequest, token: str) -> HttpResponse:
    """The window a launch inside an LMS frame opens: signs the learner in, once, briefly."""
    try:
        data = signing.loads(token, salt=CONTINUE_SALT, max_age=CONTINUE_SECONDS)
        launches.nonce_use(issuer=CONTINUE_SALT,
                           nonce=hashlib.sha256(token.encode()).hexdigest())
    except (signing.BadSignature, LaunchRefused):
        return _refused(request, "This link was used already or has expired. Open it again "
                                 "from the LMS.", 400)
    user = get_object_or_404(User, pk=data["user"], is_active=True)
    url = data["url"] if url_has_allowed_host_and_scheme(data["url"], allowed_hosts=None) else "/"
    sign_in(request, user, backend=SIGN_IN_BACKEND)
    return redirect(url)


def _deep_link_picker(request: HttpRequest, lti_launch: LtiLaunch) -> HttpResponse:
    user = services.deep_link_launch_accept(launch=lti_launch)
    courses = services.courses_to_link(context=_context_or_none(lti_launch))
    settings_claim = lti_launch.get_claim(deeplinks.SETTINGS_CLAIM) or {}
    token = deeplinks.picker_token(launch=lti_launch, user_id=user.pk,
                                   course_ids=[course.pk for course in courses])
    return _picker_page(request, courses, token, settings_claim)


def _picker_page(request: HttpRequest, courses: list, token: str, settings_claim: dict,
                 error: str = "", status: int = 200) -> HttpResponse:
    return _framable(render(request, "lti/deep_link.html", {
        "courses": courses, "token": token, "error": error,
        "multiple": settings_claim.get("accept_multiple", True) not in (False, "false"),
        "title": settings_claim.get("title", ""),
    }, status=status))


def _context_or_none(lti_launch: LtiLaunch) -> object:
    return lti_launch.context if lti_launch.context_claim else None


@csrf_exempt  # the signed token is the proof: in the LMS's frame our CSRF cookie may be absent
@require_POST
def deep_link_answer(request: HttpRequest) -> HttpResponse:
    token = request.POST.get("token", "")
    try:
        data = deeplinks.picker_token_read(token)
    except ValidationError as error:
        return _refused(request, error.messages[0], 400)
    settings_claim = data["settings"]
    try:
        targets = deeplinks.targets_chosen(
            choices=request.POST.getlist("item"), course_ids=data["courses"],
            accept_multiple=settings_claim.get("accept_multiple", True) not in (False, "false"))
    except ValidationError as error:
        courses = list(Course.objects.filter(pk__in=data["courses"])
                       .prefetch_related("modules__exercises").order_by("order", "title"))
        return _picker_page(request, courses, token, settings_claim, error.messages[0], 400)
    jwt = deeplinks.response_jwt(data=data, targets=targets, base_url=_base_url(request))
    return_url = settings_claim.get("deep_link_return_url", "")
    response = render(request, "lti/deep_link_return.html",
                      {"return_url": return_url, "jwt": jwt, "targets": targets})
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(return_url))
    response._csp_update = {"form-action": [origin]}  # type: ignore[attr-defined]
    return _framable(response)


# ---- Staff pages ----

def _admin_only(request: SignedInRequest) -> None:
    if not is_admin(request.user):
        raise PermissionDenied("Only administrators register LMS platforms.")


@login_required
@require_http_methods(["GET", "POST"])
def platforms(request: SignedInRequest) -> HttpResponse:
    _admin_only(request)
    form = PlatformForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = registrations.platform_register(fields=form.fields_value())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"{registration.name} is registered. Paste Eigenlab's "
                                       "values below into the LMS.")
            return redirect("lti:platform", registration.pk)
    registrations.key_ensure()
    return render(request, "lti/platforms.html", {
        "form": form, "registrations": selectors.registrations(), "keys": selectors.keys(),
        "urls": selectors.tool_urls(base=_base_url(request)),
        "contexts": ContextRun.objects.select_related("context__deployment__registration",
                                                      "run__course").order_by("-created_at"),
    }, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def platform(request: SignedInRequest, pk: int) -> HttpResponse:
    _admin_only(request)
    registration = get_object_or_404(LtiRegistration, pk=pk)
    form = (PlatformForm(request.POST) if request.method == "POST"
            else PlatformForm.for_registration(registration))
    if request.method == "POST" and form.is_valid():
        try:
            registrations.platform_update(registration=registration, fields=form.fields_value())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"{registration.name} is saved.")
            return redirect("lti:platform", registration.pk)
    return render(request, "lti/platform.html", {
        "registration": registration, "form": form,
        "urls": selectors.tool_urls(base=_base_url(request), registration=registration),
        "refused": selectors.unregistered_deployments(registration=registration),
    }, status=400 if form.errors else 200)


@login_required
@require_POST
def key_rotate(request: SignedInRequest) -> HttpResponse:
    _admin_only(request)
    key = registrations.key_rotate()
    messages.success(request, f"New signing key {key}. Older keys stay published for a while, "
                              "so what they signed can still be checked.")
    return redirect("lti:platforms")


@login_required
@require_POST
def key_retire(request: SignedInRequest, pk: int) -> HttpResponse:
    _admin_only(request)
    try:
        registrations.key_retire(key=get_object_or_404(Key, pk=pk))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "The key is no longer published.")
    return redirect("lti:platforms")


@login_required
@require_GET
def run_lms(request: SignedInRequest, run_id: int) -> HttpResponse:
    run = selectors.run_for_manager(user=request.user, run_id=run_id)
    return render(request, "lti/run.html", {
        "page": selectors.run_lms_page(run=run),
        "summaries": selectors.passback_summaries(run=run)})


@login_required
@require_POST
def run_roster_sync(request: SignedInRequest, run_id: int) -> HttpResponse:
    run = selectors.run_for_manager(user=request.user, run_id=run_id)
    link = ContextRun.objects.filter(run=run).first()
    if link is None:
        messages.error(request, "This run is not linked to an LMS course.")
    else:
        tasks.sync_roster.send_on_commit(link.pk)
        messages.success(request, "The roster is being fetched from the LMS; reload in a "
                                  "moment to see when it arrived.")
    return redirect("lti:run", run.pk)


@login_required
@require_POST
def run_resend(request: SignedInRequest, run_id: int) -> HttpResponse:
    run = selectors.run_for_manager(user=request.user, run_id=run_id)
    count = passbacks.passbacks_retry(run_id=run.pk)
    messages.success(request, f"{count} failed score{'s' if count != 1 else ''} will be sent "
                              "again.")
    return redirect("lti:run", run.pk)
