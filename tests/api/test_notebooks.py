"""grader.notebooks: a notebook's code cells become the code that is graded; whatever only
IPython runs is removed and named; every malformed file gets its own clear refusal. Then the
exercise page's upload form, which sends a notebook down the editor's path."""

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from exercises.models import Exercise
from grader.models import Submission
from grader.notebooks import NOTICE_ITEMS, ipython_only, notebook_from_upload, notebook_to_code
from tests.conftest import DOT_SOLUTION

from .notebooks import notebook, notebook_bytes

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")


def refusal(data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        notebook_to_code(data)
    return " ".join(caught.value.messages)


# --- what is graded ------------------------------------------------------------------------


def test_it_joins_the_code_cells_in_order_and_skips_markdown() -> None:
    converted = notebook_to_code(notebook_bytes(
        ("markdown", "# My solution\n%not code, just text"), "import numpy as np\n",
        "def dot(u, v):\n    return float(np.dot(u, v))\n", ""))

    assert converted.code == ("# Cell 2\nimport numpy as np\n\n\n"
                              "# Cell 3\ndef dot(u, v):\n    return float(np.dot(u, v))\n")
    assert converted.removed == [] and converted.notice == ""
    namespace: dict[str, Any] = {}
    exec(compile(converted.code, "notebook", "exec"), namespace)
    assert namespace["dot"]([1, 2], [3, 4]) == 11.0


def test_it_removes_line_magics_and_names_them() -> None:
    converted = notebook_to_code(notebook_bytes(
        "%matplotlib inline\nimport numpy as np\n%load_ext autoreload\nx = 1\n"))

    assert "%" not in converted.code
    assert "import numpy as np\nx = 1" in converted.code
    assert [(r.cell, r.line, r.text, r.reason) for r in converted.removed] == [
        (1, 1, "%matplotlib inline", "magic"), (1, 3, "%load_ext autoreload", "magic")]
    assert converted.notice == (
        "Removed from the notebook before grading, because only IPython runs it: "
        "cell 1, line 1: `%matplotlib inline` (magic); cell 1, line 3: `%load_ext autoreload` "
        "(magic).")


def test_a_cell_magic_removes_its_whole_cell() -> None:
    converted = notebook_to_code(notebook_bytes(
        "def dot(u, v):\n    return 0.0\n", "%%timeit\ndot([1], [2])\nprint('slow')\n"))

    assert "timeit" not in converted.code and "print" not in converted.code
    assert converted.removed[0].describe() == "cell 2: `%%timeit` (cell magic: the whole cell)"


def test_shell_escapes_ipython_calls_and_help_lookups_are_removed() -> None:
    converted = notebook_to_code(notebook_bytes(
        "!pip install numpy\nfiles = !ls\nt = %timeit -o f()\n"
        "get_ipython().run_line_magic('time', 'x')\nnp.dot?\n??np\nkeep = 5 % 3\n"
        "flag = a != b\n"))

    assert converted.code == "# Cell 1\nkeep = 5 % 3\nflag = a != b\n"
    assert [r.reason for r in converted.removed] == [
        "shell command", "shell command", "magic", "IPython call", "help lookup",
        "help lookup"]


@pytest.mark.parametrize(("line", "reason"), [
    ("%time f()", "magic"), ("  %debug", "magic"), ("!ls -l", "shell command"),
    ("out, err = !make", "shell command"), ("ip = get_ipython()", "IPython call"),
    ("np.linalg.svd?", "help lookup"), ("x = 1  # 100% sure", None), ("a %= 3", None),
    ("print('!')", None), ("y = x ** 2", None), ("# %time in a comment", None)])
def test_it_tells_ipython_from_python_line_by_line(line: str, reason: str | None) -> None:
    assert ipython_only(line) == reason


def test_an_indented_magic_leaves_a_statement_so_the_block_stays_python() -> None:
    converted = notebook_to_code(notebook_bytes(
        "def dot(u, v):\n    %time total = 0\n\nfor i in range(2):\n    !echo hi\n"))

    compile(converted.code, "notebook", "exec")
    assert "def dot(u, v):\n    pass\n" in converted.code
    assert "for i in range(2):\n    pass" in converted.code


def test_the_notice_names_ten_removals_and_counts_the_rest() -> None:
    converted = notebook_to_code(notebook_bytes(
        "\n".join(f"%magic{n}" for n in range(13)) + "\nx = 1\n"))

    assert len(converted.removed) == 13
    assert "%magic9" in converted.notice and "%magic10" not in converted.notice
    assert converted.notice.endswith("; and 3 more.")
    assert NOTICE_ITEMS == 10


def test_an_old_format_notebook_is_converted() -> None:
    version_3 = {"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": ""},
                 "worksheets": [{"metadata": {}, "cells": [
                     {"cell_type": "code", "input": "x = 1\n%time x", "language": "python",
                      "outputs": [], "collapsed": False, "metadata": {}}]}]}

    converted = notebook_to_code(json.dumps(version_3).encode())

    assert converted.code == "# Cell 1\nx = 1\n"
    assert converted.removed[0].text == "%time x"


