import numpy as np


def labelled(rng, n, d, scale):
    X = rng.normal(size=(n, d))
    w = rng.normal(0, scale, size=d + 1)
    p = 1.0 / (1.0 + np.exp(-(w[0] + X @ w[1:])))
    return X, (rng.random(n) < p).astype(int)


def cases(rng):
    X1, y1 = [[0.5], [1.5], [2.0], [3.0]], [0, 0, 1, 1]
    out = [
        {"name": "worked example: one step", "public": True, "args": {"X": X1, "y": y1, "lr": 0.5, "steps": 1}},
        {"name": "worked example: two steps", "public": True, "args": {"X": X1, "y": y1, "lr": 0.5, "steps": 2}},
        {"name": "worked example: 100 steps", "public": True, "args": {"X": X1, "y": y1, "lr": 0.5, "steps": 100}},
        {"name": "numpy arrays, two features, 10 steps", "public": True,
         "args": {"X": np.array([[0.0, 1.0], [1.0, 0.5], [2.0, 2.0], [3.0, 1.5], [1.5, 3.0]]),
                  "y": np.array([0, 0, 1, 1, 1]), "lr": 0.2, "steps": 10}},
    ]
    n, d = int(rng.integers(30, 80)), int(rng.integers(2, 5))
    X, y = labelled(rng, n, d, 1.5)
    out.append({"name": "random data, a few hundred steps",
                "args": {"X": X, "y": y, "lr": float(rng.uniform(0.1, 0.5)), "steps": int(rng.integers(200, 400))}})
    n, d = int(rng.integers(10, 30)), int(rng.integers(1, 4))
    X, y = labelled(rng, n, d, 1.0)
    out.append({"name": "a handful of steps", "args": {"X": X, "y": y, "lr": 0.1, "steps": int(rng.integers(2, 6))}})
    X, y = labelled(rng, 20, 2, 1.0)
    out.append({"name": "zero steps", "args": {"X": X, "y": y, "lr": 0.3, "steps": 0}})
    n = int(rng.integers(20, 50))
    X, _ = labelled(rng, n, 2, 1.0)
    y = np.ones(n, dtype=int)
    y[: n // 5] = 0
    out.append({"name": "imbalanced labels (the intercept matters)",
                "args": {"X": X, "y": y, "lr": 0.5, "steps": int(rng.integers(20, 60))}})
    n = int(rng.integers(20, 40))
    X, y = labelled(rng, n, 3, 2.0)
    out.append({"name": "larger learning rate", "args": {"X": X, "y": y, "lr": 1.0, "steps": int(rng.integers(30, 80))}})
    return out
