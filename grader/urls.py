from django.urls import path

from grader import views

app_name = "grader"

urlpatterns = [
    path("new/<slug:exercise_slug>/", views.submission_create_view, name="create"),
    path("<int:pk>/", views.submission_detail, name="detail"),
    path("<int:pk>/status/", views.submission_status, name="status"),
    path("<int:pk>/wait/", views.submission_wait, name="wait"),
]
