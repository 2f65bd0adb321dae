import numpy as np


def _rank_deficient(rng, m, n, r):
    """A float (m, n) matrix of rank r whose first r columns are independent, built as
    B G [I | K]: its dependent rows and columns leave rounding noise under elimination,
    and its RREF, [I | K] padded with zero rows, has entries of moderate size."""
    q, _ = np.linalg.qr(rng.normal(size=(r, r)))
    G = q * rng.uniform(0.5, 2.0, size=r)
    K = rng.uniform(-3.0, 3.0, size=(r, n - r))
    return rng.normal(size=(m, r)) @ G @ np.hstack([np.eye(r), K])


def cases(rng):
    out = [
        {"name": "worked example: a free column", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 0.0], [3.0, 6.0, 1.0]])}},
        {"name": "3x4 of full row rank", "public": True, "args": {
            "A": np.array([[2.0, 1.0, -1.0, 8.0], [-3.0, -1.0, 2.0, -11.0],
                           [-2.0, 1.0, 2.0, -3.0]])}},
        {"name": "zero in the top-left corner: a row swap is needed", "public": True, "args": {
            "A": np.array([[0.0, 2.0, 4.0], [1.0, 1.0, 1.0], [2.0, 0.0, 3.0]])}},
        {"name": "a dependent row (row 2 = row 0 + row 1)", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 2.0, 0.0], [1.5, 1.0, 5.0, 4.0]])}},
    ]

    n = int(rng.integers(3, 7))
    out.append({"name": "random square, invertible", "args": {"A": rng.normal(size=(n, n))}})

    m = int(rng.integers(2, 5))
    n = m + int(rng.integers(1, 4))
    out.append({"name": "random wide", "args": {"A": rng.normal(size=(m, n))}})

    n = int(rng.integers(2, 5))
    m = n + int(rng.integers(1, 4))
    out.append({"name": "random tall", "args": {"A": rng.normal(size=(m, n))}})

    m, n = int(rng.integers(4, 7)), int(rng.integers(4, 7))
    r = int(rng.integers(2, min(m, n)))
    out.append({"name": "rank-deficient floats", "args": {"A": _rank_deficient(rng, m, n, r)}})

    m = int(rng.integers(3, 6))
    A = rng.normal(size=(m, 5))
    A[:, 1] = 0.0
    A[:, 3] = 2.0 * A[:, 0] - A[:, 2]
    out.append({"name": "a zero column and a dependent column", "args": {"A": A}})

    # Fixed integer-typed inputs: the answer must be a float array, and elimination in an
    # integer copy of A would truncate the divided pivot rows.
    out.append({"name": "an integer array", "fixed": True, "args": {
        "A": np.array([[2, 4, 1], [3, 1, 2], [1, 5, 4]])}})
    out.append({"name": "an integer array of rank 2 with a free column", "fixed": True, "args": {
        "A": np.array([[3, 6, 1, 2], [1, 2, 2, 3], [4, 8, 3, 5]])}})

    m, n = int(rng.integers(4, 7)), int(rng.integers(3, 6))
    out.append({"name": "integer matrix of rank 2", "args": {
        "A": (rng.integers(-3, 4, size=(m, 2)) @ rng.integers(-3, 4, size=(2, n))).astype(float)}})

    out.append({"name": "zero matrix", "args": {"A": np.zeros((int(rng.integers(2, 5)), 3))}})

    out.append({"name": "a single row", "args": {
        "A": np.concatenate([[0.0], rng.uniform(1.0, 5.0, size=4)])[None, :]}})

    n = int(rng.integers(3, 6))
    A = rng.normal(size=(n, n + 1))
    A *= 10.0 ** rng.integers(-1, 3, size=(n, 1))
    out.append({"name": "rows of different magnitudes", "args": {"A": A}})
    return out
