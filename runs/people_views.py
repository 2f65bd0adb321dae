"""Staff pages for the people of a run: its staff (instructors only) and its roster (import
for instructors; the list and the export for its TAs too).

A roster import is two steps: the upload shows a preview (nothing written), and "Apply" does
what the preview showed. Between the two the file waits in the shared cache for an hour,
under a random token tied to the run and the person; applying checks that the plan is still
the one previewed.
"""

import logging
import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from config.http import SignedInRequest
from courses import accounts
from courses.models import Course, CourseRun, Enrollment
from runs import roster, selectors, services
from runs.forms import RosterUploadForm, StaffInviteForm, StaffRoleForm
from runs.views import run_context, staff_run

logger = logging.getLogger(__name__)

ROSTER_PAGE_SIZE = 200
PREVIEW_SECONDS = 3600
PREVIEW_GONE = ("This preview was applied already, or it expired (previews are kept for an "
                "hour): upload the file again.")

# ---- Staff ----


def _staff_page(request: SignedInRequest, course: Course, run: CourseRun,
                form: StaffInviteForm | None = None, status: int = 200) -> HttpResponse:
    staff = list(selectors.staff_of_run(run=run))
    awaiting = accounts.awaiting_first_password([member.user_id for member in staff])
    context = run_context(request, course, run, staff=staff, awaiting=awaiting,
                          form=form or StaffInviteForm(), role_form=StaffRoleForm())
    return render(request, "runs/staff.html", context, status=status)


