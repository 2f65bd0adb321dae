from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from lti_tool.views import jwks

from api.api import api
from courses import views as course_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True),
         name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/signup/", course_views.signup, name="signup"),
    # Django's password views, under the names they reverse each other by.
    path("accounts/password/reset/", course_views.PasswordResetView.as_view(),
         name="password_reset"),
    path("accounts/password/reset/sent/", auth_views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("accounts/reset/<uidb64>/<token>/", course_views.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("accounts/reset/done/", auth_views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
    path("accounts/password/change/", auth_views.PasswordChangeView.as_view(),
         name="password_change"),
    path("accounts/password/change/done/", auth_views.PasswordChangeDoneView.as_view(),
         name="password_change_done"),
    path("accounts/verify/resend/", course_views.verify_email_resend, name="verify_email_resend"),
    path("accounts/verify/<str:token>/", course_views.verify_email, name="verify_email"),
    # The account page and its personal access tokens (api.views), and the API they open.
    path("accounts/", include("api.urls", namespace="account")),
    path("api/", api.urls),
    path("submissions/", include("grader.urls")),
    path("authoring/", include("authoring.urls", namespace="authoring")),
    path("teaching/<slug:course_slug>/runs/", include("runs.urls", namespace="runs")),
    path("teaching/", include("gradebook.urls", namespace="gradebook")),
    path("reviews/", include("gradebook.review_urls", namespace="reviews")),
    path("notifications/", include("notifications.urls", namespace="notifications")),
    path("lti/", include("lti.urls", namespace="lti")),
    # The tool's public keys, for every LMS that checks what Eigenlab signs (django-lti's).
    path(".well-known/jwks.json", jwks, name="jwks"),
    path("", include("courses.urls")),
]

# Django's own 404, 403 and 500 handlers already render templates/404.html, 403.html and
# 500.html; its 400 handler renders without a request, which our site layout needs.
handler400 = "courses.views.bad_request"
