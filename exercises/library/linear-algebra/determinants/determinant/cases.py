import numpy as np


def cases(rng):
    out = [
        {"name": "2x2", "public": True, "args": {"A": np.array([[3.0, 8.0], [4.0, 6.0]])}},
        {"name": "worked example (two swaps)", "public": True, "args": {
            "A": np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 4.0, 3.0]])}},
        {"name": "swap matrix", "public": True, "args": {"A": np.array([[0.0, 1.0], [1.0, 0.0]])}},
        {"name": "singular 3x3", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])}},
    ]

    # Fixed cases (the same in every variant). A non-singular matrix whose last pivot is tiny
    # (one row of entries about 1e-9, the others about 1e3) while det A is about -8.7: a small
    # pivot is not a zero pivot.
    g = np.random.default_rng(6)
    out.append({"name": "one row of tiny entries: a tiny pivot, det about -8.7", "fixed": True,
                "args": {"A": g.normal(size=(4, 4)) * np.array([[1e3], [1e3], [1e-9], [1e3]])}})
    # The largest size, n = 8, with integer entries (det A = 309248).
    g = np.random.default_rng(8)
    out.append({"name": "8x8 integer matrix", "fixed": True,
                "args": {"A": g.integers(-4, 5, size=(8, 8))}})

    n = int(rng.integers(3, 7))
    out.append({"name": "random matrix", "args": {"A": rng.normal(size=(n, n))}})

    n = int(rng.integers(3, 6))
    A = rng.normal(size=(n, n))
    A[-1] = rng.normal(size=n - 1) @ A[:-1]
    out.append({"name": "singular: last row a combination of the others", "args": {"A": A}})

    n = int(rng.integers(3, 7))
    P = np.eye(n)[rng.permutation(n)]
    out.append({"name": "permuted diagonal", "args": {"A": P @ np.diag(rng.uniform(0.5, 3.0, size=n))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "upper triangular", "args": {
        "A": np.triu(rng.normal(size=(n, n)), 1) + np.diag(rng.uniform(-3.0, 3.0, size=n))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "large entries", "args": {"A": 1e3 * rng.normal(size=(n, n))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "integer matrix", "args": {"A": rng.integers(-5, 6, size=(n, n))}})

    out.append({"name": "1x1", "args": {"A": np.array([[rng.uniform(-5.0, -0.5)]])}})

    n = int(rng.integers(6, 9))
    out.append({"name": "bigger random matrix", "args": {"A": rng.normal(size=(n, n))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "a zero column", "args": {
        "A": np.column_stack([rng.normal(size=(n, n - 1)), np.zeros(n)])}})
    return out
