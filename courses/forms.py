from typing import Any

from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User


class SignupForm(UserCreationForm):
    """Username and password; an email address for password resets, required where new
    accounts must confirm theirs (SIGNUP_EMAIL_VERIFICATION)."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
        help_texts = {"email": "Optional. Lets you reset a forgotten password."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if settings.SIGNUP_EMAIL_VERIFICATION:
            email = self.fields["email"]
            email.required = True
            email.help_text = "We send a link to it, to confirm that it is yours."
