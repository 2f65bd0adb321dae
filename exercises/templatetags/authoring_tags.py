"""Template helpers of the authoring pages (and the site's Authoring link)."""

from typing import Any

from django import template

from exercises.authoring_selectors import authors_anything

register = template.Library()


@register.simple_tag
def can_author_anything(user: Any) -> bool:
    """Whether to show the Authoring link: admins, and instructors of at least one course."""
    return bool(user.is_authenticated and authors_anything(user=user))

