from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

from courses.models import Course, Enrollment
from courses.services import course_default_run

DEMO_PASSWORD = "eigenlab-demo"
DEMO_USERS: tuple[tuple[str, str, dict[str, bool]], ...] = (
    ("learner", "Learner: solves exercises", {}),
    ("instructor", "Instructor of every course", {}),
    ("admin", "Admin: everything, including /admin/", {"is_staff": True, "is_superuser": True}),
)


class Command(BaseCommand):
    help = "Creates (or resets) the demo accounts and prints their credentials."

    def handle(self, *args: object, **options: object) -> None:
        for username, role, flags in DEMO_USERS:
            user, _ = User.objects.update_or_create(username=username, defaults=flags)
            user.set_password(DEMO_PASSWORD)
            user.save()
            if username == "instructor":
                for course in Course.objects.all():
                    Enrollment.objects.update_or_create(
                        user=user, run=course_default_run(course=course),
                        defaults={"role": Enrollment.Role.INSTRUCTOR},
                    )
            self.stdout.write(f"  {username:<11} / {DEMO_PASSWORD}   {role}")
