"""Reading exercise packages from files (the format is documented in exercises/README.md).

Pure file parsing and validation: every problem names the file and the field.
"""

import ast
import hashlib
import json
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

LIBRARY_ROOT = Path(__file__).resolve().parent / "library"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
DIFFICULTIES = ("easy", "medium", "hard")
REQUIRED_FILES = ("exercise.toml", "statement.md", "starter.py", "solution.py", "cases.py")


class PackageError(ValueError):
    """A package that cannot be used, with the file (and field) at fault."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass(frozen=True)
class ExercisePackage:
    path: Path
    slug: str
    title: str
    order: int
    points: int
    difficulty: str
    tags: list[str]
    entry: str
    variants: int
    hints: list[str]
    config: dict[str, Any]  # what grading depends on: checks, limits, options
    statement_md: str
    starter: str
    solution: str
    cases: str
    mutants: dict[str, str] = field(default_factory=dict)
    # Points taken off attempts sent after revealing each hint (empty: every hint is free).
    hint_penalties: list[float] = field(default_factory=list)

    @property
    def misconceptions(self) -> dict[str, str]:
        """Each mutant's learner-facing text: its module docstring."""
        return {name: misconception_of(source) for name, source in self.mutants.items()}

    @property
    def mistakes_hash(self) -> str:
        """Changes when what the known mistakes say or do changes (not the grading)."""
        known = {"mutants": self.mutants, "cases": self.cases, "config": self.config,
                 "entry": self.entry, "variants": self.variants}
        return hashlib.sha256(json.dumps(known, sort_keys=True).encode()).hexdigest()

    @property
    def content_hash(self) -> str:
        """Changes exactly when the grading changes: statement edits keep the version."""
        graded = {"config": self.config, "solution": self.solution, "cases": self.cases,
                  "entry": self.entry, "points": self.points, "variants": self.variants}
        return hashlib.sha256(json.dumps(graded, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class SectionInfo:
    """A course or a module folder, described by its course.toml / module.toml."""

    path: Path
    slug: str
    title: str
    description: str
    order: int


def read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackageError(path, "file is missing") from None
    except UnicodeDecodeError as exc:
        raise PackageError(path, f"is not valid TOML: {exc}") from None
    return parse_toml(path, text)


def parse_toml(path: Path, text: str) -> dict[str, Any]:
    """TOML text that claims to come from `path` (which names it in errors)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackageError(path, f"is not valid TOML: {exc}") from None


def _field(data: dict[str, Any], path: Path, name: str, kind: type, default: Any = None) -> Any:
    value = data.get(name, default)
    if value is None:
        raise PackageError(path, f"field `{name}` is required")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise PackageError(path, f"field `{name}` must be of type {kind.__name__}")
    return value


def load_section(folder: Path, filename: str) -> SectionInfo:
    path = folder / filename
    data = read_toml(path)
    if not SLUG.match(folder.name):
        raise PackageError(folder, "folder name must be a slug (lowercase words joined by -)")
    return SectionInfo(
        path=folder,
        slug=folder.name,
        title=_field(data, path, "title", str),
        description=_field(data, path, "description", str, ""),
        order=_field(data, path, "order", int, 0),
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackageError(path, "file is missing") from None
    except UnicodeDecodeError:
        raise PackageError(path, "is not valid UTF-8") from None


def checks_problems(checks: Any) -> list[str]:
    """Every problem of the `[[checks]]` tables of exercise.toml (a list of check specs), each
    starting with the position of its table: "check #2: unknown parameter `rtoll` of check
    `close` (did you mean `rtol`?); ...". Empty when all of them can be applied."""
    from grader.checks import check_spec_problems

    if not isinstance(checks, list) or not checks:
        return ["needs at least one [[checks]] table"]
    return [f"check #{position}: {problem}"
            for position, spec in enumerate(checks, start=1)
            for problem in check_spec_problems(spec)]


def _checks(data: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    checks: Any = data.get("checks")
    problems = checks_problems(checks)
    if problems:
        # One problem at a time, as for every other field; authoring lists them all.
        raise PackageError(path, problems[0])
    return checks


OUTPUT_NAME_MAX = 30
OUTPUTS_MAX = 20


def outputs_problem(outputs: Any, checks: Any = None) -> str | None:
    """What is wrong with the `outputs` field (the names of a returned tuple's items, as the
    statement calls them), or None. `checks`, when given, must not apply `output = k` past the
    last name. Messages fit both exercise.toml and the edit form."""
    if not isinstance(outputs, list):
        return "give a list of names, e.g. [\"t\", \"df\", \"p\"]"
    if len(outputs) > OUTPUTS_MAX:
        return f"{len(outputs)} names; at most {OUTPUTS_MAX}"
    for name in outputs:
        shown = repr(name) if len(repr(name)) <= 40 else repr(name)[:39] + "…"
        if isinstance(name, str) and len(name) > OUTPUT_NAME_MAX:
            return f"{shown} is longer than {OUTPUT_NAME_MAX} characters"
        if not isinstance(name, str) or not IDENTIFIER.match(name):
            return (f"{shown} is not a name: use letters, digits and _ (no digit first), "
                    "e.g. p_value")
    repeated = next((name for i, name in enumerate(outputs) if name in outputs[:i]), None)
    if repeated is not None:
        return f"the name {repeated!r} is given twice"
    indices = [spec.get("output") for spec in checks or [] if isinstance(spec, Mapping)]
    beyond = [k for k in indices if isinstance(k, int) and k >= len(outputs)]
    if outputs and beyond:
        return (f"{len(outputs)} names, but a check applies to output {beyond[0]} "
                "(outputs count from 0)")
    return None


def _outputs(data: dict[str, Any], path: Path, checks: list[dict[str, Any]]) -> list[str]:
    outputs = data.get("outputs", [])
    problem = outputs_problem(outputs, checks)
    if problem:
        raise PackageError(path, f"field `outputs`: {problem}")
    return list(outputs)


def _limits(data: dict[str, Any], path: Path) -> dict[str, Any]:
    limits = data.get("limits", {})
    seconds = limits.get("time_seconds", 10)
    memory = limits.get("memory_mb", 512)
    if not isinstance(seconds, (int, float)) or not 0.5 <= seconds <= 60:
        raise PackageError(path, "field `limits.time_seconds` must be between 0.5 and 60")
    if not isinstance(memory, int) or not 64 <= memory <= 4096:
        raise PackageError(path, "field `limits.memory_mb` must be between 64 and 4096")
    return {"time_seconds": seconds, "memory_mb": memory}


# A package's files by their path inside the package folder ("statement.md",
# "mutants/off_by_one.py"): the text, or a PackageError naming the file.
Reader = Callable[[str], str]


def load_package(folder: Path) -> ExercisePackage:
    data = read_toml(folder / "exercise.toml")
    mutants = [f"mutants/{p.name}" for p in sorted((folder / "mutants").glob("*.py"))]
    return _build_package(folder, data, lambda name: _read_text(folder / name), mutants)


def package_from_texts(files: Mapping[str, str], *, folder: Path) -> ExercisePackage:
    """The package whose files hold these texts (keys as in the folder: "mutants/x.py").

    Nothing touches the disk: `folder` only names the package (its name must equal the slug)
    and prefixes the paths in error messages, exactly as load_package's would read.
    """

    def read(name: str) -> str:
        if name not in files:
            raise PackageError(folder / name, "file is missing")
        return files[name]

    data = parse_toml(folder / "exercise.toml", read("exercise.toml"))
    mutants = sorted(name for name in files if _is_mutant_file(name))
    return _build_package(folder, data, read, mutants)


def _is_mutant_file(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return len(parts) == 2 and parts[0] == "mutants" and parts[1].endswith(".py")


def _build_package(folder: Path, data: dict[str, Any], read: Reader,
                   mutant_files: list[str]) -> ExercisePackage:
    toml_path = folder / "exercise.toml"
    slug = _field(data, toml_path, "slug", str)
    if slug != folder.name or not SLUG.match(slug):
        raise PackageError(toml_path, f"field `slug` must be a slug equal to the folder name "
                                      f"({folder.name!r})")
    difficulty = _field(data, toml_path, "difficulty", str, "easy")
    if difficulty not in DIFFICULTIES:
        raise PackageError(toml_path, f"field `difficulty` must be one of {DIFFICULTIES}")
    entry = _field(data, toml_path, "entry", str)
    if not IDENTIFIER.match(entry):
        raise PackageError(toml_path, "field `entry` must be a Python function name")
    variants = _field(data, toml_path, "variants", int, 3)
    if not 1 <= variants <= 20:
        raise PackageError(toml_path, "field `variants` must be between 1 and 20")
    config: dict[str, Any] = {
        "checks": _checks(data, toml_path),
        "limits": _limits(data, toml_path),
        "inputs_read_only": bool(data.get("inputs_read_only", False)),
    }
    outputs = _outputs(data, toml_path, config["checks"])
    if outputs:  # absent when unnamed, so that packages without names keep their version
        config["outputs"] = outputs
    if _field(data, toml_path, "returns_new", bool, False):
        config["returns_new"] = True  # absent when false, for the same reason
    mutants = {PurePosixPath(name).stem: read(name) for name in mutant_files}
    return ExercisePackage(
        path=folder,
        slug=slug,
        title=_field(data, toml_path, "title", str),
        order=_field(data, toml_path, "order", int, 0),
        points=_field(data, toml_path, "points", int, 10),
        difficulty=difficulty,
        tags=[str(tag) for tag in _field(data, toml_path, "tags", list, [])],
        entry=entry,
        variants=variants,
        hints=[str(hint) for hint in _field(data, toml_path, "hints", list, [])],
        config=config,
        statement_md=read("statement.md"),
        starter=read("starter.py"),
        solution=read("solution.py"),
        cases=read("cases.py"),
        mutants=mutants,
        hint_penalties=_hint_penalties(data, toml_path),
    )


def misconception_of(source: str) -> str:
    """A mutant's learner-facing text: its module docstring ("" when it has none)."""
    try:
        text = ast.get_docstring(ast.parse(source))
    except (SyntaxError, ValueError):
        return ""
    return " ".join((text or "").split())


def _hint_penalties(data: dict[str, Any], path: Path) -> list[float]:
    penalties = _field(data, path, "hint_penalties", list, [])
    hints = data.get("hints", [])
    problem = hint_penalties_problem(penalties, hints=len(hints) if isinstance(hints, list) else 0,
                                     points=data.get("points", 10))
    if problem:
        raise PackageError(path, f"field `hint_penalties`: {problem}")
    return free_if_zero([float(penalty) for penalty in penalties])


def hint_penalties_problem(penalties: list[Any], *, hints: int, points: Any) -> str | None:
    """One number per hint, from 0 to the exercise's points; what the edit form refuses too."""
    if not penalties:
        return None
    if len(penalties) != hints:
        return f"{len(penalties)} penalties for {hints} hints; give one per hint (0 for free)"
    for number, penalty in enumerate(penalties, start=1):
        if isinstance(penalty, bool) or not isinstance(penalty, int | float):
            return f"penalty {number} is not a number"
        if not math.isfinite(penalty) or penalty < 0:
            return f"penalty {number} must be 0 or more points"
        if isinstance(points, int | float) and penalty > points:
            return f"penalty {number} ({penalty:g}) is more than the exercise's {points} points"
    return None


def free_if_zero(penalties: list[float]) -> list[float]:
    """No penalties at all is said as an empty list: the page then shows plain hints."""
    return penalties if any(penalties) else []


@dataclass
class LibraryModule:
    info: SectionInfo
    packages: list[ExercisePackage]


@dataclass
class LibraryCourse:
    info: SectionInfo
    modules: list[LibraryModule]


def load_library(root: Path = LIBRARY_ROOT) -> list[LibraryCourse]:
    """Every course under root; the first invalid file stops the load with its path."""
    courses = []
    for course_dir in sorted(p for p in root.iterdir() if (p / "course.toml").exists()):
        modules = []
        for module_dir in sorted(p for p in course_dir.iterdir() if (p / "module.toml").exists()):
            packages = [
                load_package(folder)
                for folder in sorted(module_dir.iterdir())
                if (folder / "exercise.toml").exists()
            ]
            modules.append(LibraryModule(load_section(module_dir, "module.toml"), packages))
        courses.append(LibraryCourse(load_section(course_dir, "course.toml"), modules))
    return courses
