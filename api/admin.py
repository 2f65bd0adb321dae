"""Raw data for admins: who holds which tokens (never the tokens: only digests are kept)."""

from django.contrib import admin

from api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "prefix", "may_read", "may_submit", "may_staff",
                    "created_at", "last_used_at", "expires_at", "revoked_at")
    search_fields = ("user__username", "name", "prefix")
    raw_id_fields = ("user",)
    readonly_fields = ("prefix", "digest", "created_at", "last_used_at")
