from django.apps import AppConfig


class RunsConfig(AppConfig):
    """Staff pages of course runs: sections, due dates, extensions, staff, roster. The models
    are courses'; this app holds no tables."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "runs"
    verbose_name = "Course runs"
