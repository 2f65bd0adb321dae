"""The "How your answer is checked" sentences, generated from an exercise's checks."""

import pytest

from exercises.markdown import checking_markdown, render_statement
from grader.checks import CHECKS
from grader.checks.wording import describe_checks, number


def test_close_states_both_tolerances_and_what_they_mean() -> None:
    assert describe_checks({"checks": [{"check": "close", "rtol": 1e-9, "atol": 1e-12}]}) == [
        "Your answer is compared with the reference answer number by number, with a relative "
        "tolerance of 1e-9 and an absolute tolerance of 1e-12: each number may be off by at most "
        "1e-12 + 1e-9 \N{MULTIPLICATION SIGN} |expected|."]


def test_a_check_without_parameters_uses_its_defaults() -> None:
    [sentence] = describe_checks({"checks": [{"check": "pvalue"}]})
    assert sentence == (
        "Your answer is a p-value between 0 and 1, compared with the reference p-value, with a "
        "relative tolerance of 0.001 and an absolute tolerance of 0.0001: it may be off by at "
        "most 0.0001 + 0.001 \N{MULTIPLICATION SIGN} |expected|.")


def test_a_zero_tolerance_is_left_out() -> None:
    [sentence] = describe_checks({"checks": [{"check": "close", "rtol": 0, "atol": 0.5}]})
    assert sentence.endswith("with an absolute tolerance of 0.5: each number may be off by at "
                             "most 0.5.")


def test_checks_on_named_outputs_name_them_and_options_are_stated() -> None:
    config = {"checks": [{"check": "close", "output": 0}, {"check": "exact", "output": 1},
                         {"check": "decision", "output": 3}],
              "outputs": ["t", "df"], "inputs_read_only": True, "returns_new": True}
    assert describe_checks(config) == [
        "`t` is compared with the reference answer number by number, with a relative "
        "tolerance of 1e-6 and an absolute tolerance of 1e-9: each number may be off by at most "
        "1e-9 + 1e-6 \N{MULTIPLICATION SIGN} |expected|.",
        "`df` must equal the reference answer exactly.",
        "Item 3 of the returned tuple (counting from 0) must be the same decision as the "
        "reference: reject or do not reject the null hypothesis.",
        "Your function must not change its arguments in place: work on a copy.",
        "Your function must return a new array, not one of its arguments (or a view of it).",
    ]


def test_structural_checks_name_the_matrix_argument() -> None:
    [sentence] = describe_checks({"checks": [{"check": "svd", "matrix": "M", "atol": 1e-7}]})
    assert "decomposition of `M`" in sentence and "equal to `M`" in sentence
    assert sentence.endswith("with a relative tolerance of 1e-6 and an absolute tolerance of "
                             "1e-7.")


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_every_check_of_the_library_has_a_sentence(check: str) -> None:
    [sentence] = describe_checks({"checks": [{"check": check}]})
    assert sentence[0].isupper() and sentence.endswith(".") and "{" not in sentence


@pytest.mark.parametrize("value, text", [(1e-6, "1e-6"), (2.5e-5, "2.5e-5"), (0.001, "0.001"),
                                         (1e-12, "1e-12"), (0.5, "0.5"), (1e20, "1e20")])
def test_numbers_are_written_as_in_the_readme(value: float, text: str) -> None:
    assert number(value) == text


def test_the_statement_ends_with_the_generated_section() -> None:
    html = render_statement("# Dot\n\nCompute it.\n", {"checks": [{"check": "exact"}]})
    assert html.startswith("<h1>Dot</h1>")
    assert html.endswith("<h2>How your answer is checked</h2>\n<ul>\n<li>Your answer must "
                         "equal the reference answer exactly.</li>\n</ul>\n")
    assert checking_markdown({"checks": []}) == ""
