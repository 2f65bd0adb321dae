"""Exercise packages as zip files: export in the library's layout, import untrusted uploads.

An upload is never extracted: entries are checked (size, count, names, type) and read into
memory with bounded reads, then parsed by the same loader as the library, so a broken
package is reported by file and field exactly as `check_exercises` would. The fields of its
exercise.toml must also fit what the edit form and the database accept (FIELD LIMITS).
"""

import io
import stat
import zipfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import IO, Any

import tomli_w

from exercises.models import Exercise
from exercises.packages import SLUG, ExercisePackage, PackageError, package_from_texts, parse_toml

MAX_ZIP_BYTES = 1024 * 1024  # compressed upload
MAX_UNPACKED_BYTES = 5 * 1024 * 1024  # all entries together, as read
MAX_FILES = 60
PACKAGE_FILES = ("exercise.toml", "statement.md", "starter.py", "solution.py", "cases.py")
# Litter from archivers, skipped without a word.
_IGNORED_PARTS = {"__MACOSX", ".DS_Store", "Thumbs.db"}
_TOML_ORDER = ("title", "slug", "order", "points", "difficulty", "tags", "entry", "outputs",
               "variants", "hints", "hint_penalties", "inputs_read_only", "returns_new", "limits")
# A fixed timestamp: exporting the same package twice gives the same bytes.
_ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# FIELD LIMITS of exercise.toml, shared with the edit form (authoring.forms): what the database
# columns hold, and sizes a page can show. An import over them is refused naming the field.
TITLE_MAX = Exercise._meta.get_field("title").max_length or 200
ENTRY_MAX = Exercise._meta.get_field("entry").max_length or 100
POINTS_MAX = 1000
ORDER_MAX = 10_000
TAGS_MAX_CHARS = 500  # all tags joined by ", ", as the form's one-line field holds them
HINTS_MAX = 20
HINT_MAX_CHARS = 1000


class ArchiveError(ValueError):
    """An upload that is not a usable package zip; the message says why, for the author."""


def exercise_toml(values: Mapping[str, Any]) -> str:
    """exercise.toml in the README's order, with [[checks]] tables as the README writes them."""
    head = {key: values[key] for key in _TOML_ORDER if key in values}
    if not head.get("hint_penalties"):
        head.pop("hint_penalties", None)  # free hints, the usual case, say nothing
    if not head.get("outputs"):
        head.pop("outputs", None)  # a single return value has no names to give
    if not head.get("returns_new"):
        head.pop("returns_new", None)  # the usual case: exports stay as they were
    return tomli_w.dumps(head) + "\n" + checks_toml(values.get("checks", []))


def checks_toml(checks: list[dict[str, Any]]) -> str:
    """The [[checks]] tables, one block per check (what authors edit as text)."""
    if any(isinstance(value, Mapping) for check in checks for value in check.values()):
        return tomli_w.dumps({"checks": checks})  # nested tables: let tomli-w lay them out
    return "\n".join("[[checks]]\n" + tomli_w.dumps(check) for check in checks)


def package_files(package: ExercisePackage) -> dict[str, str]:
    """Every file of the package folder, by its path inside the folder."""
    values = {
        "title": package.title, "slug": package.slug, "order": package.order,
        "points": package.points, "difficulty": package.difficulty, "tags": package.tags,
        "entry": package.entry, "outputs": package.config.get("outputs", []),
        "variants": package.variants, "hints": package.hints,
        "hint_penalties": package.hint_penalties,
        "inputs_read_only": package.config["inputs_read_only"],
        "returns_new": package.config.get("returns_new", False),
        "limits": package.config["limits"], "checks": package.config["checks"],
    }
    files = {
        "exercise.toml": exercise_toml(values),
        "statement.md": package.statement_md,
        "starter.py": package.starter,
        "solution.py": package.solution,
        "cases.py": package.cases,
    }
    files.update({f"mutants/{name}.py": source for name, source in package.mutants.items()})
    return files


