import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: (1, 2, 2, 3), 2 bins", "public": True,
         "args": {"x": [1.0, 2.0, 2.0, 3.0], "bins": 2}},
        # Fixed pitfalls: a small sample, where dividing by n - 1 shows; a skewed one.
        {"name": "five values, 3 bins", "public": True, "fixed": True,
         "args": {"x": [0.5, 1.5, 1.0, 4.0, 2.0], "bins": 3}},
        {"name": "a skewed sample, 8 bins", "public": True, "fixed": True,
         "args": {"x": np.random.default_rng(11).exponential(2.0, size=60).tolist(),
                  "bins": 8}},
    ]
    mu, sigma = rng.normal(0.0, 5.0), rng.uniform(0.5, 3.0)
    out.append({"name": "a normal sample", "args": {
        "x": rng.normal(mu, sigma, size=int(rng.integers(50, 200))).tolist(),
        "bins": int(rng.integers(8, 20))}})
    out.append({"name": "a uniform sample", "args": {
        "x": rng.uniform(-3.0, 7.0, size=int(rng.integers(30, 80))).tolist(),
        "bins": int(rng.integers(5, 12))}})
    return out
