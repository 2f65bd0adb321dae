"""The escape corpus (tests/data/escape_corpus) and its report (`manage.py escape_report`).

Quick tests: every corpus file is a wrong solution of an existing exercise that says, in one
line, what it does wrong; the report counts right. Sandbox tests grade a small corpus against
a small synced library: a known-rejected file counts as rejected, a file that passes counts as
accepted with the variants that passed it.
"""

import ast
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from exercises.escape_report import CORPUS, OVERALL, CorpusError, Graded, Report, claim_of, run
from exercises.packages import LIBRARY_ROOT, load_library
from exercises.services import library_sync

PACKAGES = {package.slug: (course.info.slug, package) for course in load_library()
            for module in course.modules for package in module.packages}
FILES = sorted(CORPUS.glob("*/*.py"))


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_every_corpus_file_is_a_described_solution_of_a_library_exercise(path: Path) -> None:
    assert path.parent.name in PACKAGES, f"{path.parent.name} is not a library exercise slug"
    claim = claim_of(path)  # one line, or CorpusError
    assert len(claim) >= 30 and "(" in claim, "say what is wrong and which requirement breaks"
    defined = {node.name for node in ast.parse(path.read_text()).body
               if isinstance(node, ast.FunctionDef)}
    assert PACKAGES[path.parent.name][1].entry in defined


def test_the_corpus_covers_every_course_with_enough_exercises() -> None:
    folders = {path.parent.name for path in FILES}
    courses = {PACKAGES[slug][0] for slug in folders}
    assert courses == {"calculus", "linear-algebra", "statistics", "ml-case-studies"}
    assert len(folders) >= 32 and len(FILES) >= 90
    strays = [path.relative_to(CORPUS) for path in CORPUS.rglob("*") if path.is_file()
              and path.suffix != ".py" and path.name != "README.md"
              and "__pycache__" not in path.parts]
    assert strays == []


def test_a_docstring_of_two_lines_or_none_is_refused(tmp_path: Path) -> None:
    two_lines = tmp_path / "two_lines.py"
    two_lines.write_text('"""Wrong.\n\nMore."""\ndef f():\n    pass\n')
    bare = tmp_path / "bare.py"
    bare.write_text("def f():\n    pass\n")
    with pytest.raises(CorpusError, match="single line"):
        claim_of(two_lines)
    with pytest.raises(CorpusError, match="docstring"):
        claim_of(bare)


def test_the_tallies_count_a_file_passed_on_one_variant_as_accepted() -> None:
    report = Report(stale=[], graded=[
        Graded("a/never", "calculus", "x", ("failed", "error", "timeout")),
        Graded("a/once", "calculus", "x", ("failed", "passed", "failed")),
        Graded("b/never", "statistics", "x", ("failed", "failed", "failed")),
    ])

    tallies = report.tallies()

    assert (tallies["calculus"].wrong, tallies["calculus"].rejected,
            tallies["calculus"].accepted) == (2, 1, 1)
    assert tallies["calculus"].share_rejected == 0.5
    assert tallies["statistics"].share_rejected == 1.0
    assert (tallies[OVERALL].wrong, tallies[OVERALL].rejected) == (3, 2)
    assert [(item.key, item.accepted_on) for item in report.accepted] == [("a/once", [1])]


@pytest.mark.django_db
def test_an_exercise_missing_from_the_database_is_named(tmp_path: Path) -> None:
    (tmp_path / "dot-product").mkdir()
    (tmp_path / "dot-product" / "zero.py").write_text('"""Returns 0 (statement)."""\n')
    with pytest.raises(CorpusError, match="'dot-product' is not in the database"):
        run(corpus=tmp_path)
    with pytest.raises(CorpusError, match="no corpus folder for: swap-rows"):
        run(corpus=tmp_path, slugs=["swap-rows"])


def _two_exercise_library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    course = LIBRARY_ROOT / "linear-algebra"
    for module, slug in (("vectors", "dot-product"), ("matrices", "swap-rows")):
        (root / "linear-algebra" / module).mkdir(parents=True, exist_ok=True)
        shutil.copy(course / module / "module.toml", root / "linear-algebra" / module)
        shutil.copytree(course / module / slug, root / "linear-algebra" / module / slug)
    shutil.copy(course / "course.toml", root / "linear-algebra")
    return root


def _small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "dot-product").mkdir(parents=True)
    (corpus / "swap-rows").mkdir()
    (corpus / "dot-product" / "returns_zero.py").write_text(
        '"""Returns 0 whatever the vectors (statement: the sum of the products)."""\n'
        "def dot(u, v):\n    return 0.0\n")
    (corpus / "dot-product" / "right_after_all.py").write_text(
        '"""Labelled wrong, but computes the sum of u_i v_i exactly as the statement asks."""\n'
        "def dot(u, v):\n    return float(sum(a * b for a, b in zip(u, v)))\n")
    shutil.copy(CORPUS / "swap-rows" / "view_swap.py", corpus / "swap-rows")
    return corpus


@pytest.mark.sandbox
@pytest.mark.django_db
def test_the_report_counts_rejected_and_accepted_files(tmp_path: Path) -> None:
    root = _two_exercise_library(tmp_path)
    library_sync(root=root)
    corpus = _small_corpus(tmp_path)

    report = run(corpus=corpus, library=root)

    verdicts = {item.key: item.verdicts for item in report.graded}
    assert verdicts["dot-product/returns_zero"] == ("failed",) * 3
    assert verdicts["swap-rows/view_swap"] == ("failed",) * 3  # both rows end up equal
    assert [(item.key, item.accepted_on) for item in report.accepted] == [
        ("dot-product/right_after_all", [0, 1, 2])]
    row = report.tallies()["linear-algebra"]
    assert (row.wrong, row.rejected, row.accepted) == (3, 2, 1)
    assert report.stale == []

    out = io.StringIO()
    call_command("escape_report", "--corpus", str(corpus), "--json", stdout=out)
    document = json.loads(out.getvalue())
    assert document["overall"] == {"wrong": 3, "rejected": 2, "accepted": 1,
                                   "share_rejected": pytest.approx(2 / 3)}
    assert document["accepted"] == [{"key": "dot-product/right_after_all",
                                     "course": "linear-algebra", "variants": [0, 1, 2],
                                     "claim": report.accepted[0].claim}]

    table = io.StringIO()
    call_command("escape_report", "--corpus", str(corpus), "swap-rows", stdout=table)
    assert re.search(r"^linear-algebra +1 +1 +0 +100\.0%$", table.getvalue(), re.M)
    assert "No wrong solution is accepted on any variant." in table.getvalue()
