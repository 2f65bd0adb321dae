"""Learner pages: thin views over courses.selectors (reads) and courses.services (writes;
the editor's drafts: courses.drafts)."""

import re
from dataclasses import replace

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.core.exceptions import BadRequest, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from config import throttle
from config.http import SignedInRequest
from courses import accounts, hints, permissions, selectors
from courses.drafts import draft_discard, draft_save
from courses.forms import JoinForm, SignupForm
from courses.services import enroll_with_code, enrollment_create
from exercises.models import Exercise
from grader.models import Submission
from grader.selectors import (
    History,
    history_of_learner,
    latest_submission,
    submission_get_for_owner,
)
from grader.snippets import example_call

# The history shown beside the editor, per group (attempts, checks); the rest is in the admin.
ATTEMPTS_SHOWN = 50
# The id of the exercise page's result panel and of its notice for refused posts: a refusal
# aimed at the panel goes to the notice, so a pending result keeps polling.
RESULT_TARGET = "result"
REFUSAL_TARGET = "#send-notice"
# ASCII digits only: str.isdigit() also accepts "²", which int() then refuses (a 500).
# At most 18 digits: every such number fits the database's 64-bit ids.
SUBMISSION_NUMBER = re.compile(r"[0-9]{1,18}")
# Signup signs the new user in through the backend that checks passwords, not axes' guard.
SIGN_IN_BACKEND = "django.contrib.auth.backends.ModelBackend"


@login_required
@require_GET
def catalog(request: SignedInRequest) -> HttpResponse:
    outlines = selectors.catalog(user=request.user)
    return render(request, "courses/catalog.html", {"outlines": outlines})


