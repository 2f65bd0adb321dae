from django.urls import path

from grader import views

app_name = "grader"

urlpatterns = [
    path("new/<slug:exercise_slug>/", views.submission_create_view, name="create"),
    path("new/<slug:exercise_slug>/notebook/", views.submission_notebook_view, name="notebook"),
    path("<int:pk>/", views.submission_detail, name="detail"),
    path("<int:pk>/status/", views.submission_status, name="status"),
    path("<int:pk>/wait/", views.submission_wait, name="wait"),
    path("<int:pk>/figures/<int:position>.png", views.submission_figure, name="figure"),
]
