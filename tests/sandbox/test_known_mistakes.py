"""Known mistakes recognised: every library mutant, sent as a learner's code, is told its own
misconception (or that of a mutant giving the very same answers); a right answer and a wrong
answer like no mutant are told none; sync stores the mutants' outputs and texts, and updates
them alone when only the mutants change; the pipeline shows the text to the learner."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from exercises.models import Exercise, Variant
from exercises.packages import LIBRARY_ROOT, ExercisePackage, load_library, load_package
from exercises.services import (
    library_sync,
    mutant_outputs,
    reference_cases,
    stored_outputs,
    unsaved_version,
    variant_seed,
)
from exercises.validation import validate_package
from grader import misconceptions
from grader.grading import run_and_judge
from grader.judge import same_answer
from grader.services import submission_create, submission_grade
from tests.test_library import small_library

pytestmark = pytest.mark.sandbox

PACKAGES = [package for course in load_library() for module in course.modules
            for package in module.packages]
DOT = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"


def same_everywhere(cases: list[dict[str, Any]], config: dict[str, Any],
                    one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Two mutants no learner could tell apart on these cases."""
    return all(same_answer(result=one.get(str(i), {}), other=other.get(str(i), {}),
                           config=config)
               for i in range(len(cases)))


def answers_wrongly(graded: Any) -> bool:
    """Some case failed with an answer (not an exception)."""
    return any(not test["passed"] and (graded.outputs.get(index) or {}).get("ok")
               for index, test in enumerate(graded.judgement.tests))


@pytest.mark.parametrize("package", PACKAGES, ids=[package.slug for package in PACKAGES])
def test_every_mutant_is_told_its_own_misconception(package: ExercisePackage) -> None:
    seed = variant_seed(package.slug, 0)
    cases = reference_cases(package=package, seed=seed)
    version, variant = unsaved_version(package), Variant(seed=seed, cases=cases)
    runs = {name: run_and_judge(code=source, version=version, variant=variant)
            for name, source in package.mutants.items()}
    variant.mistakes = {name: stored_outputs(graded.outputs) for name, graded in runs.items()}

    # A mutant whose every failing case raises (an overflow, a negative bincount) is told by its
    # traceback: answers are compared, exceptions are not (grader.misconceptions).
    told = {name: misconceptions.recognise(judgement=graded.judgement, outputs=graded.outputs,
                                           version=version, variant=variant)
            for name, graded in runs.items() if graded.judgement.verdict == "failed"
            and answers_wrongly(graded)}

    for name, mistake in told.items():
        assert mistake is not None, f"{name} is not recognised"
        assert mistake.mutant == name or same_everywhere(
            cases, version.config, variant.mistakes[name], variant.mistakes[mistake.mutant]
        ), f"{name} is told {mistake.mutant}'s text"
        assert mistake.text == package.misconceptions[mistake.mutant]
    reference = run_and_judge(code=package.solution, version=version, variant=variant)
    assert misconceptions.recognise(judgement=reference.judgement, outputs=reference.outputs,
                                    version=version, variant=variant) is None


def test_a_wrong_answer_like_no_known_mistake_is_told_none() -> None:
    package = load_package(DOT)
    seed = variant_seed(package.slug, 0)
    cases = reference_cases(package=package, seed=seed)
    version = unsaved_version(package)
    variant = Variant(seed=seed, cases=cases,
                      mistakes=mutant_outputs(package=package, seed=seed, cases=cases))
    graded = run_and_judge(code="def dot(u, v):\n    return 42.0\n", version=version,
                           variant=variant)

    assert graded.judgement.verdict == "failed"
    assert misconceptions.recognise(judgement=graded.judgement, outputs=graded.outputs,
                                    version=version, variant=variant) is None


def test_check_exercises_requires_a_text_for_every_library_mutant(tmp_path: Path) -> None:
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    mutant = folder / "mutants" / "off_by_one.py"
    mutant.write_text(mutant.read_text().split('"""', 2)[2].lstrip())

    report = validate_package(load_package(folder), misconceptions_required=True)

    assert ("mutant off_by_one has no misconception text: start its file with a docstring "
            "telling the learner what they probably did") in report.problems
    assert validate_package(load_package(folder)).ok  # a browser draft may add it later


@pytest.mark.django_db
def test_sync_stores_the_mistakes_and_updates_them_alone_when_only_mutants_change(
    tmp_path: Path,
) -> None:
    root = small_library(tmp_path)
    library_sync(root=root)
    version = Exercise.objects.get(slug="dot-product").current_version
    assert version is not None
    assert set(version.misconceptions) == {"no_sum", "off_by_one", "sum_of_sum"}
    assert all(set(variant.mistakes) == set(version.misconceptions)
               for variant in version.variants.all())
    mutant = root / "linear-algebra" / "vectors" / "dot-product" / "mutants" / "off_by_one.py"
    mutant.write_text('"""Your loop seems to stop one entry early."""\n'
                      + mutant.read_text().split('"""', 2)[2])

    report = library_sync(root=root)

    assert report.mistakes_updated == ["dot-product"] and report.unchanged == ["dot-product"]
    version.refresh_from_db()
    assert version.misconceptions["off_by_one"] == "Your loop seems to stop one entry early."
    assert Exercise.objects.get(slug="dot-product").versions.count() == 1
    assert library_sync(root=root).mistakes_updated == []


@pytest.mark.django_db
def test_a_learner_who_makes_a_known_mistake_is_told_so(
    tmp_path: Path, learner: Any, client: Client, django_capture_on_commit_callbacks: Any,
) -> None:
    library_sync(root=small_library(tmp_path))
    exercise = Exercise.objects.get(slug="dot-product")
    off_by_one = (DOT / "mutants" / "off_by_one.py").read_text()
    with django_capture_on_commit_callbacks(execute=False):
        submission = submission_create(user=learner, exercise=exercise,
                                       code=off_by_one.split('"""', 2)[2])  # no docstring

    submission_grade(submission_id=submission.pk)

    submission.refresh_from_db()
    text = load_package(DOT).misconceptions["off_by_one"]
    assert (submission.verdict, submission.known_mistake) == ("failed", "off_by_one")
    assert submission.misconception == text
    client.force_login(learner)
    body = client.get(reverse("grader:detail", args=[submission.pk])).content.decode()
    assert "This looks like a known mistake:" in body and text in body


def test_the_whole_library_has_texts() -> None:
    call_command("check_exercises", "dot-product")  # the command requires them
    missing = [(package.slug, name) for package in PACKAGES
               for name, text in package.misconceptions.items() if not text]
    assert missing == []


def test_on_the_learner_corpus_messages_are_right_and_correct_code_gets_none() -> None:
    """tests/data/learner_corpus was written from the statements alone; judged.toml holds the
    hand judgement of every message it was told (`manage.py misconception_report`)."""
    from exercises.misconception_report import run, shares

    told = run(variants=1)
    rows = shares(told).values()

    assert sum(row.correct for row in rows) >= 40
    assert [item.key for item in told if not item.wrong and item.mutant] == []
    assert [item.key for item in told if item.mutant and not item.judged] == []  # all judged
    wrong, messages = sum(row.wrong for row in rows), sum(row.told for row in rows)
    right = sum(row.right for row in rows)
    assert wrong >= 100 and messages >= 0.4 * wrong and right >= 0.95 * messages
