from django.apps import AppConfig


class LtiConfig(AppConfig):
    name = "lti"
    verbose_name = "LMS (LTI 1.3)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Scores go back to the LMS whenever a learner's counted score changes.
        from courses.signals import progress_changed
        from lti import receivers

        progress_changed.connect(receivers.queue_passbacks, dispatch_uid="lti.passbacks")
