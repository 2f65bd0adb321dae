import json

from django.contrib import admin
from django.utils.html import format_html

from grader.models import Submission


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("id", "user", "exercise", "kind", "status", "verdict", "score",
                    "created_at")
    list_filter = ("status", "verdict", "kind", "exercise")
    search_fields = ("user__username", "exercise__slug")
    list_select_related = ("user", "exercise")
    date_hierarchy = "created_at"
    # What was submitted and how it was judged is the record: only the grader writes it.
    readonly_fields = (
        "user", "exercise", "exercise_version", "variant", "kind", "code_block", "status",
        "verdict", "score", "max_score", "pretty_tests", "stdout", "message", "attempt",
        "deliveries", "created_at", "started_at", "graded_at",
    )
    fieldsets = (
        (None, {"fields": ("user", "exercise", "exercise_version", "variant", "kind",
                           "attempt")}),
        ("Result", {"fields": ("status", "verdict", "score", "max_score", "message")}),
        ("Code and feedback", {"fields": ("code_block", "pretty_tests", "stdout")}),
        ("Timing", {"fields": ("created_at", "started_at", "graded_at", "deliveries")}),
    )

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        # Submissions come from learners through the grading pipeline, never by hand.
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    @admin.display(description="tests")
    def pretty_tests(self, submission: Submission) -> str:
        return format_html("<pre>{}</pre>", json.dumps(submission.tests, indent=2))

    @admin.display(description="code")
    def code_block(self, submission: Submission) -> str:
        return format_html("<pre>{}</pre>", submission.code)
