import numpy as np


def _low_rank(rng, m, n, r, scale=1.0):
    return scale * rng.normal(size=(m, r)) @ rng.normal(size=(r, n))


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _well_conditioned(rng, n):
    """An (n, n) matrix with singular values between 0.5 and 2: clearly of full rank."""
    return _orthogonal(rng, n) @ np.diag(rng.uniform(0.5, 2.0, size=n)) @ _orthogonal(rng, n)


def _large_rank_2(seed, m, n):
    """A fixed (m, n) matrix of rank 2 with entries of size about 1e3 (at most 1000)."""
    g = np.random.default_rng(seed)
    B = g.uniform(-1.0, 1.0, size=(m, 2)) @ g.uniform(-1.0, 1.0, size=(2, n))
    return B * (1000.0 / np.abs(B).max())


def _small_entries(seed, m, n):
    """A fixed (m, n) matrix of full rank with entries between 1e-3 and 2e-3 in magnitude."""
    g = np.random.default_rng(seed)
    return g.uniform(1e-3, 2e-3, size=(m, n)) * g.choice([-1.0, 1.0], size=(m, n))


def cases(rng):
    out = [
        {"name": "1-2-3 / 4-5-6 / 7-8-9", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])}},
        {"name": "second row twice the first", "public": True, "args": {
            "A": np.array([[1.0, 2.0], [2.0, 4.0]])}},
        {"name": "identity", "public": True, "args": {"A": np.eye(3)}},
        {"name": "wide 2x4", "public": True, "args": {
            "A": np.array([[1.0, 0.0, 2.0, -1.0], [0.0, 1.0, 1.0, 3.0]])}},
        {"name": "zero matrix", "public": True, "args": {"A": np.zeros((2, 3))}},
    ]

    # Fixed cases at the edges of the stated range of entries (the same in every variant).
    # Near 1e3, rounding noise in the dependent directions is about 1e-13 as a singular value
    # but about 1e-9 as an eigenvalue of A^T A (a squared singular value).
    out.append({"name": "entries near 1e3: 1000 times 1-2-3 / 4-5-6 / 7-8-9", "fixed": True,
                "args": {"A": 1e3 * np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])}})
    out.append({"name": "entries near 1e3, tall 6x5 of rank 2", "fixed": True,
                "args": {"A": _large_rank_2(700, 6, 5)}})
    out.append({"name": "entries near 1e3, wide 4x6 of rank 2", "fixed": True,
                "args": {"A": _large_rank_2(1413, 4, 6)}})
    # Near 1e-3 every direction is real: the smallest singular values are about 1e-4.
    out.append({"name": "entries near 1e-3, full rank 4x4", "fixed": True,
                "args": {"A": _small_entries(3, 4, 4)}})
    out.append({"name": "entries near 1e-3, tall 5x3 of full rank", "fixed": True,
                "args": {"A": _small_entries(2, 5, 3)}})
    out.append({"name": "zero in the top-left corner: a row swap is needed", "fixed": True,
                "args": {"A": np.array([[0.0, 2.0, 4.0], [1.0, 1.0, 1.0], [2.0, 0.0, 3.0]])}})
    out.append({"name": "a single column", "fixed": True,
                "args": {"A": np.array([[2.0], [-1.0], [3.0]])}})

    m, n = int(rng.integers(5, 9)), int(rng.integers(5, 9))
    r = int(rng.integers(2, min(m, n) - 1))
    out.append({"name": "random low rank", "args": {"A": _low_rank(rng, m, n, r)}})

    n = int(rng.integers(3, 6))
    m = n + int(rng.integers(2, 5))
    out.append({"name": "tall, independent columns", "args": {"A": rng.normal(size=(m, n))}})

    n = int(rng.integers(3, 6))
    A = rng.normal(size=(n + 3, n))
    A[:, -1] = A[:, :-1] @ rng.normal(size=n - 1)
    out.append({"name": "tall, last column a combination of the others", "args": {"A": A}})

    m = int(rng.integers(3, 5))
    out.append({"name": "wide, random", "args": {"A": rng.normal(size=(m, m + 3))}})

    m, n = int(rng.integers(4, 7)), int(rng.integers(4, 7))
    out.append({"name": "large entries, rank 2", "args": {"A": _low_rank(rng, m, n, 2, 1e2)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "small entries, full rank", "args": {
        "A": 1e-3 * _well_conditioned(rng, n)}})

    n = int(rng.integers(4, 7))
    out.append({"name": "rank 1 (outer product)", "args": {
        "A": np.outer(rng.normal(size=n), rng.normal(size=n + 1))}})

    n = int(rng.integers(3, 6))
    A = rng.normal(size=(n, n))
    A[:, 1] = 0.0
    out.append({"name": "a zero column", "args": {"A": A}})

    out.append({"name": "single row", "args": {"A": rng.normal(size=(1, 4))}})
    return out
