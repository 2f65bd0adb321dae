import numpy as np


def _upper(rng, n, low=1.0, high=3.0):
    U = np.triu(rng.normal(size=(n, n)), 1)
    U += np.diag(rng.choice([-1.0, 1.0], size=n) * rng.uniform(low, high, size=n))
    return U


def cases(rng):
    out = [
        {"name": "3x3 worked example", "public": True, "args": {
            "U": np.array([[2.0, 1.0, -1.0], [0.0, 3.0, 2.0], [0.0, 0.0, 4.0]]),
            "b": np.array([3.0, 7.0, 8.0])}},
        {"name": "2x2 with fractions", "public": True, "args": {
            "U": np.array([[4.0, -2.0], [0.0, 8.0]]), "b": np.array([1.0, 2.0])}},
        {"name": "1x1", "public": True, "args": {"U": np.array([[-5.0]]), "b": np.array([2.0])}},
    ]

    n = int(rng.integers(4, 9))
    out.append({"name": "random upper triangular", "args": {
        "U": _upper(rng, n), "b": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "diagonal matrix", "args": {
        "U": np.diag(rng.uniform(0.5, 4.0, size=n)), "b": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "zero right-hand side", "args": {"U": _upper(rng, n), "b": np.zeros(n)}})

    # Fixed (the same in every variant): integer-typed U and b whose solution has fractions.
    out.append({"name": "integer arrays, a fractional solution", "fixed": True, "args": {
        "U": np.array([[2, 1, -1, 3], [0, 3, 2, 0], [0, 0, 4, 1], [0, 0, 0, -3]]),
        "b": np.array([1, 7, 2, 5])}})

    n = int(rng.integers(3, 7))
    U = np.triu(rng.integers(-4, 5, size=(n, n)), 1) + np.diag(rng.integers(1, 5, size=n))
    out.append({"name": "integer entries", "args": {"U": U, "b": rng.integers(-9, 10, size=n)}})

    n = int(rng.integers(3, 7))
    U = _upper(rng, n)
    U[0] *= 1e3
    out.append({"name": "a large first row", "args": {"U": U, "b": 1e3 * rng.normal(size=n)}})

    n = int(rng.integers(4, 8))
    U = _upper(rng, n, 0.2, 0.5)
    x = rng.normal(size=n)
    out.append({"name": "small pivots", "args": {"U": U, "b": U @ x}})
    return out
