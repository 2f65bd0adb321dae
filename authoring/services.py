"""Writes of browser authoring: drafts, publish, copy, import (validation: authoring.validation).

A draft is the working copy of an exercise package. Learners see only the Exercise row and
its immutable versions, which change when a draft is published. Validation runs the
package in the sandbox (in a Celery worker) and also computes the reference outputs of
every variant; Publish stores those, so the web process never runs any code, and it only
accepts content whose fingerprint is the one that passed.
"""

import logging
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from courses.models import Module
from courses.permissions import authors
from exercises.markdown import render_statement
from exercises.models import Exercise, ExerciseVersion
from exercises.packages import (
    LIBRARY_ROOT,
    SLUG,
    ExercisePackage,
    PackageError,
    load_package,
    package_from_texts,
)
from exercises.services import create_version

from .archive import exercise_toml
from .models import ExerciseDraft

logger = logging.getLogger(__name__)

MAX_MUTANTS = 12
MAX_TEXT_BYTES = 64 * 1024
MUTANT_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]{0,59}$")
SLUG_MAX = Exercise._meta.get_field("slug").max_length or 50


@dataclass
class DraftContent:
    """Everything of a package an author edits, besides its slug and module."""

    title: str
    entry: str
    order: int = 0
    points: int = 10
    difficulty: str = "easy"
    tags: list[str] = field(default_factory=list)
    variants: int = 3
    hints: list[str] = field(default_factory=list)
    hint_penalties: list[float] = field(default_factory=list)
    inputs_read_only: bool = False
    returns_new: bool = False  # a case fails when the function returns an argument (or a view)
    # Names of the items of a returned tuple, as the statement calls them (messages use them).
    outputs: list[str] = field(default_factory=list)
    limits: dict[str, Any] = field(
        default_factory=lambda: {"time_seconds": 10, "memory_mb": 512})
    checks: list[dict[str, Any]] = field(default_factory=lambda: [{"check": "close"}])
    statement_md: str = ""
    starter: str = ""
    solution: str = ""
    cases: str = ""
    mutants: dict[str, str] = field(default_factory=dict)


CONTENT_FIELDS = [item.name for item in fields(DraftContent)]


def scaffold(*, title: str, entry: str) -> DraftContent:
    """A new exercise's starting point: a package that runs, shaped like the README's."""
    return DraftContent(
        title=title,
        entry=entry,
        statement_md=f"# {title}\n\nExplain the idea, give the formula as $...$ or\n\n$$\n"
                     "x^2\n$$\n\nthen say what the function receives and returns.\n",
        starter=f"def {entry}(x):\n    # TODO: compute the answer\n    return 0.0\n",
        solution=f"def {entry}(x):\n    return float(x) ** 2\n",
        cases='def cases(rng):\n    return [\n'
              '        {"name": "two", "public": True, "args": {"x": 2}},\n'
              '        {"name": "minus three", "public": True, "args": {"x": -3}},\n'
              '        {"name": "one half", "public": True, "args": {"x": 0.5}},\n'
              '        {"name": "random", "args": {"x": float(rng.normal())}},\n'
              '    ]\n',
    )


def content_of(draft: ExerciseDraft) -> DraftContent:
    return DraftContent(**{name: getattr(draft, name) for name in CONTENT_FIELDS})


def content_from_package(package: ExercisePackage) -> DraftContent:
    return DraftContent(
        title=package.title, entry=package.entry, order=package.order, points=package.points,
        difficulty=package.difficulty, tags=list(package.tags), variants=package.variants,
        hints=list(package.hints), hint_penalties=list(package.hint_penalties),
        inputs_read_only=package.config["inputs_read_only"],
        returns_new=bool(package.config.get("returns_new", False)),
        outputs=list(package.config.get("outputs", [])),
        limits=dict(package.config["limits"]), checks=list(package.config["checks"]),
        statement_md=package.statement_md, starter=package.starter,
        solution=package.solution, cases=package.cases, mutants=dict(package.mutants),
    )


