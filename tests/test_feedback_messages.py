"""Feedback that says what is wrong: which returned value (by the name `outputs` gives it),
digits enough to see the difference, the error against the tolerance, a `converges` message
that never calls a budget-limited reference "the solution", and Gram-Schmidt's zero columns
named before orthogonality. Plain data in, exact messages out; no sandbox."""

import io
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from authoring import services as authoring
from authoring.archive import exercise_toml, package_files, package_from_zip, package_zip
from courses.models import Module
from exercises.packages import LIBRARY_ROOT, PackageError, load_library, load_package
from grader.checks import CheckResult, run_check
from grader.judge import judge
from grader.sandbox import RunReport
from tests.test_authoring import client_for, edit_payload, new_draft

WELCH = LIBRARY_ROOT / "statistics" / "hypothesis-tests" / "welch-t-test"
GRAM_SCHMIDT = LIBRARY_ROOT / "linear-algebra" / "orthogonality" / "gram-schmidt"
WELCH_CHECKS = [
    {"check": "close", "output": 0},
    {"check": "close", "output": 1},
    {"check": "pvalue", "output": 2},
]


def public(name: str, expected: Any, got: Any, **params: Any) -> str:
    return _failed(run_check(name, {}, expected, got, reveal=True, params=params))


def hidden(name: str, expected: Any, got: Any, **params: Any) -> str:
    return _failed(run_check(name, {}, expected, got, reveal=False, params=params))


def _failed(result: CheckResult) -> str:
    assert not result.passed and result.score == 0.0
    return result.message


def judged(expected: Any, got: Any, config: dict[str, Any], *, public: bool = True) -> str:
    """The message of one case whose function returned `got`."""
    case = {"name": "case", "public": public, "weight": 1, "args": {}, "expected": expected}
    report = RunReport(results={0: {"ok": True, "output": got, "mutated": []}}, finished=True)
    result = judge(cases=[case], report=report, config=config, points=10, public_only=False)
    test = result.tests[0]
    assert not test["passed"]
    return str(test["message"])


# --- which output is wrong ----------------------------------------------------------------


def test_a_named_output_leads_the_public_message() -> None:
    config = {"checks": WELCH_CHECKS, "outputs": ["t", "df", "p"]}
    message = judged([2.1, 4.74941, 0.08], [2.1, 3.0, 0.08], config)
    assert message == "df: expected 4.74941, got 3.0 (off by 0.37 relative; the tolerance is 1e-6)"


def test_a_hidden_case_names_the_output_without_the_expected_value() -> None:
    config = {"checks": WELCH_CHECKS, "outputs": ["t", "df", "p"]}
    message = judged([2.1, 4.74941, 0.08], [2.1, 3.0, 0.08], config, public=False)
    assert message == "df: the value is off by about 0.3 (relative); the tolerance is 1e-6"
    assert "4.7" not in message


def test_the_p_value_of_a_named_tuple_is_named_too() -> None:
    config = {"checks": WELCH_CHECKS, "outputs": ["t", "df", "p"]}
    message = judged([2.1, 4.74941, 0.2], [2.1, 4.74941, 0.3], config, public=False)
    assert message == "p: the p-value is off by about 0.5 (relative); the tolerance is 0.001"


def test_an_unnamed_output_is_called_by_its_position() -> None:
    message = judged([2.1, 4.74941, 0.08], [2.1, 3.0, 0.08], {"checks": WELCH_CHECKS})
    assert message == (
        "output 1: expected 4.74941, got 3.0 (off by 0.37 relative; the tolerance is 1e-6)"
    )


def test_an_exact_check_on_a_named_output_is_named() -> None:
    config = {"checks": [{"check": "exact", "output": 0}, {"check": "close", "output": 1}],
              "outputs": ["flags", "densities"]}
    message = judged([[False, True], [0.3, 0.01]], [[False, False], [0.3, 0.01]], config)
    assert message == ("flags: expected [False, True], got [False, False]; the item at "
                       "position (1,) is not correct")


def test_a_whole_return_value_has_no_prefix() -> None:
    message = judged(2.0, 3.0, {"checks": [{"check": "close"}], "outputs": []})
    assert message == "expected 2.0, got 3.0 (off by 0.5 relative; the tolerance is 1e-6)"


