"""Teaching pages (instructors and TAs of the course, admins) and the learner's review
requests.

Thin views over gradebook.selectors (reads, with the permission checks) and
gradebook.services (writes). Anonymous users go to the login page; learners get 403 on the
teaching index and 404 on anything of a course (its existence is not theirs to know); TAs get
403 on what only instructors may change (the late policy).

A course's gradebook (and its CSV) shows one run: the one `?run=` names, else the course's
default run (courses.services.course_default_run). The runs themselves: the runs app.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from config import throttle
from config.http import SignedInRequest
from courses.models import Course, CourseRun
from courses.permissions import manages
from courses.services import course_default_run
from gradebook import regrades, selectors, services
from gradebook.export import gradebook_csv
from gradebook.forms import (
    LatePolicyForm,
    OverrideForm,
    RegradeForm,
    ResolveForm,
    ReviewRequestForm,
)
from gradebook.models import Regrade
from grader.models import Submission
from grader.selectors import submission_get_for_owner
from lti import selectors as lti_selectors


@login_required
@require_GET
def index(request: SignedInRequest) -> HttpResponse:
    courses = selectors.courses_for_staff(user=request.user)
    open_reviews = selectors.review_queue(user=request.user, state="open").count()
    runs = [(course, course_default_run(course=course)) for course in courses]
    return render(request, "gradebook/index.html",
                  {"runs": runs, "open_reviews": open_reviews})


@login_required
@require_GET
def course_gradebook(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    run = _run(course, request.GET.get("run", ""))
    filters = _filters(request)
    book = selectors.gradebook(run=run, **filters)
    context = {
        "course": course, "run": run, "book": book, "filters": filters,
        "runs": course.runs.all(),
        # Per learner: whether the LMS has their scores (runs linked to an LMS course only).
        "passbacks": lti_selectors.passback_summaries(run=run),
        "statuses": selectors.STATUSES, "sorts": selectors.SORTS,
        "all_modules": course.modules.order_by("order", "title"),
        "late_form": LatePolicyForm(initial={"late_policy": run.late_policy,
                                             "late_percentage": run.late_percentage})
        if manages(request.user, course) else None,
        "open_reviews": selectors.review_queue(user=request.user, course_slug=course.slug,
                                               state="open").count(),
    }
    return render(request, "gradebook/gradebook.html", context)


def _run(course: Course, slug: str) -> CourseRun:
    """The run a page shows: the one named, else the course's default run."""
    if not slug:
        return course_default_run(course=course)
    run = course.runs.filter(slug=slug[:50]).first()
    if run is None:
        raise Http404("No such run.")
    return run


def _filters(request: SignedInRequest) -> dict[str, str]:
    sort = request.GET.get("sort", "learner")
    status = request.GET.get("status", "")
    return {
        "module_slug": request.GET.get("module", "")[:50],
        "learner": request.GET.get("learner", "").strip()[:150],
        "status": status if status in selectors.STATUSES else "",
        "sort": sort if sort in selectors.SORTS else "learner",
    }