def package_files_of(*, slug: str, content: DraftContent) -> dict[str, str]:
    values = {**asdict(content), "slug": slug}
    files = {
        "exercise.toml": exercise_toml(values),
        "statement.md": content.statement_md,
        "starter.py": content.starter,
        "solution.py": content.solution,
        "cases.py": content.cases,
    }
    files.update({f"mutants/{name}.py": code for name, code in content.mutants.items()})
    return files


def package_of(*, slug: str, content: DraftContent) -> ExercisePackage:
    """The package these values make, read by the library's own loader (same messages)."""
    return package_from_texts(package_files_of(slug=slug, content=content), folder=Path(slug))


def package_from_draft(*, draft: ExerciseDraft) -> ExercisePackage:
    return package_of(slug=draft.exercise.slug, content=content_of(draft))


def package_of_exercise(*, exercise: Exercise) -> ExercisePackage:
    """The package of any exercise: its library folder, its draft, or its current version."""
    if exercise.source_path:
        return load_package(library_folder(exercise))
    draft = ExerciseDraft.objects.filter(exercise=exercise).first()
    if draft is not None:
        return package_from_draft(draft=draft)
    return package_of(slug=exercise.slug, content=_content_of_published(exercise))


def library_folder(exercise: Exercise) -> Path:
    """Where a synced exercise's files are: source_path is relative to the library's parent."""
    root = Path(getattr(settings, "EXERCISES_LIBRARY_ROOT", LIBRARY_ROOT)).resolve()
    folder = (root.parent / exercise.source_path).resolve()
    if not folder.is_relative_to(root) or not (folder / "exercise.toml").is_file():
        raise ValidationError(f"The library files of {exercise.slug} are not on this server.")
    return folder


def _content_of_published(exercise: Exercise) -> DraftContent:
    """Exercises made outside both the library and the authoring pages (e.g. the admin)."""
    version = exercise.current_version
    config = version.config if version else {}
    return DraftContent(
        title=exercise.title, entry=exercise.entry, order=exercise.order,
        points=exercise.points, difficulty=exercise.difficulty, tags=list(exercise.tags),
        variants=max(1, version.variants.count()) if version else 3,
        hints=list(exercise.hints), hint_penalties=list(exercise.hint_penalties),
        inputs_read_only=bool(config.get("inputs_read_only", False)),
        returns_new=bool(config.get("returns_new", False)),
        outputs=list(config.get("outputs") or []),
        limits=dict(config.get("limits") or {"time_seconds": 10, "memory_mb": 512}),
        checks=list(config.get("checks") or [{"check": "close"}]),
        statement_md=exercise.statement_md, starter=exercise.starter_code,
        solution=version.solution_code if version else "",
        cases=version.cases_code if version else "",
    )


# --- checking what an author typed ------------------------------------------------------


def clean_content(*, slug: str, content: DraftContent) -> ExercisePackage:
    """The package, or a ValidationError that names the file and field at fault."""
    problems = []
    if len(content.mutants) > MAX_MUTANTS:
        problems.append(f"At most {MAX_MUTANTS} mutants: each one costs a sandbox run per "
                        "variant.")
    for name in content.mutants:
        if not MUTANT_NAME.match(name):
            problems.append(f"Mutant name {name!r} must be letters, digits, _ or - (it becomes "
                            "the file name mutants/<name>.py).")
    texts = [("statement.md", content.statement_md), ("starter.py", content.starter),
             ("solution.py", content.solution), ("cases.py", content.cases)]
    texts += [(f"mutants/{name}.py", code) for name, code in content.mutants.items()]
    for name, text in texts:
        if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
            problems.append(f"{name} is larger than {MAX_TEXT_BYTES // 1024} KB.")
        if "\x00" in text:
            problems.append(f"{name} contains a NUL character.")
    if problems:
        raise ValidationError(problems)
    try:
        return package_of(slug=slug, content=content)
    except PackageError as exc:
        raise ValidationError(str(exc)) from None


