from django.urls import path

from api import views

app_name = "account"

urlpatterns = [
    path("", views.account, name="index"),
    path("tokens/", views.token_create_view, name="token_create"),
    path("tokens/<int:pk>/revoke/", views.token_revoke_view, name="token_revoke"),
]
