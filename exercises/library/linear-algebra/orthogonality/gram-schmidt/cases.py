import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _independent(rng, m, n, low=0.5, high=2.0):
    """An (m, n) matrix, m >= n, with clearly independent columns (condition number <= 4)."""
    return _orthogonal(rng, m)[:, :n] @ np.diag(rng.uniform(low, high, size=n)) @ _orthogonal(rng, n)


def cases(rng):
    out = [
        {"name": "worked example: a dependent third column", "public": True, "args": {
            "A": np.array([[3.0, 1.0, 4.0], [4.0, 2.0, 6.0]])}},
        {"name": "3x3 classic", "public": True, "args": {
            "A": np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])}},
        {"name": "tall 4x2", "public": True, "args": {
            "A": np.array([[1.0, 2.0], [1.0, 0.0], [1.0, 1.0], [1.0, -1.0]])}},
        {"name": "a zero first column", "public": True, "args": {
            "A": np.array([[0.0, 2.0, 1.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])}},
    ]

    m = int(rng.integers(5, 9))
    n = int(rng.integers(2, m))
    out.append({"name": "random tall", "args": {"A": _independent(rng, m, n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "random square", "args": {"A": _independent(rng, n, n)}})

    m = int(rng.integers(5, 8))
    B = _independent(rng, m, 3)
    c = rng.normal(size=2)
    A = np.column_stack([B[:, 0], B[:, 1], c[0] * B[:, 0] + c[1] * B[:, 1], B[:, 2]])
    out.append({"name": "a dependent column in the middle", "args": {"A": A}})

    m = int(rng.integers(4, 7))
    B = _independent(rng, m, 2)
    out.append({"name": "a repeated column", "args": {"A": np.column_stack([B, B[:, 0]])}})

    m = int(rng.integers(2, 4))
    out.append({"name": "wide: more vectors than dimensions", "args": {
        "A": np.hstack([_independent(rng, m, m), rng.normal(size=(m, 2))])}})

    m = int(rng.integers(4, 7))
    A = _independent(rng, m, 3) * (10.0 ** rng.uniform(-2.0, 2.0, size=3))
    out.append({"name": "columns of very different lengths", "args": {"A": A}})

    n = int(rng.integers(3, 6))
    out.append({"name": "already orthonormal", "args": {"A": _orthogonal(rng, n)}})

    m = int(rng.integers(3, 7))
    out.append({"name": "a single column", "args": {"A": rng.normal(size=(m, 1))}})

    # Fixed (the same in every variant): the smallest height, m = 1. The first non-zero entry
    # gives the only direction, with its sign; every later column depends on it.
    out.append({"name": "a single row: one dimension", "fixed": True, "args": {
        "A": np.array([[0.0, -2.0, 3.0, 0.5]])}})

    m = int(rng.integers(4, 7))
    A = np.triu(rng.integers(-3, 4, size=(m, 3)).astype(float))
    A[[0, 1, 2], [0, 1, 2]] = rng.choice([-2.0, -1.0, 1.0, 2.0], size=3)
    out.append({"name": "upper triangular, negative diagonal entries", "args": {"A": A}})
    return out
