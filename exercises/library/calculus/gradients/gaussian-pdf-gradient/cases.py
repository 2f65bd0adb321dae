import numpy as np


def cases(rng):
    out = [
        {"name": "x = 2, mu = 1, sigma = 0.5", "public": True,
         "args": {"x": 2.0, "mu": 1.0, "sigma": 0.5}},
        {"name": "worked example points x = [1, 1.5, 2]", "public": True,
         "args": {"x": np.array([1.0, 1.5, 2.0]), "mu": 1.0, "sigma": 0.5}},
        {"name": "standard normal at x = -1", "public": True,
         "args": {"x": -1.0, "mu": 0.0, "sigma": 1.0}},
    ]

    n = int(rng.integers(6, 15))
    mu, sigma = float(rng.normal(0.0, 3.0)), float(rng.uniform(0.5, 3.0))
    out.append({"name": "random points around mu", "args": {
        "x": mu + sigma * rng.normal(0.0, 1.5, size=n), "mu": mu, "sigma": sigma}})

    mu = float(rng.uniform(-5.0, -1.0))
    out.append({"name": "negative mean, narrow bell (sigma < 1)", "args": {
        "x": mu + rng.uniform(-0.3, 0.3, size=5), "mu": mu, "sigma": float(rng.uniform(0.05, 0.2))}})

    mu, sigma = float(rng.normal(0.0, 5.0)), float(rng.uniform(10.0, 50.0))
    out.append({"name": "wide bell (large sigma)", "args": {
        "x": mu + sigma * rng.uniform(-3.0, 3.0, size=6), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal()), float(rng.uniform(0.5, 2.0))
    out.append({"name": "x exactly at mu and at mu +- sigma", "args": {
        "x": np.array([mu, mu - sigma, mu + sigma]), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal()), float(rng.uniform(0.5, 2.0))
    x = mu + sigma * rng.uniform(-2.5, 2.5, size=(3, 4))
    out.append({"name": "a 3x4 matrix of points", "args": {"x": x, "mu": mu, "sigma": sigma}})

    out.append({"name": "far in the tails", "args": {
        "x": np.array([-6.0, -4.5, 4.5, 6.0]), "mu": 0.0, "sigma": 1.0}})

    out.append({"name": "a single point in the tail", "args": {
        "x": float(rng.uniform(2.5, 4.0)), "mu": 0.0, "sigma": float(rng.uniform(0.8, 1.2))}})
    return out
