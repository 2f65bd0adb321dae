from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from courses import views as course_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True),
         name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/signup/", course_views.signup, name="signup"),
    path("submissions/", include("grader.urls")),
    path("authoring/", include("authoring.urls", namespace="authoring")),
    path("teaching/", include("gradebook.urls", namespace="gradebook")),
    path("reviews/", include("gradebook.review_urls", namespace="reviews")),
    path("notifications/", include("notifications.urls", namespace="notifications")),
    path("", include("courses.urls")),
]

# Django's own 404, 403 and 500 handlers already render templates/404.html, 403.html and
# 500.html; its 400 handler renders without a request, which our site layout needs.
handler400 = "courses.views.bad_request"
