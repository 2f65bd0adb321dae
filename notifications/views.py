"""The learner's notifications: the list, opening one, marking all read. Thin views over
notifications.selectors and notifications.services."""

from collections.abc import Iterable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from config.http import SignedInRequest
from courses.selectors import run_of_learner
from notifications import selectors, services
from notifications.models import Notification

PER_PAGE = 50


@login_required
@require_GET
def index(request: SignedInRequest) -> HttpResponse:
    page = Paginator(selectors.notifications_of(user=request.user), PER_PAGE).get_page(
        request.GET.get("page"))
    return render(request, "notifications/index.html",
                  {"page": page, "rows": _with_zones(request, page),
                   "any_unread": any(item.unread for item in page)})


def _with_zones(request: SignedInRequest, page: Iterable[Notification]
                ) -> list[tuple[Notification, str]]:
    """Each notification with the time zone its due date is read in: the learner's run's."""
    zones: dict[int, str] = {}  # course id -> zone, asked once per course
    rows = []
    for item in page:
        zone = "UTC"
        if item.due_at is not None and item.exercise is not None:
            course_id = item.exercise.module.course_id
            if course_id not in zones:
                run = run_of_learner(user=request.user, course=course_id)
                zones[course_id] = run.time_zone if run is not None else "UTC"
            zone = zones[course_id]
        rows.append((item, zone))
    return rows


# A GET that writes: marking read is harmless and idempotent, and it keeps each notification a
# plain link (open in a new tab, copy, keyboard) rather than a form per row.
@login_required
@require_GET
def open_notification(request: SignedInRequest, pk: int) -> HttpResponse:
    notification = selectors.notification_of_owner(user=request.user, notification_id=pk)
    services.notification_mark_read(notification=notification)
    return redirect(notification.target_url())


@login_required
@require_POST
def read_all(request: SignedInRequest) -> HttpResponse:
    if services.notifications_mark_all_read(user=request.user):
        messages.success(request, "All notifications marked as read.")
    return redirect("notifications:index")
