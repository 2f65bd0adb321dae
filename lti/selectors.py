"""Reads for the LMS pages and the gradebook's passback column."""

from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.http import Http404
from django.urls import reverse
from lti_tool.models import Key, LtiDeployment, LtiRegistration

from courses.models import CourseRun
from courses.permissions import AnyUser, manages
from lti.models import ContextRun, Passback, ResourceTarget

# Worst first: what a learner's badge says when their links disagree.
_SEVERITY: dict[str, int] = {"failed": 0, "pending": 1, "sent": 2}


@dataclass
class PassbackSummary:
    """A learner's scores for the LMS in one run: the worst state, and why it failed."""

    state: str
    count: int = 0
    error: str = ""

    @property
    def label(self) -> str:
        return {"sent": "LMS ✓", "pending": "LMS pending", "failed": "LMS failed"}[self.state]


def passback_summaries(*, run: CourseRun) -> dict[int, PassbackSummary]:
    """Per learner (user id) of the run, the state of their scores for the LMS."""
    summaries: dict[int, PassbackSummary] = {}
    rows = (Passback.objects.filter(target__context_run__run=run)
            .order_by("updated_at").values_list("user_id", "state", "last_error"))
    for user_id, state, error in rows:
        summary = summaries.setdefault(user_id, PassbackSummary(state=state))
        summary.count += 1
        if _SEVERITY[state] <= _SEVERITY[summary.state]:
            summary.state = state
            summary.error = error if state == Passback.State.FAILED else summary.error
    return summaries


@dataclass(frozen=True)
class ToolUrls:
    """What an LMS admin pastes into the LMS when registering Eigenlab."""

    launch: str
    jwks: str
    login: str  # the OIDC login (initiation) URL: the LMS names itself (issuer, client id)
    login_for: str = ""  # the same for one registration, for an LMS that sends no client id

    @property
    def redirect_uris(self) -> list[str]:
        return [self.launch]

    @property
    def deep_linking(self) -> str:
        return self.launch


def tool_urls(*, base: str, registration: LtiRegistration | None = None) -> ToolUrls:
    login_for = (base + reverse("lti:login_for", args=[registration.uuid])
                 if registration is not None else "")
    return ToolUrls(launch=base + reverse("lti:launch"), jwks=base + reverse("jwks"),
                    login=base + reverse("lti:login"), login_for=login_for)


def registrations() -> QuerySet[LtiRegistration]:
    return LtiRegistration.objects.order_by("name").prefetch_related("deployments")


def unregistered_deployments(*, registration: LtiRegistration) -> QuerySet[LtiDeployment]:
    """Deployment ids an LMS launched with that nobody listed (refused, kept to be shown)."""
    return registration.deployments.filter(is_active=False, contexts__isnull=True)


def keys() -> QuerySet[Key]:
    return Key.objects.active().order_by("-datetime_created")


@dataclass
class RunLmsPage:
    run: CourseRun
    links: list[ContextRun] = field(default_factory=list)
    targets: list[ResourceTarget] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    failed: list[Passback] = field(default_factory=list)


def run_for_manager(*, user: AnyUser, run_id: int) -> CourseRun:
    run = CourseRun.objects.select_related("course").filter(pk=run_id).first()
    if run is None or not manages(user, run.course):
        raise Http404("No such run.")
    return run


def run_lms_page(*, run: CourseRun) -> RunLmsPage:
    links = list(ContextRun.objects.filter(run=run).select_related(
        "context__deployment__registration"))
    targets = list(ResourceTarget.objects.filter(context_run__run=run).select_related(
        "resource_link", "exercise", "module").order_by("resource_link__title"))
    passbacks = Passback.objects.filter(target__context_run__run=run)
    counts = dict(passbacks.values_list("state").annotate(n=Count("pk")).values_list("state", "n"))
    failed = list(passbacks.filter(state=Passback.State.FAILED)
                  .select_related("user", "target__resource_link").order_by("-updated_at")[:50])
    return RunLmsPage(run=run, links=links, targets=targets, counts=counts, failed=failed)
