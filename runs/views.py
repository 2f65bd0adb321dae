"""Staff pages of a course's runs: the runs, a run's settings and sections, its due dates and
extensions (staff and roster: runs.people_views).

Thin views over runs.selectors (reads, with the permission checks) and runs.services /
gradebook.services (writes). As on the gradebook's pages: anonymous users go to the login
page, anybody who does not teach the course gets 404, its TAs may read every page here and
get 403 on every change (courses.permissions.manages).
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from config.http import SignedInRequest
from courses.models import Course, CourseRun, Extension, Module
from courses.permissions import manages
from courses.services import section_create
from exercises.models import Exercise
from gradebook import services as gradebook
from gradebook.selectors import course_for_staff
from runs import selectors, services
from runs.forms import DueDatesForm, ExtensionForm, RunForm, SectionForm


def staff_run(request: SignedInRequest, course_slug: str, run_slug: str, *,
              manage: bool = False) -> tuple[Course, CourseRun]:
    """The course and run of a page: 404 to outsiders; 403 to TAs when `manage`."""
    course = course_for_staff(user=request.user, slug=course_slug)
    if manage:
        selectors.require_manager(user=request.user, course=course)
    return course, selectors.run_of_course(course=course, slug=run_slug)


def run_context(request: SignedInRequest, course: Course, run: CourseRun,
                **extra: object) -> dict[str, object]:
    return {"course": course, "run": run, "may_manage": manages(request.user, course), **extra}


# ---- Runs ----

@login_required
@require_GET
def run_list(request: SignedInRequest, course_slug: str) -> HttpResponse:
    course = course_for_staff(user=request.user, slug=course_slug)
    context = {"course": course, "rows": selectors.runs_of_course(course=course),
               "may_manage": manages(request.user, course)}
    return render(request, "runs/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def run_create(request: SignedInRequest, course_slug: str) -> HttpResponse:
    course = selectors.managed_course(user=request.user, slug=course_slug)
    form = RunForm(request.POST or None, instance=CourseRun(course=course))
    if request.method == "POST" and form.is_valid():
        try:
            run = services.run_create(course=course, creator=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"{run.title} created. Add its sections and due dates.")
            return redirect("runs:detail", course.slug, run.slug)
    return render(request, "runs/form.html", {"course": course, "form": form},
                  status=422 if request.method == "POST" else 200)


@login_required
@require_GET
def run_detail(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug)
    sections = list(selectors.sections_of_run(run=run))
    join = request.build_absolute_uri(reverse("courses:join"))
    context = run_context(request, course, run, sections=sections, join_url=join,
                          section_form=SectionForm(),
                          learners=selectors.learner_count(run=run))
    return render(request, "runs/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def run_edit(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    # The form works on a copy: the run keeps its saved settings until the service runs.
    form = RunForm(request.POST or None, instance=CourseRun.objects.get(pk=run.pk))
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name != "slug"}
        try:
            services.run_update(run=run, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Settings saved; totals follow the late policy.")
            return redirect("runs:detail", course.slug, run.slug)
    return render(request, "runs/form.html", run_context(request, course, run, form=form),
                  status=422 if request.method == "POST" else 200)


# ---- Sections ----

@login_required
@require_POST
def section_new(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    form = SectionForm(request.POST)
    if form.is_valid():
        try:
            section = section_create(run=run, name=form.cleaned_data["name"])
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(request, f"Section {section.name} created; its join code is "
                                      f"{section.join_code}.")
            return redirect("runs:detail", course.slug, run.slug)
    context = run_context(request, course, run, sections=selectors.sections_of_run(run=run),
                          section_form=form, learners=selectors.learner_count(run=run),
                          join_url=request.build_absolute_uri(reverse("courses:join")))
    return render(request, "runs/detail.html", context, status=422)


@login_required
@require_POST
def section_rename(request: SignedInRequest, course_slug: str, run_slug: str,
                   pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    section = selectors.section_of_run(run=run, pk=pk)
    old = section.name
    try:
        services.section_rename(section=section, name=request.POST.get("name", "")[:100])
    except ValidationError as error:
        messages.error(request, f"{old} was not renamed: {' '.join(error.messages)}")
    else:
        messages.success(request, f"{old} is now called {section.name}.")
    return redirect("runs:detail", course.slug, run.slug)


@login_required
@require_POST
def section_code(request: SignedInRequest, course_slug: str, run_slug: str,
                 pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    section = selectors.section_of_run(run=run, pk=pk)
    try:
        services.section_code_regenerate(section=section)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{section.name} has a new join code, {section.join_code}; "
                                  "the old one no longer works.")
    return redirect("runs:detail", course.slug, run.slug)


@login_required
@require_http_methods(["GET", "POST"])
def section_delete(request: SignedInRequest, course_slug: str, run_slug: str,
                   pk: int) -> HttpResponse:
    """GET asks to confirm (what the deletion takes with it); POST deletes."""
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    section = selectors.section_of_run(run=run, pk=pk)
    if request.method == "POST":
        members = services.section_delete(section=section)
        messages.success(request, f"Section {section.name} deleted; its {members} "
                                  f"member{'' if members == 1 else 's'} stay enrolled, "
                                  "without a section.")
        return redirect("runs:detail", course.slug, run.slug)
    context = run_context(request, course, run, section=section,
                          members=section.enrollments.count(),
                          extensions=section.extensions.count())
    return render(request, "runs/section_delete.html", context)


# ---- Due dates ----

@login_required
@require_http_methods(["GET", "POST"])
def due_dates(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=request.method == "POST")
    form = DueDatesForm(request.POST or None, run=run,
                        modules=selectors.modules_of_course(course=course),
                        current=selectors.due_dates_of_run(run=run))
    if request.method == "POST" and form.is_valid():
        changed = services.due_dates_set(run=run, dates=form.dates())
        messages.success(request, f"{changed} due date{'' if changed == 1 else 's'} changed; "
                                  "late marks and totals follow." if changed
                         else "No due date changed.")
        return redirect("runs:due_dates", course.slug, run.slug)
    return render(request, "runs/due_dates.html", run_context(request, course, run, form=form),
                  status=422 if request.method == "POST" else 200)


# ---- Extensions ----

def _extensions_page(request: SignedInRequest, course: Course, run: CourseRun,
                     form: ExtensionForm | None, status: int = 200) -> HttpResponse:
    may_manage = manages(request.user, course)
    context = run_context(request, course, run,
                          extensions=selectors.extensions_of_run(run=run),
                          form=form or (ExtensionForm(run=run) if may_manage else None))
    return render(request, "runs/extensions.html", context, status=status)


@login_required
@require_GET
def extensions(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug)
    return _extensions_page(request, course, run, None)


@login_required
@require_POST
def extension_grant(request: SignedInRequest, course_slug: str, run_slug: str) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    form = ExtensionForm(request.POST, run=run)
    if form.is_valid():
        try:
            granted = _grant(run, request.user, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            who = granted.user.get_username() if granted.user else granted.section
            messages.success(request, f"Extension granted to {who}; late marks and totals "
                                      "follow.")
            return redirect("runs:extensions", course.slug, run.slug)
    return _extensions_page(request, course, run, form, status=422)


def _grant(run: CourseRun, actor: User, data: dict[str, Any]) -> Extension:
    """The form's who (a learner named by username, email or student id, or a section) and
    what (a module or an exercise of the course), granted through gradebook.services."""
    kind, _, pk = str(data["target"]).partition(":")
    # The form's choices hold only the course's modules and exercises.
    module = (Module.objects.filter(course=run.course_id, pk=pk).first()
              if kind == "module" else None)
    exercise = (Exercise.objects.filter(module__course=run.course_id, pk=pk).first()
                if kind == "exercise" else None)
    if module is None and exercise is None:
        raise ValidationError("Choose a module or an exercise of this course.")
    learner = data.get("learner", "").strip()
    try:
        user = selectors.learner_of_run(run=run, identifier=learner) if learner else None
    except ValueError as error:
        raise ValidationError(str(error)) from None
    return gradebook.extension_grant(
        run=run, granted_by=actor, user=user, section=None if user else data["section"],
        module=module, exercise=exercise, due_at=data["due_at"], reason=data["reason"])


@login_required
@require_POST
def extension_revoke(request: SignedInRequest, course_slug: str, run_slug: str,
                     pk: int) -> HttpResponse:
    course, run = staff_run(request, course_slug, run_slug, manage=True)
    extension = selectors.extension_of_run(run=run, pk=pk)
    gradebook.extension_revoke(extension=extension)
    messages.success(request, "Extension revoked; late marks and totals follow.")
    return redirect("runs:extensions", course.slug, run.slug)