def test_too_few_values_lists_the_names_expected() -> None:
    config = {"checks": WELCH_CHECKS, "outputs": ["t", "df", "p"]}
    message = judged([2.1, 4.74941, 0.08], [2.1, 4.74941], config)
    assert message == "Expected your function to return 3 values (t, df, p), got 2 values."


# --- digits and the size of the error ----------------------------------------------------


def test_numbers_get_the_digits_that_tell_them_apart() -> None:
    assert public("close", 16.2717, 16.27174) == (
        "expected 16.27170, got 16.27174 (off by 2.5e-6 relative; the tolerance is 1e-6)"
    )
    assert public("close", 0.8660254, 0.86602545, rtol=1e-8) == (
        "expected 0.86602540, got 0.86602545 (off by 5.8e-8 relative; the tolerance is 1e-8)"
    )


def test_six_digits_stay_when_they_suffice() -> None:
    assert public("close", 32.0, 31.0) == (
        "expected 32.0, got 31.0 (off by 0.031 relative; the tolerance is 1e-6)"
    )


def test_the_hidden_error_is_one_truncated_digit() -> None:
    assert hidden("close", 0.8660254, 0.8660504) == (
        "the value is off by about 2e-5 (relative); the tolerance is 1e-6"
    )


def test_an_error_just_over_the_tolerance_never_reads_as_the_tolerance() -> None:
    assert hidden("close", 1.0, 1.00000104, atol=0.0) == (
        "the value is off by about 1.04e-6 (relative); the tolerance is 1e-6"
    )
    assert public("close", 1.0, 1.00000104, atol=0.0) == (
        "expected 1.000000, got 1.000001 (off by 1.04e-6 relative; the tolerance is 1e-6)"
    )


def test_an_error_near_zero_is_absolute() -> None:
    assert public("close", 0.0, 3e-4) == (
        "expected 0.0, got 0.0003 (off by 3e-4 absolute; the tolerance is 1e-9)"
    )
    assert hidden("close", 0.0, 3e-4) == (
        "the value is off by about 3e-4 (absolute); the tolerance is 1e-9"
    )


def test_an_array_names_its_first_wrong_entry_and_how_many_are_wrong() -> None:
    assert public("close", [1.0, 2.0, 3.0], [1.0, 2.1, 3.5]) == (
        "expected [1.0, 2.0, 3.0], got [1.0, 2.1, 3.5]; 2 of 3 entries are wrong; the first, "
        "at (1,), is off by 0.05 relative; the tolerance is 1e-6"
    )
    assert hidden("close", [1.0, 2.0, 3.0], [1.0, 2.1, 3.0]) == (
        "the entry at (1,) is off by about 0.05 (relative); the tolerance is 1e-6"
    )
    assert public("close", [0.5, 0.8660254], [0.5, 0.86602545], rtol=1e-8) == (
        "expected [0.5, 0.8660254], got [0.5, 0.86602545]; the entry at (1,) is off by "
        "5.8e-8 relative; the tolerance is 1e-8"
    )


def test_a_gradient_entry_is_sized_against_its_tolerance() -> None:
    assert hidden("gradient", [2.0, -4.0], [2.0, -4.1]) == (
        "the gradient entry at (1,) is off by about 0.02 (relative); the tolerance is 1e-4"
    )


def test_a_p_value_is_sized_and_keeps_its_sidedness_hint() -> None:
    assert public("pvalue", 0.0312, 0.0624) == (
        "expected 0.0312, got 0.0624 (off by 0.031 absolute; the tolerance is 1e-4); your "
        "p-value is twice the expected one: is the test one-sided rather than two-sided?"
    )
    assert hidden("pvalue", 0.0312, 0.0624) == (
        "the p-value is off by about 0.03 (absolute); the tolerance is 1e-4; check whether "
        "the test should be one-sided or two-sided"
    )


def test_up_to_sign_sizes_the_error_against_the_closer_sign() -> None:
    assert public("up_to_sign", [0.6, 0.8], [-0.6, -0.8000001], rtol=1e-8) == (
        "the vector does not match, even up to sign: expected ±[0.6, 0.8], got "
        "[-0.6, -0.8000001]; the entry at (1,) is off by 1.2e-7 relative; the tolerance is 1e-8"
    )
    assert hidden("up_to_sign", [0.6, 0.8], [-0.6, -0.81]) == (
        "the vector does not match, even up to sign: the entry at (1,) is off by about 0.01 "
        "(relative); the tolerance is 1e-6"
    )


