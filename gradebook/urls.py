from django.urls import path

from gradebook import cluster_views, views

app_name = "gradebook"

urlpatterns = [
    path("", views.index, name="index"),
    path("reviews/", views.review_queue, name="reviews"),
    path("reviews/<int:pk>/", views.review_detail, name="review"),
    path("submissions/<int:pk>/", views.submission_detail, name="submission"),
    path("submissions/<int:pk>/override/", views.submission_override, name="override"),
    path("regrades/<int:pk>/", views.regrade_detail, name="regrade"),
    path("regrades/<int:pk>/apply/", views.regrade_apply, name="regrade_apply"),
    path("regrades/<int:pk>/progress/", views.regrade_progress, name="regrade_progress"),
    path("regrades/<int:pk>/resume/", views.regrade_resume, name="regrade_resume"),
    path("<slug:slug>/", views.course_gradebook, name="gradebook"),
    path("<slug:slug>/gradebook.csv", views.course_csv, name="csv"),
    path("<slug:slug>/late-policy/", views.late_policy, name="late_policy"),
    path("<slug:slug>/audit/", views.audit_log, name="audit"),
    path("<slug:slug>/exercises/<slug:exercise>/", views.exercise_analytics, name="analytics"),
    path("<slug:slug>/exercises/<slug:exercise>/regrade/", views.regrade_new, name="regrade_new"),
    path("<slug:slug>/exercises/<slug:exercise>/clusters/", cluster_views.cluster_list,
         name="clusters"),
    path("<slug:slug>/exercises/<slug:exercise>/clusters/<str:behaviour>/",
         cluster_views.cluster_detail, name="cluster"),
    path("<slug:slug>/exercises/<slug:exercise>/clusters/<str:behaviour>/note/",
         cluster_views.cluster_feedback, name="cluster_feedback"),
    path("<slug:slug>/exercises/<slug:exercise>/clusters/<str:behaviour>/mutant/",
         cluster_views.cluster_mutant, name="cluster_mutant"),
]
