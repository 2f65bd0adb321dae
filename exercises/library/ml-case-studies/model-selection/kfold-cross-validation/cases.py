import numpy as np


def _cv_errors(X, y, lams, k):
    """The same computation as the reference, used to place a tie on the best penalty."""
    n = len(y)
    folds = np.array_split(np.arange(n), k)
    errors = []
    for lam in lams:
        mses = []
        for val in folds:
            train = np.setdiff1d(np.arange(n), val)
            A = X[train]
            w = np.linalg.solve(A.T @ A + lam * np.eye(X.shape[1]), A.T @ y[train])
            mses.append(np.mean((y[val] - X[val] @ w) ** 2))
        errors.append(np.mean(mses))
    return np.array(errors)


def _regression(rng, n, p, noise, drift=0.0):
    X = rng.normal(size=(n, p)) + drift * np.linspace(-1.0, 1.0, n)[:, None]
    w = rng.normal(0.0, 1.0, size=p)
    return X, X @ w + rng.normal(0.0, noise, size=n)


def cases(rng):
    out = [
        {"name": "worked example: n = 5, k = 2", "public": True,
         "args": {"X": [[1.0], [2.0], [3.0], [4.0], [5.0]], "y": [1.0, 2.0, 2.0, 5.0, 4.0],
                  "lams": [0.0, 10.0], "k": 2}},
        {"name": "n = 10, k = 3 (folds of 4, 3, 3)", "public": True,
         "args": {"X": [[1.0, 0.5], [0.2, -1.0], [-0.7, 0.3], [1.5, 1.1], [0.0, -0.4],
                        [-1.2, 0.8], [0.9, -0.2], [0.4, 1.6], [-0.5, -1.3], [1.1, 0.0]],
                  "y": [2.1, -0.9, -0.2, 3.9, -0.1, -0.5, 1.2, 2.8, -1.9, 1.8],
                  "lams": [0.01, 1.0, 10.0, 100.0], "k": 3}},
        {"name": "numpy arrays: n = 6, k = 3", "public": True,
         "args": {"X": np.array([[1.0], [2.0], [0.5], [3.0], [1.5], [2.5]]),
                  "y": np.array([1.2, 1.9, 0.4, 3.3, 1.4, 2.6]), "lams": [0.0, 1.0, 5.0], "k": 3}},
        {"name": "pure noise: a large penalty wins, listed twice (tie)", "public": True,
         "args": {"X": [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [-1.0, 0.5], [0.5, -1.0],
                        [2.0, 1.0], [-1.0, -1.0]],
                  "y": [0.3, -0.5, 0.4, 0.6, -0.2, -0.4, 0.1],
                  "lams": [0.0, 1000.0, 1.0, 1000.0], "k": 7}},
    ]

    n, p = int(rng.integers(23, 40)), int(rng.integers(2, 5))
    k = int(rng.choice([3, 4, 5, 6]))
    if n % k == 0:
        n += 1
    X, y = _regression(rng, n, p, noise=float(rng.uniform(0.5, 2.0)), drift=1.5)
    out.append({"name": "random regression, n not a multiple of k", "args": {
        "X": X, "y": y, "lams": [0.001, 0.1, 1.0, 10.0, 100.0], "k": k}})

    n, p = int(rng.integers(12, 20)), int(rng.integers(3, 6))
    if n % 4 == 0:
        n += 2
    X, y = _regression(rng, n, p, noise=3.0, drift=2.0)
    out.append({"name": "noisy targets, k = 4", "args": {
        "X": X, "y": y, "lams": list(np.logspace(-2, 3, 6)), "k": 4}})

    # a tie on purpose: the best penalty appears twice, the first occurrence must win
    n, p = int(rng.integers(15, 25)), 3
    if n % 3 == 0:
        n += 1
    X, y = _regression(rng, n, p, noise=1.0, drift=1.0)
    grid = [0.01, 0.3, 3.0, 30.0, 300.0]
    best = grid[int(np.argmin(_cv_errors(X, y, grid, 3)))]
    lams = list(grid)
    lams.insert(int(rng.integers(0, len(lams) + 1)), best)
    out.append({"name": "the best penalty listed twice (tie)", "args": {
        "X": X, "y": y, "lams": lams, "k": 3}})

    n = int(rng.integers(8, 14))
    X, y = _regression(rng, n, 2, noise=0.5)
    out.append({"name": "leave-one-out (k = n)", "args": {
        "X": X, "y": y, "lams": [0.0, 0.5, 5.0], "k": n}})

    n = int(rng.integers(10, 18))
    X, y = _regression(rng, n, 2, noise=0.2)
    X = X * np.array([1000.0, 0.01])
    out.append({"name": "features on very different scales, k = 2", "args": {
        "X": X, "y": y * 10.0, "lams": [1e-3, 1.0, 1e3, 1e6], "k": 2}})

    n = int(rng.integers(9, 15))
    X, y = _regression(rng, n, 1, noise=0.3, drift=3.0)
    out.append({"name": "one candidate penalty", "args": {
        "X": X, "y": y, "lams": [float(rng.uniform(0.1, 5.0))], "k": int(rng.integers(2, 5))}})
    return out
