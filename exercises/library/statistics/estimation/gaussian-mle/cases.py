import numpy as np


def cases(rng):
    out = [
        {"name": "worked example (n = 8)", "public": True,
         "args": {"x": [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]}},
        {"name": "two values", "public": True, "args": {"x": [0.0, 2.0]}},
        {"name": "three values, skewed", "public": True, "args": {"x": [1.0, 2.0, 6.0]}},
        {"name": "a numpy array", "public": True, "args": {"x": np.array([3.5, 1.0, 2.5, 5.0])}},
    ]
    # Values near 1e6 with a spread of 0.1, the same in every variant (the hints promise it):
    # mean(x**2) - mean(x)**2 cancels about 13 of its 16 digits here.
    out.append({"name": "values near 1e6, spread 0.1 (fixed)", "fixed": True,
                "args": {"x": 1e6 + np.random.default_rng(99).normal(0.0, 0.1, size=6)}})
    for n in (2, 3, int(rng.integers(4, 7))):
        out.append({"name": f"small random sample (n = {n})",
                    "args": {"x": rng.normal(float(rng.normal(0, 5)), float(rng.uniform(0.5, 3)), size=n)}})
    n = int(rng.integers(20, 60))
    out.append({"name": "larger skewed sample", "args": {"x": rng.exponential(2.0, size=n)}})
    n = int(rng.integers(3, 8))
    out.append({"name": "large mean, small spread", "args": {"x": 1e6 + rng.normal(0, 0.1, size=n)}})
    n = int(rng.integers(3, 8))
    out.append({"name": "negative values (a list)", "args": {"x": [float(v) for v in -rng.uniform(1, 50, size=n)]}})
    return out