def test_a_byte_order_mark_is_accepted() -> None:
    assert notebook_to_code(b"\xef\xbb\xbf" + notebook_bytes("x = 1\n")).code == "# Cell 1\nx = 1\n"


# --- what is refused, and how it is said ---------------------------------------------------


def test_invalid_json_is_refused_with_where_it_broke() -> None:
    assert refusal(b'{"nbformat": 4,\n "cells": [}') == (
        "The file is not valid JSON (line 2, column 12: Expecting value), so it is no Jupyter "
        "notebook; upload the .ipynb file Jupyter saved.")


@pytest.mark.parametrize("data", [b"[1, 2]", b'"text"', b'{"cells": []}'])
def test_json_that_is_no_notebook_is_refused(data: bytes) -> None:
    assert refusal(data) == ('This JSON file is not a Jupyter notebook: it has no "nbformat" '
                             "version; upload the .ipynb file Jupyter saved.")


@pytest.mark.parametrize(("version", "shown"), [(5, "5"), ("4", "'4'"), (None, "None"),
                                                (True, "True")])
def test_an_unknown_format_version_is_refused(version: object, shown: str) -> None:
    message = refusal(json.dumps(notebook("x = 1\n", nbformat=version)).encode())

    assert message == (f"This notebook's format version ({shown}) is not one Eigenlab reads "
                       "(1, 2, 3, 4); open it in Jupyter and save it again.")


def test_a_notebook_that_breaks_the_format_is_refused_by_nbformat() -> None:
    broken = notebook("x = 1\n")
    del broken["cells"][0]["outputs"]

    assert refusal(json.dumps(broken).encode()).startswith(
        "The notebook does not follow the Jupyter format: ")


def test_a_notebook_that_is_not_utf8_is_refused() -> None:
    latin1 = notebook_bytes("name = 'café'\n").replace("é".encode(), "é".encode("latin-1"))

    message = refusal(latin1)

    assert message.startswith("The notebook is not UTF-8 text (byte ")
    assert "cannot be read" in message


def test_a_notebook_over_the_size_limit_is_refused_before_it_is_parsed(settings: Any) -> None:
    settings.GRADER_MAX_NOTEBOOK_BYTES = 4096
    huge = notebook_bytes("x = 1\n" + "# padding\n" * 1000)

    assert refusal(huge) == (
        f"The notebook is {-(-len(huge) // 1024)} KB; the limit is 4 KB. Clear its outputs "
        "(Edit → Clear outputs of all cells), save it and upload it again.")
    with pytest.raises(ValidationError, match="the limit is 4 KB"):
        notebook_from_upload(SimpleUploadedFile("big.ipynb", huge))


def test_json_nested_too_deeply_is_refused() -> None:
    assert refusal(b"[" * 200_000) == "The file's JSON is nested too deeply to be a notebook."


