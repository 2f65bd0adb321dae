"""Writes of the editor's autosaved drafts (reads: courses.selectors.editor_start).

A draft is the learner's own scratch copy: the last save wins, whichever tab sent it.
"""

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from courses.models import CodeDraft
from exercises.models import Exercise
from grader.services import validate_code


@transaction.atomic
def draft_save(*, user: User, exercise: Exercise, code: object) -> CodeDraft | None:
    """Keeps `code` as the learner's draft; None when a blank editor left nothing to keep.

    The same text checks as a submission (size cap, NUL, UTF-8): a draft is code that will be
    sent, and must not become a way to store what a submission may not hold.
    """
    if isinstance(code, str) and not code.strip():
        # Nothing worth restoring: the page opens with the last code sent, or the starter.
        draft_discard(user=user, exercise=exercise)
        return None
    draft, _ = CodeDraft.objects.update_or_create(
        user=user, exercise=exercise,
        defaults={"code": validate_code(code), "saved_at": timezone.now()},
    )
    return draft


def draft_discard(*, user: User, exercise: Exercise) -> None:
    CodeDraft.objects.filter(user=user, exercise=exercise).delete()
