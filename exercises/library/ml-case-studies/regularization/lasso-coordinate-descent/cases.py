import numpy as np


def _sparse_problem(rng, n, p, k, noise=0.3):
    X = rng.normal(size=(n, p))
    w_true = np.zeros(p)
    support = rng.choice(p, size=k, replace=False)
    w_true[support] = rng.choice([-1.0, 1.0], size=k) * rng.uniform(1.0, 3.0, size=k)
    return X, X @ w_true + rng.normal(0.0, noise, size=n)


def cases(rng):
    Xo = [[1.0, 1.0], [1.0, -1.0], [1.0, 1.0], [1.0, -1.0]]
    out = [
        {"name": "worked example: orthogonal columns, lam = 0.5", "public": True,
         "args": {"X": Xo, "y": [3.0, 1.0, 2.0, 0.0], "lam": 0.5}},
        {"name": "orthogonal columns, lam = 1.2: one coefficient is exactly 0 (numpy arrays)",
         "public": True,
         "args": {"X": np.array(Xo), "y": np.array([3.0, 1.0, 2.0, 0.0]), "lam": 1.2}},
        {"name": "correlated columns (needs many sweeps)", "public": True,
         "args": {"X": [[1.0, 0.9, 0.0], [0.5, 0.6, 1.0], [-1.0, -0.8, 0.5], [2.0, 1.7, -1.0],
                        [0.0, 0.3, 2.0]],
                  "y": [2.0, 1.5, -1.5, 3.5, 1.0], "lam": 0.1}},
    ]

    # Slow convergence, the same in every variant: four features with correlations near 0.96.
    # 100 sweeps, or stopping when the largest change is below 1e-3, end hundreds of
    # tolerances away from the minimiser; stopping below 1e-8 (about 340 sweeps) is close enough.
    fixed = np.random.default_rng(7)
    base = fixed.normal(size=30)
    X = np.column_stack([base + 0.2 * fixed.normal(size=30) for _ in range(4)])
    y = 2.0 * X[:, 0] - 1.0 * X[:, 3] + 0.5 * X[:, 1] + 0.1 * fixed.normal(size=30)
    out.append({"name": "very strongly correlated features (fixed)", "fixed": True,
                "args": {"X": X, "y": y, "lam": 0.01}})

    n, p = int(rng.integers(20, 40)), int(rng.integers(5, 10))
    X, y = _sparse_problem(rng, n, p, 3)
    out.append({"name": "random sparse problem", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.05, 0.3))}})

    n, p = int(rng.integers(8, 12)), int(rng.integers(13, 18))
    X, y = _sparse_problem(rng, n, p, 2, noise=0.1)
    out.append({"name": "more features than samples", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.1, 0.4))}})

    n, p = int(rng.integers(15, 30)), 4
    X, y = _sparse_problem(rng, n, p, 2)
    X = X * np.array([10.0, 0.2, 3.0, 1.0])
    out.append({"name": "columns on different scales", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.05, 0.2))}})

    n, p = int(rng.integers(15, 25)), int(rng.integers(3, 6))
    X, y = _sparse_problem(rng, n, p, 2)
    lam_max = np.max(np.abs(X.T @ y)) / n
    out.append({"name": "lam above lam_max: all coefficients are 0", "args": {
        "X": X, "y": y, "lam": float(lam_max * rng.uniform(1.05, 2.0))}})
    out.append({"name": "lam just below lam_max: a single non-zero coefficient", "args": {
        "X": X, "y": y, "lam": float(lam_max * 0.9)}})

    n, p = int(rng.integers(20, 30)), 4
    base = rng.normal(size=n)
    X = np.column_stack([base + rng.normal(0.0, 0.3, size=n) for _ in range(p)])
    y = 2.0 * X[:, 0] - 1.0 * X[:, 3] + rng.normal(0.0, 0.2, size=n)
    out.append({"name": "strongly correlated features", "args": {
        "X": X, "y": y, "lam": float(rng.uniform(0.02, 0.1))}})

    n, p = int(rng.integers(15, 25)), int(rng.integers(3, 6))
    X, y = _sparse_problem(rng, n, p, p)
    out.append({"name": "tiny penalty: close to least squares", "args": {
        "X": X, "y": y, "lam": 1e-4}})
    return out
