"""What every app's views may assume about a request."""

from django.contrib.auth.models import User
from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class SignedInRequest(HttpRequest):
    """What login_required and django-htmx's middleware guarantee about a request."""

    user: User
    htmx: HtmxDetails
