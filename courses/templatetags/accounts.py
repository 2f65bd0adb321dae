"""The notice on every page of an account whose email address is not confirmed yet."""

from typing import Any

from django import template

from courses import accounts

register = template.Library()


@register.inclusion_tag("registration/_verification_banner.html", takes_context=True)
def verification_banner(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    if request is None:
        return {"pending": False}  # error pages render without a request
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "verify_email":
        return {"pending": False}  # the link's own page says it all
    # A request refused before the sign-in middleware ran (a bad Host header) has no user.
    user = getattr(request, "user", None)
    if user is None or not getattr(user, "email", ""):
        return {"pending": False}
    # A page of a run that asks for a confirmed address says so (courses.views).
    if not (accounts.verification_pending(user) or context.get("confirmation_needed")):
        return {"pending": False}
    return {"pending": True, "address": user.email, "next": request.get_full_path(),
            "csrf_token": context.get("csrf_token")}
