"""The exercise library: every package validates, and syncing it is idempotent and versioned."""

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from courses.services import course_default_run
from exercises.models import Exercise
from exercises.packages import LIBRARY_ROOT, PackageError, load_library, load_package
from exercises.services import library_sync
from grader.models import Submission

pytestmark = pytest.mark.sandbox

DOT = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"


def small_library(tmp_path: Path) -> Path:
    """A one-exercise library in a temporary folder, safe to edit."""
    root = tmp_path / "library"
    course = root / "linear-algebra"
    module = course / "vectors"
    module.mkdir(parents=True)
    shutil.copy(LIBRARY_ROOT / "linear-algebra" / "course.toml", course / "course.toml")
    shutil.copy(LIBRARY_ROOT / "linear-algebra" / "vectors" / "module.toml", module / "module.toml")
    shutil.copytree(DOT, module / "dot-product")
    return root


# Extra seeds the suite sweeps per package (116 packages: each seed costs the suite about 40 s
# on two cores, so CI takes two). `make validate` sweeps the full count (EXERCISE_SWEEP_SEEDS,
# 50) and keeps a cache; the library was validated on all 50.
CI_SWEEP_SEEDS = 2


def test_every_library_exercise_validates_in_the_sandbox(capsys: pytest.CaptureFixture) -> None:
    call_command("check_exercises", seeds=CI_SWEEP_SEEDS)  # raises CommandError on any failure
    table = capsys.readouterr().out
    assert "dot-product" in table and "FAIL" not in table
    assert f"served variants and {CI_SWEEP_SEEDS} extra seeds" in table


def test_the_library_covers_the_curriculum() -> None:
    slugs = {package.slug for course in load_library() for module in course.modules
             for package in module.packages}
    required = {"dot-product", "swap-rows", "eigenpairs", "mse-gradients", "gaussian-pdf",
                "binomial-pmf", "welch-t-test"}
    assert required <= slugs


@pytest.mark.django_db
def test_sync_is_idempotent(tmp_path: Path) -> None:
    root = small_library(tmp_path)
    first = library_sync(root=root)
    second = library_sync(root=root)
    assert first.created == ["dot-product"]
    assert second.unchanged == ["dot-product"] and not second.new_versions
    exercise = Exercise.objects.get(slug="dot-product")
    assert exercise.versions.count() == 1
    assert exercise.current_version.variants.count() == 3
    case = exercise.current_version.variants.first().cases[0]
    assert {"name", "public", "weight", "args", "expected"} <= set(case)


@pytest.mark.django_db
def test_a_changed_package_gets_a_new_version_and_old_submissions_keep_theirs(
    tmp_path: Path, learner
) -> None:
    root = small_library(tmp_path)
    library_sync(root=root)
    exercise = Exercise.objects.get(slug="dot-product")
    old = exercise.current_version
    submission = Submission.objects.create(
        user=learner, exercise=exercise, exercise_version=old, variant=old.variants.first(),
        code="def dot(u, v):\n    return 0\n", attempt=1, max_score=10,
        run=course_default_run(course=exercise.module.course),
    )
    statement = root / "linear-algebra" / "vectors" / "dot-product" / "statement.md"
    statement.write_text(statement.read_text() + "\nOne more sentence.\n")
    assert library_sync(root=root).unchanged == ["dot-product"]  # wording is not grading
    solution = root / "linear-algebra" / "vectors" / "dot-product" / "solution.py"
    solution.write_text(solution.read_text() + "\n# a harmless change\n")
    report = library_sync(root=root)
    exercise.refresh_from_db()
    assert report.new_versions == ["dot-product"]
    assert exercise.current_version.number == old.number + 1
    assert "One more sentence." in exercise.statement_md
    submission.refresh_from_db()
    assert submission.exercise_version == old


@pytest.mark.django_db
def test_a_removed_package_is_unpublished_never_deleted(tmp_path: Path) -> None:
    root = small_library(tmp_path)
    library_sync(root=root)
    shutil.rmtree(root / "linear-algebra" / "vectors" / "dot-product")
    report = library_sync(root=root)
    assert report.unpublished == ["dot-product"]
    assert Exercise.objects.get(slug="dot-product").published is False


@pytest.mark.parametrize("breakage, message", [
    (("exercise.toml", 'difficulty = "trivial"', 'difficulty = "easy"'), "`difficulty`"),
    (("exercise.toml", 'check = "nonsense"', 'check = "close"'), "unknown check 'nonsense'"),
    (("exercise.toml", "variants = 0", "variants = 3"), "`variants`"),
    (("exercise.toml", "time_seconds = 999", None), "`limits.time_seconds`"),
])
def test_an_invalid_package_is_rejected_naming_the_file_and_field(
    tmp_path: Path, breakage: tuple[str, str, str | None], message: str
) -> None:
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    name, new, old = breakage
    path = folder / name
    text = path.read_text()
    if old is None:
        text = text.replace("[limits]", f"[limits]\n{new}", 1)
        text = _drop_duplicate_key(text, new.split("=")[0].strip())
    else:
        assert old in text, f"{old!r} not in the fixture package"
        text = text.replace(old, new, 1)
    path.write_text(text)
    with pytest.raises(PackageError) as error:
        load_package(folder)
    assert str(path) in str(error.value) and message in str(error.value)


def _drop_duplicate_key(text: str, key: str) -> str:
    """Keeps the first `key = ...` line after [limits] (ours) and drops the package's own."""
    lines, seen = [], False
    for line in text.splitlines():
        if line.strip().startswith(f"{key} ") or line.strip().startswith(f"{key}="):
            if seen:
                continue
            seen = True
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    (folder / "cases.py").unlink()
    with pytest.raises(PackageError, match=r"cases\.py: file is missing"):
        load_package(folder)


@pytest.mark.django_db
def test_sync_exercises_command_reports_and_refuses_a_broken_library(tmp_path: Path) -> None:
    root = small_library(tmp_path)
    call_command("sync_exercises", str(root))
    toml = root / "linear-algebra" / "vectors" / "dot-product" / "exercise.toml"
    toml.write_text(toml.read_text().replace('entry = "dot"', 'entry = "not a name"'))
    with pytest.raises(CommandError, match="`entry`"):
        call_command("sync_exercises", str(root))


def _packages():
    return [package for course in load_library() for module in course.modules
            for package in module.packages]


@pytest.mark.parametrize("package", _packages(), ids=lambda package: package.slug)
def test_every_exercise_is_a_complete_lesson(package) -> None:
    """≥ 3 public examples, ≥ 2 hidden cases, ≥ 2 mutants, a formula and hints."""
    import numpy as np

    namespace: dict = {}
    exec(compile(package.cases, f"{package.slug}/cases.py", "exec"), namespace)  # trusted
    cases = namespace["cases"](np.random.default_rng(0))
    public = sum(1 for case in cases if case.get("public"))
    assert public >= 3 and len(cases) - public >= 2, (public, len(cases))
    assert len(package.mutants) >= 2
    assert "$$" in package.statement_md and package.hints
