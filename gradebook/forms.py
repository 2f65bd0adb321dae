from django import forms

from courses.models import CourseRun


class OverrideForm(forms.Form):
    score = forms.FloatField(min_value=0, label="New score")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             help_text="The learner sees this.")


class ResolveForm(forms.Form):
    decision = forms.ChoiceField(choices=[("keep", "Keep the score"),
                                          ("override", "Change the score")],
                                 widget=forms.RadioSelect, initial="keep")
    score = forms.FloatField(min_value=0, required=False, label="New score")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=2000,
                             help_text="The learner sees this.")

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("decision") == "override" and data.get("score") is None:
            self.add_error("score", "Give the new score.")
        return data


class ReviewRequestForm(forms.Form):
    message = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), max_length=4000,
                              label="What should the staff look at?")


class LatePolicyForm(forms.Form):
    late_policy = forms.ChoiceField(choices=CourseRun.LatePolicy.choices, label="Late policy")
    late_percentage = forms.IntegerField(min_value=0, max_value=100, label="Late percentage")


class RegradeForm(forms.Form):
    scope = forms.ChoiceField(choices=[("all", "All graded submissions"),
                                       ("selected", "Only the ones ticked below")],
                              widget=forms.RadioSelect, initial="all")
    submissions = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=[])
    include_overridden = forms.BooleanField(
        required=False, label="Also regrade overridden scores (their overrides are removed)")
    reason = forms.CharField(max_length=500, label="Reason",
                             help_text="Recorded with every score that changes.")

    def __init__(self, *args: object, submission_ids: list[int], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["submissions"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(pk, pk) for pk in submission_ids]


class ClusterFeedbackForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}), max_length=2000, label="Note to the learners",
        help_text="What they probably did and how to think about it, without giving the code "
                  "away. Every later submission with these answers shows it.")
    tell_members = forms.BooleanField(
        required=False, label="Also tell the learners already in this cluster",
        help_text="Each gets one notification, linking to their latest attempt here.")
