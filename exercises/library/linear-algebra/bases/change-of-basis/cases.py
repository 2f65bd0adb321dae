import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _basis(rng, n, low=0.5, high=3.0):
    """A well-conditioned, non-orthogonal basis (singular values in [low, high])."""
    return _orthogonal(rng, n) @ np.diag(rng.uniform(low, high, size=n)) @ _orthogonal(rng, n)


def cases(rng):
    out = [
        {"name": "worked example", "public": True, "args": {
            "B": np.array([[2.0, 1.0], [1.0, 3.0]]), "v": np.array([5.0, 5.0])}},
        {"name": "orthogonal basis, not unit length", "public": True, "args": {
            "B": np.array([[1.0, -2.0], [1.0, 2.0]]), "v": np.array([3.0, 1.0])}},
        {"name": "standard basis: coordinates are the entries", "public": True, "args": {
            "B": np.eye(3), "v": np.array([4.0, -1.0, 2.5])}},
        {"name": "a slanted 3-D basis", "public": True, "args": {
            "B": np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0]]),
            "v": np.array([3.0, 2.0, 1.0])}},
    ]

    # Fixed (the same in every variant): the ends of the stated range 1 <= n <= 8.
    out.append({"name": "n = 1: a single basis vector", "fixed": True, "args": {
        "B": np.array([[-4.0]]), "v": np.array([3.0])}})
    g = np.random.default_rng(8)
    out.append({"name": "n = 8, a slanted basis", "fixed": True, "args": {
        "B": _basis(g, 8), "v": g.normal(size=8)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "random basis", "args": {"B": _basis(rng, n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "orthonormal basis (a rotation)", "args": {
        "B": _orthogonal(rng, n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "orthogonal basis of different lengths", "args": {
        "B": _orthogonal(rng, n) * rng.uniform(0.2, 5.0, size=n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    B = _basis(rng, n)
    out.append({"name": "v is a basis vector", "args": {"B": B, "v": B[:, n // 2].copy()}})

    n = int(rng.integers(3, 7))
    out.append({"name": "zero vector", "args": {"B": _basis(rng, n), "v": np.zeros(n)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "long basis vectors", "args": {
        "B": 100.0 * _basis(rng, n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 6))
    L = np.tril(rng.integers(-2, 3, size=(n, n)), -1) + np.eye(n, dtype=int)
    U = np.triu(rng.integers(-2, 3, size=(n, n)), 1) + np.diag(rng.integers(1, 3, size=n))
    out.append({"name": "integer basis", "args": {  # det(L U) = prod(diag U) != 0
        "B": L @ U, "v": rng.integers(-5, 6, size=n).astype(float)}})
    return out
