import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: three heads, Beta(2, 2)", "public": True,
         "args": {"x": [1, 1, 1], "a": 2.0, "b": 2.0}},
        {"name": "flat prior Beta(1, 1) is the MLE", "public": True,
         "args": {"x": [1, 0, 0, 1, 0], "a": 1.0, "b": 1.0}},
        {"name": "a prior that expects tails", "public": True,
         "args": {"x": [1, 1, 0, 1], "a": 2.0, "b": 5.0}},
        {"name": "a numpy array, Beta(3, 3)", "public": True,
         "args": {"x": np.array([0, 0, 1, 0, 0, 0]), "a": 3.0, "b": 3.0}},
    ]
    n = int(rng.integers(10, 40))
    out.append({"name": "random data, asymmetric prior",
                "args": {"x": (rng.random(n) < rng.uniform(0.2, 0.8)).astype(int),
                         "a": float(rng.uniform(1.5, 6)), "b": float(rng.uniform(6.5, 12))}})
    out.append({"name": "no successes, prior keeps p above 0",
                "args": {"x": [0] * int(rng.integers(2, 8)), "a": float(rng.uniform(2, 4)), "b": float(rng.uniform(1, 2))}})
    n = int(rng.integers(500, 2000))
    out.append({"name": "lots of data overwhelms the prior",
                "args": {"x": (rng.random(n) < 0.3).astype(int), "a": 10.0, "b": 2.0}})
    out.append({"name": "a strong prior and little data",
                "args": {"x": [int(rng.integers(0, 2))], "a": float(rng.uniform(20, 50)), "b": float(rng.uniform(60, 100))}})
    out.append({"name": "a = 1: no successes gives MAP 0",
                "args": {"x": [0] * int(rng.integers(1, 6)), "a": 1.0, "b": float(rng.uniform(1, 3))}})
    return out