@login_required
@require_GET
def staff(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    return _staff_page(request, course, run)


@login_required
@require_POST
def staff_invite(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    form = StaffInviteForm(request.POST)
    if form.is_valid():
        try:
            invited = services.staff_invite(run=run, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("who", error)
        else:
            _invitation_sent(request, invited.enrollment)
            messages.success(request, _invited_text(invited))
            return redirect("runs:staff", course.slug, run.slug)
    return _staff_page(request, course, run, form, status=422)


def _invitation_sent(request: SignedInRequest, enrollment: Enrollment) -> None:
    if accounts.awaiting_first_password([enrollment.user_id]):
        accounts.invitation_request(request=request, enrollment=enrollment)


def _invited_text(invited: services.Invited) -> str:
    enrollment = invited.enrollment
    name, role = enrollment.user.get_username(), enrollment.get_role_display().lower()
    return {
        "created": f"Account {name} created for {enrollment.user.email} as {role}; an email "
                   "with a link to choose a password is on its way.",
        "added": f"{name} joined the staff as {role}.",
        "changed": f"{name} is now {role} (was "
                   f"{Enrollment.Role(invited.previous_role or 'learner').label.lower()}).",
        "unchanged": f"{name} was {role} already.",
    }[invited.outcome]


@login_required
@require_POST
def staff_role(request: SignedInRequest, course_slug: str, run_slug: str,
               pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    member = selectors.staff_member_of_run(run=run, pk=pk)
    form = StaffRoleForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError("Choose teaching assistant or instructor.")
        services.staff_role_set(enrollment=member, role=form.cleaned_data["role"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{member.user.get_username()} is now "
                                  f"{member.get_role_display().lower()}.")
    return redirect("runs:staff", course.slug, run.slug)


@login_required
@require_POST
def staff_remove(request: SignedInRequest, course_slug: str, run_slug: str,
                 pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    member = selectors.staff_member_of_run(run=run, pk=pk)
    try:
        services.staff_remove(enrollment=member)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{member.user.get_username()} is no longer on the staff "
                                  f"of {run.title}; their grading stays recorded.")
    return redirect("runs:staff", course.slug, run.slug)


@login_required
@require_POST
def staff_resend(request: SignedInRequest, course_slug: str, run_slug: str,
                 pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    member = selectors.staff_member_of_run(run=run, pk=pk)
    if not accounts.awaiting_first_password([member.user_id]):
        messages.info(request, f"{member.user.get_username()} has a password already.")
    else:
        accounts.invitation_request(request=request, enrollment=member)
        messages.success(request, f"A new link is on its way to {member.user.email}.")
    return redirect("runs:staff", course.slug, run.slug)


# ---- Roster ----

def _roster_page(request: SignedInRequest, course: Course, run: CourseRun,
                 form: RosterUploadForm | None = None, status: int = 200) -> HttpResponse:
    members = Paginator(selectors.roster_of_run(run=run), ROSTER_PAGE_SIZE)
    context = run_context(request, course, run, page=members.get_page(request.GET.get("page")),
                          form=form or RosterUploadForm())
    return render(request, "runs/roster.html", context, status=status)


@login_required
@require_GET
def roster_page(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug)
    return _roster_page(request, course, run)


@login_required
@require_GET
def roster_export(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug)
    text = roster.roster_csv(run=run, enrollments=selectors.roster_of_run(run=run))
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    filename = f"{course.slug}-{run.slug}-roster.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def roster_preview(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    form = RosterUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _roster_page(request, course, run, form, status=422)
    upload = form.cleaned_data["roster"]
    try:
        parsed = roster.roster_parse(upload.read())
    except roster.RosterRefused as refused:
        form.add_error("roster", str(refused))
        return _roster_page(request, course, run, form, status=422)
    token = _keep(request, run, parsed, upload.name)
    if token is None:
        form.add_error("roster", "The file could not be kept for the preview (a problem on our "
                                 "side); try again in a minute.")
        return _roster_page(request, course, run, form, status=503)
    return _preview_page(request, course, run, parsed, token, upload.name)


def _preview_page(request: SignedInRequest, course: Course, run: CourseRun,
                  parsed: roster.ParsedRoster, token: str, filename: str,
                  status: int = 200) -> HttpResponse:
    plan = roster.roster_plan(run=run, roster=parsed)
    context = run_context(request, course, run, plan=plan, token=token, filename=filename,
                          creates=plan.count(roster.CREATE))
    return render(request, "runs/roster_preview.html", context, status=status)


@login_required
@require_POST
def roster_apply(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    token = request.POST.get("token", "")[:64]
    kept = _kept(request, run, token)
    if kept is None:
        messages.error(request, PREVIEW_GONE)
        return redirect("runs:roster", course.slug, run.slug)
    parsed, filename = kept
    if roster.roster_plan(run=run, roster=parsed).digest != request.POST.get("digest"):
        messages.warning(request, "The roster changed since your preview (another import or "
                                  "an edit): check this new preview, then apply it.")
        return _preview_page(request, course, run, parsed, token, filename, status=409)
    report = roster.roster_apply(run=run, roster=parsed)
    invited = bool(request.POST.get("invite")) and bool(report.created_ids)
    if invited:
        for enrollment in Enrollment.objects.filter(run=run, user_id__in=report.created_ids):
            accounts.invitation_request(request=request, enrollment=enrollment)
    cache.delete(_cache_key(token))
    messages.success(request, f"Roster imported from {filename}: {report}."
                     + (" The new accounts are emailed a link to choose their password."
                        if invited else ""))
    return redirect("runs:roster", course.slug, run.slug)


def _cache_key(token: str) -> str:
    return f"runs:roster-preview:{token}"


def _keep(request: SignedInRequest, run: CourseRun, parsed: roster.ParsedRoster,
          filename: str) -> str | None:
    token = secrets.token_urlsafe(24)
    kept = {"run": run.pk, "user": request.user.pk, "roster": parsed, "filename": filename[:200]}
    try:
        cache.set(_cache_key(token), kept, PREVIEW_SECONDS)
    except Exception:
        logger.warning("a roster preview could not be kept: the cache is unreachable",
                       exc_info=True)
        return None
    return token


def _kept(request: SignedInRequest, run: CourseRun,
          token: str) -> tuple[roster.ParsedRoster, str] | None:
    try:
        kept: dict[str, Any] | None = cache.get(_cache_key(token)) if token else None
    except Exception:
        logger.warning("a roster preview could not be read: the cache is unreachable",
                       exc_info=True)
        return None
    if kept is None or (kept["run"], kept["user"]) != (run.pk, request.user.pk):
        return None
    return kept["roster"], kept["filename"]