def test_other_numbers_in_messages_get_enough_digits() -> None:
    assert public("symmetric", [[2.0, 1.0], [1.0, 3.0]], [[2.0, 1.0000001], [1.0000004, 3.0]],
                  rtol=1e-8) == ("the matrix is not symmetric: the entries at (0, 1) and (1, 0) "
                                 "differ (1.0000001 and 1.0000004)")
    assert hidden("probability_vector", [0.5, 0.5], [0.5, 0.5000001], atol=1e-8) == (
        "the entries sum to 1.0000001, not 1"
    )
    assert public("eigenvalues", [1.0, 2.0], [1.0, 2.0000001], rtol=1e-8) == (
        "expected the eigenvalues [1.0, 2.0] (in any order), got [1.0, 2.0000001]"
    )


# --- converges ------------------------------------------------------------------------------

CLOSE = ("That is close: if your update is right, your loop stops at a different step than the "
         "statement's stopping rule and iteration budget say.")
FAR = ("That is far: check the update step first (its direction, and the derivative or matrix "
       "it uses), then the stopping rule.")


def test_converges_near_miss_points_at_the_stopping_rule() -> None:
    assert public("converges", 0.6931471805599453, 0.6931472, rtol=1e-8, atol=1e-9) == (
        "your final iterate is 0.69314720, the reference method's is 0.69314718: it is off by "
        f"2.8e-8 relative; the tolerance is 1e-8. {CLOSE}"
    )
    assert hidden("converges", 0.6931471805599453, 0.6931472, rtol=1e-8, atol=1e-9) == (
        "your final iterate is not the reference method's: it is off by about 2e-8 (relative); "
        f"the tolerance is 1e-8. {CLOSE}"
    )


def test_converges_far_miss_points_at_the_update_not_at_more_iterations() -> None:
    message = public("converges", [1.0, 2.0], [-1.0, 2.0])
    assert message == (
        "your final iterate is [-1.0, 2.0], the reference method's is [1.0, 2.0]: the entry at "
        f"(0,) is off by 2 relative; the tolerance is 1e-4. {FAR}"
    )
    assert hidden("converges", [1.0, 2.0], [-1.0, 2.0]) == (
        "your final iterate is not the reference method's: the entry at (0,) is off by about 2 "
        f"(relative); the tolerance is 1e-4. {FAR}"
    )


@pytest.mark.parametrize("got", [0.6931472, 0.5, [1.0, 2.5], [1.001, 2.0]])
def test_converges_never_calls_the_reference_the_solution_nor_asks_for_more_iterations(
    got: Any,
) -> None:
    expected = 0.6931471805599453 if isinstance(got, float) else [1.0, 2.0]
    for message in (public("converges", expected, got, rtol=1e-8, atol=1e-9),
                    hidden("converges", expected, got, rtol=1e-8, atol=1e-9)):
        assert "solution" not in message and "optimum" not in message
        assert not re.search(r"longer|more iterations|iterate more|keep iterating", message)


def test_converges_far_is_decided_by_distance_in_tolerances_and_size() -> None:
    # 0.1 % off: close to the reference in size, but 1e4 tolerances away.
    assert hidden("converges", [1.0, 2.0], [1.001, 2.0], rtol=1e-7, atol=1e-9).endswith(FAR)
    assert hidden("converges", [1.0, 2.0], [1.001, 2.0], rtol=1e-5, atol=1e-9).endswith(CLOSE)
    assert hidden("converges", [0.0, 0.0], [1e-5, 0.0]).endswith(CLOSE)


def test_converges_still_reports_divergence() -> None:
    assert hidden("converges", 3.0, float("inf")) == "your iteration diverged: got inf"


# --- Gram-Schmidt: the zero column first --------------------------------------------------

# The worked example A = [[3, 1, 4], [4, 2, 6]]: the third column is the sum of the first two.
GS_EXPECTED = np.array([[0.6, -0.8, 0.0], [0.8, 0.6, 0.0]])
# Normalising the third column's leftover (rounding noise) gives some unit vector, here one
# along the first column: not orthogonal to it, but the mistake is that it is not zero.
GS_NORMALISED = np.array([[0.6, -0.8, 0.6], [0.8, 0.6, 0.8]])


