"""Forms of the staff pages for runs: what each page asks, checked before any service runs.

Dates are typed as wall-clock times in the run's time zone (RunDateTimeField) and leave the
form as aware datetimes, which the database stores in UTC.
"""

import zoneinfo
from datetime import datetime
from functools import cache
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.models import CourseRun, Enrollment, Module, Section
from courses.timezones import zone_named
from exercises.models import Exercise
from runs.roster import MAX_BYTES, MAX_ROWS

STAFF_ROLES = [(Enrollment.Role.TA.value, "Teaching assistant (grades and reviews)"),
               (Enrollment.Role.INSTRUCTOR.value, "Instructor (also runs the course)")]
# Outside these years a date is a typo, and far outside them it cannot be stored.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(zoneinfo.available_timezones() - {"UTC"})
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names)]


class RunDateTimeField(forms.DateTimeField):
    """A `datetime-local` input read and shown on the clocks of `zone` (Django's own field
    under that zone): 23:59 in America/New_York in December is stored as 04:59 UTC."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def __init__(self, *, zone: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.zone = zone

    def prepare_value(self, value: Any) -> Any:
        with timezone.override(zone_named(self.zone)):
            return super().prepare_value(value)

    def to_python(self, value: Any) -> datetime | None:
        with timezone.override(zone_named(self.zone)):
            try:
                result = super().to_python(value)
            except ValidationError as error:
                if error.code != "ambiguous_timezone":
                    raise
                raise ValidationError(
                    f"{value} does not happen exactly once in {self.zone}: the clocks change "
                    "then. Choose a time an hour or more away.", code="clock_change") from None
        if result is not None and not FIRST_YEAR <= result.year <= LAST_YEAR:
            raise ValidationError(f"Choose a date between {FIRST_YEAR} and {LAST_YEAR}.")
        return result


class RunForm(forms.ModelForm):
    """A run's settings; the course is the page's, the late policy goes through
    gradebook.services (it recomputes totals)."""

    time_zone = forms.ChoiceField(
        choices=time_zone_choices, initial="UTC",
        help_text="Due dates are entered and shown in this zone. Changing it keeps each due "
                  "date at the same moment.")
    late_percentage = forms.IntegerField(
        min_value=0, max_value=100, initial=50, label="Late percentage",
        help_text="Of the score, under the percentage policy.")

    class Meta:
        model = CourseRun
        fields = ["title", "slug", "time_zone", "starts_on", "ends_on", "enrollment",
                  "confirmed_email_required", "late_policy", "late_percentage"]
        labels = {"slug": "Short name (in addresses)", "starts_on": "Starts on",
                  "ends_on": "Ends on", "enrollment": "Who may join",
                  "confirmed_email_required": "Confirmed email address required"}
        help_texts = {"title": "As learners see it, e.g. Fall 2026.",
                      "slug": "Letters, digits and dashes, e.g. fall-2026; made from the "
                              "title when left empty.",
                      "enrollment": "A code is a section's join code; the LMS is your "
                                    "learning platform's course link.",
                      "confirmed_email_required": "Learners must confirm their email address "
                                                  "(a link we email them) before they send "
                                                  "code in this run."}
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        if self.instance.pk is None:
            # Only the default run takes learners without a code (its Enroll button).
            self.initial.setdefault("enrollment", CourseRun.Admission.CODE)
        else:
            self.fields["slug"].disabled = True  # addresses and links already name it
            self.fields["slug"].help_text = "Fixed once the run exists: links name it."


class SectionForm(forms.Form):
    name = forms.CharField(max_length=100, label="Section name",
                           help_text="e.g. Tuesday lab. Each section gets its own join code.")


class DueDatesForm(forms.Form):
    """One date per module of the course; empty means not due."""

    def __init__(self, *args: Any, run: CourseRun, modules: list[Module],
                 current: dict[int, datetime], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.modules = modules
        for module in modules:
            self.fields[self.field_name(module)] = RunDateTimeField(
                zone=run.time_zone, required=False, label=module.title,
                initial=current.get(module.pk))

    @staticmethod
    def field_name(module: Module) -> str:
        return f"module_{module.pk}"

    def dates(self) -> dict[Module, datetime | None]:
        return {module: self.cleaned_data[self.field_name(module)] for module in self.modules}

    def rows(self) -> list[tuple[Module, forms.BoundField]]:
        return [(module, self[self.field_name(module)]) for module in self.modules]


class ExtensionForm(forms.Form):
    """Who (a learner or a section), what (a module or an exercise), until when, and why."""

    learner = forms.CharField(
        max_length=254, required=False, label="Learner",
        help_text="Username, email address or student id of a learner of this run.")
    section = forms.ModelChoiceField(queryset=Section.objects.none(), required=False,
                                     empty_label="None (a learner)", label="Or a whole section")
    target = forms.ChoiceField(label="Module or exercise")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             help_text="Kept with the extension, for the other staff.")

    def __init__(self, *args: Any, run: CourseRun, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        section_field = self.fields["section"]
        assert isinstance(section_field, forms.ModelChoiceField)
        section_field.queryset = Section.objects.filter(run=run).order_by("name")
        self.fields["target"].choices = _targets(run)  # type: ignore[attr-defined]
        self.fields["due_at"] = RunDateTimeField(
            zone=run.time_zone, label="New due date",
            help_text=f"On the clocks of {run.time_zone}, the run's time zone.")
        self.order_fields(["learner", "section", "target", "due_at", "reason"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("learner", "").strip()) == bool(data.get("section")):
            raise ValidationError("Name one learner, or choose one section.")
        return data


def _targets(run: CourseRun) -> list[Any]:
    modules = list(run.course.modules.order_by("order", "title"))
    exercises = Exercise.objects.filter(module__course=run.course_id).order_by("order", "title")
    by_module: dict[int, list[Exercise]] = {module.pk: [] for module in modules}
    for exercise in exercises:
        by_module[exercise.module_id].append(exercise)
    choices: list[Any] = [("", "Choose…"),
                          ("Whole modules", [(f"module:{m.pk}", m.title) for m in modules])]
    choices += [(f"Exercises of {module.title}",
                 [(f"exercise:{e.pk}", e.title) for e in by_module[module.pk]])
                for module in modules if by_module[module.pk]]
    return choices


class StaffInviteForm(forms.Form):
    who = forms.CharField(max_length=254, label="Email address or username",
                          help_text="An unknown address gets a new account and an email "
                                    "with a link to choose its password.")
    role = forms.ChoiceField(choices=STAFF_ROLES, label="Role")


class StaffRoleForm(forms.Form):
    role = forms.ChoiceField(choices=[(role.value, role.label) for role in
                                      (Enrollment.Role.TA, Enrollment.Role.INSTRUCTOR)],
                             label="Role")


class RosterUploadForm(forms.Form):
    roster = forms.FileField(
        label="Roster file (CSV)",
        help_text=f"Columns student_id, name, email, section, with that header row; UTF-8; at "
                  f"most {MAX_BYTES // 1024 // 1024} MB and {MAX_ROWS} rows.")

    def clean_roster(self) -> Any:
        upload = self.cleaned_data["roster"]
        if upload.size > MAX_BYTES:
            raise ValidationError(f"The file has {upload.size / 1024 / 1024:.1f} MB; a roster "
                                  "may have at most 1 MB. Split it in two.")
        return upload
