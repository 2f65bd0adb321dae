from django.urls import path

from authoring import views

app_name = "authoring"

urlpatterns = [
    path("", views.index, name="index"),
    path("preview/", views.preview, name="preview"),
    path("courses/<slug:course_slug>/", views.course_exercises, name="exercises"),
    path("courses/<slug:course_slug>/new/", views.exercise_create, name="create"),
    path("courses/<slug:course_slug>/import/", views.exercise_import, name="import"),
    path("exercises/<slug:slug>/", views.exercise_detail, name="edit"),
    path("exercises/<slug:slug>/validation/", views.validation_status, name="validation"),
    path("exercises/<slug:slug>/publish/", views.exercise_publish, name="publish"),
    path("exercises/<slug:slug>/copy/", views.exercise_copy, name="copy"),
    path("exercises/<slug:slug>/export/", views.exercise_export, name="export"),
]
