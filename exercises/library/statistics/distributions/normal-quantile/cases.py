import numpy as np


def cases(rng):
    out = [
        {"name": "standard normal: 0.5, 0.95, 0.975", "public": True,
         "args": {"q": np.array([0.5, 0.95, 0.975]), "mu": 0.0, "sigma": 1.0}},
        {"name": "worked example: the 90th percentile of IQ", "public": True,
         "args": {"q": 0.9, "mu": 100.0, "sigma": 15.0}},
        {"name": "lower quantile, sigma = 2", "public": True,
         "args": {"q": 0.025, "mu": 1.0, "sigma": 2.0}},
    ]

    # The edges of the stated range, the same in every variant.
    out.append({"name": "q from 1e-12 to 1 - 1e-6 (fixed)", "fixed": True,
                "args": {"q": np.array([1e-12, 1e-9, 1e-6, 1e-3, 0.5, 1 - 1e-3, 1 - 1e-6]),
                         "mu": 2.0, "sigma": 3.0}})

    mu, sigma = float(rng.normal(0, 10)), float(rng.uniform(0.5, 5.0))
    out.append({"name": "random levels",
                "args": {"q": rng.uniform(0.01, 0.99, size=int(rng.integers(6, 15))), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal(0, 2)), float(rng.uniform(1.5, 3.0))
    out.append({"name": "extreme levels",
                "args": {"q": np.array([1e-12, 1e-6, 1e-3, 1 - 1e-3, 1 - 1e-6]), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.uniform(1e3, 1e4)), float(rng.uniform(100, 900))
    out.append({"name": "large mean and sigma (a 2-D array)",
                "args": {"q": rng.uniform(0.05, 0.95, size=(2, 3)), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal(0, 1)), float(rng.uniform(1.5, 4.0))
    out.append({"name": "the median is the mean", "args": {"q": 0.5, "mu": mu, "sigma": sigma}})

    out.append({"name": "standard normal, random level",
                "args": {"q": float(rng.uniform(0.6, 0.99)), "mu": 0.0, "sigma": 1.0}})
    return out