@login_required
@require_GET
def course_detail(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_for_learner(user=request.user, slug=slug)
    outline = selectors.course_outline(user=request.user, course=course)
    context = {"outline": outline, "now": timezone.now(),
               "teaches": permissions.teaches(request.user, course)}
    return render(request, "courses/course.html", context)


@login_required
@require_POST
def course_enroll(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_for_learner(user=request.user, slug=slug)
    try:
        enrollment_create(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"You are enrolled in {course.title}.")
    return redirect("courses:course", slug=course.slug)


JOIN_TEMPLATE = "courses/join.html"


@login_required
@require_http_methods(["GET", "POST"])
def join_with_code(request: SignedInRequest) -> HttpResponse:
    """A learner joins a run and section with the join code from their instructor; a link
    may carry the code (?code=), so a class can be sent one link."""
    form = JoinForm(request.POST or None, initial={"code": request.GET.get("code", "")[:40]})
    if request.method == "GET" or not form.is_valid():
        return render(request, JOIN_TEMPLATE, {"form": form},
                      status=200 if request.method == "GET" else 422)
    if too_fast := throttle.refusal(request, "join"):
        form.add_error("code", too_fast)
        return render(request, JOIN_TEMPLATE, {"form": form}, status=429)
    try:
        enrollment, joined = enroll_with_code(user=request.user, code=form.cleaned_data["code"])
    except ValidationError as error:
        form.add_error("code", error)
        return render(request, JOIN_TEMPLATE, {"form": form}, status=422)
    run = enrollment.run
    where = f"{run.course.title} ({run.title}" + (
        f", section {enrollment.section.name})" if enrollment.section else ")")
    if joined:
        messages.success(request, f"Welcome: you joined {where}.")
    else:
        messages.info(request, f"You are already in {where}.")
    return redirect("courses:course", slug=run.course.slug)


@login_required
@require_GET
def exercise_detail(request: SignedInRequest, course_slug: str, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_learner(
        user=request.user, slug=slug, course_slug=course_slug
    )
    previous, following = selectors.exercise_neighbours(exercise=exercise)
    examples = selectors.public_examples(user=request.user, exercise=exercise)
    context = {
        "exercise": exercise,
        "module": exercise.module,
        "course": exercise.module.course,
        "examples": examples,
        "run_snippet": example_call(exercise.entry, examples[0] if examples else None),
        "editor": _editor(request, exercise),
        "result": _result(request, exercise),
        "progress": selectors.progress_of(user=request.user, exercise=exercise),
        "due": selectors.due_for_learner(user=request.user, exercise=exercise),
        "hints": hints.hints_for(user=request.user, exercise=exercise),
        "confirmation_needed": accounts.confirmation_needed(
            request.user, selectors.run_of_learner(user=request.user,
                                                   course=exercise.module.course_id)),
        "history": _history(request, exercise),
        "previous": previous,
        "next": following,
    }
    return render(request, "courses/exercise.html", context)


@login_required
@require_POST
def hint_reveal_view(request: SignedInRequest, course_slug: str, slug: str,
                     number: int) -> HttpResponse:
    """Reveals a hint that costs points (the page asked the learner to confirm)."""
    exercise = selectors.exercise_get_for_learner(
        user=request.user, slug=slug, course_slug=course_slug
    )
    try:
        hint = hints.hint_reveal(user=request.user, exercise=exercise, number=number)
    except ValidationError as error:
        if request.htmx:
            return HttpResponse(" ".join(error.messages), status=409)
        messages.error(request, " ".join(error.messages))
        return redirect("courses:exercise", course_slug=course_slug, slug=slug)
    if request.htmx:
        return render(request, "courses/_hint.html", {
            "hint": hint, "exercise": exercise, "course": exercise.module.course,
            "count": len(exercise.hints)})
    return redirect("courses:exercise", course_slug=course_slug, slug=slug)


@login_required
@require_GET
def exercise_attempts(request: SignedInRequest, course_slug: str, slug: str) -> HttpResponse:
    """The attempt history alone, refreshed by htmx when a submission is sent or graded."""
    exercise = selectors.exercise_get_for_learner(
        user=request.user, slug=slug, course_slug=course_slug
    )
    context = {"exercise": exercise, "course": exercise.module.course,
               "history": _history(request, exercise)}
    return render(request, "courses/_attempts.html", context)


def _history(request: SignedInRequest, exercise: Exercise) -> History:
    return history_of_learner(user=request.user, exercise=exercise, limit=ATTEMPTS_SHOWN)


def _owned_submission(
    request: SignedInRequest, param: str, exercise: Exercise
) -> Submission | None:
    """The learner's own submission named in the query string, if it belongs here."""
    raw = request.GET.get(param, "")
    if not raw:
        return None
    if not SUBMISSION_NUMBER.fullmatch(raw):
        raise BadRequest(f"?{param}= must be a submission number.")
    submission = submission_get_for_owner(user=request.user, submission_id=int(raw))
    return submission if submission.exercise_id == exercise.pk else None


def _editor(request: SignedInRequest, exercise: Exercise) -> selectors.EditorStart:
    start = selectors.editor_start(user=request.user, exercise=exercise)
    loaded = _owned_submission(request, "from", exercise)
    if loaded is None:
        return start
    # An attempt loaded on purpose wins over the draft, and over the browser's copy too.
    return replace(start, code=loaded.code, fallback=loaded.code, restored=None,
                   known_at=timezone.now())


def _result(request: SignedInRequest, exercise: Exercise) -> Submission | None:
    # Without htmx the form posts normally and lands here with ?submission=<id>; otherwise a
    # reload shows the newest result, as the attempt list does.
    requested = _owned_submission(request, "submission", exercise)
    return requested or latest_submission(user=request.user, exercise=exercise)


@login_required
@require_POST
def draft_save_view(request: SignedInRequest, course_slug: str, slug: str) -> HttpResponse:
    """The editor's autosave (static/js/drafts.js): JSON in the answer, never a page."""
    exercise = selectors.exercise_get_for_learner(
        user=request.user, slug=slug, course_slug=course_slug
    )
    if too_fast := throttle.refusal(request, "autosave"):
        return JsonResponse({"error": too_fast}, status=429)
    try:
        draft = draft_save(user=request.user, exercise=exercise, code=request.POST.get("code"))
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=422)
    return JsonResponse({"saved_at": draft.saved_at.isoformat() if draft else None})


@login_required
@require_POST
def draft_discard_view(request: SignedInRequest, course_slug: str, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_learner(
        user=request.user, slug=slug, course_slug=course_slug
    )
    draft_discard(user=request.user, exercise=exercise)
    if request.get_preferred_type(["text/html", "application/json"]) == "application/json":
        return JsonResponse({"discarded": True})
    # Without the script the Discard button posts its own little form.
    return redirect("courses:exercise", course_slug=course_slug, slug=slug)


@login_required
@require_GET
def dashboard(request: SignedInRequest) -> HttpResponse:
    context = {
        "outlines": selectors.enrolled_outlines(user=request.user),
        "recent": selectors.recent_submissions(user=request.user),
    }
    return render(request, "courses/dashboard.html", context)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and (too_fast := throttle.refusal(request, "signup")):
        form.is_valid()
        form.add_error(None, too_fast)
        return render(request, "registration/signup.html", {"form": form}, status=429)
    if request.method == "POST" and form.is_valid():
        user = accounts.signup_complete(request=request, form=form)
        login(request, user, backend=SIGN_IN_BACKEND)
        messages.success(request, f"Welcome to Eigenlab, {user.get_username()}!")
        return redirect(settings.LOGIN_REDIRECT_URL)
    return render(request, "registration/signup.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset request, limited per client address (with the refusal) and per address
    asked about (silently: see courses.accounts); a worker sends the email."""

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if too_fast := throttle.refusal(request, "password_reset"):
            form = self.get_form()
            form.is_valid()
            form.add_error(None, too_fast)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        accounts.password_reset_request(request=self.request, email=form.cleaned_data["email"])
        return redirect(self.get_success_url())


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        accounts.sign_in_failures_forget(user=form.user)
        return response


class InvitationConfirmView(auth_views.PasswordResetConfirmView):
    """The link of a staff invitation: the invitee chooses their first password (Django's
    reset view, with the invitation's longer-lived token: courses.accounts)."""

    token_generator = accounts.invitation_tokens
    template_name = "courses/invitation_confirm.html"
    success_url = reverse_lazy("login")
    extra_context = {"days": accounts.INVITATION_DAYS}

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, f"Your password is set: log in as "
                                       f"{form.user.get_username()}.")
        return response


VERIFY_TEMPLATE = "registration/verify_email.html"


@require_http_methods(["GET", "POST"])
def verify_email(request: HttpRequest, token: str) -> HttpResponse:
    """The link of a confirmation email: a button that confirms (link checkers that open
    every link in an email only GET it), so it works in any browser, signed in or not."""
    try:
        if request.method == "GET":
            user = accounts.verification_check(token)
            return render(request, VERIFY_TEMPLATE, {"address": user.email})
        accounts.verification_confirm(token)
    except accounts.LinkRefused as refused:
        return render(request, VERIFY_TEMPLATE, {"refusal": str(refused)}, status=400)
    messages.success(request, "Your email address is confirmed: you can send code now.")
    return redirect(settings.LOGIN_REDIRECT_URL)


@login_required
@require_POST
def verify_email_resend(request: SignedInRequest) -> HttpResponse:
    if too_fast := throttle.refusal(request, "verification"):
        return render(request, VERIFY_TEMPLATE, {"refusal": too_fast}, status=429)
    if accounts.verification_resend(request=request, user=request.user):
        messages.success(request, f"We sent a new link to {request.user.email}.")
    return redirect(_next_page(request))


def _next_page(request: HttpRequest) -> str:
    wanted = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return wanted
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """400s, mostly oversized posts: Django rejects them before any view can explain.

    Our own BadRequest says what was wrong; Django's other 400s (SuspiciousOperation) may
    name internals, so those get the general text.
    """
    template = "_request_error.html" if request.headers.get("HX-Request") else "400.html"
    detail = str(exception) if isinstance(exception, BadRequest) else ""
    response = render(request, template, {"detail": detail}, status=400)
    if request.headers.get("HX-Target") == RESULT_TARGET:
        # Beside the result panel, never over it: a pending result there keeps polling.
        response["HX-Retarget"], response["HX-Reswap"] = REFUSAL_TARGET, "innerHTML"
    return response
