from typing import Any

from django import forms

from api.models import ApiToken

NEVER = "never"
EXPIRY_CHOICES = [("7", "In 7 days"), ("30", "In 30 days"), ("90", "In 90 days"),
                  ("365", "In a year"), (NEVER, "Never")]


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, label="Name",
        help_text="Where you will use it, e.g. “laptop” or “JupyterHub”.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}))
    scopes = forms.MultipleChoiceField(
        choices=ApiToken.Scope.choices, widget=forms.CheckboxSelectMultiple,
        initial=[ApiToken.Scope.READ, ApiToken.Scope.SUBMIT], label="What it may do")
    expires = forms.ChoiceField(choices=EXPIRY_CHOICES, initial="90", label="Expires")

    def __init__(self, *args: Any, staff: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not staff:  # only staff may hold the staff scope (api.services checks it too)
            field = self.fields["scopes"]
            assert isinstance(field, forms.MultipleChoiceField)
            field.choices = [(value, label) for value, label in ApiToken.Scope.choices
                             if value != ApiToken.Scope.STAFF]

    @property
    def expires_in_days(self) -> int | None:
        chosen = self.cleaned_data["expires"]
        return None if chosen == NEVER else int(chosen)