def gram_schmidt_message(got: Any, *, public: bool) -> str:
    config = load_package(GRAM_SCHMIDT).config
    return judged(GS_EXPECTED.tolist(), np.asarray(got).tolist(), config, public=public)


def test_a_normalised_dependent_column_is_told_to_be_zero_before_orthogonality() -> None:
    assert gram_schmidt_message(GS_NORMALISED, public=True) == (
        "column 2 should be zero: it depends on the columns before it, so nothing is left of "
        "it once their directions are removed (expected zero columns at [2], got zero columns "
        "at [])"
    )
    assert gram_schmidt_message(GS_NORMALISED, public=False) == (
        "a column that depends on the columns before it should be zero, and one of yours is not"
    )


def test_a_nan_where_a_zero_column_belongs_says_why() -> None:
    broken = GS_NORMALISED.copy()
    broken[:, 2] = np.nan
    assert gram_schmidt_message(broken, public=True) == (
        "column 2 should be zero: it depends on the columns before it, so nothing is left of "
        "it once their directions are removed; yours holds NaN (did you divide by its zero "
        "length?)"
    )
    assert gram_schmidt_message(broken, public=False) == (
        "a column that depends on the columns before it should be zero, and one of yours holds "
        "NaN (did you divide by its zero length?)"
    )


def test_a_zero_first_column_is_not_said_to_depend_on_earlier_ones() -> None:
    expected = np.array([[0.0, 1.0], [0.0, 0.0]])
    got = np.array([[np.nan, 1.0], [np.nan, 0.0]])
    assert public("orthonormal_columns", expected, got, allow_zero_columns=True) == (
        "column 0 should be zero: nothing is left of it to normalise; yours holds NaN (did you "
        "divide by its zero length?)"
    )


def test_a_zero_column_where_none_belongs_is_named() -> None:
    expected = np.array([[1.0, 0.0], [0.0, 1.0]])
    got = np.array([[1.0, 0.0], [0.0, 0.0]])
    assert public("orthonormal_columns", expected, got, allow_zero_columns=True) == (
        "column 1 should not be zero: it does not depend on the columns before it, so it "
        "becomes a unit vector (expected zero columns at [], got zero columns at [1])"
    )
    assert hidden("orthonormal_columns", expected, got, allow_zero_columns=True) == (
        "one of your columns is zero although it does not depend on the columns before it: it "
        "should be a unit vector"
    )


def test_orthogonality_is_still_checked_once_the_zero_columns_are_right() -> None:
    skew = np.array([[0.6, 0.6, 0.0], [0.8, 0.8, 0.0]])
    assert gram_schmidt_message(skew, public=False) == (
        "columns 0 and 1 are not orthogonal (their dot product is 1.0 in absolute value)"
    )


# --- `outputs` in exercise.toml --------------------------------------------------------------


def welch_copy(tmp_path: Path, outputs_line: str | None) -> Path:
    folder = tmp_path / "welch-t-test"
    shutil.copytree(WELCH, folder)
    toml = folder / "exercise.toml"
    text = toml.read_text()
    assert 'outputs = ["t", "df", "p"]\n' in text, "the fixture package changed"
    replacement = "" if outputs_line is None else outputs_line + "\n"
    toml.write_text(text.replace('outputs = ["t", "df", "p"]\n', replacement, 1))
    return folder


def test_the_loader_carries_the_names_into_the_config(tmp_path: Path) -> None:
    assert load_package(WELCH).config["outputs"] == ["t", "df", "p"]
    unnamed = load_package(welch_copy(tmp_path, None))
    assert "outputs" not in unnamed.config  # unnamed packages keep their content hash
    assert unnamed.content_hash != load_package(WELCH).content_hash


