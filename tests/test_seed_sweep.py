"""Validation beyond the served variants: a sweep of extra seeds, and cases fixed on every seed.

The package here doubles a number. Its mutant is right on the public examples and on one
random input, chosen in the test to be the one that extra seed 1 builds: the served variants
all catch it, the sweep does not, and validation must say so, naming the mutant and the seed.
"""

import shutil
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from exercises.packages import LIBRARY_ROOT, ExercisePackage, load_package
from exercises.services import compute_variants, variant_seed
from exercises.sweep import SweepCache, sweep_seed, sweep_seeds
from exercises.validation import validate_package

pytestmark = pytest.mark.sandbox

SLUG = "double-it"
VARIANTS = 2
LOW, HIGH = 10, 10**6

TOML = f"""title = "Double it"
slug = "{SLUG}"
order = 1
points = 10
difficulty = "easy"
tags = ["test"]
entry = "double"
variants = {VARIANTS}
hints = ["Multiply by two."]
inputs_read_only = false

[limits]
time_seconds = 10
memory_mb = 256

[[checks]]
check = "exact"
"""
CASES = f"""
def cases(rng):
    return [
        {{"name": "one", "public": True, "args": {{"x": 1}}}},
        {{"name": "two", "public": True, "args": {{"x": 2}}}},
        {{"name": "three", "public": True, "args": {{"x": 3}}}},
        {{"name": "random", "args": {{"x": int(rng.integers({LOW}, {HIGH}))}}}},
    ]
"""
SOLUTION = "def double(x):\n    return 2 * x\n"
STARTER = "def double(x):\n    # TODO: double x\n    return 0\n"
STATEMENT = "# Double it\n\nReturn $2x$.\n\n$$\ny = 2x\n$$\n"


def random_x(seed: int) -> int:
    """What cases.py builds as the random case from `seed`."""
    return int(np.random.default_rng(seed).integers(LOW, HIGH))


def lucky_mutant(lucky: int) -> str:
    return ('"""You add one to the double, except on the inputs you tried."""\n\n\n'
            f"def double(x):\n    return 2 * x if x in (1, 2, 3, {lucky}) else 2 * x + 1\n")


def write_package(folder: Path, *, cases: str = CASES, solution: str = SOLUTION,
                  mutant: str | None = None) -> Path:
    folder.mkdir(parents=True)
    for name, text in {"exercise.toml": TOML, "statement.md": STATEMENT, "starter.py": STARTER,
                       "solution.py": solution, "cases.py": cases}.items():
        (folder / name).write_text(text)
    (folder / "mutants").mkdir()
    served = [random_x(variant_seed(SLUG, index)) for index in range(VARIANTS)]
    (folder / "mutants" / "lucky.py").write_text(mutant or lucky_mutant(ESCAPE_X))
    assert ESCAPE_X not in served, "the served variants would let the mutant through"
    (folder / "mutants" / "plus_one.py").write_text(
        '"""You add one."""\n\n\ndef double(x):\n    return 2 * x + 1\n')
    return folder


ESCAPE_SEED = sweep_seed(SLUG, 1)  # the second extra seed
ESCAPE_X = random_x(ESCAPE_SEED)


@pytest.fixture
def package(tmp_path: Path) -> ExercisePackage:
    return load_package(write_package(tmp_path / SLUG))


def test_extra_seeds_are_their_own_and_never_a_served_variant() -> None:
    served = [variant_seed(SLUG, index) for index in range(20)]
    seeds = sweep_seeds(SLUG, 50, served=served)
    assert len(set(seeds)) == 50 and not set(seeds) & set(served)
    assert seeds[:2] == [sweep_seed(SLUG, 0), ESCAPE_SEED]
    assert sweep_seeds(SLUG, 50) == seeds  # deterministic: a slug sweeps the same seeds
    # A seed that happened to be served is skipped, not repeated.
    assert sweep_seeds(SLUG, 2, served=[sweep_seed(SLUG, 0)]) == [ESCAPE_SEED, sweep_seed(SLUG, 2)]


def test_the_sweep_catches_a_mutant_the_served_variants_miss(package: ExercisePackage) -> None:
    served_only = validate_package(package)
    swept = validate_package(package, extra_seeds=3)

    assert served_only.ok and served_only.mutants_caught == ["lucky", "plus_one"]
    assert not swept.ok
    assert swept.mutants_missed == ["lucky"] and swept.mutants_caught == ["plus_one"]
    assert swept.problems == [
        f"mutant lucky passes every case on 1 of 3 extra seeds (seed {ESCAPE_SEED}): a learner "
        "given such a variant would not be told; add a case that catches this mistake on every "
        "seed (a fixed case does)"]
    tally = swept.sweep["lucky"]
    assert tally.seeds == VARIANTS + 3 and tally.escaped == [ESCAPE_SEED]
    assert tally.caught_by == {"random": VARIANTS + 2}
    assert swept.sweep["plus_one"].caught_by == {name: VARIANTS + 3 for name in
                                                 ("one", "two", "three", "random")}


