"""Writes for courses: enrolling. Grading writes live in grader.services."""

from django.contrib.auth.models import User
from django.db import transaction

from courses.models import Course, Enrollment


@transaction.atomic
def enrollment_create(*, user: User, course: Course) -> Enrollment:
    """Idempotent: enrolling twice (or in two tabs at once) keeps one enrollment and its role."""
    enrollment, _ = Enrollment.objects.get_or_create(user=user, course=course)
    return enrollment
