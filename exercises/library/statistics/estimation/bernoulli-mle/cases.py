import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: 7 ones in 10", "public": True,
         "args": {"x": [1, 0, 1, 1, 0, 1, 1, 0, 1, 1]}},
        {"name": "half and half", "public": True, "args": {"x": [0, 1, 1, 0]}},
        {"name": "all zeros", "public": True, "args": {"x": [0, 0, 0]}},
        {"name": "a numpy array: 2 ones in 5", "public": True, "args": {"x": np.array([0, 1, 0, 0, 1])}},
    ]
    n = int(rng.integers(20, 80))
    out.append({"name": "random flips", "args": {"x": (rng.random(n) < rng.uniform(0.2, 0.8)).astype(int)}})
    n = int(rng.integers(100, 400))
    out.append({"name": "a rare event", "args": {"x": (rng.random(n) < 0.03).astype(int) | np.eye(1, n, dtype=int)[0]}})
    out.append({"name": "all ones", "args": {"x": [1] * int(rng.integers(2, 12))}})
    out.append({"name": "a single flip", "args": {"x": np.array([int(rng.integers(0, 2))])}})
    n = int(rng.integers(5, 15))
    x = np.zeros(n, dtype=int)
    x[int(rng.integers(0, n))] = 1
    out.append({"name": "exactly one success", "args": {"x": [int(v) for v in x]}})
    return out
