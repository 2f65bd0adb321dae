import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: 30 dice", "public": True,
         "args": {"a": 3.0, "b": 4.0, "n": 30, "mu": 3.5, "sigma": float(np.sqrt(35 / 12))}},
        {"name": "one observation (n = 1)", "public": True,
         "args": {"a": -1.0, "b": 1.0, "n": 1, "mu": 0.0, "sigma": 1.0}},
        {"name": "100 coin flips: proportion of heads in [0.45, 0.6]", "public": True,
         "args": {"a": 0.45, "b": 0.6, "n": 100, "mu": 0.5, "sigma": 0.5}},
    ]

    # sigma is a standard deviation, the same in every variant: sigma = 4 (variance 16).
    out.append({"name": "sigma = 4, n = 25 (fixed)", "fixed": True,
                "args": {"a": 9.0, "b": 11.5, "n": 25, "mu": 10.0, "sigma": 4.0}})

    mu, sigma, n = float(rng.normal(0, 10)), float(rng.uniform(1, 10)), int(rng.integers(10, 200))
    se = sigma / np.sqrt(n)
    a = mu + se * float(rng.uniform(-3.0, 0.0))
    out.append({"name": "random interval around the mean",
                "args": {"a": a, "b": a + se * float(rng.uniform(1.0, 3.0)), "n": n, "mu": mu, "sigma": sigma}})

    mu, sigma, n = float(rng.uniform(10, 100)), float(rng.uniform(5, 30)), int(rng.integers(20, 100))
    se = sigma / np.sqrt(n)
    out.append({"name": "interval entirely above the mean",
                "args": {"a": mu + 0.5 * se, "b": mu + se * float(rng.uniform(1.5, 3.0)), "n": n, "mu": mu, "sigma": sigma}})

    lam = float(rng.uniform(0.5, 3.0))
    n = int(rng.integers(40, 400))
    out.append({"name": "exponential waiting times (mean = sd = 1 / lam)",
                "args": {"a": 0.9 / lam, "b": 1.1 / lam, "n": n, "mu": 1 / lam, "sigma": 1 / lam}})

    p, n = float(rng.uniform(0.1, 0.9)), int(rng.integers(500, 5000))
    out.append({"name": "many Bernoulli trials",
                "args": {"a": p - 0.02, "b": p + 0.01, "n": n, "mu": p, "sigma": float(np.sqrt(p * (1 - p)))}})

    mu, sigma, n = float(rng.normal(0, 1)), float(rng.uniform(1, 3)), int(rng.integers(10, 50))
    out.append({"name": "a wide interval", "args": {"a": mu - 2 * sigma, "b": mu + 0.1 * sigma, "n": n, "mu": mu, "sigma": sigma}})
    return out
