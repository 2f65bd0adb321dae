"""The package loader refuses a `[[checks]]` table with an unknown check or a bad parameter,
from files on disk and from texts (browser authoring) alike."""

import shutil
from pathlib import Path

import pytest

from exercises.packages import (
    LIBRARY_ROOT,
    PackageError,
    checks_problems,
    load_library,
    load_package,
    package_from_texts,
)

DOT = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"
DOT_CHECK = 'check = "close"\nrtol = 1e-9\natol = 1e-9'


def dot_package(tmp_path: Path, checks: str) -> Path:
    """A copy of the shipped dot-product package whose `[[checks]]` tables are `checks`."""
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    toml = folder / "exercise.toml"
    text = toml.read_text()
    assert DOT_CHECK in text, "the fixture package changed"
    toml.write_text(text.replace(DOT_CHECK, checks, 1))
    return folder


def load_error(folder: Path) -> str:
    with pytest.raises(PackageError) as error:
        load_package(folder)
    return str(error.value)


def test_it_refuses_a_misspelt_parameter_naming_the_file_check_and_parameter(
    tmp_path: Path,
) -> None:
    folder = dot_package(tmp_path, 'check = "close"\nrtoll = 1e-3')
    message = load_error(folder)
    assert message == (
        f"{folder / 'exercise.toml'}: check #1: unknown parameter `rtoll` of check `close` "
        "(did you mean `rtol`?); its parameters are: `rtol`, `atol`, `float_array`"
    )


def test_it_names_the_position_of_the_bad_check(tmp_path: Path) -> None:
    folder = dot_package(tmp_path, DOT_CHECK + '\n\n[[checks]]\ncheck = "exact"\natol = 0')
    assert "exercise.toml: check #2: unknown parameter `atol` of check `exact`" in load_error(
        folder)


@pytest.mark.parametrize("checks, message", [
    ('check = "close"\nrtol = "1e-3"',
     "check #1: parameter `rtol` of check `close` must be a finite non-negative number, "
     "got the string '1e-3'"),
    ('check = "close"\natol = -1e-9',
     "check #1: parameter `atol` of check `close` must be a finite non-negative number, "
     "got the number -1e-09"),
    ('check = "close"\natol = true',
     "check #1: parameter `atol` of check `close` must be a finite non-negative number, "
     "got the boolean True"),
    ('check = "close"\noutput = true', "check #1: `output` must be a non-negative integer"),
    ('check = "closee"', "check #1: unknown check 'closee' (did you mean `close`?)"),
])
def test_it_refuses_a_bad_parameter_value_or_check_name(
    tmp_path: Path, checks: str, message: str
) -> None:
    assert message in load_error(dot_package(tmp_path, checks))


def test_authoring_texts_go_through_the_same_validation(tmp_path: Path) -> None:
    folder = dot_package(tmp_path, 'check = "close"\nrtoll = 1e-3')
    files = {path.relative_to(folder).as_posix(): path.read_text()
             for path in folder.rglob("*") if path.is_file()}
    with pytest.raises(PackageError) as error:
        package_from_texts(files, folder=Path("dot-product"))
    assert str(error.value).startswith("dot-product/exercise.toml: check #1: ")
    assert "`close`" in str(error.value) and "`rtoll`" in str(error.value)


def test_checks_problems_lists_every_problem_with_its_position() -> None:
    assert checks_problems([{"check": "close"}, {"check": "close", "rtoll": 1, "atol": -1}]) == [
        "check #2: unknown parameter `rtoll` of check `close` (did you mean `rtol`?); "
        "its parameters are: `rtol`, `atol`, `float_array`",
        "check #2: parameter `atol` of check `close` must be a finite non-negative number, "
        "got the number -1",
    ]


@pytest.mark.parametrize("checks", [None, [], {"check": "close"}])
def test_checks_problems_needs_a_list_of_at_least_one_table(checks: object) -> None:
    assert checks_problems(checks) == ["needs at least one [[checks]] table"]


def test_checks_problems_accepts_good_checks() -> None:
    checks = [{"check": "close", "rtol": 1e-6}, {"check": "pvalue", "output": 2}]
    assert checks_problems(checks) == []


def test_the_whole_shipped_library_loads() -> None:
    packages = [package for course in load_library() for module in course.modules
                for package in module.packages]
    assert len(packages) >= 94
    for package in packages:
        assert checks_problems(package.config["checks"]) == [], package.slug
