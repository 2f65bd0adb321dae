"""How often plausible wrong solutions escape grading, measured on a corpus written to escape it.

The corpus (tests/data/escape_corpus/<slug>/<name>.py) was written from what a learner sees of
each exercise (statement, starter, public examples), never from its reference, cases or mutants.
Every file is wrong per its statement (or makes a classic mistake of the topic) and opens with a
one-line docstring saying what it does wrong and which requirement it breaks:

    \"\"\"Ignores tol: runs all max_iter steps (statement: stop when the step is below tol).\"\"\"

Each file is graded like a learner's submission, through grader.grading.run_and_judge, on every
variant of its exercise's current version as synced in the database (`manage.py sync_exercises`
first). A file is rejected when no variant passes it; a file passed by some variant escaped, and
the report names the variants. Reported per course and overall: the share rejected.
"""

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from exercises.models import Exercise, ExerciseVersion, Variant
from exercises.packages import LIBRARY_ROOT, load_library
from grader.grading import SandboxFailure, run_and_judge

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "escape_corpus"
OVERALL = "all"


class CorpusError(Exception):
    """The corpus or the database cannot be graded as they are; the message says why."""


@dataclass(frozen=True)
class Graded:
    """One corpus file, graded on every variant of its exercise."""

    key: str  # "<slug>/<name>"
    course: str
    claim: str  # the file's docstring: what it does wrong
    verdicts: tuple[str, ...]  # one per variant, in variant order

    @property
    def accepted_on(self) -> list[int]:
        return [index for index, verdict in enumerate(self.verdicts) if verdict == "passed"]

    @property
    def rejected(self) -> bool:
        return not self.accepted_on


@dataclass
class Tally:
    wrong: int = 0  # wrong solutions graded
    rejected: int = 0  # of those, rejected on every variant
    accepted: int = 0  # of those, passed on some variant

    @property
    def share_rejected(self) -> float | None:
        return self.rejected / self.wrong if self.wrong else None


@dataclass(frozen=True)
class Report:
    graded: list[Graded]
    stale: list[str]  # slugs whose synced version differs from the library's files

    def tallies(self) -> dict[str, Tally]:
        """Per course, plus OVERALL for the whole corpus."""
        by_course: dict[str, Tally] = {}
        for item in self.graded:
            for name in (item.course, OVERALL):
                row = by_course.setdefault(name, Tally())
                row.wrong += 1
                if item.rejected:
                    row.rejected += 1
                else:
                    row.accepted += 1
        return by_course

    @property
    def accepted(self) -> list[Graded]:
        return [item for item in self.graded if not item.rejected]


def run(*, corpus: Path = CORPUS, slugs: Iterable[str] = (),
        library: Path = LIBRARY_ROOT) -> Report:
    """Grades the corpus (or only the folders of `slugs`) against the synced exercises."""
    folders = corpus_folders(corpus, slugs)
    exercises = {folder.name: _synced_exercise(folder.name) for folder in folders}
    graded = []
    for folder in folders:
        exercise = exercises[folder.name]
        version = exercise.current_version
        assert version is not None  # _synced_exercise checked it
        variants = list(version.variants.order_by("index"))
        for path in corpus_files(folder):
            graded.append(_grade_file(path, exercise.module.course.slug, version, variants))
    return Report(graded=graded, stale=_stale(exercises, library))


def corpus_folders(corpus: Path, slugs: Iterable[str] = ()) -> list[Path]:
    if not corpus.is_dir():
        raise CorpusError(f"{corpus}: no such corpus folder")
    folders = sorted(path for path in corpus.iterdir() if path.is_dir())
    wanted = set(slugs)
    unknown = wanted - {folder.name for folder in folders}
    if unknown:
        raise CorpusError(f"no corpus folder for: {', '.join(sorted(unknown))}")
    return [folder for folder in folders if not wanted or folder.name in wanted]


def corpus_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*.py") if not path.name.startswith("_"))


def claim_of(path: Path) -> str:
    """The file's one-line docstring; CorpusError when it is missing, empty or longer."""
    try:
        docstring = ast.get_docstring(ast.parse(path.read_text(), str(path)))
    except SyntaxError as exc:
        raise CorpusError(f"{path}: not valid Python ({exc.msg}, line {exc.lineno})") from None
    if not docstring or not docstring.strip():
        raise CorpusError(f"{path}: the file must open with a docstring saying what is wrong")
    if "\n" in docstring.strip():
        raise CorpusError(f"{path}: the docstring must be a single line")
    return docstring.strip()


def _synced_exercise(slug: str) -> Exercise:
    exercise = (Exercise.objects.select_related("module__course", "current_version")
                .filter(slug=slug).first())
    if exercise is None or exercise.current_version is None:
        raise CorpusError(f"the exercise {slug!r} is not in the database: run "
                          "`manage.py sync_exercises` first (or fix the corpus folder's name)")
    return exercise


def _grade_file(path: Path, course: str, version: ExerciseVersion,
                variants: list[Variant]) -> Graded:
    claim, code = claim_of(path), path.read_text()
    verdicts = tuple(_verdict(code, version, variant, path) for variant in variants)
    return Graded(key=f"{path.parent.name}/{path.stem}", course=course, claim=claim,
                  verdicts=verdicts)


def _verdict(code: str, version: ExerciseVersion, variant: Variant, path: Path) -> str:
    """The verdict on one variant. A sandbox failure on our side is tried once more, then
    stops the report: counted as a rejection, it would flatter the grader."""
    try:
        return run_and_judge(code=code, version=version, variant=variant).judgement.verdict
    except SandboxFailure:
        pass
    try:
        return run_and_judge(code=code, version=version, variant=variant).judgement.verdict
    except SandboxFailure as exc:
        raise CorpusError(f"{path}: the sandbox failed on our side on variant {variant.index} "
                          f"({exc}); try again") from None


def _stale(exercises: dict[str, Exercise], library: Path) -> list[str]:
    """Slugs whose synced current version is not what the library's files describe now."""
    on_disk = {package.slug: package.content_hash for course in load_library(library)
               for module in course.modules for package in module.packages}
    return sorted(slug for slug, exercise in exercises.items()
                  if exercise.current_version is not None and slug in on_disk
                  and exercise.current_version.content_hash != on_disk[slug])
