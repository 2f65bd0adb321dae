"""Reads for the API and the account page; who may see what is courses.permissions'."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from api.models import ApiToken
from courses.models import Course
from courses.permissions import taught_courses


def tokens_of(*, user: AbstractBaseUser) -> QuerySet[ApiToken]:
    """The user's tokens, active and not, newest first (revoked ones stay listed as such)."""
    return ApiToken.objects.filter(user_id=user.pk).order_by("-created_at", "-id")


def courses_for_learner(*, user: AbstractBaseUser) -> QuerySet[Course]:
    """What the catalog lists, plus the unpublished courses the user teaches (which their
    course pages show them too)."""
    return Course.objects.filter(
        Q(published=True) | Q(pk__in=taught_courses(user).values("pk"))
    ).order_by("title", "slug")
