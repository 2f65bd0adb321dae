"""The grade history of a learner's own submission, for the attempt page (grader/detail.html).

A tag rather than a value from the view: the attempt page's view belongs to the grader app,
which knows nothing of reviews and overrides; the reading itself is gradebook.selectors'.
"""

from typing import Any

from django import template

from gradebook import selectors
from gradebook.selectors import GradeHistory
from grader.models import Submission

register = template.Library()


@register.simple_tag(takes_context=True)
def grade_history(context: dict[str, Any], submission: Submission) -> GradeHistory:
    """`{% grade_history submission as history %}`: scoped to the user asking."""
    return selectors.grade_history(user=context["request"].user, submission=submission)
