from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("lti/_passback_badge.html")
def passback_badge(summaries: dict[int, Any] | None, user_id: int) -> dict[str, Any]:
    """A learner's LMS score state (lti.selectors.passback_summaries), as a badge."""
    return {"summary": (summaries or {}).get(user_id)}
