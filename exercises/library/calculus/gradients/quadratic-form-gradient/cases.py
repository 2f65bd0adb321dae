import numpy as np


def cases(rng):
    out = [
        {"name": "worked example (non-symmetric A)", "public": True, "args": {
            "A": np.array([[1.0, 2.0], [0.0, 3.0]]), "b": np.array([1.0, -1.0]),
            "x": np.array([1.0, 1.0])}},
        {"name": "symmetric A", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [1.0, 2.0]]), "b": np.array([0.0, 0.0]),
            "x": np.array([1.0, -2.0])}},
        {"name": "one variable: f = 3x^2 + 4x", "public": True, "args": {
            "A": np.array([[3.0]]), "b": np.array([4.0]), "x": np.array([2.0])}},
    ]

    n = int(rng.integers(4, 10))
    out.append({"name": "random non-symmetric A", "args": {
        "A": rng.normal(size=(n, n)), "b": rng.normal(size=n), "x": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    A = np.triu(rng.normal(size=(n, n)))
    out.append({"name": "upper-triangular A", "args": {
        "A": A, "b": rng.normal(size=n), "x": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    S = rng.normal(size=(n, n))
    out.append({"name": "skew-symmetric A (x^T A x = 0)", "args": {
        "A": S - S.T, "b": rng.normal(size=n), "x": rng.normal(size=n)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "at x = 0 the gradient is b", "args": {
        "A": rng.normal(size=(n, n)), "b": rng.normal(size=n), "x": np.zeros(n)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "b = 0, large entries", "args": {
        "A": rng.normal(0.0, 100.0, size=(n, n)), "b": np.zeros(n),
        "x": rng.normal(0.0, 10.0, size=n)}})

    n = int(rng.integers(2, 5))
    u = rng.normal(size=n)
    out.append({"name": "rank-one A = u v^T", "args": {
        "A": np.outer(u, rng.normal(size=n)), "b": rng.normal(size=n), "x": rng.normal(size=n)}})
    return out
