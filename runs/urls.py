"""Mounted at teaching/<course_slug>/runs/ (config/urls.py)."""

from django.urls import path

from runs import people_views, views

app_name = "runs"

RUN = "<slug:run_slug>/"

urlpatterns = [
    path("", views.run_list, name="list"),
    path("new/", views.run_create, name="create"),
    path(RUN, views.run_detail, name="detail"),
    path(RUN + "settings/", views.run_edit, name="edit"),
    path(RUN + "sections/", views.section_new, name="section_create"),
    path(RUN + "sections/<int:pk>/rename/", views.section_rename, name="section_rename"),
    path(RUN + "sections/<int:pk>/code/", views.section_code, name="section_code"),
    path(RUN + "sections/<int:pk>/delete/", views.section_delete, name="section_delete"),
    path(RUN + "due-dates/", views.due_dates, name="due_dates"),
    path(RUN + "extensions/", views.extensions, name="extensions"),
    path(RUN + "extensions/grant/", views.extension_grant, name="extension_grant"),
    path(RUN + "extensions/<int:pk>/revoke/", views.extension_revoke, name="extension_revoke"),
    path(RUN + "staff/", people_views.staff, name="staff"),
    path(RUN + "staff/invite/", people_views.staff_invite, name="staff_invite"),
    path(RUN + "staff/<int:pk>/role/", people_views.staff_role, name="staff_role"),
    path(RUN + "staff/<int:pk>/remove/", people_views.staff_remove, name="staff_remove"),
    path(RUN + "staff/<int:pk>/resend/", people_views.staff_resend, name="staff_resend"),
    path(RUN + "roster/", people_views.roster_page, name="roster"),
    path(RUN + "roster.csv", people_views.roster_export, name="roster_csv"),
    path(RUN + "roster/import/", people_views.roster_preview, name="roster_preview"),
    path(RUN + "roster/apply/", people_views.roster_apply, name="roster_apply"),
]
