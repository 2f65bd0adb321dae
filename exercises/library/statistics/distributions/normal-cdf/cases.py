import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: IQ below 130", "public": True,
         "args": {"x": 130.0, "mu": 100.0, "sigma": 15.0}},
        {"name": "standard normal landmarks", "public": True,
         "args": {"x": np.array([-1.96, -1.0, 0.0, 1.0, 1.96]), "mu": 0.0, "sigma": 1.0}},
        {"name": "lower tail z = -10", "public": True,
         "args": {"x": -10.0, "mu": 0.0, "sigma": 1.0}},
    ]

    # The edge of the stated range, the same in every variant: down to 30 standard deviations
    # below the mean, where F(x) is about 5e-198.
    out.append({"name": "down to 30 sigma below the mean (fixed)", "fixed": True,
                "args": {"x": 1.0 - 2.0 * np.array([30.0, 29.0, 20.0, 12.0, 8.5]), "mu": 1.0,
                         "sigma": 2.0}})

    mu, sigma = float(rng.normal(0, 10)), float(rng.uniform(0.5, 5.0))
    out.append({"name": "random points within 3 sigma",
                "args": {"x": mu + sigma * rng.uniform(-3, 3, size=int(rng.integers(8, 20))), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal(0, 3)), float(rng.uniform(2.0, 4.0))
    out.append({"name": "far lower tail (down to -30 sigma)",
                "args": {"x": mu - sigma * np.sort(rng.uniform(9, 30, size=5)), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal(0, 3)), float(rng.uniform(0.5, 2.0))
    out.append({"name": "upper tail", "args": {"x": mu + sigma * rng.uniform(3, 8, size=4), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.uniform(-1, 1)), float(rng.uniform(1e-4, 1e-3))
    out.append({"name": "very small sigma",
                "args": {"x": mu + sigma * rng.uniform(-4, 4, size=(2, 3)), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.uniform(1e3, 1e4)), float(rng.uniform(200, 900))
    out.append({"name": "large mean and sigma (scalar)",
                "args": {"x": mu + sigma * float(rng.uniform(-2.5, -0.5)), "mu": mu, "sigma": sigma}})
    return out
