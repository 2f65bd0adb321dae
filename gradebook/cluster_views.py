"""Teaching pages for the clusters of wrong answers of an exercise (gradebook.clusters).

Whoever teaches the course reads them; whoever authors its exercises (instructors, admins)
writes the notes and makes mutants of them: a note is part of the exercise's feedback.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from config.http import SignedInRequest
from courses.models import Course
from courses.permissions import authors
from exercises.models import Exercise, ExerciseVersion
from gradebook import clusters, selectors
from gradebook.forms import ClusterFeedbackForm
from grader.models import Submission


@login_required
@require_GET
def cluster_list(request: SignedInRequest, slug: str, exercise: str) -> HttpResponse:
    course, found = _exercise(request, slug, exercise)
    version = _version(found, request.GET.get("version", ""))
    context = {"course": course, "exercise": found, "version": version,
               "versions": clusters.versions_with_clusters(exercise=found),
               "clusters": clusters.clusters_of(version=version) if version else [],
               "cluster_count": clusters.cluster_count(version=version) if version else 0}
    return render(request, "gradebook/clusters.html", context)


@login_required
@require_GET
def cluster_detail(request: SignedInRequest, slug: str, exercise: str,
                   behaviour: str) -> HttpResponse:
    course, found = _exercise(request, slug, exercise)
    version = _version(found, request.GET.get("version", ""))
    if version is None:
        raise Http404("This exercise has no version yet.")
    note = clusters.cluster_of(version=version, behaviour=behaviour).feedback
    form = ClusterFeedbackForm(initial={"text": note.text if note else ""})
    return _detail_page(request, course, found, version, behaviour, form)


@login_required
@require_POST
def cluster_feedback(request: SignedInRequest, slug: str, exercise: str,
                     behaviour: str) -> HttpResponse:
    course, found = _exercise(request, slug, exercise, writing=True)
    version = _version(found, request.POST.get("version", ""))
    if version is None:
        raise Http404("This exercise has no version yet.")
    form = ClusterFeedbackForm(request.POST)
    if form.is_valid():
        try:
            note = clusters.cluster_feedback_write(
                version=version, behaviour=behaviour, text=form.cleaned_data["text"],
                user=request.user, tell_members=form.cleaned_data["tell_members"])
        except ValidationError as error:
            form.add_error("text", error)
        else:
            told = " and shown to the learners already in it" if note.told_at else ""
            messages.success(request, f"Note saved{told}: later submissions with these "
                                      "answers show it.")
            return redirect(_detail_url(course, found, version, behaviour))
    return _detail_page(request, course, found, version, behaviour, form, status=422)


@login_required
@require_POST
def cluster_mutant(request: SignedInRequest, slug: str, exercise: str,
                   behaviour: str) -> HttpResponse:
    course, found = _exercise(request, slug, exercise, writing=True)
    version = _version(found, request.POST.get("version", ""))
    if version is None:
        raise Http404("This exercise has no version yet.")
    try:
        mutant = clusters.cluster_mutant(version=version, behaviour=behaviour, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_detail_url(course, found, version, behaviour))
    if mutant.added_to_draft:
        messages.success(request, f"Added to the exercise's draft as the mutant "
                                  f"“{mutant.name}”: validate and publish the draft to keep it.")
        return redirect("authoring:edit", slug=found.slug)
    response = HttpResponse(mutant.source, content_type="text/x-python; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{mutant.name}.py"'
    return response


def _exercise(request: SignedInRequest, slug: str, exercise: str,
              writing: bool = False) -> tuple[Course, Exercise]:
    course = selectors.course_for_staff(user=request.user, slug=slug)
    if writing and not authors(request.user, course):
        raise PermissionDenied("Only the course's instructors write notes on wrong answers.")
    return course, selectors.exercise_for_staff(user=request.user, course=course, slug=exercise)


def _version(exercise: Exercise, number: str) -> ExerciseVersion | None:
    """The version `?version=` names, else the current one."""
    if not number:
        return exercise.current_version
    if not number.isdigit():
        raise Http404("No such version.")
    found = exercise.versions.filter(number=int(number)).first()
    if found is None:
        raise Http404("No such version.")
    return found


def _detail_url(course: Course, exercise: Exercise, version: ExerciseVersion,
                behaviour: str) -> str:
    url = reverse("gradebook:cluster", args=[course.slug, exercise.slug, behaviour])
    return f"{url}?version={version.number}"


def _detail_page(request: SignedInRequest, course: Course, exercise: Exercise,
                 version: ExerciseVersion, behaviour: str, form: ClusterFeedbackForm,
                 status: int = 200) -> HttpResponse:
    cluster = clusters.cluster_of(version=version, behaviour=behaviour)
    members = list(clusters.cluster_members(version=version, behaviour=behaviour)[:500])
    shown = _shown(members, request.GET.get("show", ""))
    position = members.index(shown)
    context = {
        "course": course, "exercise": exercise, "version": version, "cluster": cluster,
        "members": members, "shown": shown, "position": position + 1,
        "newer": members[position - 1] if position > 0 else None,
        "older": members[position + 1] if position + 1 < len(members) else None,
        "form": form, "may_write": authors(request.user, course),
        "detail_url": _detail_url(course, exercise, version, behaviour),
    }
    return render(request, "gradebook/cluster.html", context, status=status)


def _shown(members: list[Submission], wanted: str) -> Submission:
    """The member `?show=` names (by submission id), else the newest."""
    for member in members:
        if wanted and str(member.pk) == wanted:
            return member
    return members[0]
