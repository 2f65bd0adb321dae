import numpy as np


def _labels(rng, X, w, b):
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    return (rng.uniform(size=len(p)) < p).astype(float)


def cases(rng):
    out = [
        {"name": "worked example", "public": True, "args": {
            "w": np.array([0.5, -0.5]), "b": 0.0,
            "X": np.array([[1.0, 2.0], [-1.0, 0.0], [0.0, 1.0]]), "y": np.array([1.0, 0.0, 0.0])}},
        {"name": "all weights zero (every p = 0.5)", "public": True, "args": {
            "w": np.zeros(2), "b": 0.0,
            "X": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]]),
            "y": np.array([1.0, 0.0, 1.0, 0.0])}},
        {"name": "one feature, one example", "public": True, "args": {
            "w": np.array([2.0]), "b": -1.0, "X": np.array([[1.5]]), "y": np.array([0.0])}},
    ]

    n, d = int(rng.integers(30, 60)), int(rng.integers(3, 6))
    X = rng.normal(size=(n, d))
    w_true, b_true = rng.normal(size=d), float(rng.normal())
    out.append({"name": "random data, random parameters", "args": {
        "w": rng.normal(size=d), "b": float(rng.normal()), "X": X,
        "y": _labels(rng, X, w_true, b_true)}})

    n, d = int(rng.integers(20, 40)), int(rng.integers(2, 4))
    X = rng.normal(size=(n, d))
    w = rng.normal(0.0, 8.0, size=d)
    y = (X @ w > 0).astype(float)
    out.append({"name": "separable data, confident wrong-signed model (large scores)", "args": {
        "w": -w, "b": 0.5, "X": X, "y": y}})

    n, d = int(rng.integers(20, 40)), int(rng.integers(2, 5))
    X = rng.normal(size=(n, d)) * 10.0 ** rng.integers(-2, 3, size=d)
    out.append({"name": "features of very different scales", "args": {
        "w": rng.normal(size=d) / 10.0 ** rng.integers(-2, 3, size=d) / 10.0,
        "b": float(rng.normal()), "X": X, "y": (rng.uniform(size=n) < 0.5).astype(float)}})

    n, d = int(rng.integers(10, 20)), int(rng.integers(2, 4))
    out.append({"name": "all labels equal to 1", "args": {
        "w": rng.normal(size=d), "b": float(rng.normal()), "X": rng.normal(size=(n, d)),
        "y": np.ones(n)}})

    n = int(rng.integers(10, 20))
    X = rng.normal(size=(n, 3))
    X[:, 2] = X[:, 0]  # a duplicated feature column
    out.append({"name": "a duplicated feature column", "args": {
        "w": rng.normal(size=3), "b": float(rng.normal()), "X": X,
        "y": (rng.uniform(size=n) < 0.5).astype(float)}})
    return out
