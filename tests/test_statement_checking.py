"""Every statement ends with how answers are checked, generated from the exercise's checks at
sync and publish time, so that it follows a change of tolerance instead of drifting from it."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from authoring import services as authoring
from courses.models import Module
from exercises.models import Exercise
from exercises.services import library_sync
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER
from tests.test_library import small_library

DOT_SENTENCE = ("Your answer is compared with the reference answer number by number, with a "
                "relative tolerance of 1e-9 and an absolute tolerance of 1e-9")


@pytest.mark.sandbox
@pytest.mark.django_db
def test_sync_appends_the_checks_and_follows_a_change_of_tolerance(tmp_path: Path) -> None:
    root = small_library(tmp_path)
    library_sync(root=root)
    html = Exercise.objects.get(slug="dot-product").statement_html
    assert "<h2>How your answer is checked</h2>" in html and DOT_SENTENCE in html
    assert html.index("<h2>How your answer is checked</h2>") > html.index("Your task")

    toml = root / "linear-algebra" / "vectors" / "dot-product" / "exercise.toml"
    toml.write_text(toml.read_text().replace("rtol = 1e-9", "rtol = 1e-7", 1))
    library_sync(root=root)

    html = Exercise.objects.get(slug="dot-product").statement_html
    assert "relative tolerance of 1e-7 and an absolute tolerance of 1e-9" in html
    assert DOT_SENTENCE not in html


@pytest.mark.django_db
def test_an_authored_exercise_states_its_checks_and_options(module: Module,
                                                           instructor: User) -> None:
    content = authoring.DraftContent(
        title="Dot", entry="dot", statement_md="# Dot\n\nCompute $u \\cdot v$.\n",
        starter=DOT_STARTER, solution=DOT_SOLUTION, cases=DOT_CASES,
        checks=[{"check": "close", "atol": 1e-3}], returns_new=True,
        mutants={"zero": "def dot(u, v):\n    return 0.0\n"})
    draft = authoring.draft_create(user=instructor, module=module, slug="authored-dot",
                                   content=content)

    html = draft.exercise.statement_html
    assert ("relative tolerance of 1e-6 and an absolute tolerance of 0.001: each number may be "
            "off by at most 0.001 + 1e-6 \N{MULTIPLICATION SIGN} |expected|") in html
    assert "must return a new array, not one of its arguments" in html