@pytest.mark.parametrize(("data", "start"), [
    (b"", "The file is empty"),
    (notebook_bytes(("markdown", "only words")), "The notebook has no code cells"),
    (notebook_bytes("%matplotlib inline\n", "!pip install numpy\n"), "Nothing is left to grade"),
])
def test_a_notebook_without_code_to_grade_is_refused(data: bytes, start: str) -> None:
    assert refusal(data).startswith(start)


# --- the exercise page's upload ------------------------------------------------------------


def upload(client: Client, exercise: Exercise, data: bytes, **extra: str) -> Any:
    return client.post(reverse("grader:notebook", args=[exercise.slug]),
                       {"notebook": SimpleUploadedFile("solution.ipynb", data), **extra},
                       follow=True)


def test_the_exercise_page_offers_the_notebook_upload(client: Client, learner: User,
                                                      exercise: Exercise) -> None:
    client.force_login(learner)

    page = client.get(reverse("courses:exercise", args=[exercise.module.course.slug,
                                                        exercise.slug])).content.decode()

    assert f'action="{reverse("grader:notebook", args=[exercise.slug])}"' in page
    assert 'enctype="multipart/form-data"' in page and 'name="notebook"' in page


def test_an_uploaded_notebook_is_submitted_and_the_removals_are_shown(
    client: Client, learner: User, exercise: Exercise,
) -> None:
    client.force_login(learner)

    response = upload(client, exercise, notebook_bytes("%matplotlib inline\n" + DOT_SOLUTION))

    submission = Submission.objects.get(user=learner)
    assert submission.code == "# Cell 1\n" + DOT_SOLUTION
    assert submission.kind == Submission.Kind.SUBMIT and submission.attempt == 1
    assert response.redirect_chain[-1][0].endswith(f"?submission={submission.pk}#result")
    page = response.content.decode()
    assert "cell 1, line 1: `%matplotlib inline` (magic)" in page
    assert f'id="submission-{submission.pk}"' in page


def test_a_notebook_may_check_the_examples_only(client: Client, learner: User,
                                                exercise: Exercise) -> None:
    client.force_login(learner)

    upload(client, exercise, notebook_bytes(DOT_SOLUTION), kind="check")

    assert Submission.objects.get(user=learner).kind == Submission.Kind.CHECK


def test_a_notebook_is_submitted_or_checked_nothing_else(client: Client, learner: User,
                                                        exercise: Exercise) -> None:
    client.force_login(learner)

    response = upload(client, exercise, notebook_bytes(DOT_SOLUTION), kind="run")

    assert "Choose Submit the notebook or Check its examples." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_malformed_upload_is_refused_on_the_page(client: Client, learner: User,
                                                   exercise: Exercise) -> None:
    client.force_login(learner)

    response = upload(client, exercise, b"def dot(u, v): return 0\n")

    assert not Submission.objects.exists()
    assert "The file is not valid JSON (line 1, column 1" in response.content.decode()


def test_an_upload_without_a_file_says_so(client: Client, learner: User,
                                          exercise: Exercise) -> None:
    client.force_login(learner)

    response = client.post(reverse("grader:notebook", args=[exercise.slug]), follow=True)

    assert "Choose a .ipynb file to upload." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_hidden_exercise_takes_no_notebook(client: Client, learner: User,
                                             exercise: Exercise) -> None:
    Exercise.objects.filter(pk=exercise.pk).update(published=False)
    client.force_login(learner)

    assert upload(client, exercise, notebook_bytes(DOT_SOLUTION)).status_code == 404
    assert not Submission.objects.exists()


def test_uploads_count_against_the_submission_rate_limit(
    client: Client, learner: User, exercise: Exercise, settings: Any,
) -> None:
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submit": ("1/m", "100/m")}
    client.force_login(learner)

    upload(client, exercise, notebook_bytes(DOT_SOLUTION))
    response = upload(client, exercise, notebook_bytes(DOT_SOLUTION))

    assert Submission.objects.count() == 1
    assert "You are sending submissions too quickly" in response.content.decode()
