import numpy as np


def _low_rank(rng, m, n, r, scale=1.0):
    return scale * rng.normal(size=(m, r)) @ rng.normal(size=(r, n))


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
    out.append({"name": "small entries, full rank", "args": {"A": 1e-3 * rng.normal(size=(n, n))}})

    n = int(rng.integers(4, 7))
    out.append({"name": "rank 1 (outer product)", "args": {
        "A": np.outer(rng.normal(size=n), rng.normal(size=n + 1))}})

    n = int(rng.integers(3, 6))
    A = rng.normal(size=(n, n))
    A[:, 1] = 0.0
    out.append({"name": "a zero column", "args": {"A": A}})

    out.append({"name": "single row", "args": {"A": rng.normal(size=(1, 4))}})
    return out
