from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from courses.models import (
    Course,
    CourseRun,
    DueDate,
    Enrollment,
    Extension,
    Module,
    Progress,
    Section,
)


class ModuleInline(admin.TabularInline):
    model = Module
    extra = 0
    fields = ("order", "title", "slug")
    prepopulated_fields = {"slug": ("title",)}
    show_change_link = True


class RunInline(admin.TabularInline):
    model = CourseRun
    extra = 0
    fields = ("title", "slug", "is_default", "enrollment", "starts_on", "ends_on")
    show_change_link = True
    # The late policy and due dates change totals: edited on the run's own page, which
    # recomputes them.
    readonly_fields = ("is_default",)


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "order", "published", "module_count")
    list_editable = ("order", "published")
    list_filter = ("published",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}
    inlines = (ModuleInline, RunInline)

    @admin.display(description="modules")
    def module_count(self, course: Course) -> int:
        return course.modules.count()


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ("name", "join_code")
    readonly_fields = ("join_code",)


class DueDateInline(admin.TabularInline):
    model = DueDate
    extra = 0
    fields = ("module", "due_at")


@admin.register(CourseRun)
class CourseRunAdmin(admin.ModelAdmin):
    list_display = ("title", "course", "slug", "is_default", "enrollment", "time_zone",
                    "starts_on", "ends_on")
    list_filter = ("course", "enrollment", "is_default")
    search_fields = ("title", "slug", "course__title")
    list_select_related = ("course",)
    inlines = (SectionInline, DueDateInline)

    def save_model(self, request: HttpRequest, obj: CourseRun, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and {"late_policy", "late_percentage"} & set(form.changed_data):
            # Totals follow the policy: the same recomputation as the gradebook's form.
            from gradebook.services import run_late_policy_set

            run_late_policy_set(run=obj, policy=obj.late_policy, percentage=obj.late_percentage)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is not DueDate:
            super().save_formset(request, form, formset, change)
            return
        # Through the service, so that late marks and totals follow the new dates.
        from gradebook.services import due_date_set

        run = form.instance
        formset.save(commit=False)  # sorts the rows into new, changed and deleted ones
        for due in formset.deleted_objects:
            due_date_set(run=run, module=due.module, due_at=None)
        for due, fields in formset.changed_objects:
            if "module" in fields:  # moved to another module: the old one is due no more
                due_date_set(run=run, module=DueDate.objects.get(pk=due.pk).module, due_at=None)
            due_date_set(run=run, module=due.module, due_at=due.due_at)
        for due in formset.new_objects:
            due_date_set(run=run, module=due.module, due_at=due.due_at)


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ("title", "course", "slug", "order")
    list_filter = ("course",)
    search_fields = ("title", "slug", "course__title")
    list_select_related = ("course",)
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Enrollment)
class EnrollmentAdmin(admin.ModelAdmin):
    list_display = ("user", "run", "section", "role", "created_at")
    list_filter = ("role", "run__course", "run")
    search_fields = ("user__username", "user__email", "run__course__title", "run__title")
    list_select_related = ("user", "run__course", "section")
    autocomplete_fields = ("user",)
    date_hierarchy = "created_at"


@admin.register(Extension)
class ExtensionAdmin(admin.ModelAdmin):
    list_display = ("run", "user", "section", "module", "exercise", "due_at", "granted_by",
                    "created_at")
    list_filter = ("run__course", "run")
    search_fields = ("user__username", "section__name", "reason")
    list_select_related = ("run__course", "user", "section", "module", "exercise",
                           "granted_by")
    autocomplete_fields = ("user",)
    exclude = ("granted_by",)

    def get_readonly_fields(self, request: HttpRequest, obj: Extension | None = None
                            ) -> tuple[str, ...]:
        # Who and what an extension is for stay put: grant another one instead.
        return ("run", "user", "section", "module", "exercise") if obj else ()

    # Granted and revoked through gradebook.services, which mark late work again and
    # recompute totals.
    def save_model(self, request: HttpRequest, obj: Extension, form: Any, change: bool) -> None:
        from gradebook.services import extension_grant

        granted = extension_grant(run=obj.run, user=obj.user, section=obj.section,
                                  module=obj.module, exercise=obj.exercise, due_at=obj.due_at,
                                  reason=obj.reason, granted_by=request.user)  # type: ignore[arg-type]
        obj.pk = granted.pk

    def delete_model(self, request: HttpRequest, obj: Extension) -> None:
        from gradebook.services import extension_revoke

        extension_revoke(extension=obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for extension in queryset:
            self.delete_model(request, extension)


@admin.register(Progress)
class ProgressAdmin(admin.ModelAdmin):
    list_display = ("user", "exercise", "run", "best_score", "max_score", "attempts",
                    "solved_at", "updated_at")
    list_filter = ("run__course", "run", ("solved_at", admin.EmptyFieldListFilter))
    search_fields = ("user__username", "exercise__slug", "exercise__title")
    list_select_related = ("user", "exercise", "run")
    # Kept in step with graded submissions by the grader; hand edits would drift from them.
    readonly_fields = ("user", "exercise", "run", "best_score", "max_score", "attempts",
                       "solved_at", "updated_at")
