import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: calls per minute", "public": True, "args": {"counts": [2, 3, 1, 0, 4, 2]}},
        {"name": "a single count", "public": True, "args": {"counts": [5]}},
        {"name": "rare events", "public": True, "args": {"counts": [0, 0, 1, 0, 0, 0, 2, 0]}},
        {"name": "a numpy array", "public": True, "args": {"counts": np.array([4, 7, 5, 3, 6])}},
    ]
    lam = float(rng.uniform(1, 10))
    out.append({"name": "random counts", "args": {"counts": rng.poisson(lam, size=int(rng.integers(10, 50)))}})
    lam = float(rng.uniform(200, 1000))
    out.append({"name": "large counts", "args": {"counts": rng.poisson(lam, size=int(rng.integers(5, 20)))}})
    out.append({"name": "all zeros", "args": {"counts": [0] * int(rng.integers(3, 10))}})
    lam = float(rng.uniform(0.05, 0.5))
    counts = rng.poisson(lam, size=int(rng.integers(500, 2000)))
    counts[0] = 1
    out.append({"name": "many observations, small rate", "args": {"counts": counts}})
    n = int(rng.integers(3, 6))
    out.append({"name": "few observations (a list)",
                "args": {"counts": [int(v) for v in rng.integers(0, 15, size=n)]}})
    return out