def slug_taken(slug: str, *, exclude: Exercise | None = None) -> bool:
    """Taken in the database, or by a library folder (a later sync would claim the slug)."""
    found = Exercise.objects.filter(slug=slug)
    if exclude is not None:
        found = found.exclude(pk=exclude.pk)
    return found.exists() or (bool(SLUG.match(slug)) and
                              any(LIBRARY_ROOT.glob(f"*/*/{slug}/exercise.toml")))


def free_slug(base: str) -> str:
    base = base[:SLUG_MAX - 4].strip("-") or "exercise"
    if not slug_taken(base):
        return base
    for number in range(2, 1000):
        candidate = f"{base}-{number}"
        if not slug_taken(candidate):
            return candidate
    raise ValidationError(f"No free slug left for {base}.")


def _check_slug(slug: str, exercise: Exercise | None = None) -> None:
    if not SLUG.match(slug) or len(slug) > SLUG_MAX:
        raise ValidationError({"slug": f"Use lowercase words joined by - (at most {SLUG_MAX} "
                                       "characters)."})
    if slug_taken(slug, exclude=exercise):
        raise ValidationError({"slug": f"The slug {slug} is taken; slugs are unique across "
                                       "all courses."})


def _mirror(exercise: Exercise, content: DraftContent) -> None:
    """What learners see of the exercise, from the content (statement rendered and sanitised)."""
    exercise.title = content.title
    exercise.order = content.order
    exercise.points = content.points
    exercise.difficulty = content.difficulty
    exercise.tags = list(content.tags)
    exercise.entry = content.entry
    exercise.statement_md = content.statement_md
    exercise.statement_html = render_statement(content.statement_md, grading_config(content))
    exercise.starter_code = content.starter
    exercise.hints = list(content.hints)
    exercise.hint_penalties = list(content.hint_penalties)


def grading_config(content: DraftContent) -> dict[str, Any]:
    """What of the content the statement's "How your answer is checked" describes."""
    return {"checks": content.checks, "outputs": content.outputs,
            "inputs_read_only": content.inputs_read_only, "returns_new": content.returns_new}


def _set_content(draft: ExerciseDraft, content: DraftContent) -> None:
    for name in CONTENT_FIELDS:
        setattr(draft, name, getattr(content, name))


# --- drafts ------------------------------------------------------------------------------


@transaction.atomic
def draft_create(*, user: User, module: Module, slug: str,
                 content: DraftContent) -> ExerciseDraft:
    """A new unpublished exercise of `module` and its draft."""
    _check_slug(slug)
    clean_content(slug=slug, content=content)
    exercise = Exercise(module=module, slug=slug, published=False, source_path="")
    _mirror(exercise, content)
    exercise.save()
    draft = ExerciseDraft(exercise=exercise, created_by=user)
    _set_content(draft, content)
    draft.save()
    return draft


@transaction.atomic
def draft_update(*, draft: ExerciseDraft, module: Module, slug: str,
                 content: DraftContent) -> ExerciseDraft:
    """Saves the working copy; learners see it only after the next publish.

    The slug seeds the variants and keys each learner's variant, so it is fixed once the
    exercise has been published. Module moves apply at once: placement is not content.
    """
    exercise = Exercise.objects.select_for_update().get(pk=draft.exercise_id)
    if module.course_id != exercise.module.course_id:
        raise ValidationError({"module": "Choose a module of the same course."})
    if slug != exercise.slug:
        if exercise.current_version_id is not None:
            raise ValidationError({"slug": "The slug of a published exercise cannot change."})
        _check_slug(slug, exercise)
    clean_content(slug=slug, content=content)
    exercise.slug = slug
    exercise.module = module
    if exercise.current_version_id is None:
        _mirror(exercise, content)  # never published: instructors preview the draft itself
    exercise.save()
    draft.exercise = exercise
    _set_content(draft, content)
    # Only the content: a worker may be writing the validation fields at this moment.
    draft.save(update_fields=[*CONTENT_FIELDS, "updated_at"])
    return draft


