"""Unit tests of the trusted check library (grader.checks): plain data in, verdicts out."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.checks import CHECKS, CheckResult, CheckSpecError, Unsupported, run_check, validate
from grader.checks.registry import GENERIC_FAILURE

FAST = settings(max_examples=50, deadline=None)


def hidden(name: str, expected: Any, got: Any, inputs: dict | None = None, **params: Any):
    return run_check(name, inputs or {}, expected, got, reveal=False, params=params)


def public(name: str, expected: Any, got: Any, inputs: dict | None = None, **params: Any):
    return run_check(name, inputs or {}, expected, got, reveal=True, params=params)


def assert_passes(result: CheckResult) -> None:
    assert result.passed, result.message
    assert result.score == 1.0


def assert_fails(result: CheckResult, *fragments: str) -> None:
    assert not result.passed
    assert result.score == 0.0
    assert result.message and result.message != GENERIC_FAILURE
    for fragment in fragments:
        assert fragment in result.message, result.message


def assert_hides(result: CheckResult, *secrets: str) -> None:
    """A hidden-case failure message must not leak the expected numbers."""
    assert_fails(result)
    for secret in secrets:
        assert secret not in result.message, result.message


def random_orthogonal(rng: np.random.Generator, n: int) -> np.ndarray:
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


# --------------------------------------------------------------------------- close


def test_close_accepts_scalar_and_0d_array_alike():
    assert_passes(hidden("close", 2.5, np.array(2.5)))
    assert_passes(hidden("close", np.array(2.5), 2.5))
    assert_passes(hidden("close", 3, np.int64(3)))


def test_close_accepts_lists_for_arrays_and_values_within_tolerance():
    expected = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert_passes(hidden("close", expected, [[1, 2], [3, 4.000001]]))
    assert_passes(hidden("close", expected, (np.array([1.0, 2.0]), [3.0, 4.0])))


def test_close_accepts_complex_values():
    assert_passes(hidden("close", [1 + 2j, 3.0], [1 + 2j, 3 + 0j]))
    assert_fails(hidden("close", [1 + 2j], [1 - 2j]))


def test_close_public_message_shows_expected_and_got():
    assert_fails(public("close", 32.0, 31.0), "expected 32.0, got 31.0")


def test_close_hidden_message_names_the_entry_but_not_the_value():
    result = hidden("close", [3.14159, 27.1828, 1.41421], [3.14159, 27.5, 1.41421])
    assert result.message == (
        "the entry at (1,) is off by about 0.01 (relative); the tolerance is 1e-6"
    )
    assert_hides(result, "3.14", "27.18", "1.414")
    result = hidden("close", 27.1828, 30.0)
    assert result.message == "the value is off by about 0.1 (relative); the tolerance is 1e-6"
    assert_hides(result, "27.18")


def test_close_public_message_truncates_long_arrays():
    result = public("close", np.arange(1000.0), np.arange(1000.0) + 0.5)
    assert_fails(
        result,
        "1000 of 1000 entries are wrong; the first, at (0,), is off by 0.5 absolute; "
        "the tolerance is 1e-9",
    )
    assert len(result.message) < 500


def test_close_rejects_wrong_shape():
    assert_fails(
        hidden("close", [1.0, 2.0, 3.0], [[1], [2], [3]]), "expected shape (3,), got (3, 1)"
    )
    assert_fails(hidden("close", 1.0, [1.0]), "expected a single number, got shape (1,)")
    assert_fails(hidden("close", [1.0], 1.0), "expected shape (1,), got a single number")
    assert_fails(hidden("close", [1.0, 2.0], [1.0]), "expected shape (2,), got (1,)")


@pytest.mark.parametrize(
    ("got", "fragment"),
    [
        ([1.0, float("nan"), 3.0], "got NaN at position (1,)"),
        ([float("inf"), 2.0, 3.0], "got inf at position (0,)"),
        (np.array([1.0, 2.0, -np.inf]), "got -inf at position (2,)"),
    ],
)
def test_close_rejects_non_finite_entries(got, fragment):
    assert_fails(hidden("close", [1.0, 2.0, 3.0], got), fragment)


def test_close_rejects_nan_scalar():
    assert_fails(hidden("close", 1.0, float("nan")), "got NaN")


def test_close_expected_nan_requires_nan_at_that_position():
    assert_passes(hidden("close", [1.0, float("nan")], [1.0, float("nan")]))
    assert_passes(hidden("close", [np.inf], [np.inf]))
    assert_fails(
        hidden("close", [1.0, float("nan")], [1.0, 2.0]), "the entry at (1,) is not correct"
    )
    assert_fails(hidden("close", [np.inf], [-np.inf]))


@pytest.mark.parametrize(
    ("expected", "got", "fragment"),
    [
        (1.0, None, "expected a number, got None"),
        ([1.0, 2.0], "abc", "expected numbers, got the string 'abc'"),
        ([1.0, 2.0], Unsupported("Foo"), "expected numbers, got an object of type Foo"),
        (1.0, True, "expected a number, got the boolean True"),
        ([1.0, 2.0], [1.0, False], "got the boolean False at position (1,)"),
        ([1.0, 2.0], np.array([True, False]), "got an array of booleans"),
        ([1.0, 2.0], {"a": 1}, "expected numbers, got a dict"),
        ([1.0, 2.0], [1.0, None], "expected numbers, got None at position (1,)"),
        ([[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [3.0]], "ragged list"),
        ([1.0, 2.0], np.array(["a", "b"]), "got an array of dtype <U1"),
        (1.0, 10**400, "too large"),
        ([1.0, 2.0], [Unsupported("function"), 2.0], "an object of type function at position (0,)"),
    ],
)
def test_close_rejects_non_numbers_naming_what_was_got(expected, got, fragment):
    assert_fails(hidden("close", expected, got), fragment)
    assert_fails(public("close", expected, got), fragment)


def test_close_compares_a_uniform_tuple_as_an_array():
    assert_passes(hidden("close", [2.1, 10, 0.03], (2.1, 10, 0.03)))
    assert_fails(hidden("close", [2.1, 10, 0.03], [2.1, 10, 0.04]), "the entry at (2,)")


def test_close_compares_ragged_results_item_by_item():
    expected = [[1.0, 2.0, 3.0], np.eye(2)]
    assert_passes(hidden("close", expected, [[1, 2, 3], [[1, 0], [0, 1]]]))
    assert_fails(
        hidden("close", expected, [[1, 2, 3], [[1, 0], [0, 2]]]), "item 1: the entry at (1, 1)"
    )
    assert_fails(hidden("close", expected, [[1, 2, 3], [1, 0]]), "item 1: expected shape (2, 2)")
    assert_fails(hidden("close", expected, [[1, 2, 3]]), "expected a list of 2 items, got 1 item")
    assert_fails(hidden("close", expected, np.zeros(2)), "expected a list of 2 items, got an array")
    assert_fails(
        public("close", expected, [[1, 2, 4], np.eye(2)]), "item 0: expected [1.0, 2.0, 3.0]"
    )


def test_close_tolerance_is_relative_to_the_reference_not_to_the_answer():
    expected, got = 1.0, 1.9
    # numpy.allclose scales by its second argument: with the learner's value there, a wrong
    # answer would widen its own tolerance.
    assert np.allclose(expected, got, rtol=0.5, atol=0)
    assert_fails(hidden("close", expected, got, rtol=0.5, atol=0.0))
    assert_passes(hidden("close", expected, 1.4, rtol=0.5, atol=0.0))


@FAST
@given(
    reference=st.floats(min_value=1e-3, max_value=1e6),
    blow_up=st.floats(min_value=10.0, max_value=1e6),
)
def test_close_rejects_huge_answers_that_allclose_would_accept(reference, blow_up):
    got = reference * blow_up
    assert np.allclose(reference, got, rtol=1.0, atol=0)
    assert_fails(hidden("close", reference, got, rtol=1.0, atol=0.0))


@FAST
@given(
    values=st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=1, max_size=8),
    data=st.data(),
    factor=st.floats(min_value=1.5, max_value=1e3),
    sign=st.sampled_from([-1.0, 1.0]),
)
def test_close_rejects_any_perturbation_beyond_tolerance(values, data, factor, sign):
    expected = np.array(values)
    index = data.draw(st.integers(min_value=0, max_value=len(values) - 1))
    got = expected.copy()
    got[index] += sign * factor * (1e-9 + 1e-6 * abs(expected[index]))
    result = hidden("close", expected, got)
    assert_fails(result, f"the entry at ({index},)")


@FAST
@given(
    values=st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=1, max_size=8),
    fraction=st.floats(min_value=-0.5, max_value=0.5),
)
def test_close_accepts_any_perturbation_within_tolerance(values, fraction):
    expected = np.array(values)
    got = expected + fraction * (1e-9 + 1e-6 * np.abs(expected))
    assert_passes(hidden("close", expected, got))


# --------------------------------------------------------------------------- exact


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        ([1, 2], np.array([1, 2])),
        (np.array([[1, 2], [3, 4]]), [[1, 2], [3, 4]]),
        (2, 2.0),
        ([1, [2, 3]], (1, (2, 3))),
        ("abc", "abc"),
        (None, None),
        (True, np.bool_(True)),
        ({"a": [1, 2], "b": "x"}, {"b": "x", "a": (1, 2)}),
        (np.int64(7), 7),
        (float("nan"), float("nan")),
    ],
)
def test_exact_accepts_equal_values(expected, got):
    assert_passes(hidden("exact", expected, got))


def test_exact_rejects_different_values_with_hidden_and_public_messages():
    result = hidden("exact", [17, 42], [17, 43])
    assert_fails(result, "the item at position (1,) is not correct")
    assert_hides(result, "42")
    assert_fails(public("exact", [17, 42], [17, 43]), "expected [17, 42], got [17, 43]")
    assert_fails(hidden("exact", 42, 41), "the answer is not correct")
    assert_fails(public("exact", "abc", "abd"), "expected 'abc', got 'abd'")


def test_exact_rejects_different_kinds_and_lengths():
    assert_fails(hidden("exact", 1, True), "expected an integer, got a boolean")
    assert_fails(hidden("exact", True, 1), "expected a boolean, got an integer")
    assert_fails(hidden("exact", "2", 2), "expected a string, got an integer")
    assert_fails(hidden("exact", [1, 2, 3], [1, 2]), "expected a list of 3 items, got 2 items")
    assert_fails(hidden("exact", 3, Unsupported("Foo")), "got an object of type Foo")
    assert_fails(hidden("exact", None, 0), "expected None, got an integer")
    assert_fails(hidden("exact", {"a": 1}, {"b": 1}), "the key 'a' is missing")
    assert_fails(public("exact", "abc", 3), "expected a string 'abc', got an integer 3")


# --------------------------------------------------------------------------- eigenvalues


@FAST
@given(values=st.lists(st.integers(-20, 20), min_size=1, max_size=6), data=st.data())
def test_eigenvalues_accepts_any_permutation(values, data):
    expected = np.array(values, dtype=float) / 3
    permuted = data.draw(st.permutations(list(expected)))
    assert_passes(hidden("eigenvalues", expected, permuted))


def test_eigenvalues_accepts_complex_pairs_and_real_answers_for_real_complex_values():
    assert_passes(hidden("eigenvalues", [1 + 2j, 1 - 2j, 3], [3, 1 - 2j, 1 + 2j]))
    assert_passes(hidden("eigenvalues", np.array([2 + 0j, 5 + 1e-17j]), [5.0, 2.0]))
    assert_fails(hidden("eigenvalues", [1 + 2j, 1 - 2j], [1 + 2j, 1 + 2j]))


def test_eigenvalues_matches_multiplicities():
    result = hidden("eigenvalues", [1.5, 2.5, 2.5], [1.5, 1.5, 2.5])
    assert_fails(result, "1 of your 3 eigenvalues does not match", "in any order")
    assert_hides(result, "2.5", "1.5")
    assert_fails(
        public("eigenvalues", [1.5, 2.5, 2.5], [1.5, 1.5, 2.5]), "expected the eigenvalues"
    )


def test_eigenvalues_rejects_wrong_count_and_shape():
    assert_fails(
        hidden("eigenvalues", [1.0, 2.0, 3.0], [1.0, 2.0]), "expected 3 eigenvalues, got 2"
    )
    assert_fails(hidden("eigenvalues", [1.0, 2.0], [[1.0], [2.0]]), "got shape (2, 1)")
    assert_fails(hidden("eigenvalues", [1.0, 2.0], [1.0, float("nan")]), "got NaN at position (1,)")


# --------------------------------------------------------------------------- eigenpairs


def _random_eigen_problem(seed: int, symmetric: bool) -> tuple[np.ndarray, list[np.ndarray]]:
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((4, 4))
    if symmetric:
        a = a + a.T
    values, vectors = np.linalg.eig(a)
    return a, [values, vectors]


@FAST
@given(
    seed=st.integers(0, 10_000),
    symmetric=st.booleans(),
    moduli=st.lists(st.floats(1e-3, 1e3), min_size=4, max_size=4),
    phases=st.lists(st.floats(0, 2 * np.pi), min_size=4, max_size=4),
    data=st.data(),
)
def test_eigenpairs_accepts_any_scaling(seed, symmetric, moduli, phases, data):
    a, expected = _random_eigen_problem(seed, symmetric)
    scale = np.array(moduli) * np.exp(1j * np.array(phases))
    order = data.draw(st.permutations(range(4)))
    values = expected[0][order]
    vectors = (expected[1] * scale)[:, order]
    assert_passes(hidden("eigenpairs", expected, [values, vectors], {"A": a}))


@FAST
@given(
    seed=st.integers(0, 10_000),
    signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=4, max_size=4),
)
def test_eigenpairs_accepts_negative_real_scalings_of_symmetric_matrices(seed, signs):
    a, expected = _random_eigen_problem(seed, symmetric=True)
    got = [list(expected[0]), (expected[1] * np.array(signs) * 7.0).tolist()]
    assert_passes(hidden("eigenpairs", expected, got, {"A": a}))


def test_eigenpairs_rejects_a_column_that_is_not_an_eigenvector():
    a = np.array([[2.0, 1.0], [1.0, 3.0]])
    expected = list(np.linalg.eig(a))
    swapped = [expected[0], expected[1][:, ::-1]]
    assert_fails(
        hidden("eigenpairs", expected, swapped, {"A": a}), "column 0 is not an eigenvector of A"
    )
    bad = expected[1].copy()
    bad[:, 1] += [0.1, 0.0]
    assert_fails(hidden("eigenpairs", expected, [expected[0], bad], {"A": a}), "column 1")


def test_eigenpairs_rejects_zero_and_dependent_eigenvectors():
    a = np.diag([2.0, 2.0, 3.0])
    expected = [np.array([2.0, 2.0, 3.0]), np.eye(3)]
    dependent = np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    assert_fails(
        hidden("eigenpairs", expected, [[2, 2, 3], dependent], {"A": a}), "not linearly independent"
    )
    zero = np.eye(3)
    zero[:, 1] = 0
    assert_fails(hidden("eigenpairs", expected, [[2, 2, 3], zero], {"A": a}), "column 1) is zero")
    rotated = np.array([[1.0, 1.0, 0.0], [1.0, -1.0, 0.0], [0.0, 0.0, 5.0]])
    assert_passes(hidden("eigenpairs", expected, [[3, 2, 2], rotated[:, [2, 0, 1]]], {"A": a}))


def test_eigenpairs_accepts_repeated_eigenvector_of_a_defective_matrix():
    a = np.array([[1.0, 1.0], [0.0, 1.0]])
    expected = list(np.linalg.eig(a))
    assert_passes(hidden("eigenpairs", expected, [[1, 1], [[1, -2], [0, 0]]], {"A": a}))


def test_eigenpairs_rejects_wrong_structure_and_values():
    a = np.array([[2.0, 0.0], [0.0, 5.0]])
    expected = [np.array([2.0, 5.0]), np.eye(2)]
    assert_fails(
        hidden("eigenpairs", expected, np.eye(2), {"A": a}), "expected [eigenvalues, eigenvectors]"
    )
    assert_fails(hidden("eigenpairs", expected, [[2, 5], [1, 0]], {"A": a}), "got shape (2,)")
    result = hidden("eigenpairs", expected, [[2, 6], np.eye(2)], {"A": a})
    assert_fails(result, "eigenvalues: 1 of your 2 eigenvalues does not match")
    assert_hides(result, "5.0")
    assert_fails(hidden("eigenpairs", expected, [None, np.eye(2)], {"A": a}), "got None")


def test_eigenpairs_without_the_matrix_input_is_an_authoring_error():
    with pytest.raises(CheckSpecError, match="no input named 'A'"):
        hidden("eigenpairs", [[1.0], [[1.0]]], [[1.0], [[1.0]]], {"B": [[1.0]]})


# --------------------------------------------------------------------------- up_to_sign


def test_up_to_sign_accepts_either_sign_of_a_vector():
    assert_passes(hidden("up_to_sign", [0.6, -0.8], [0.6, -0.8]))
    assert_passes(hidden("up_to_sign", [0.6, -0.8], [-0.6, 0.8]))
    assert_fails(
        hidden("up_to_sign", [0.6, -0.8], [0.6, 0.8]), "the vector does not match, even up to sign"
    )
    assert_fails(public("up_to_sign", [0.6, -0.8], [0.6, 0.8]), "expected ±[0.6, -0.8]")


@FAST
@given(
    seed=st.integers(0, 10_000),
    signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=3, max_size=3),
)
def test_up_to_sign_accepts_independent_column_sign_flips(seed, signs):
    q = random_orthogonal(np.random.default_rng(seed), 3)
    assert_passes(hidden("up_to_sign", q, q * np.array(signs)))


def test_up_to_sign_rejects_a_wrong_column_and_wrong_shape():
    q = np.array([[0.6, 0.8], [0.8, -0.6]])
    bad = q.copy()
    bad[:, 1] = [0.8, 0.6]
    result = hidden("up_to_sign", q, bad)
    assert_fails(result, "column 1 does not match, even up to sign")
    assert_hides(result, "0.6", "0.8")
    assert_fails(hidden("up_to_sign", q, q[:, :1]), "expected shape (2, 2), got (2, 1)")


# --------------------------------------------------------------------------- same_subspace


@FAST
@given(seed=st.integers(0, 10_000), extra=st.integers(0, 2))
def test_same_subspace_accepts_any_basis_of_the_same_subspace(seed, extra):
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.standard_normal((5, 2)))[0]
    mix = rng.standard_normal((2, 2 + extra))
    got = basis @ mix
    assert_passes(hidden("same_subspace", basis, got))
    rotated = basis @ random_orthogonal(rng, 2)
    assert_passes(hidden("same_subspace", basis, rotated))
    assert_passes(hidden("orthonormal_columns", basis, rotated))


def test_same_subspace_rejects_a_different_subspace_or_dimension():
    e = np.eye(3)
    result = hidden("same_subspace", e[:, :2], e[:, 1:])
    assert_fails(result, "your columns span a different subspace of the right dimension")
    assert "angle" not in result.message
    assert_fails(public("same_subspace", e[:, :2], e[:, 1:]), "largest principal angle")
    assert_fails(hidden("same_subspace", e[:, :2], e[:, :1]), "dimension 1")
    assert_fails(public("same_subspace", e[:, :2], e[:, :1]), "expected a subspace of dimension 2")
    assert_fails(hidden("same_subspace", e[:, :2], np.ones((4, 2))), "3 entries, got shape (4, 2)")


def test_same_subspace_treats_a_flat_vector_as_one_column():
    assert_passes(hidden("same_subspace", [[1.0], [1.0]], [-2.0, -2.0]))


# --------------------------------------------------------------------------- orthonormal_columns


def test_orthonormal_columns_rejects_non_unit_and_non_orthogonal_columns():
    q = np.eye(3)[:, :2]
    assert_fails(hidden("orthonormal_columns", q, q * 2), "column 0 does not have unit length")
    skew = np.array([[1.0, 0.6], [0.0, 0.8], [0.0, 0.0]])
    assert_fails(hidden("orthonormal_columns", q, skew), "columns 0 and 1 are not orthogonal")
    other = np.eye(3)[:, 1:]
    assert_fails(hidden("orthonormal_columns", q, other), "span a different subspace")
    assert_passes(hidden("orthonormal_columns", q, other, same_span=False))
    assert_fails(hidden("orthonormal_columns", q, np.eye(3)), "expected shape (3, 2), got (3, 3)")


def test_orthonormal_columns_allows_zero_columns_only_where_expected():
    expected = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
    assert_fails(
        hidden("orthonormal_columns", expected, expected), "column 1 does not have unit length"
    )
    assert_passes(hidden("orthonormal_columns", expected, expected, allow_zero_columns=True))
    moved = expected[:, [0, 2, 1]]
    result = hidden("orthonormal_columns", expected, moved, allow_zero_columns=True)
    assert result.message == (
        "a column that depends on the columns before it should be zero, and one of yours is not"
    )
    assert_fails(
        public("orthonormal_columns", expected, moved, allow_zero_columns=True),
        "expected zero columns at [1], got zero columns at [2]",
    )
    fuzzy = expected.copy()
    fuzzy[0, 1] = 1e-3
    assert_fails(
        hidden("orthonormal_columns", expected, fuzzy, allow_zero_columns=True),
        "column 1 is neither a unit vector nor zero",
    )


# --------------------------------------------------------------------------- symmetric / psd


def test_symmetric_accepts_and_rejects():
    s = np.array([[2.0, 1.0], [1.0, 3.0]])
    assert_passes(hidden("symmetric", s, s.tolist()))
    assert_fails(
        hidden("symmetric", s, [[2.0, 1.0, 0.0], [1.0, 3.0, 0.0]]),
        "expected a square matrix, got shape (2, 3)",
    )
    assert_fails(
        hidden("symmetric", s, [[2.0, 1.0], [1.5, 3.0]]), "entries at (0, 1) and (1, 0) differ"
    )
    assert_fails(hidden("symmetric", s, 2.0), "expected a square matrix, got a single number")
    result = hidden("symmetric", s, [[2.0, 1.0], [1.0, 4.0]])
    assert result.message == (
        "the entry at (1, 1) is off by about 0.3 (relative); the tolerance is 1e-6"
    )
    assert_hides(result, "3.0")


def test_psd_accepts_rounding_below_zero_for_a_singular_reference():
    expected = np.array([[1.0, 1.0], [1.0, 1.0]])
    got = expected + np.array([[0.0, 5e-7], [5e-7, 0.0]])
    assert np.linalg.eigvalsh(got)[0] < -1e-8
    assert_passes(hidden("psd", expected, got))


def test_psd_rejects_indefinite_and_asymmetric_matrices():
    expected = np.eye(2)
    assert_fails(
        hidden("psd", expected, [[1.0, 2.0], [2.0, 1.0]]), "not positive semidefinite", "-1.0"
    )
    assert_fails(hidden("psd", expected, [[1.0, 0.5], [0.0, 1.0]]), "not symmetric")
    assert_fails(hidden("psd", expected, [[2.0, 0.0], [0.0, 1.0]]), "the entry at (0, 0)")


# --------------------------------------------------------------------------- svd


A_WIDE = np.array([[3.0, 1.0, 2.0], [-1.0, 4.0, 0.5]])


@pytest.mark.parametrize("full_matrices", [False, True])
@pytest.mark.parametrize("a", [A_WIDE, A_WIDE.T], ids=["wide", "tall"])
def test_svd_accepts_reduced_and_full_decompositions(a, full_matrices):
    expected = list(np.linalg.svd(a, full_matrices=False))
    got = list(np.linalg.svd(a, full_matrices=full_matrices))
    assert_passes(hidden("svd", expected, got, {"A": a}))


@FAST
@given(
    seed=st.integers(0, 10_000),
    signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=3, max_size=3),
)
def test_svd_accepts_sign_flips_of_singular_vector_pairs(seed, signs):
    a = np.random.default_rng(seed).standard_normal((4, 3))
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    flip = np.array(signs)
    assert_passes(hidden("svd", [u, s, vt], [u * flip, s, vt * flip[:, None]], {"A": a}))


def test_svd_rejects_each_broken_property():
    a = A_WIDE
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    expected, inputs = [u, s, vt], {"A": a}
    flipped = u.copy()
    flipped[:, 0] *= -1
    assert_fails(
        hidden("svd", expected, [flipped, s, vt], inputs), "U diag(S) Vt does not reproduce A"
    )
    assert_fails(
        hidden("svd", expected, [u * 2, s, vt], inputs), "U does not have orthonormal columns"
    )
    assert_fails(
        hidden("svd", expected, [u, s, vt * 2], inputs), "Vt does not have orthonormal rows"
    )
    assert_fails(hidden("svd", expected, [u[:, ::-1], s[::-1], vt[::-1]], inputs), "non-increasing")
    assert_fails(hidden("svd", expected, [u, -s, vt], inputs), "non-negative")
    assert_fails(
        hidden("svd", expected, [u, s, vt.T], inputs),
        "Vt: expected shape (2, 3) or (3, 3), got (3, 2)",
    )
    assert_fails(
        hidden("svd", expected, [u, s], inputs), "expected [U, S, Vt], got a list of 2 items"
    )
    assert_fails(hidden("svd", expected, [u, None, vt], inputs), "S: expected numbers, got None")
    result = hidden("svd", expected, [u, s * 1.1, vt], inputs)
    assert result.message == (
        "S: 2 of 2 entries are wrong; the first, at (0,), is off by about 0.1 (relative); "
        "the tolerance is 1e-6"
    )
    assert_hides(result, f"{s[0]:.4f}"[:5])


# --------------------------------------------------------------------------- gradient


def test_gradient_uses_a_finite_difference_friendly_tolerance():
    expected = [2.0, -4.0]
    assert_passes(hidden("gradient", expected, [2.00005, -4.0001]))
    result = hidden("gradient", expected, [2.0, -4.1])
    assert result.message == (
        "the gradient entry at (1,) is off by about 0.02 (relative); the tolerance is 1e-4"
    )
    assert_hides(result, "-4.0")


def test_gradient_against_central_difference_of_a_trusted_function():
    def f(x):
        return float(x[0] ** 2 * x[1] + np.sin(x[1]))

    point = np.array([1.5, -0.5])
    analytic = [2 * 1.5 * -0.5, 1.5**2 + np.cos(-0.5)]
    inputs = {"x": point}
    assert_passes(hidden("gradient", None, analytic, inputs, fn=f, at="x"))
    assert_fails(hidden("gradient", None, [analytic[0], 0.0], inputs, fn=f, at="x"), "(1,)")
    assert_passes(hidden("gradient", None, 6.0, {"t": 3.0}, fn=lambda t: t * t, at="t"))
    with pytest.raises(CheckSpecError, match="both fn and at"):
        hidden("gradient", None, analytic, inputs, fn=f)


# --------------------------------------------------------------------------- probability_vector


def test_probability_vector_names_the_failed_property():
    expected = [0.2, 0.3, 0.5]
    assert_passes(hidden("probability_vector", expected, [0.2, 0.3, 0.5]))
    assert_fails(
        hidden("probability_vector", expected, [0.2, 0.3, 0.87]), "the entries sum to 1.37, not 1"
    )
    assert_fails(
        hidden("probability_vector", expected, [-0.1, 0.6, 0.5]),
        "(0,) is -0.1, which is not in [0, 1]",
    )
    result = hidden("probability_vector", expected, [0.3, 0.2, 0.5])
    assert result.message == (
        "2 of 3 entries are wrong; the first, at (0,), is off by about 0.5 (relative); "
        "the tolerance is 1e-6"
    )
    assert_hides(result, "0.2,", "0.3,")


def test_probability_vector_checks_each_row_of_a_matrix():
    expected = [[0.5, 0.5], [0.25, 0.75]]
    assert_passes(hidden("probability_vector", expected, expected))
    assert_fails(
        hidden("probability_vector", expected, [[0.5, 0.5], [0.25, 0.25]]), "row 1 sum to 0.5"
    )


# --------------------------------------------------------------------------- pvalue


def test_pvalue_accepts_within_tolerance_and_checks_the_range():
    assert_passes(hidden("pvalue", 0.0312, 0.03125))
    assert_fails(hidden("pvalue", 0.0312, 1.2), "between 0 and 1, got 1.2")
    assert_fails(hidden("pvalue", 0.0312, -0.1), "between 0 and 1")
    result = hidden("pvalue", 0.0312, 0.2)
    assert result.message == "the p-value is off by about 0.1 (absolute); the tolerance is 1e-4"
    assert "sided" not in result.message
    assert_hides(result, "0.0312")


def test_pvalue_mentions_one_versus_two_sided_when_off_by_a_factor_two():
    result = public("pvalue", 0.0312, 0.0624)
    assert_fails(result, "expected 0.0312, got 0.0624", "twice", "one-sided")
    assert_fails(public("pvalue", 0.0624, 0.0312), "half", "two-sided")
    result = hidden("pvalue", 0.0312, 0.0624)
    assert_fails(result, "one-sided or two-sided")
    assert_hides(result, "0.0312")
    assert "sided" not in public("pvalue", 0.0312, 0.0936).message


# --------------------------------------------------------------------------- decision


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        ("reject", "Reject"),
        ("reject", "  reject H0. "),
        ("reject", "reject the null hypothesis"),
        ("reject", True),
        ("fail to reject", "Fail to reject H0"),
        ("accept", "do not reject"),
        ("fail to reject", "accept"),
        ("fail to reject", "Don\u2019t reject H0"),
        ("accept", False),
        (True, "reject"),
    ],
)
def test_decision_normalizes_wording(expected, got):
    assert_passes(hidden("decision", expected, got))


def test_decision_rejects_the_wrong_decision_and_unreadable_answers():
    assert_fails(hidden("decision", "reject", "fail to reject"), "the decision is not correct")
    assert_fails(
        public("decision", "reject", "accept"), "expected 'reject H0', got 'fail to reject H0'"
    )
    assert_fails(hidden("decision", "reject", "accept H1"), "expected a decision", "'accept H1'")
    assert_fails(hidden("decision", "reject", 1), "got the number 1")
    assert_fails(hidden("decision", "reject", None), "got None")
    with pytest.raises(CheckSpecError, match="expected decision"):
        hidden("decision", "maybe", "reject")


# --------------------------------------------------------------------------- converges


def test_converges_accepts_a_nearby_iterate_and_explains_failures():
    assert_passes(hidden("converges", [1.0, -2.0], [1.00001, -2.00001]))
    result = hidden("converges", [1.25, -2.75], [1.3, -2.75])
    assert_fails(result, "your final iterate is not the reference method's: the entry at (0,)")
    assert_hides(result, "1.25", "2.75")
    assert_fails(
        public("converges", [1.25, -2.75], [1.3, -2.75]),
        "your final iterate is [1.3, -2.75], the reference method's is [1.25, -2.75]",
    )
    assert_fails(hidden("converges", 3.0, float("inf")), "your iteration diverged: got inf")


# --------------------------------------------------------------------------- run_check


def test_run_check_raises_for_an_unknown_check_or_parameter():
    with pytest.raises(CheckSpecError, match="unknown check 'closeish'"):
        run_check("closeish", {}, 1.0, 1.0, reveal=False, params={})
    with pytest.raises(CheckSpecError, match=r"no parameter 'tol'.*rtol, atol"):
        run_check("close", {}, 1.0, 1.0, reveal=False, params={"tol": 1e-3})
    with pytest.raises(CheckSpecError, match="no parameter 'reveal'"):
        validate("close", {"reveal": True})
    with pytest.raises(CheckSpecError, match="non-negative"):
        run_check("close", {}, 1.0, 1.0, reveal=False, params={"rtol": -1})
    with pytest.raises(CheckSpecError, match="expected value is not numeric"):
        run_check("close", {}, "abc", 1.0, reveal=False, params={})


def test_run_check_turns_unexpected_errors_into_a_failed_result(monkeypatch):
    def broken(inputs, expected, got, *, reveal):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(CHECKS, "broken", broken)
    result = run_check("broken", {}, 1, 1, reveal=True, params=None)
    assert result == CheckResult(passed=False, score=0.0, message=GENERIC_FAILURE)


def test_registry_lists_every_documented_check():
    assert set(CHECKS) == {
        "close", "exact", "up_to_sign", "eigenvalues", "eigenpairs", "symmetric", "psd", "svd",
        "same_subspace", "orthonormal_columns", "gradient", "converges", "probability_vector",
        "pvalue", "decision", "plot",
    }  # fmt: skip


_SQUARE = np.array([[2.0, 1.0], [1.0, 3.0]])
REFERENCES: dict[str, tuple[dict[str, Any], Any]] = {
    "close": ({}, [1.0, 2.0]),
    "exact": ({}, [1, 2]),
    "up_to_sign": ({}, [0.6, 0.8]),
    "eigenvalues": ({}, [1.0, 2.0]),
    "eigenpairs": ({"A": _SQUARE}, list(np.linalg.eig(_SQUARE))),
    "symmetric": ({}, _SQUARE),
    "psd": ({}, _SQUARE),
    "svd": ({"A": _SQUARE}, list(np.linalg.svd(_SQUARE))),
    "same_subspace": ({}, np.eye(2)[:, :1]),
    "orthonormal_columns": ({}, np.eye(2)),
    "gradient": ({}, [1.0, 2.0]),
    "converges": ({}, [1.0, 2.0]),
    "probability_vector": ({}, [0.5, 0.5]),
    "pvalue": ({}, 0.05),
    "decision": ({}, "reject"),
}
WEIRD = [
    None,
    "abc",
    "",
    Unsupported("Foo"),
    True,
    np.bool_(False),
    {"a": 1},
    float("nan"),
    float("-inf"),
    10**400,
    [],
    [[]],
    [None],
    [[1.0, 2.0], [3.0]],
    [1.0, [2.0]],
    [float("nan")] * 4,
    [1e308, -1e308],
    np.array(["a", "b"]),
    np.zeros((2, 2, 2)),
    np.zeros((0, 2)),
    np.array([1 + 1j, 2]),
    [Unsupported("function"), 1.0],
    [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],
    [np.zeros(2), np.zeros((2, 2))],
    [np.zeros(2), np.zeros((2, 2)), np.zeros((2, 2))],
]


@pytest.mark.parametrize("name", sorted(REFERENCES))
@pytest.mark.parametrize("reveal", [False, True])
def test_every_check_fails_cleanly_on_weird_learner_data(name, reveal):
    inputs, expected = REFERENCES[name]
    for got in WEIRD:
        result = run_check(name, inputs, expected, got, reveal=reveal, params={})
        assert isinstance(result, CheckResult)
        if name == "decision" and got is True:
            continue  # True means "reject H0"
        assert not result.passed, (name, got)
        assert result.message and result.message != GENERIC_FAILURE, (name, got, result.message)


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_every_check_accepts_its_own_reference(name):
    inputs, expected = REFERENCES[name]
    assert_passes(run_check(name, inputs, expected, expected, reveal=False, params={}))


def _array(shape: list[int], fill: float, seed: int) -> np.ndarray:
    with np.errstate(all="ignore"):
        return np.random.default_rng(seed).standard_normal(shape) * fill


DECODED = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**20), 10**20),
        st.floats(),
        st.complex_numbers(),
        st.text(max_size=5),
        st.builds(Unsupported, st.text(max_size=5)),
        st.builds(
            _array,
            st.lists(st.integers(0, 3), max_size=3),
            st.sampled_from([1.0, -1e308, 1e-308, 1j, np.nan]),
            st.integers(0, 100),
        ),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=10,
)


@pytest.mark.parametrize("name", sorted(REFERENCES))
@FAST
@given(got=DECODED, reveal=st.booleans())
def test_no_check_crashes_on_arbitrary_decoded_values(name, got, reveal):
    inputs, expected = REFERENCES[name]
    result = run_check(name, inputs, expected, got, reveal=reveal, params={})
    assert isinstance(result, CheckResult)
    assert result.message != GENERIC_FAILURE
    assert len(result.message) < 600
