"""Authoring pages for instructors and admins: thin views over authoring.services.

Permissions: authoring.selectors raises 404 for a course or exercise the user may
not author; the index is a 403 for users who author nothing (learners).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from config import throttle
from config.http import SignedInRequest
from courses.permissions import authored_courses, authors_anything
from exercises.markdown import render_markdown, render_statement
from exercises.models import Exercise
from exercises.packages import PackageError

from . import selectors, services, validation
from .archive import ArchiveError, package_files, package_from_zip, package_zip
from .forms import CopyForm, DraftForm, ExerciseCreateForm, ImportForm
from .models import ExerciseDraft

VALIDATION_FRAGMENT = "authoring/_validation.html"
MAX_PREVIEW_CHARS = 64 * 1024


def _edit(exercise: Exercise) -> HttpResponse:
    return redirect("authoring:edit", slug=exercise.slug)


@login_required
@require_GET
def index(request: SignedInRequest) -> HttpResponse:
    courses = authored_courses(request.user)
    if not courses.exists():
        raise PermissionDenied("Authoring is for the instructors of a course.")
    return render(request, "authoring/index.html", {"courses": courses})


@login_required
@require_GET
def course_exercises(request: SignedInRequest, course_slug: str) -> HttpResponse:
    course = selectors.course_get_for_author(user=request.user, slug=course_slug)
    context = {
        "course": course,
        "modules": selectors.course_exercise_rows(course=course),
        "import_form": ImportForm(modules=course.modules.select_related("course")),
    }
    return render(request, "authoring/course.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def exercise_create(request: SignedInRequest, course_slug: str) -> HttpResponse:
    course = selectors.course_get_for_author(user=request.user, slug=course_slug)
    modules = course.modules.select_related("course")
    form = ExerciseCreateForm(request.POST or None, modules=modules)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            draft = services.draft_create(
                user=request.user, module=data["module"], slug=data["slug"],
                content=services.scaffold(title=data["title"], entry=data["entry"]),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Exercise created. Write it, then validate and publish.")
            return _edit(draft.exercise)
    return render(request, "authoring/create.html", {"course": course, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def exercise_detail(request: SignedInRequest, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_author(user=request.user, slug=slug)
    if exercise.source_path:
        return _library_exercise(request, exercise)
    modules = exercise.module.course.modules.select_related("course")
    locked = exercise.current_version_id is not None
    if request.method == "GET":
        draft = (selectors.draft_of(exercise=exercise)
                 or services.draft_unsaved(exercise=exercise, user=request.user))
        form = DraftForm(modules=modules, slug_locked=locked,
                         initial=DraftForm.initial_for(draft))
        return _edit_page(request, draft, form)
    draft = services.draft_ensure(exercise=exercise, user=request.user)
    form = DraftForm(request.POST, modules=modules, slug_locked=locked,
                     initial=DraftForm.initial_for(draft))
    if not form.is_valid():
        return _edit_page(request, draft, form, status=422)
    validating = request.POST.get("action") == "validate"
    too_fast = throttle.refusal(request, "validate") if validating else None
    try:
        validation.draft_save(draft=draft, module=form.cleaned_data["module"],
                              slug=form.cleaned_data["slug"], content=form.content(),
                              validate=validating and not too_fast)
    except ValidationError as error:
        _add_errors(form, error)
        draft = selectors.draft_of(exercise=draft.exercise) or draft  # as stored, not as typed
        return _edit_page(request, draft, form, status=422)
    if too_fast:
        messages.error(request, f"Saved, but not validated: {too_fast}")
    else:
        messages.success(request, "Saved; validation queued." if validating else "Saved.")
    return _edit(draft.exercise)


def _edit_page(request: SignedInRequest, draft: ExerciseDraft, form: DraftForm,
               status: int = 200) -> HttpResponse:
    exercise = draft.exercise
    context = {
        **_validation_context(draft),
        "course": exercise.module.course,
        "form": form,
        "copy_form": CopyForm(modules=selectors.target_modules(user=request.user)),
        "preview_html": render_markdown(form["statement_md"].value() or ""),
    }
    return render(request, "authoring/edit.html", context, status=status)


def _library_exercise(request: SignedInRequest, exercise: Exercise) -> HttpResponse:
    if request.method != "GET":
        raise PermissionDenied("Library exercises are read-only: copy one into a course.")
    try:
        package = services.package_of_exercise(exercise=exercise)
    except (ValidationError, PackageError) as error:
        package, problem = None, _message(error)
    else:
        problem = ""
    context = {
        "exercise": exercise,
        "course": exercise.module.course,
        "package": package,
        "problem": problem,
        "statement_html": (render_statement(package.statement_md, package.config)
                           if package else ""),
        "files": [(name, text) for name, text in package_files(package).items()
                  if name != "statement.md"] if package else [],
        "copy_form": CopyForm(modules=selectors.target_modules(user=request.user)),
    }
    return render(request, "authoring/library.html", context)


@login_required
@require_POST
def preview(request: SignedInRequest) -> HttpResponse:
    """The statement as learners will see it: sanitised HTML; KaTeX runs after the swap."""
    if not authors_anything(request.user):
        raise PermissionDenied("Authoring is for the instructors of a course.")
    text = request.POST.get("statement_md", "")[:MAX_PREVIEW_CHARS]
    context = {"html": render_markdown(text), "title": request.POST.get("title", "")}
    return render(request, "authoring/_preview.html", context)


@login_required
@never_cache
@require_GET
def validation_status(request: SignedInRequest, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_author(user=request.user, slug=slug)
    draft = selectors.draft_of(exercise=exercise)
    if draft is None:
        raise PermissionDenied("This exercise has no draft.")
    return render(request, VALIDATION_FRAGMENT, _validation_context(draft))


def _validation_context(draft: ExerciseDraft) -> dict[str, object]:
    return {"draft": draft, "exercise": draft.exercise,
            "refusal": services.publish_refusal(draft),
            "stalled": validation.validation_stalled(draft),
            "sweep_seeds": settings.AUTHORING_SWEEP_SEEDS,
            "library_sweep_seeds": settings.EXERCISE_SWEEP_SEEDS}


@login_required
@require_POST
def exercise_publish(request: SignedInRequest, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_author(user=request.user, slug=slug)
    draft = selectors.draft_of(exercise=exercise)
    if draft is None:
        raise PermissionDenied("Only authored exercises are published from here.")
    try:
        version = services.draft_publish(draft=draft)
    except ValidationError as error:
        messages.error(request, f"Not published: {_message(error)}")
    else:
        messages.success(request, f"Published: learners now get version {version.number}.")
    return _edit(exercise)


@login_required
@require_POST
def exercise_copy(request: SignedInRequest, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_author(user=request.user, slug=slug)
    form = CopyForm(request.POST, modules=selectors.target_modules(user=request.user))
    if not form.is_valid():
        messages.error(request, "Choose a module of a course you teach.")
        return _edit(exercise)
    try:
        draft = services.exercise_copy_to_course(user=request.user, exercise=exercise,
                                                  module=form.cleaned_data["module"])
    except (ValidationError, PackageError) as error:
        messages.error(request, f"Not copied: {_message(error)}")
        return _edit(exercise)
    messages.success(request, f"Copied as the draft {draft.exercise.slug}.")
    return _edit(draft.exercise)


@login_required
@require_GET
def exercise_export(request: SignedInRequest, slug: str) -> HttpResponse:
    exercise = selectors.exercise_get_for_author(user=request.user, slug=slug)
    try:
        package = services.package_of_exercise(exercise=exercise)
    except (ValidationError, PackageError) as error:
        messages.error(request, f"Not exported: {_message(error)}")
        return redirect("authoring:exercises", course_slug=exercise.module.course.slug)
    response = HttpResponse(package_zip(package), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{exercise.slug}.zip"'
    return response


@login_required
@require_POST
def exercise_import(request: SignedInRequest, course_slug: str) -> HttpResponse:
    course = selectors.course_get_for_author(user=request.user, slug=course_slug)
    form = ImportForm(request.POST, request.FILES, modules=course.modules.select_related("course"))
    if not form.is_valid():
        messages.error(request, "Choose a module and a package zip to import.")
        return redirect("authoring:exercises", course_slug=course.slug)
    upload = form.cleaned_data["package"]
    try:
        package = package_from_zip(upload, size=upload.size)
        draft = services.draft_import(user=request.user, module=form.cleaned_data["module"],
                                       package=package)
    except (ArchiveError, PackageError, ValidationError) as error:
        messages.error(request, f"Not imported: {_message(error)}")
        return redirect("authoring:exercises", course_slug=course.slug)
    note = "" if draft.exercise.slug == package.slug else \
        f" (the slug {package.slug} was taken, so it is {draft.exercise.slug})"
    messages.success(request, f"Imported as a draft{note}. Validate it before publishing.")
    return _edit(draft.exercise)


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def _add_errors(form: DraftForm | ExerciseCreateForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)