def test_check_exercises_fails_naming_the_mutant_and_the_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "library"
    course = root / "linear-algebra"
    module = course / "vectors"
    module.mkdir(parents=True)
    shutil.copy(LIBRARY_ROOT / "linear-algebra" / "course.toml", course / "course.toml")
    shutil.copy(LIBRARY_ROOT / "linear-algebra" / "vectors" / "module.toml",
                module / "module.toml")
    write_package(module / SLUG)

    call_command("check_exercises", path=str(root), seeds=1)  # seed 0 catches it: passes
    with pytest.raises(CommandError, match=f"1 exercise\\(s\\) failed validation: {SLUG}"):
        call_command("check_exercises", path=str(root), seeds=2, report=5)

    out = capsys.readouterr().out
    assert f"mutant lucky passes every case on 1 of 2 extra seeds (seed {ESCAPE_SEED})" in out
    assert "Mutants that pass every case on some seed: 1" in out
    assert f"{SLUG}/lucky: passes on 1 of {VARIANTS + 2} seeds: {ESCAPE_SEED}" in out
    assert f"{SLUG}/plus_one: 'two' on {VARIANTS + 2} of {VARIANTS + 2} seeds" in out


def test_a_reference_that_fails_on_an_extra_seed_fails_validation(tmp_path: Path) -> None:
    fragile = ("def double(x):\n"
               f"    if x == {ESCAPE_X}:\n        raise ValueError('an input I never met')\n"
               "    return 2 * x\n")
    package = load_package(write_package(tmp_path / SLUG, solution=fragile,
                                         mutant=lucky_mutant(-1)))

    assert validate_package(package).ok
    report = validate_package(package, extra_seeds=2)

    assert not report.ok and report.reference_ok is False
    assert report.problems == [
        f"the reference fails on 1 of 2 extra seeds (seed {ESCAPE_SEED}: the reference failed "
        "on case 'random': ValueError: an input I never met): every seed must build cases it "
        "passes"]


FIXED_BY_RNG = CASES.replace('{"name": "random", ', '{"name": "random", "fixed": True, ')
FIXED = CASES.replace(
    '    ]\n',
    '        {"name": "large", "fixed": True, "args": {"x": 123456789}},\n    ]\n')


def test_a_case_marked_fixed_must_be_the_same_on_every_seed(tmp_path: Path) -> None:
    package = load_package(write_package(tmp_path / SLUG, cases=FIXED_BY_RNG,
                                         mutant=lucky_mutant(-1)))

    report = validate_package(package, extra_seeds=1)

    assert report.problems == [
        "case 'random' is marked fixed but its arguments differ between variant 0 and "
        "variant 1: build it without `rng` (or from a seed of its own), so that every variant "
        "has it"]


def test_a_fixed_case_is_kept_marked_in_the_stored_cases(tmp_path: Path) -> None:
    package = load_package(write_package(tmp_path / SLUG, cases=FIXED,
                                         mutant=lucky_mutant(-1)))

    assert validate_package(package, extra_seeds=2).ok
    for _, cases in compute_variants(package):
        assert [case["name"] for case in cases if case.get("fixed")] == ["large"]
        assert cases[-1]["args"] == {"x": 123456789} and cases[-1]["expected"] == 246913578


def test_a_fixed_case_missing_on_some_seed_is_named(tmp_path: Path) -> None:
    sometimes = FIXED.replace('"fixed": True', '"fixed": bool(rng.integers(0, 2))')
    package = load_package(write_package(tmp_path / SLUG, cases=sometimes,
                                         mutant=lucky_mutant(-1)))

    problems = validate_package(package, extra_seeds=10).problems

    assert len(problems) == 1
    assert problems[0].startswith("case 'large' is marked fixed on ")
    assert problems[0].endswith("has no fixed case of that name: build it, marked fixed, on "
                                "every seed")


def test_an_unchanged_package_is_not_swept_again(tmp_path: Path) -> None:
    folder = write_package(tmp_path / SLUG)
    cache = SweepCache(tmp_path / "cache")

    first = validate_package(load_package(folder), extra_seeds=3, cache=cache)
    again = validate_package(load_package(folder), extra_seeds=3, cache=cache)
    more = validate_package(load_package(folder), extra_seeds=1, cache=cache)

    assert (first.sweep_cached, again.sweep_cached, more.sweep_cached) == (False, True, False)
    assert again.problems == first.problems and again.mutants_missed == ["lucky"]
    assert again.sweep["lucky"].escaped == [ESCAPE_SEED]
    assert len(list((tmp_path / "cache").glob(f"{SLUG}.*.json"))) == 1  # the latest only
    (folder / "mutants" / "lucky.py").write_text(lucky_mutant(-1))
    changed = validate_package(load_package(folder), extra_seeds=3, cache=cache)
    assert not changed.sweep_cached and changed.ok
