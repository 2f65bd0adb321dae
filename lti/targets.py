"""What a link from the LMS opens: an exercise, a module, or a course page.

A deep-linked item's URL is the Eigenlab page itself (`/courses/<course>/exercises/<slug>/`,
or the course page with `?module=<slug>`); the LMS sends it back as the signed
target_link_uri claim of each launch, so the link needs no state of ours.
"""

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.urls import Resolver404, resolve, reverse

from courses.models import Course, Module
from exercises.models import Exercise


@dataclass(frozen=True)
class Target:
    course: Course
    exercise: Exercise | None = None
    module: Module | None = None

    @property
    def url(self) -> str:
        """The page path (the deep link's URL is this, made absolute)."""
        if self.exercise is not None:
            return reverse("courses:exercise", args=[self.course.slug, self.exercise.slug])
        page = reverse("courses:course", args=[self.course.slug])
        return f"{page}?module={self.module.slug}" if self.module is not None else page

    @property
    def title(self) -> str:
        return (self.exercise or self.module or self.course).title

    @property
    def points(self) -> float:
        """What the LMS's line item is out of."""
        if self.exercise is not None:
            return float(self.exercise.points)
        exercises = _published(self.module) if self.module is not None else []
        return float(sum(exercise.points for exercise in exercises))

    @property
    def resource_id(self) -> str:
        """Our stable id of what the link opens, for the line item's resourceId."""
        if self.exercise is not None:
            return f"exercise:{self.exercise.pk}"
        return f"module:{self.module.pk}" if self.module is not None else f"course:{self.course.pk}"


def _published(module: Module) -> list[Exercise]:
    return list(Exercise.objects.filter(module=module, published=True))


def target_of_url(url: str) -> Target | None:
    """The target an Eigenlab page URL names (host ignored), or None."""
    parts = urlsplit(url or "")
    try:
        match = resolve(parts.path or "/")
    except Resolver404:
        return None
    if match.view_name == "courses:exercise":
        exercise = (Exercise.objects.select_related("module__course")
                    .filter(slug=match.kwargs["slug"],
                            module__course__slug=match.kwargs["course_slug"]).first())
        return Target(course=exercise.module.course, exercise=exercise) if exercise else None
    if match.view_name == "courses:course":
        course = Course.objects.filter(slug=match.kwargs["slug"]).first()
        if course is None:
            return None
        module_slug = parse_qs(parts.query).get("module", [""])[0]
        module = Module.objects.filter(course=course, slug=module_slug).first()
        return Target(course=course, module=module)
    return None
