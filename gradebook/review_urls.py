"""The learner's side of grade review: ask for one, and read the answer."""

from django.urls import path

from gradebook import views

app_name = "reviews"

urlpatterns = [
    path("", views.my_reviews, name="mine"),
    path("new/<int:submission_pk>/", views.review_request_new, name="create"),
]