@transaction.atomic
def draft_import(*, user: User, module: Module, package: ExercisePackage,
                 slug: str | None = None) -> ExerciseDraft:
    """A draft holding `package`, under its own slug when free, else the next free one."""
    chosen = free_slug(slug or package.slug)
    return draft_create(user=user, module=module, slug=chosen,
                        content=content_from_package(package))


def exercise_copy_to_course(*, user: User, exercise: Exercise,
                            module: Module) -> ExerciseDraft:
    """An editable copy of any exercise (e.g. from the library) as a draft in `module`."""
    if not authors(user, module.course):
        raise PermissionDenied("You do not author that course.")
    package = package_of_exercise(exercise=exercise)
    return draft_import(user=user, module=module, package=package,
                        slug=f"{exercise.slug}-copy")


@transaction.atomic
def draft_ensure(*, exercise: Exercise, user: User) -> ExerciseDraft:
    """The draft of a non-library exercise, made from its published state if it has none."""
    if exercise.source_path:
        raise ValidationError("Library exercises are edited as files; copy it into a course.")
    draft = ExerciseDraft.objects.select_related("exercise").filter(exercise=exercise).first()
    if draft is not None:
        return draft
    draft = draft_unsaved(exercise=exercise, user=user)
    draft.save()
    return draft


def draft_unsaved(*, exercise: Exercise, user: User) -> ExerciseDraft:
    """A draft of the published state, not saved: looking at an exercise writes nothing."""
    draft = ExerciseDraft(exercise=exercise, created_by=user)
    _set_content(draft, _content_of_published(exercise))
    draft.published_fingerprint = draft.fingerprint() if exercise.published else ""
    return draft


# --- publishing --------------------------------------------------------------------------


def publish_refusal(draft: ExerciseDraft) -> str | None:
    """Why the draft cannot be published now, or None."""
    status = draft.validation_status
    if status == ExerciseDraft.Status.NEVER:
        return "Validate the exercise before publishing it."
    if draft.validation_pending:
        return "Wait for the validation to finish."
    if status == ExerciseDraft.Status.FAILED:
        return "The last validation failed: fix the problems it lists and validate again."
    if not draft.validation_current:
        return "The exercise changed since it was validated: validate it again."
    return None


@transaction.atomic
def draft_publish(*, draft: ExerciseDraft) -> ExerciseVersion:
    """Makes the validated content what learners get; grading changes make a new version."""
    draft = ExerciseDraft.objects.select_for_update().select_related("exercise").get(pk=draft.pk)
    refusal = publish_refusal(draft)
    if refusal:
        raise ValidationError(refusal)
    package = package_from_draft(draft=draft)
    exercise = Exercise.objects.select_for_update().get(pk=draft.exercise_id)
    version = exercise.versions.filter(content_hash=package.content_hash).first()
    if version is None:
        # [seed, cases, mistakes]; validations from before known mistakes kept two.
        kept = [(int(row[0]), row[1], row[2] if len(row) > 2 else None)
                for row in draft.validated_variants]
        if len(kept) != package.variants:
            raise ValidationError("The validation did not keep the reference outputs: "
                                  "validate again.")
        mistakes = [known for _, _, known in kept if known is not None]
        version = create_version(exercise, package, [(seed, cases) for seed, cases, _ in kept],
                                 mistakes=mistakes if len(mistakes) == len(kept) else None)
    _mirror(exercise, content_of(draft))
    exercise.current_version = version
    exercise.published = True
    exercise.save()
    draft.published_fingerprint = draft.validated_fingerprint
    draft.save(update_fields=["published_fingerprint"])
    return version
