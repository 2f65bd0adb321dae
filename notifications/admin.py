"""Raw data for admins; notifications are written by notifications.services only."""

from django.contrib import admin

from notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "user", "kind", "text", "read_at")
    list_filter = ("kind",)
    search_fields = ("user__username", "text")
    raw_id_fields = ("user", "submission", "score_change", "review", "exercise")
    date_hierarchy = "created_at"
