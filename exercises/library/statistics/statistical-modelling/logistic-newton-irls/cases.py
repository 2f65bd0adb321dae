import numpy as np
from scipy.special import expit

DOSE = [[0.5], [1.0], [1.5], [2.0], [2.5], [3.0], [3.5], [4.0], [4.5], [5.0], [5.5], [6.0]]
RESPONSE = [0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1]


def _step_sizes(X, y, count):
    """max |delta| of the first `count` Newton steps from w = 0."""
    A = np.column_stack([np.ones(len(y)), X])
    w, sizes = np.zeros(A.shape[1]), []
    for _ in range(count):
        p = expit(A @ w)
        delta = np.linalg.solve(A.T @ (A * (p * (1 - p))[:, None]), A.T @ (y - p))
        w = w + delta
        sizes.append(float(np.max(np.abs(delta))))
    return sizes, w


def _sample(rng, n, means, scales, w_true, tol):
    """Features around `means` and labels drawn with the score w_true[0] + (x - means) @
    w_true[1:] (centred, so that both classes are common), whose maximum-likelihood fit exists
    (Newton settles well within 30 steps), with no step within a factor 3 of tol, so that
    every correct implementation stops after the same number of updates."""
    means = np.asarray(means, dtype=float)
    for _ in range(1000):
        X = np.round(rng.normal(means, scales, size=(n, len(means))), 3)
        y = (rng.random(n) < expit(w_true[0] + (X - means) @ w_true[1:])).astype(int)
        if y.sum() < 3 or y.sum() > n - 3:
            continue
        sizes, w = _step_sizes(X, y, 30)
        converged = sizes[-1] < 1e-12 and np.all(np.abs(w) < 50)
        if converged and not any(tol / 3 < s < 3 * tol for s in sizes):
            return X, y
    raise RuntimeError("no usable sample in 1000 draws: make the effects weaker or n larger")


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"X": DOSE, "y": RESPONSE, "tol": 1e-8, "max_iter": 25}},
        {"name": "worked example, stopped after max_iter = 2", "public": True,
         "args": {"X": DOSE, "y": RESPONSE, "tol": 1e-8, "max_iter": 2}},
        {"name": "two features", "public": True,
         "args": {"X": [[1.2, 0.0], [2.3, 1.0], [0.4, 1.0], [3.1, 0.0], [2.2, 1.0], [1.7, 0.0],
                        [3.8, 1.0], [0.9, 0.0], [2.9, 1.0], [1.1, 1.0], [3.5, 0.0], [2.6, 0.0],
                        [0.7, 1.0], [3.3, 1.0], [1.9, 0.0], [2.0, 1.0]],
                  "y": [0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0],
                  "tol": 1e-6, "max_iter": 25}},
    ]

    # Fixed cases: the same in every variant.
    fixed = np.random.default_rng(1618)
    X, y = _sample(fixed, 120, [0.0, 0.0], [1.0, 1.0], np.array([0.3, 1.2, -0.8]), 1e-8)
    out.append({"name": "120 examples, stopped after max_iter = 3", "fixed": True,
                "args": {"X": X, "y": y, "tol": 1e-8, "max_iter": 3}})
    X, y = _sample(fixed, 80, [0.0], [1.5], np.array([-0.5, 0.9]), 1e-3)
    out.append({"name": "a loose tolerance, tol = 1e-3", "fixed": True,
                "args": {"X": X, "y": y, "tol": 1e-3, "max_iter": 25}})
    X, y = _sample(fixed, 150, [45.0, 30.0], [10.0, 6.0],
                   np.array([-0.3, 0.08, 0.07]), 1e-8)
    out.append({"name": "features far from zero (age, income)", "fixed": True,
                "args": {"X": X, "y": y, "tol": 1e-8, "max_iter": 50}})
    X, y = _sample(fixed, 200, [0.0, 1.0], [1.0, 0.5], np.array([-2.3, 0.7, 0.5]), 1e-8)
    out.append({"name": "imbalanced labels (about 10 % ones)", "fixed": True,
                "args": {"X": X, "y": y, "tol": 1e-8, "max_iter": 50}})

    n, d = int(rng.integers(60, 200)), int(rng.integers(2, 5))
    X, y = _sample(rng, n, rng.normal(0.0, 2.0, size=d), rng.uniform(0.5, 2.0, size=d),
                   rng.normal(0.0, 0.8, size=d + 1), 1e-8)
    out.append({"name": "random data, several features", "args": {"X": X, "y": y, "tol": 1e-8,
                                                                  "max_iter": 50}})
    n = int(rng.integers(20, 40))
    X, y = _sample(rng, n, [0.0], [1.0], rng.normal(0.0, 1.0, size=2), 1e-10)
    out.append({"name": "random data, one feature, tol = 1e-10",
                "args": {"X": X, "y": y, "tol": 1e-10, "max_iter": 50}})
    n, d = int(rng.integers(40, 120)), int(rng.integers(1, 4))
    X, y = _sample(rng, n, rng.normal(3.0, 2.0, size=d), rng.uniform(0.5, 2.0, size=d),
                   rng.normal(0.0, 0.6, size=d + 1), 1e-4)
    out.append({"name": "random data, tol = 1e-4", "args": {"X": X, "y": y, "tol": 1e-4,
                                                            "max_iter": 50}})
    return out
