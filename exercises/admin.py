import json

from django.contrib import admin
from django.utils.html import format_html

from exercises.models import Exercise, ExerciseVersion, Variant


class ExerciseVersionInline(admin.TabularInline):
    """Versions are frozen once graded against: shown for reference, never edited here."""

    model = ExerciseVersion
    extra = 0
    fields = ("number", "content_hash", "created_at")
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "module", "difficulty", "points", "published",
                    "current_version")
    list_filter = ("published", "difficulty", "module__course", "module")
    search_fields = ("title", "slug", "entry", "statement_md")
    list_select_related = ("module__course", "current_version")
    # statement_html is derived from statement_md by the sync; current_version by the sync too.
    readonly_fields = ("statement_html", "current_version", "source_path")
    inlines = (ExerciseVersionInline,)


class VariantInline(admin.TabularInline):
    model = Variant
    extra = 0
    fields = ("index", "seed")
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    """Grading data: computed in the sandbox and referenced by submissions, so never edited."""

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(ExerciseVersion)
class ExerciseVersionAdmin(ReadOnlyAdmin):
    list_display = ("exercise", "number", "content_hash", "created_at")
    list_filter = ("exercise__module__course",)
    search_fields = ("exercise__slug", "exercise__title", "content_hash")
    list_select_related = ("exercise",)
    inlines = (VariantInline,)


@admin.register(Variant)
class VariantAdmin(ReadOnlyAdmin):
    list_display = ("version", "index", "seed", "case_count")
    list_filter = ("version__exercise",)
    search_fields = ("version__exercise__slug",)
    list_select_related = ("version__exercise",)
    fields = ("version", "index", "seed", "pretty_cases")
    readonly_fields = fields

    @admin.display(description="cases (JSON)")
    def pretty_cases(self, variant: Variant) -> str:
        return format_html("<pre>{}</pre>", json.dumps(variant.cases, indent=2))

    @admin.display(description="cases")
    def case_count(self, variant: Variant) -> int:
        return len(variant.cases)
