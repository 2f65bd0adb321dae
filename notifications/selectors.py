"""Reads of notifications: each user reads their own only."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from notifications.models import Notification


def unread_count(*, user: AbstractBaseUser) -> int:
    return Notification.objects.filter(user_id=user.pk, read_at__isnull=True).count()


def notifications_of(*, user: AbstractBaseUser) -> QuerySet[Notification]:
    """Newest first, with what their links need."""
    return (Notification.objects.filter(user_id=user.pk)
            .select_related("exercise__module__course").order_by("-created_at", "-id"))


def notification_of_owner(*, user: AbstractBaseUser, notification_id: int) -> Notification:
    """404 for anybody else's: what others are told is not theirs to know either."""
    return get_object_or_404(notifications_of(user=user), pk=notification_id)