def package_zip(package: ExercisePackage) -> bytes:
    """A zip holding the folder `<slug>/` laid out as under exercises/library/<course>/<module>/."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(package_files(package).items()):
            info = zipfile.ZipInfo(f"{package.slug}/{name}", date_time=_ZIP_DATE)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def package_from_zip(upload: IO[bytes], *, size: int | None = None) -> ExercisePackage:
    """The package in an uploaded zip, or ArchiveError / PackageError saying what is wrong."""
    if size is not None and size > MAX_ZIP_BYTES:
        raise ArchiveError(f"The zip is {_kb(size)}; the limit is {_kb(MAX_ZIP_BYTES)}.")
    data = upload.read(MAX_ZIP_BYTES + 1)
    if len(data) > MAX_ZIP_BYTES:
        raise ArchiveError(f"The zip is larger than {_kb(MAX_ZIP_BYTES)}, the limit.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise ArchiveError("The file is not a zip archive.") from None
    with archive:
        texts = _read_entries(archive)
    folder, files = _package_folder(texts)
    if "exercise.toml" in files:  # else the loader reports it missing
        path = folder / "exercise.toml"
        problem = toml_field_problem(parse_toml(path, files["exercise.toml"]))
        if problem:
            raise PackageError(path, problem)
    return package_from_texts(files, folder=folder)


def toml_field_problem(data: Mapping[str, Any]) -> str | None:
    """The first field of exercise.toml over the FIELD LIMITS, or holding a NUL character.

    Types are the loader's to check. PostgreSQL refuses NUL in text and JSON, SQLite integers
    stop at 2**63, and a 5000-character title breaks every page that lists it.
    """
    for name, value in data.items():
        if holds_nul(value):
            return f"field `{name}` contains a NUL character"
    return (_length_problem(data, "title", TITLE_MAX) or _length_problem(data, "entry", ENTRY_MAX)
            or _range_problem(data, "points", POINTS_MAX)
            or _range_problem(data, "order", ORDER_MAX)
            or _tags_problem(data.get("tags")) or _hints_problem(data.get("hints")))


def holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(holds_nul(key) or holds_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(holds_nul(item) for item in value)
    return False


def _length_problem(data: Mapping[str, Any], name: str, limit: int) -> str | None:
    value = data.get(name)
    if isinstance(value, str) and len(value) > limit:
        return f"field `{name}` is {len(value):,} characters; at most {limit}"
    return None


def _range_problem(data: Mapping[str, Any], name: str, high: int) -> str | None:
    value = data.get(name)
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= high:
        return f"field `{name}` must be between 0 and {high:,}"
    return None


def _tags_problem(tags: Any) -> str | None:
    if isinstance(tags, list) and len(", ".join(map(str, tags))) > TAGS_MAX_CHARS:
        return f"field `tags` is longer than {TAGS_MAX_CHARS} characters in all"
    return None


def _hints_problem(hints: Any) -> str | None:
    problem = hints_problem([str(hint) for hint in hints]) if isinstance(hints, list) else None
    return f"field `hints`: {problem}" if problem else None


def hints_problem(hints: list[str]) -> str | None:
    """Too many hints, or one too long for the page: what the edit form refuses too."""
    if len(hints) > HINTS_MAX:
        return f"{len(hints)} hints; at most {HINTS_MAX}"
    for number, hint in enumerate(hints, start=1):
        if len(hint) > HINT_MAX_CHARS:
            return f"hint {number} is {len(hint):,} characters; at most {HINT_MAX_CHARS:,}"
    return None


def _read_entries(archive: zipfile.ZipFile) -> dict[str, str]:
    entries = [info for info in archive.infolist() if not _ignored(info.filename)]
    if len(entries) > MAX_FILES:
        raise ArchiveError(f"The zip holds {len(entries)} entries; a package has at most "
                           f"{MAX_FILES}.")
    for info in entries:
        _check_entry(info)
    budget = MAX_UNPACKED_BYTES
    texts = {}
    for info in entries:
        if info.is_dir():
            continue
        if info.file_size > budget:
            raise ArchiveError(f"The files unpack to more than {_kb(MAX_UNPACKED_BYTES)}, "
                               "the limit.")
        # The declared size may lie (a zip bomb): never read more than the budget allows.
        with archive.open(info) as member:
            raw = member.read(budget + 1)
        if len(raw) > budget:
            raise ArchiveError(f"The files unpack to more than {_kb(MAX_UNPACKED_BYTES)}, "
                               "the limit.")
        budget -= len(raw)
        try:
            texts[info.filename] = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ArchiveError(f"{info.filename} is not valid UTF-8 text.") from None
    return texts


def _check_entry(info: zipfile.ZipInfo) -> None:
    name = info.filename
    path = PurePosixPath(name)
    if (name.startswith(("/", "\\")) or "\\" in name or ".." in path.parts
            or ":" in name or "\x00" in name):
        raise ArchiveError(f"The zip entry {name!r} has an unsafe path: entries must be "
                           "relative paths inside the package folder.")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise ArchiveError(f"The zip entry {name!r} is a symbolic link; only plain files are "
                           "allowed.")
    if mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise ArchiveError(f"The zip entry {name!r} is not a plain file.")
    if info.flag_bits & 0x1:
        raise ArchiveError(f"The zip entry {name!r} is encrypted.")


def _ignored(name: str) -> bool:
    return any(part in _IGNORED_PARTS for part in PurePosixPath(name).parts)


def _package_folder(texts: dict[str, str]) -> tuple[Path, dict[str, str]]:
    """Files laid out either inside one `<slug>/` folder or at the top of the zip."""
    if not texts:
        raise ArchiveError("The zip is empty.")
    tops = {PurePosixPath(name).parts[0] for name in texts}
    nested = len(tops) == 1 and "exercise.toml" not in texts
    if nested:
        top = tops.pop()
        files = {str(PurePosixPath(name).relative_to(top)): text for name, text in texts.items()}
        folder = Path(top)
    else:
        files = dict(texts)
        folder = Path(_declared_slug(files))
    unexpected = sorted(name for name in files if not _expected(name))
    if unexpected:
        raise ArchiveError(f"Unexpected file {unexpected[0]}: a package holds "
                           f"{', '.join(PACKAGE_FILES)} and mutants/*.py only.")
    return folder, files


def _declared_slug(files: dict[str, str]) -> str:
    """For a zip without a folder, the folder name is the slug the package declares."""
    if "exercise.toml" not in files:
        raise PackageError(Path("exercise.toml"), "file is missing")
    slug = parse_toml(Path("exercise.toml"), files["exercise.toml"]).get("slug")
    return slug if isinstance(slug, str) and SLUG.match(slug) else "package"


def _expected(name: str) -> bool:
    parts = PurePosixPath(name).parts
    if len(parts) == 1:
        return parts[0] in PACKAGE_FILES
    return len(parts) == 2 and parts[0] == "mutants" and parts[1].endswith(".py")


def _kb(size: int) -> str:
    return f"{-(-size // 1024):,} KB"  # rounded up: 1 byte over the limit still reads as over
