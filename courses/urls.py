from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("", views.catalog, name="catalog"),
    path("me/progress/", views.dashboard, name="dashboard"),
    path("courses/<slug:slug>/", views.course_detail, name="course"),
    path("courses/<slug:slug>/enroll/", views.course_enroll, name="enroll"),
    path("join/", views.join_with_code, name="join"),
    path("accounts/invitation/<uidb64>/<token>/", views.InvitationConfirmView.as_view(),
         name="invitation"),
    path("courses/<slug:course_slug>/exercises/<slug:slug>/", views.exercise_detail,
         name="exercise"),
    path("courses/<slug:course_slug>/exercises/<slug:slug>/attempts/", views.exercise_attempts,
         name="attempts"),
    path("courses/<slug:course_slug>/exercises/<slug:slug>/hints/<int:number>/",
         views.hint_reveal_view, name="hint_reveal"),
    path("courses/<slug:course_slug>/exercises/<slug:slug>/draft/", views.draft_save_view,
         name="draft"),
    path("courses/<slug:course_slug>/exercises/<slug:slug>/draft/discard/",
         views.draft_discard_view, name="draft_discard"),
]
