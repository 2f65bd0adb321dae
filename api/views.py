"""The account page: who you are, and your personal access tokens for the API and the client.

Thin views over api.services; a new token is shown in the answer to the post that made it,
once, and stored nowhere but as its digest.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from api.forms import TokenForm
from api.selectors import tokens_of
from api.services import NewToken, token_create, token_revoke
from config.http import SignedInRequest
from courses.permissions import teaches_anything

TEMPLATE = "api/account.html"


def _page(request: SignedInRequest, form: TokenForm, *, new: NewToken | None = None,
          status: int = 200) -> HttpResponse:
    context = {"form": form, "tokens": tokens_of(user=request.user), "new": new,
               "site_url": request.build_absolute_uri("/")}
    return render(request, TEMPLATE, context, status=status)


def _form(request: SignedInRequest) -> TokenForm:
    return TokenForm(request.POST or None, staff=teaches_anything(request.user))


@login_required
@require_GET
def account(request: SignedInRequest) -> HttpResponse:
    return _page(request, _form(request))


@login_required
@require_POST
def token_create_view(request: SignedInRequest) -> HttpResponse:
    form = _form(request)
    if not form.is_valid():
        return _page(request, form, status=422)
    try:
        new = token_create(user=request.user, name=form.cleaned_data["name"],
                           scopes=form.cleaned_data["scopes"],
                           expires_in_days=form.expires_in_days)
    except ValidationError as error:
        form.add_error(None, error)
        return _page(request, form, status=422)
    # Not a redirect: the token exists nowhere else, so this answer is its only showing.
    return _page(request, _form_blank(request), new=new)


def _form_blank(request: SignedInRequest) -> TokenForm:
    return TokenForm(staff=teaches_anything(request.user))


@login_required
@require_POST
def token_revoke_view(request: SignedInRequest, pk: int) -> HttpResponse:
    token = token_revoke(user=request.user, token_id=pk)
    messages.success(request, f"The token “{token.name}” is revoked: it no longer works.")
    return redirect("account:index")
