import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _independent(rng, m, n, low=0.5, high=2.0):
    """An (m, n) matrix with independent, non-orthogonal columns (condition number <= 4)."""
    return _orthogonal(rng, m)[:, :n] @ np.diag(rng.uniform(low, high, size=n)) @ _orthogonal(rng, n)


def cases(rng):
    out = [
        {"name": "the diagonal line in the plane", "public": True, "args": {
            "B": np.array([[1.0], [1.0]])}},
        {"name": "worked example: a slanted plane in 3-D", "public": True, "args": {
            "B": np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])}},
        {"name": "the xy-plane, with a non-orthogonal basis", "public": True, "args": {
            "B": np.array([[2.0, 1.0], [0.0, 3.0], [0.0, 0.0]])}},
        {"name": "orthonormal columns", "public": True, "args": {
            "B": np.array([[0.6, 0.0], [0.8, 0.0], [0.0, 1.0]])}},
    ]

    m = int(rng.integers(4, 9))
    n = int(rng.integers(2, m))
    out.append({"name": "random tall", "args": {"B": _independent(rng, m, n)}})

    m = int(rng.integers(3, 8))
    out.append({"name": "a single column", "args": {"B": rng.normal(size=(m, 1))}})

    n = int(rng.integers(2, 6))
    out.append({"name": "square: the whole space", "args": {"B": _independent(rng, n, n)}})

    m = int(rng.integers(4, 8))
    B = _independent(rng, m, 3) * np.array([1e-2, 1.0, 1e2])
    out.append({"name": "columns of very different lengths", "args": {"B": B}})

    m = int(rng.integers(4, 8))
    out.append({"name": "orthogonal columns of different lengths", "args": {
        "B": _orthogonal(rng, m)[:, :2] * rng.uniform(0.3, 4.0, size=2)}})

    m = int(rng.integers(4, 8))
    b = rng.normal(size=m)
    out.append({"name": "two columns at a small angle", "args": {
        "B": np.column_stack([b, b + 0.3 * rng.normal(size=m)])}})

    m = int(rng.integers(4, 7))
    B = np.vstack([np.triu(rng.integers(-3, 4, size=(2, 2))) + 3 * np.eye(2, dtype=int),
                   rng.integers(-3, 4, size=(m - 2, 2))])
    out.append({"name": "integer columns", "args": {"B": B}})
    return out
