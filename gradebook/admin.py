"""Raw data for admins. The audit log is read-only: changes go through gradebook.services."""

from django.contrib import admin
from django.http import HttpRequest

from gradebook.models import Regrade, ReviewRequest, ScoreChange


@admin.register(ReviewRequest)
class ReviewRequestAdmin(admin.ModelAdmin):
    list_display = ("id", "submission", "requested_by", "state", "outcome", "created_at",
                    "resolved_by")
    list_filter = ("state", "outcome", "submission__exercise__module__course")
    search_fields = ("requested_by__username", "message", "reason")
    raw_id_fields = ("submission", "requested_by", "resolved_by")
    date_hierarchy = "created_at"


@admin.register(ScoreChange)
class ScoreChangeAdmin(admin.ModelAdmin):
    list_display = ("created_at", "submission", "source", "old_score", "new_score", "changed_by")
    list_filter = ("source", "submission__exercise__module__course")
    search_fields = ("submission__user__username", "reason", "changed_by__username")
    date_hierarchy = "created_at"

    # Editing the audit log here would bypass Progress and make the log lie.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Regrade)
class RegradeAdmin(admin.ModelAdmin):
    list_display = ("id", "exercise", "status", "include_overridden", "requested_by",
                    "created_at", "finished_at")
    list_filter = ("status",)
    readonly_fields = ("preview", "result", "submission_ids")
    raw_id_fields = ("exercise", "version", "requested_by")
