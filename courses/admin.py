from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from courses.models import Course, Enrollment, Module, Progress


class ModuleInline(admin.TabularInline):
    model = Module
    extra = 0
    fields = ("order", "title", "slug", "due_at")
    prepopulated_fields = {"slug": ("title",)}
    show_change_link = True


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "order", "published", "module_count")
    list_editable = ("order", "published")
    list_filter = ("published",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}
    inlines = (ModuleInline,)

    @admin.display(description="modules")
    def module_count(self, course: Course) -> int:
        return course.modules.count()

    def save_model(self, request: HttpRequest, obj: Course, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and {"late_policy", "late_percentage"} & set(form.changed_data):
            # Totals follow the policy: the same recomputation as the gradebook's form.
            from gradebook.services import course_late_policy_set

            course_late_policy_set(course=obj, policy=obj.late_policy,
                                   percentage=obj.late_percentage)


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ("title", "course", "slug", "order", "due_at")
    list_filter = ("course",)
    search_fields = ("title", "slug", "course__title")
    list_select_related = ("course",)
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "due_at"


@admin.register(Enrollment)
class EnrollmentAdmin(admin.ModelAdmin):
    list_display = ("user", "course", "role", "created_at")
    list_filter = ("role", "course")
    search_fields = ("user__username", "user__email", "course__title")
    list_select_related = ("user", "course")
    autocomplete_fields = ("user",)
    date_hierarchy = "created_at"


@admin.register(Progress)
class ProgressAdmin(admin.ModelAdmin):
    list_display = ("user", "exercise", "best_score", "max_score", "attempts", "solved_at",
                    "updated_at")
    list_filter = ("exercise__module__course", ("solved_at", admin.EmptyFieldListFilter))
    search_fields = ("user__username", "exercise__slug", "exercise__title")
    list_select_related = ("user", "exercise")
    # Kept in step with graded submissions by the grader; hand edits would drift from them.
    readonly_fields = ("user", "exercise", "best_score", "max_score", "attempts", "solved_at",
                       "updated_at")
