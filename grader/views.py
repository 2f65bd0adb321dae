"""Submitting code and watching it being graded: thin views over grader.services/selectors."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from config import throttle
from config.http import SignedInRequest
from courses.selectors import exercise_get_for_learner
from courses.views import REFUSAL_TARGET
from exercises.models import Exercise
from grader import events
from grader.models import Submission
from grader.selectors import figure_for_viewer, submission_get_for_owner
from grader.services import submission_create, submission_create_from_notebook

STATUS_FRAGMENT = "grader/_submission_status.html"
# The fragment plus what htmx swaps out of band: the verdict into the page's live region
# (which stays, so screen readers announce it), and an emptied refusal notice.
STATUS_RESPONSE = "grader/_status_response.html"
# Listened for by the attempt history on the exercise page, which then refreshes itself.
CREATED_EVENT = "submission-created"
FINISHED_EVENT = "submission-finished"
# How long a still-pending panel waits before it asks again (htmx delay; "": at once). Busy:
# this process holds all the waits it may, so it polls at the old pace. Unavailable: no Redis
# to wait on, so a slow poll until it is back.
ASK_AGAIN = {events.Wait.CHANGED: "", events.Wait.TIMEOUT: "", events.Wait.BUSY: "1s",
             events.Wait.UNAVAILABLE: "5s"}

# A Run counts against the same limits as checking the examples.
THROTTLED_AS: dict[str, str] = {Submission.Kind.RUN: "check"}

UNDECODABLE = ("Part of the code could not be read as UTF-8 text (it shows up as �). "
               "Paste it again as plain text.")


@login_required
@require_POST
def submission_create_view(request: SignedInRequest, exercise_slug: str) -> HttpResponse:
    exercise = exercise_get_for_learner(user=request.user, slug=exercise_slug)
    try:
        kind = _posted_kind(request)
        if too_fast := throttle.refusal(request, THROTTLED_AS.get(kind, kind)):
            return _rejected(request, exercise, too_fast, status=429)
        submission = submission_create(
            user=request.user, exercise=exercise, code=_posted_code(request), kind=kind,
            snippet=_posted_code(request, "snippet"),
        )
    except ValidationError as error:
        return _rejected(request, exercise, " ".join(error.messages))
    if not request.htmx:
        return redirect(_exercise_url(exercise) + f"?submission={submission.pk}#result")
    response = render(request, STATUS_RESPONSE, {"submission": submission, "created": True})
    response["HX-Trigger"] = CREATED_EVENT
    return response


@login_required
@require_POST
def submission_notebook_view(request: SignedInRequest, exercise_slug: str) -> HttpResponse:
    """The exercise page's "Upload a notebook" form (a plain post, no script): the notebook's
    code cells take the editor's path; what was removed from them is said above the result."""
    exercise = exercise_get_for_learner(user=request.user, slug=exercise_slug)
    try:
        kind = request.POST.get("kind") or Submission.Kind.SUBMIT
        if kind not in (Submission.Kind.SUBMIT, Submission.Kind.CHECK):
            raise ValidationError("Choose Submit the notebook or Check its examples.")
        if too_fast := throttle.refusal(request, kind):
            return _rejected(request, exercise, too_fast, status=429)
        upload = request.FILES.get("notebook")
        if upload is None:
            raise ValidationError("Choose a .ipynb file to upload.")
        submission, notice = submission_create_from_notebook(
            user=request.user, exercise=exercise, upload=upload, kind=kind)
    except ValidationError as error:
        return _rejected(request, exercise, " ".join(error.messages))
    if notice:
        messages.info(request, notice)
    return redirect(_exercise_url(exercise) + f"?submission={submission.pk}#result")


@login_required
@require_GET
def submission_figure(request: SignedInRequest, pk: int, position: int) -> HttpResponse:
    """A picture the learner's code drew: only ever served as PNG (the bytes are the learner's;
    the worker checked they are one, and nosniff keeps browsers from guessing otherwise)."""
    figure = figure_for_viewer(user=request.user, submission_id=pk, position=position)
    response = HttpResponse(bytes(figure.png), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="figure-{pk}-{position + 1}.png"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _posted_code(request: SignedInRequest, field: str = "code") -> str:
    code = request.POST.get(field, "")
    # Django decodes form data leniently, turning invalid UTF-8 into U+FFFD; real Python
    # code has no use for that character, so it means the text was mangled on the way.
    if "\ufffd" in code:
        raise ValidationError(UNDECODABLE)
    return code


def _posted_kind(request: SignedInRequest) -> str:
    kind = request.POST.get("kind") or Submission.Kind.SUBMIT
    if kind not in Submission.Kind.values:
        raise ValidationError("Choose Submit, Check examples or Run.")
    return kind


def _rejected(request: SignedInRequest, exercise: Exercise, message: str,
              status: int = 422) -> HttpResponse:
    if request.htmx:
        response = render(request, STATUS_FRAGMENT, {"error": message}, status=status)
        # Beside the result, never over it: a pending result keeps polling until it arrives.
        response["HX-Retarget"], response["HX-Reswap"] = REFUSAL_TARGET, "innerHTML"
        return response
    messages.error(request, message)
    return redirect(_exercise_url(exercise) + "#editor")


def _exercise_url(exercise: Exercise) -> str:
    return reverse("courses:exercise", kwargs={
        "course_slug": exercise.module.course.slug, "slug": exercise.slug,
    })


@never_cache
@login_required
@require_GET
def submission_status(request: SignedInRequest, pk: int) -> HttpResponse:
    submission = submission_get_for_owner(user=request.user, submission_id=pk)
    return _status(request, submission)


@never_cache
@login_required
@require_GET
def submission_wait(request: SignedInRequest, pk: int) -> HttpResponse:
    """The pending panel's long poll: answers as soon as the result is stored (the worker
    announces it, grader.events), or after GRADER_WAIT_SECONDS with the still-pending panel,
    which then asks again."""
    submission = submission_get_for_owner(user=request.user, submission_id=pk)
    if submission.is_finished:
        return _status(request, submission)
    if not settings.GRADER_PUSH_RESULTS:  # no waiting: the panel polls (grader.context)
        return _status(request, submission)
    outcome = events.wait_for_change(pk, changed=lambda: _finished_now(submission),
                                     seconds=settings.GRADER_WAIT_SECONDS)
    submission = submission_get_for_owner(user=request.user, submission_id=pk)
    return _status(request, submission, ask_again=ASK_AGAIN[outcome])


def _finished_now(submission: Submission) -> bool:
    submission.refresh_from_db(fields=["status"])
    return submission.is_finished


def _status(request: SignedInRequest, submission: Submission, *,
            ask_again: str = "") -> HttpResponse:
    response = render(request, STATUS_RESPONSE, {"submission": submission, "ask_again": ask_again})
    if submission.is_finished:
        response["HX-Trigger"] = FINISHED_EVENT
    return response


@login_required
@require_GET
def submission_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    submission = submission_get_for_owner(user=request.user, submission_id=pk)
    context = {
        "submission": submission,
        "exercise": submission.exercise,
        "course": submission.exercise.module.course,
        "exercise_url": _exercise_url(submission.exercise),
        "on_detail": True,
    }
    return render(request, "grader/detail.html", context)
