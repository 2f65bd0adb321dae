from django.urls import path

from lti import views

app_name = "lti"

urlpatterns = [
    # What the LMS calls (values shown on the platforms page).
    path("login/", views.oidc_login, name="login"),
    # For an LMS whose login request names no client id: the registration is in the URL.
    path("login/<uuid:registration_uuid>/", views.oidc_login, name="login_for"),
    path("launch/", views.launch, name="launch"),
    path("continue/<str:token>/", views.continue_launch, name="continue"),
    path("deep-link/", views.deep_link_answer, name="deep_link_answer"),
    # Staff pages.
    path("platforms/", views.platforms, name="platforms"),
    path("platforms/<int:pk>/", views.platform, name="platform"),
    path("keys/rotate/", views.key_rotate, name="key_rotate"),
    path("keys/<int:pk>/retire/", views.key_retire, name="key_retire"),
    path("runs/<int:run_id>/", views.run_lms, name="run"),
    path("runs/<int:run_id>/roster/", views.run_roster_sync, name="run_roster"),
    path("runs/<int:run_id>/resend/", views.run_resend, name="run_resend"),
]
