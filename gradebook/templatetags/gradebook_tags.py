"""Display helpers for the teaching pages."""

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def duration(value: timedelta) -> str:
    """3 d 4 h, 2 h 5 min, 4 min 10 s: the two largest units are enough to compare."""
    seconds = int(value.total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [(days, "d"), (hours, "h"), (minutes, "min"), (seconds, "s")]
    shown = [f"{amount} {unit}" for amount, unit in parts if amount][:2]
    return " ".join(shown) or "0 s"


@register.simple_tag
def teaches(user: object) -> bool:
    """Whether the Teaching link belongs in the navigation (instructors and admins)."""
    from gradebook.selectors import is_teaching

    return bool(getattr(user, "is_authenticated", False)) and is_teaching(user)  # type: ignore[arg-type]
