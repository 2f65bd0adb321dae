"""Writes for exercises: syncing the file library into the database.

Expected outputs are computed by running the reference solution in the sandbox, once per
version and variant, and stored: the worker never runs the reference at grading time.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from courses.models import Course, Module
from grader.grading import SandboxFailure, run_and_judge, run_code
from grader.sandbox import RunReport

from .markdown import render_statement
from .models import Exercise, ExerciseVersion, Variant
from .packages import LIBRARY_ROOT, ExercisePackage, LibraryCourse, load_library

logger = logging.getLogger(__name__)


class ReferenceError(Exception):
    """The reference solution did not produce outputs for every case."""


@dataclass
class SyncReport:
    created: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)
    mistakes_updated: list[str] = field(default_factory=list)  # only the mutants changed


def variant_seed(slug: str, index: int) -> int:
    digest = hashlib.sha256(f"{slug}:{index}".encode()).hexdigest()
    return int(digest[:12], 16)


def unsaved_version(package: ExercisePackage) -> ExerciseVersion:
    """What grading needs of a package, as a version that is not (yet) in the database."""
    return ExerciseVersion(
        content_hash=package.content_hash, entry=package.entry, points=package.points,
        solution_code=package.solution, cases_code=package.cases, config=package.config,
        misconceptions=package.misconceptions, mistakes_hash=package.mistakes_hash,
    )


Mistakes = dict[str, dict[str, dict[str, Any]]]  # mutant name -> case index -> its result


def mutant_outputs(*, package: ExercisePackage, seed: int,
                   cases: list[dict[str, Any]]) -> Mistakes:
    """Runs every mutant on one variant, each in its own jail: what each returned per case."""
    version, variant = unsaved_version(package), Variant(seed=seed, cases=cases)
    found: Mistakes = {}
    for name, source in package.mutants.items():
        try:
            graded = run_and_judge(code=source, version=version, variant=variant)
        except SandboxFailure as exc:
            raise ReferenceError(f"the sandbox failed on our side ({exc}); try again") from None
        found[name] = stored_outputs(graded.outputs)
    return found


def stored_outputs(outputs: dict[int, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """As JSON keeps them: case indexes become strings."""
    return {str(index): result for index, result in outputs.items()}


def reference_cases(*, package: ExercisePackage, seed: int) -> list[dict[str, Any]]:
    """Runs the reference in its own jail: the case inputs and its outputs, for one seed."""
    try:
        cases, _ = reference_run(package=package, seed=seed)
    except SandboxFailure as exc:
        raise ReferenceError(f"the sandbox failed on our side ({exc}); try again") from None
    return cases


def reference_run(*, package: ExercisePackage, seed: int,
                  version: ExerciseVersion | None = None) -> tuple[list[dict[str, Any]],
                                                                    RunReport]:
    """The reference's cases with its outputs for one seed, and its run (which validation
    judges too). SandboxFailure when the sandbox failed on our side, ReferenceError when the
    reference did."""
    report = run_code(code=package.solution, version=version or unsaved_version(package),
                      seed=seed)
    if report.error is not None:
        raise ReferenceError(f"the reference could not run: {report.error.get('message')}")
    if report.outcome != "completed" or not report.finished:
        raise ReferenceError(f"the reference run ended with {report.outcome}: {report.message}")
    stored = []
    for index, case in enumerate(report.cases):
        result = report.results.get(index) or {}
        if not result.get("ok"):
            error = result.get("error") or {}
            raise ReferenceError(f"the reference failed on case {case.get('name')!r}: "
                                 f"{error.get('type')}: {error.get('message')}")
        stored.append({**case, "expected": result["output"]})
    if not stored:
        raise ReferenceError("cases() returned no cases")
    return stored, report


def library_sync(*, root: Path = LIBRARY_ROOT) -> SyncReport:
    """Idempotent: the same files give the same rows; a changed package gets a new version."""
    report = SyncReport()
    courses = load_library(root)
    seen: set[str] = set()
    for library_course in courses:
        for module, package in _sync_structure(library_course):
            _sync_exercise(module, package, root, report)
            seen.add(package.slug)
    stale = Exercise.objects.exclude(source_path="").exclude(slug__in=seen).filter(published=True)
    report.unpublished = list(stale.values_list("slug", flat=True))
    stale.update(published=False)  # never deleted: submissions keep pointing at them
    return report


def _sync_structure(library_course: LibraryCourse) -> list[tuple[Module, ExercisePackage]]:
    info = library_course.info
    course, _ = Course.objects.update_or_create(
        slug=info.slug,
        defaults={"title": info.title, "description": info.description, "order": info.order},
    )
    pairs = []
    for library_module in library_course.modules:
        module_info = library_module.info
        module, _ = Module.objects.update_or_create(
            course=course, slug=module_info.slug,
            defaults={"title": module_info.title, "description": module_info.description,
                      "order": module_info.order},
        )
        pairs += [(module, package) for package in library_module.packages]
    return pairs


def _sync_exercise(module: Module, package: ExercisePackage, root: Path,
                   report: SyncReport) -> None:
    exercise = Exercise.objects.filter(slug=package.slug).first()
    version = (exercise.versions.filter(content_hash=package.content_hash).first()
               if exercise else None)
    variants = None if version else compute_variants(package)
    mistakes = ([mutant_outputs(package=package, seed=seed, cases=cases)
                 for seed, cases in variants] if variants else None)
    if version is not None and version.mistakes_hash != package.mistakes_hash:
        mistakes_update(version=version, package=package)
        report.mistakes_updated.append(package.slug)
    with transaction.atomic():
        exercise, created = Exercise.objects.update_or_create(
            slug=package.slug, defaults=_exercise_fields(module, package, root)
        )
        if version is None:
            version = create_version(exercise, package, variants or [], mistakes=mistakes)
            (report.created if created else report.new_versions).append(package.slug)
        else:
            report.unchanged.append(package.slug)
        if exercise.current_version_id != version.pk:
            exercise.current_version = version
            exercise.save(update_fields=["current_version"])


def _exercise_fields(module: Module, package: ExercisePackage, root: Path) -> dict[str, Any]:
    return {
        "module": module,
        "title": package.title,
        "order": package.order,
        "points": package.points,
        "difficulty": package.difficulty,
        "tags": package.tags,
        "entry": package.entry,
        "statement_md": package.statement_md,
        "statement_html": render_statement(package.statement_md, package.config),
        "starter_code": package.starter,
        "hints": package.hints,
        "hint_penalties": package.hint_penalties,
        "published": True,
        "source_path": str(package.path.relative_to(root.parent)),
    }


def compute_variants(package: ExercisePackage) -> list[tuple[int, list[dict[str, Any]]]]:
    """(seed, reference cases) of every variant; ReferenceError names the failing variant."""
    logger.info("computing %d reference variants of %s", package.variants, package.slug)
    variants = []
    for index in range(package.variants):
        seed = variant_seed(package.slug, index)
        try:
            cases = reference_cases(package=package, seed=seed)
        except ReferenceError as exc:
            raise ReferenceError(f"{package.path}: variant {index}: {exc}") from None
        variants.append((seed, cases))
    return variants


def create_version(exercise: Exercise, package: ExercisePackage,
                   variants: list[tuple[int, list[dict[str, Any]]]],
                   mistakes: list[Mistakes] | None = None) -> ExerciseVersion:
    """`mistakes`: the mutants' outputs per variant (mutant_outputs), when they were run."""
    latest = exercise.versions.order_by("-number").first()
    version = unsaved_version(package)
    version.exercise = exercise
    version.number = (latest.number + 1) if latest else 1
    if mistakes is None or len(mistakes) != len(variants):
        version.mistakes_hash, mistakes = "", [{} for _ in variants]  # the next sync runs them
    version.save()
    Variant.objects.bulk_create(
        Variant(version=version, index=index, seed=seed, cases=cases, mistakes=known)
        for index, ((seed, cases), known) in enumerate(zip(variants, mistakes, strict=True))
    )
    return version


def mistakes_update(*, version: ExerciseVersion, package: ExercisePackage) -> None:
    """The mutants changed, not the grading: their texts and outputs, on this version."""
    variants = list(version.variants.all())
    outputs = [mutant_outputs(package=package, seed=variant.seed, cases=variant.cases)
               for variant in variants]
    with transaction.atomic():
        for variant, known in zip(variants, outputs, strict=True):
            variant.mistakes = known
            variant.save(update_fields=["mistakes"])
        version.misconceptions = package.misconceptions
        version.mistakes_hash = package.mistakes_hash
        version.save(update_fields=["misconceptions", "mistakes_hash"])
