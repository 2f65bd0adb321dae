import numpy as np


def cases(rng):
    out = [
        {"name": "start from m = 0, b = 0", "public": True,
         "args": {"m": 0.0, "b": 0.0, "X": [1.0, 2.0, 3.0], "Y": [2.0, 4.0, 6.0]}},
        {"name": "worked example", "public": True,
         "args": {"m": 1.0, "b": 0.5, "X": [0.0, 1.0, 2.0, 3.0], "Y": [1.0, 1.0, 3.0, 2.0]}},
        {"name": "a single data point", "public": True,
         "args": {"m": 0.5, "b": -1.0, "X": [4.0], "Y": [0.0]}},
        {"name": "perfect fit: zero gradient", "public": True,
         "args": {"m": 2.0, "b": 1.0, "X": [-1.0, 0.0, 1.0, 2.0], "Y": [-1.0, 1.0, 3.0, 5.0]}},
    ]

    n = int(rng.integers(10, 51))
    X = rng.uniform(-5.0, 5.0, size=n)
    Y = rng.normal(1.5, 0.5) * X + rng.normal(0.0, 2.0) + rng.normal(0.0, 1.0, size=n)
    out.append({"name": "noisy line, random parameters", "args": {
        "m": float(rng.normal(0.0, 2.0)), "b": float(rng.normal(0.0, 2.0)), "X": X, "Y": Y}})

    n = int(rng.integers(5, 21))
    X = rng.uniform(500.0, 2000.0, size=n)
    Y = 0.3 * X + rng.normal(0.0, 50.0, size=n)
    out.append({"name": "large x values", "args": {
        "m": float(rng.uniform(0.0, 1.0)), "b": float(rng.normal(0.0, 10.0)), "X": X, "Y": Y}})

    n = int(rng.integers(5, 16))
    X = -rng.uniform(1.0, 10.0, size=n)
    Y = -rng.uniform(1.0, 10.0, size=n)
    out.append({"name": "all negative data", "args": {
        "m": float(rng.uniform(-2.0, -0.5)), "b": float(rng.uniform(-3.0, 3.0)),
        "X": list(X), "Y": list(Y)}})

    n = int(rng.integers(3, 9))
    out.append({"name": "all x equal to zero", "args": {
        "m": float(rng.normal()), "b": float(rng.normal()),
        "X": np.zeros(n), "Y": rng.normal(3.0, 1.0, size=n)}})

    out.append({"name": "two points", "args": {
        "m": float(rng.normal()), "b": float(rng.normal()),
        "X": rng.normal(size=2), "Y": rng.normal(size=2)}})

    n = int(rng.integers(20, 51))
    X = rng.uniform(0.0, 1.0, size=n)
    Y = 4.0 - 3.0 * X + rng.normal(0.0, 0.05, size=n)
    out.append({"name": "near the optimum", "args": {
        "m": -3.0 + float(rng.uniform(0.2, 0.4)), "b": 4.0 - float(rng.uniform(0.2, 0.4)),
        "X": X, "Y": Y}})
    return out
