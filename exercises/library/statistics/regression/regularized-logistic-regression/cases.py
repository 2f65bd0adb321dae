import numpy as np


def labelled(rng, n, d, scale):
    X = rng.normal(size=(n, d))
    w = rng.normal(0, scale, size=d + 1)
    p = 1.0 / (1.0 + np.exp(-(w[0] + X @ w[1:])))
    y = (rng.random(n) < p).astype(int)
    y[0], y[1] = 0, 1          # both classes present
    return X, y


def cases(rng):
    out = [
        {"name": "worked example: separable data, lam = 0.1", "public": True,
         "args": {"X": [[0.5], [1.5], [2.0], [3.0]], "y": [0, 0, 1, 1], "lam": 0.1}},
        {"name": "same data, strong penalty lam = 1", "public": True,
         "args": {"X": [[0.5], [1.5], [2.0], [3.0]], "y": [0, 0, 1, 1], "lam": 1.0}},
        {"name": "overlapping classes (numpy arrays)", "public": True,
         "args": {"X": np.array([[0.5], [1.5], [2.0], [3.0], [1.0], [2.5]]),
                  "y": np.array([0, 0, 1, 1, 1, 0]), "lam": 0.1}},
    ]
    # Slow for gradient descent, the same in every variant: a fixed budget of steps stops far
    # from the minimiser, while Newton's method (or any loop that waits for a tiny gradient)
    # gets there.
    out.append({"name": "separable data, weak penalty lam = 0.005 (fixed)", "fixed": True,
                "args": {"X": [[0.5], [1.5], [2.0], [3.0]], "y": [0, 0, 1, 1], "lam": 0.005}})
    fixed = np.random.default_rng(2718)
    X = fixed.normal(size=(40, 2)) + np.array([5.0, -3.0])        # features far from 0
    y = (X[:, 0] - 5.0 + 0.5 * fixed.normal(size=40) > 0).astype(int)
    out.append({"name": "uncentred features (means 5 and -3) (fixed)", "fixed": True,
                "args": {"X": X, "y": y, "lam": 0.1}})

    n, d = int(rng.integers(40, 100)), int(rng.integers(2, 5))
    X, y = labelled(rng, n, d, 1.5)
    out.append({"name": "random data, moderate penalty", "args": {"X": X, "y": y, "lam": float(rng.uniform(0.05, 0.3))}})
    n, d = int(rng.integers(20, 40)), 2
    X = rng.normal(size=(n, d))
    y = (X[:, 0] + X[:, 1] > 0.3).astype(int)
    y[0], y[1] = 0, 1
    X[0], X[1] = [-1.0, -1.0], [1.0, 1.0]
    out.append({"name": "linearly separable data", "args": {"X": X, "y": y, "lam": float(rng.uniform(0.02, 0.1))}})
    n = int(rng.integers(30, 60))
    X, _ = labelled(rng, n, 2, 1.0)
    y = np.zeros(n, dtype=int)
    y[: max(2, n // 6)] = 1
    out.append({"name": "imbalanced labels", "args": {"X": X, "y": y, "lam": float(rng.uniform(0.1, 0.5))}})
    n, d = int(rng.integers(50, 120)), int(rng.integers(3, 6))
    X, y = labelled(rng, n, d, 0.8)
    out.append({"name": "strong penalty", "args": {"X": X, "y": y, "lam": float(rng.uniform(1.0, 3.0))}})
    n = int(rng.integers(30, 60))
    X, y = labelled(rng, n, 2, 1.0)
    out.append({"name": "features on different scales",
                "args": {"X": X * np.array([0.3, 3.0]) + np.array([1.0, -2.0]), "y": y, "lam": float(rng.uniform(0.05, 0.2))}})
    return out