@login_required
@require_GET
def course_csv(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    run = _run(course, request.GET.get("run", ""))
    book = selectors.gradebook(run=run, **_filters(request))
    response = HttpResponse(gradebook_csv(book), content_type="text/csv; charset=utf-8")
    # The default run keeps the name the export always had.
    name = course.slug if run.is_default else f"{course.slug}-{run.slug}"
    response["Content-Disposition"] = f'attachment; filename="{name}-gradebook.csv"'
    return response


@login_required
@require_POST
def late_policy(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    if not manages(request.user, course):
        raise PermissionDenied("Only the course's instructors set its late policy.")
    run = _run(course, request.POST.get("run", ""))
    form = LatePolicyForm(request.POST)
    if form.is_valid():
        services.run_late_policy_set(run=run, policy=form.cleaned_data["late_policy"],
                                     percentage=form.cleaned_data["late_percentage"])
        messages.success(request, "Late policy saved; totals and progress follow it.")
    else:
        messages.error(request, "Choose a late policy and a percentage between 0 and 100.")
    return redirect(f"{reverse('gradebook:gradebook', args=[course.slug])}?run={run.slug}")


@login_required
@require_GET
def audit_log(request: SignedInRequest, slug: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    changes = selectors.score_changes(course=course)[:500]
    return render(request, "gradebook/audit.html", {"course": course, "changes": changes})


@login_required
@require_GET
def exercise_analytics(request: SignedInRequest, slug: str, exercise: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    found = selectors.exercise_for_staff(user=request.user, course=course, slug=exercise)
    context = {"course": course, "exercise": found,
               "stats": selectors.analytics(exercise=found),
               "regrades": selectors.regrades_of(exercise=found)}
    return render(request, "gradebook/analytics.html", context)


@login_required
@require_GET
def submission_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    submission = selectors.submission_for_staff(user=request.user, submission_id=pk)
    return _submission_page(request, submission, OverrideForm())


def _submission_page(request: SignedInRequest, submission: Submission, form: OverrideForm,
                     status: int = 200) -> HttpResponse:
    previous = selectors.previous_attempt(submission=submission)
    context = {
        "submission": submission, "exercise": submission.exercise,
        "course": submission.exercise.module.course, "learner": submission.user,
        "attempts": selectors.attempts_of(submission=submission),
        "previous": previous,
        "diff": selectors.code_diff(before=previous.code, after=submission.code)
        if previous else [],
        "changes": selectors.score_changes(submission=submission),
        "reviews": submission.review_requests.select_related("resolved_by"),
        "form": form,
    }
    return render(request, "gradebook/submission.html", context, status=status)


@login_required
@require_POST
def submission_override(request: SignedInRequest, pk: int) -> HttpResponse:
    submission = selectors.submission_for_staff(user=request.user, submission_id=pk)
    form = OverrideForm(request.POST)
    if form.is_valid():
        try:
            services.submission_override(submission=submission, actor=request.user,
                                         score=form.cleaned_data["score"],
                                         reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Score changed and recorded in the audit log.")
            return redirect("gradebook:submission", pk=submission.pk)
    return _submission_page(request, submission, form, status=422)


@login_required
@require_GET
def review_queue(request: SignedInRequest) -> HttpResponse:
    state = request.GET.get("state", "open")
    course_slug = request.GET.get("course", "")
    exercise_slug = request.GET.get("exercise", "")
    reviews = selectors.review_queue(user=request.user, course_slug=course_slug,
                                     exercise_slug=exercise_slug, state=state)
    courses = selectors.courses_for_staff(user=request.user)
    context = {
        "reviews": reviews[:200], "courses": courses,
        "exercises": selectors.exercises_of_courses(courses=courses, course_slug=course_slug),
        "filters": {"state": state, "course": course_slug, "exercise": exercise_slug},
        "states": [("open", "Open"), ("closed", "Closed"), ("all", "All")],
    }
    return render(request, "gradebook/reviews.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def review_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    review = selectors.review_for_staff(user=request.user, review_id=pk)
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        score = form.cleaned_data["score"] if form.cleaned_data["decision"] == "override" else None
        try:
            services.review_resolve(review=review, actor=request.user, score=score,
                                    reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Review resolved; the learner can read your answer.")
            return redirect("gradebook:reviews")
    submission = review.submission
    context = {"review": review, "submission": submission, "form": form,
               "course": submission.exercise.module.course,
               "changes": selectors.score_changes(submission=submission)}
    return render(request, "gradebook/review.html", context,
                  status=422 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def regrade_new(request: SignedInRequest, slug: str, exercise: str) -> HttpResponse:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    found = selectors.exercise_for_staff(user=request.user, course=course, slug=exercise)
    candidates = list(regrades.regradable(exercise=found).select_related(
        "user", "exercise_version").order_by("user__username", "created_at"))
    form = RegradeForm(request.POST or None, submission_ids=[item.pk for item in candidates])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        chosen = None if data["scope"] == "all" else data["submissions"]
        try:
            regrade = regrades.regrade_create(
                exercise=found, actor=request.user, submission_ids=chosen,
                include_overridden=data["include_overridden"], reason=data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("gradebook:regrade", pk=regrade.pk)
    context = {"course": course, "exercise": found, "candidates": candidates, "form": form,
               "unpublished": selectors.unpublished_changes(exercise=found)}
    return render(request, "gradebook/regrade_new.html", context,
                  status=422 if request.method == "POST" else 200)


REGRADE_FRAGMENT = "gradebook/_regrade_progress.html"


@login_required
@require_GET
def regrade_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    regrade = selectors.regrade_for_staff(user=request.user, regrade_id=pk)
    # On the page only: the progress fragment, polled while the regrade runs, need not ask.
    unpublished = selectors.unpublished_changes(exercise=regrade.exercise)
    return render(request, "gradebook/regrade.html",
                  {**_regrade_context(regrade), "unpublished": unpublished})


@login_required
@never_cache
@require_GET
def regrade_progress(request: SignedInRequest, pk: int) -> HttpResponse:
    """The progress fragment alone, which polls itself (htmx) until the regrade ends."""
    regrade = selectors.regrade_for_staff(user=request.user, regrade_id=pk)
    return render(request, REGRADE_FRAGMENT, _regrade_context(regrade))


def _regrade_context(regrade: Regrade) -> dict[str, object]:
    progress = regrade.progress()
    outcome = regrade.result or regrade.preview or {}
    return {"regrade": regrade, "exercise": regrade.exercise,
            "course": regrade.exercise.module.course, "progress": progress,
            # Regrades from before items were tracked have only their stored counts.
            "counts": progress if progress.total else outcome,
            "rows": outcome.get("rows", []), "applied_rows": bool(regrade.result)}


@login_required
@require_POST
def regrade_apply(request: SignedInRequest, pk: int) -> HttpResponse:
    regrade = selectors.regrade_for_staff(user=request.user, regrade_id=pk)
    try:
        regrades.regrade_start(regrade=regrade)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Regrade started; scores change as it runs.")
    return redirect("gradebook:regrade", pk=regrade.pk)


@login_required
@require_POST
def regrade_resume(request: SignedInRequest, pk: int) -> HttpResponse:
    regrade = selectors.regrade_for_staff(user=request.user, regrade_id=pk)
    try:
        regrades.regrade_resume(regrade=regrade)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Resumed: only the submissions not regraded yet run again.")
    return redirect("gradebook:regrade", pk=regrade.pk)


# ---- The learner's side ----

@login_required
@require_GET
def my_reviews(request: SignedInRequest) -> HttpResponse:
    reviews = selectors.reviews_of_learner(user=request.user)
    return render(request, "gradebook/my_reviews.html", {"reviews": reviews})


@login_required
@require_http_methods(["GET", "POST"])
def review_request_new(request: SignedInRequest, submission_pk: int) -> HttpResponse:
    submission = submission_get_for_owner(user=request.user, submission_id=submission_pk)
    form = ReviewRequestForm(request.POST or None)
    status = 422 if request.method == "POST" else 200
    if request.method == "POST" and (too_fast := throttle.refusal(request, "review")):
        form.is_valid()
        form.add_error(None, too_fast)
        status = 429
    elif request.method == "POST" and form.is_valid():
        try:
            services.review_request_create(user=request.user, submission=submission,
                                           message=form.cleaned_data["message"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Review requested. You will find the answer here.")
            return redirect("reviews:mine")
    context = {"submission": submission, "exercise": submission.exercise, "form": form,
               "open_review": selectors.open_review_of(submission=submission)}
    return render(request, "gradebook/review_request.html", context, status=status)
