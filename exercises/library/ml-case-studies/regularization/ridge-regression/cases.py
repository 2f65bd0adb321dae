import numpy as np


def cases(rng):
    out = [
        {"name": "worked example, lam = 1", "public": True,
         "args": {"X": [[0.0], [1.0], [2.0], [3.0]], "y": [1.0, 3.0, 2.0, 4.0], "lam": 1.0}},
        {"name": "lam = 0: ordinary least squares", "public": True,
         "args": {"X": [[0.0], [1.0], [2.0], [3.0]], "y": [1.0, 3.0, 2.0, 4.0], "lam": 0.0}},
        {"name": "numpy arrays, lam = 2", "public": True,
         "args": {"X": np.array([[1.0], [2.0], [4.0], [5.0]]), "y": np.array([2.0, 2.5, 5.0, 4.5]),
                  "lam": 2.0}},
        {"name": "two features", "public": True,
         "args": {"X": [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [0.0, 0.0]],
                  "y": [3.0, 1.0, 4.0, 6.0, 0.5], "lam": 0.5}},
    ]

    n, p = int(rng.integers(15, 40)), int(rng.integers(2, 6))
    X = rng.normal(size=(n, p))
    y = X @ rng.normal(0.0, 2.0, size=p) + rng.normal(5.0, 3.0) + rng.normal(0.0, 0.5, size=n)
    out.append({"name": "random tall data", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.5, 5.0))}})

    n, p = int(rng.integers(4, 8)), int(rng.integers(9, 15))
    X = rng.normal(size=(n, p))
    out.append({"name": "more features than samples", "args": {
        "X": X, "y": rng.normal(2.0, 1.0, size=n), "lam": float(rng.uniform(0.5, 2.0))}})

    n = int(rng.integers(10, 20))
    a = rng.normal(size=n)
    X = np.column_stack([a, 2.0 * a, rng.normal(size=n)])
    y = 3.0 * a - X[:, 2] + rng.normal(0.0, 0.1, size=n) - 4.0
    out.append({"name": "collinear columns (rank-deficient)", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.1, 1.0))}})

    n = int(rng.integers(10, 20))
    X = np.column_stack([rng.normal(1000.0, 200.0, size=n), rng.normal(0.0, 0.01, size=n)])
    y = 0.02 * X[:, 0] + 50.0 * X[:, 1] + rng.normal(0.0, 0.1, size=n)
    out.append({"name": "features on very different scales", "args": {
        "X": X, "y": y, "lam": 1.0}})

    n, p = int(rng.integers(8, 15)), int(rng.integers(2, 4))
    X = rng.normal(size=(n, p))
    y = X @ rng.normal(size=p) + 10.0
    out.append({"name": "huge penalty: w near 0, b near mean(y)", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(1e4, 1e5))}})

    n = int(rng.integers(6, 12))
    X = rng.normal(size=(n, 2))
    out.append({"name": "lam = 0 with full-rank data, negative targets", "args": {
        "X": X, "y": -20.0 + X @ np.array([1.5, -2.0]) + rng.normal(0.0, 1.0, size=n),
        "lam": 0.0}})

    n, p = int(rng.integers(5, 10)), int(rng.integers(1, 4))
    X = rng.normal(3.0, 1.0, size=(n, p))
    out.append({"name": "constant target", "args": {
        "X": X, "y": np.full(n, float(rng.normal(0.0, 5.0))), "lam": float(rng.uniform(0.1, 3.0))}})
    return out
