import numpy as np


def cases(rng):
    out = [
        {"name": "points exactly on a line", "public": True,
         "args": {"X": [[0.0], [1.0], [2.0], [3.0]], "y": [1.0, 3.0, 5.0, 7.0]}},
        {"name": "worked example: a noisy line", "public": True,
         "args": {"X": [[1.0], [2.0], [3.0], [4.0], [5.0]], "y": [2.1, 3.9, 6.2, 7.8, 10.1]}},
        {"name": "numpy arrays: a line with a negative slope", "public": True,
         "args": {"X": np.array([[0.0], [2.0], [4.0], [6.0]]), "y": np.array([9.0, 6.5, 5.0, 1.5])}},
        {"name": "two features", "public": True,
         "args": {"X": [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [0.0, 2.0]],
                  "y": [3.1, 1.9, 4.0, 6.1, 2.9]}},
    ]
    n, d = int(rng.integers(20, 50)), int(rng.integers(2, 6))
    X = rng.normal(2.0, 1.5, size=(n, d))
    beta = rng.normal(0, 3, size=d + 1)
    out.append({"name": "random features with noise",
                "args": {"X": X, "y": beta[0] + X @ beta[1:] + rng.normal(0, 0.5, size=n)}})
    d = int(rng.integers(2, 4))
    X = rng.normal(size=(d + 1, d))
    out.append({"name": "as many observations as coefficients (exact fit)",
                "args": {"X": X, "y": rng.normal(size=d + 1)}})
    n = int(rng.integers(15, 40))
    X = rng.normal(size=(n, 3)) * np.array([1e-2, 1.0, 1e2]) + np.array([0.0, 5.0, -300.0])
    out.append({"name": "features on very different scales",
                "args": {"X": X, "y": 4.0 + X @ np.array([50.0, -2.0, 0.03]) + rng.normal(0, 0.1, size=n)}})
    n = int(rng.integers(10, 30))
    years = np.sort(rng.choice(np.arange(1990, 2025), size=n, replace=False)).astype(float)
    out.append({"name": "one feature with a large offset (years)",
                "args": {"X": years[:, None], "y": 0.8 * (years - 2000) + 12.0 + rng.normal(0, 1, size=n)}})
    n = int(rng.integers(10, 25))
    x = rng.uniform(-3, 3, size=n)
    out.append({"name": "polynomial features x, x^2",
                "args": {"X": np.column_stack([x, x**2]), "y": 1.0 - 2.0 * x + 0.5 * x**2 + rng.normal(0, 0.2, size=n)}})
    return out
