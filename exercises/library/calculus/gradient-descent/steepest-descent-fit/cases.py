import numpy as np


def cases(rng):
    X_line = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    out = [
        {"name": "line through (0, 1), (1, 2), (2, 4): 3 iterations", "public": True,
         "args": {"X": X_line, "y": np.array([1.0, 2.0, 4.0]), "num_iterations": 3}},
        {"name": "the same line: 1 iteration", "public": True,
         "args": {"X": X_line, "y": np.array([1.0, 2.0, 4.0]), "num_iterations": 1}},
        {"name": "y = 0: the gradient is zero at the start", "public": True,
         "args": {"X": X_line, "y": np.zeros(3), "num_iterations": 5}},
    ]

    n = int(rng.integers(15, 30))
    x = rng.uniform(-1.0, 1.0, size=n)
    X = np.column_stack([np.ones(n), x, x**2])
    y = 1.0 - 2.0 * x + 0.5 * x**2 + rng.normal(0.0, 0.1, size=n)
    out.append({"name": "quadratic curve fit (features 1, x, x^2)", "args": {
        "X": X, "y": y, "num_iterations": int(rng.integers(8, 20))}})

    n, d = int(rng.integers(20, 40)), int(rng.integers(3, 6))
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=d) + rng.normal(0.0, 0.5, size=n)
    out.append({"name": "random regression problem", "args": {
        "X": X, "y": y, "num_iterations": int(rng.integers(5, 12))}})

    n = int(rng.integers(10, 20))
    x = rng.uniform(0.0, 10.0, size=n)
    X = np.column_stack([np.ones(n), x])
    y = 3.0 + 0.7 * x + rng.normal(0.0, 0.3, size=n)
    out.append({"name": "uncentred feature: a badly conditioned line fit", "args": {
        "X": X, "y": y, "num_iterations": int(rng.integers(4, 10))}})

    n, d = int(rng.integers(6, 12)), 3
    X = rng.normal(size=(n, d))
    X[:, 2] = X[:, 0] - X[:, 1]  # rank-deficient design
    out.append({"name": "rank-deficient design, few iterations", "args": {
        "X": X, "y": rng.normal(size=n), "num_iterations": 3}})

    n, d = int(rng.integers(5, 10)), int(rng.integers(2, 4))
    out.append({"name": "zero iterations", "args": {
        "X": rng.normal(size=(n, d)), "y": rng.normal(size=n), "num_iterations": 0}})

    n = int(rng.integers(4, 8))
    out.append({"name": "y = 0 with a random design", "args": {
        "X": rng.normal(size=(n, 2)), "y": np.zeros(n), "num_iterations": 4}})

    # Only an exactly zero gradient stops early, the same in every variant: in tiny units
    # every gradient is below any "small" threshold (about 1e-17 here), yet the iterates are
    # those of the worked example; and 200 iterations on a badly conditioned cubic fit are
    # still far from the least-squares solution, so stopping on a small gradient or jumping
    # to the least-squares answer both land elsewhere.
    out.append({"name": "the worked example in tiny units (X and y times 1e-9): 3 iterations",
                "fixed": True,
                "args": {"X": 1e-9 * X_line, "y": 1e-9 * np.array([1.0, 2.0, 4.0]),
                         "num_iterations": 3}})
    x = np.linspace(0.0, 1.0, 21)
    out.append({"name": "cubic fit (features 1, x, x^2, x^3) on 21 points: 200 iterations",
                "fixed": True,
                "args": {"X": np.column_stack([x**k for k in range(4)]),
                         "y": np.exp(x) + 0.1 * np.cos(7.0 * x), "num_iterations": 200}})
    return out
