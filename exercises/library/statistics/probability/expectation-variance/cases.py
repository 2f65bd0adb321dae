import numpy as np


def cases(rng):
    out = [
        {"name": "Bernoulli(0.3)", "public": True,
         "args": {"values": [0, 1], "probs": [0.7, 0.3]}},
        {"name": "fair die", "public": True,
         "args": {"values": [1, 2, 3, 4, 5, 6], "probs": [1 / 6] * 6}},
        {"name": "a bet: lose 1 or win 10", "public": True,
         "args": {"values": [-1.0, 10.0], "probs": [0.9, 0.1]}},
        {"name": "numpy arrays: a loaded three-sided die", "public": True,
         "args": {"values": np.array([1.0, 2.0, 3.0]), "probs": np.array([0.5, 0.3, 0.2])}},
    ]

    m = int(rng.integers(4, 12))
    out.append({"name": "random distribution",
                "args": {"values": rng.normal(0.0, 5.0, size=m), "probs": rng.dirichlet(np.ones(m))}})

    p = float(rng.uniform(0.05, 0.95))
    out.append({"name": "Bernoulli with a random p", "args": {"values": [1.0, 0.0], "probs": [p, 1.0 - p]}})

    m = int(rng.integers(5, 10))
    probs = rng.dirichlet(np.ones(m))
    probs[rng.integers(0, m)] = 0.0
    probs /= probs.sum()
    out.append({"name": "unsorted values, one probability 0",
                "args": {"values": rng.permutation(np.arange(m) * 3.0 - 7.0), "probs": probs}})

    out.append({"name": "a single certain value",
                "args": {"values": [float(rng.uniform(-20, 20))], "probs": [1.0]}})

    m = int(rng.integers(3, 7))
    out.append({"name": "large values (offset 100)",
                "args": {"values": 100.0 + rng.normal(0.0, 2.0, size=m), "probs": rng.dirichlet(np.ones(m))}})

    m = int(rng.integers(3, 7))
    out.append({"name": "small values",
                "args": {"values": rng.uniform(-1e-3, 1e-3, size=m), "probs": rng.dirichlet(np.ones(m))}})
    return out
