from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User

from courses.models import JOIN_CODE_LENGTH


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


class JoinForm(forms.Form):
    code = forms.CharField(
        max_length=40, label="Join code",
        help_text=f"{JOIN_CODE_LENGTH} characters from your instructor; capitals and spaces "
                  "do not matter.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                      "spellcheck": "false", "class": "text-input--mono"}))