@pytest.mark.parametrize(("line", "problem"), [
    ('outputs = "t, df, p"', 'give a list of names, e.g. ["t", "df", "p"]'),
    ('outputs = ["t", "df", "t"]', "the name 't' is given twice"),
    ('outputs = ["t", "d f", "p"]',
     "'d f' is not a name: use letters, digits and _ (no digit first), e.g. p_value"),
    ('outputs = ["t", "df", 3]',
     "3 is not a name: use letters, digits and _ (no digit first), e.g. p_value"),
    ('outputs = ["t", "df"]', "2 names, but a check applies to output 2 (outputs count from 0)"),
    (f'outputs = ["t", "df", "{"p" * 31}"]',
     f"'{'p' * 31}' is longer than 30 characters"),
])
def test_the_loader_refuses_bad_names_naming_the_field(tmp_path: Path, line: str,
                                                       problem: str) -> None:
    folder = welch_copy(tmp_path, line)
    with pytest.raises(PackageError) as error:
        load_package(folder)
    assert str(error.value) == f"{folder / 'exercise.toml'}: field `outputs`: {problem}"


def test_every_library_tuple_is_named_as_its_statement_says() -> None:
    packages = [package for course in load_library() for module in course.modules
                for package in module.packages]
    tuples = [package for package in packages
              if any("output" in spec for spec in package.config["checks"])]
    assert len(tuples) >= 28
    for package in tuples:
        names = package.config.get("outputs")
        assert names, f"{package.slug} returns a tuple without `outputs`"
        returns = next(line for line in package.statement_md.splitlines()
                       if "**Returns:**" in line)
        assert f"`({', '.join(names)})`" in returns, (package.slug, returns)


# --- authoring: the form field, export and import ----------------------------------------------


def test_export_and_import_keep_the_names() -> None:
    package = load_package(WELCH)
    written = tomllib.loads(package_files(package)["exercise.toml"])
    assert written["outputs"] == ["t", "df", "p"]
    assert list(written).index("outputs") == list(written).index("entry") + 1
    imported = package_from_zip(io.BytesIO(package_zip(package)))
    assert imported.config["outputs"] == ["t", "df", "p"]
    assert imported.content_hash == package.content_hash


def test_a_package_without_names_exports_without_the_field() -> None:
    toml = exercise_toml({"title": "T", "slug": "t", "entry": "f", "outputs": [],
                          "checks": [{"check": "close"}]})
    assert "outputs" not in toml


@pytest.mark.django_db
def test_a_draft_made_from_a_package_keeps_its_names(module: Module, instructor: User) -> None:
    draft = authoring.draft_import(user=instructor, module=module, package=load_package(WELCH))
    assert draft.outputs == ["t", "df", "p"]
    package = authoring.package_from_draft(draft=draft)
    assert package.config["outputs"] == ["t", "df", "p"]
    assert package.content_hash == load_package(WELCH).content_hash


@pytest.mark.django_db
def test_the_edit_form_saves_the_names(module: Module, instructor: User) -> None:
    draft = new_draft(module, instructor, checks=[{"check": "close", "output": 0}])
    client = client_for(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    page = client.get(url).content.decode()
    assert "Output names, comma-separated" in page

    form = edit_payload(draft, outputs="total, ", checks='[[checks]]\ncheck = "close"\n'
                                                        "output = 0\n")
    assert client.post(url, form).status_code == 302
    draft.refresh_from_db()
    assert draft.outputs == ["total"]
    assert authoring.package_from_draft(draft=draft).config["outputs"] == ["total"]
    assert 'value="total"' in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("outputs", "error"), [
    ("t, , p", "Name 2 is empty: give every output a name, separated by commas."),
    ("t, t", "The name &#x27;t&#x27; is given twice."),
    ("t-stat", "&#x27;t-stat&#x27; is not a name"),
    ("", None),
])
def test_the_edit_form_refuses_bad_names(module: Module, instructor: User, outputs: str,
                                         error: str | None) -> None:
    draft = new_draft(module, instructor)
    client = client_for(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    response = client.post(url, edit_payload(draft, outputs=outputs))
    if error is None:
        assert response.status_code == 302
        return
    assert response.status_code == 422
    assert error in response.content.decode()


@pytest.mark.django_db
def test_the_edit_form_refuses_an_output_past_the_last_name(module: Module,
                                                            instructor: User) -> None:
    draft = new_draft(module, instructor)
    client = client_for(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    form = edit_payload(draft, outputs="a, b",
                        checks='[[checks]]\ncheck = "close"\noutput = 2\n')
    response = client.post(url, form)
    assert response.status_code == 422
    assert "2 names, but a check applies to output 2 (outputs count from 0)." in \
        response.content.decode()
