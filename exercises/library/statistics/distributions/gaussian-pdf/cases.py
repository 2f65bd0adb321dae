import numpy as np


def cases(rng):
    out = [
        {"name": "standard normal at 0", "public": True,
         "args": {"x": 0.0, "mu": 0.0, "sigma": 1.0}},
        {"name": "array of points, mu = 1, sigma = 2", "public": True,
         "args": {"x": np.array([-1.0, 0.0, 1.0, 2.0, 3.0]), "mu": 1.0, "sigma": 2.0}},
        {"name": "narrow bell, sigma = 0.5", "public": True,
         "args": {"x": 1.5, "mu": 1.0, "sigma": 0.5}},
    ]

    mu, sigma = float(rng.normal(0.0, 3.0)), float(rng.uniform(0.3, 4.0))
    out.append({"name": "random points", "args": {
        "x": mu + sigma * rng.normal(0.0, 1.5, size=int(rng.integers(10, 31))),
        "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.uniform(-1.0, 1.0)), float(rng.uniform(1e-3, 5e-3))
    out.append({"name": "very small sigma (tall peak)", "args": {
        "x": mu + sigma * np.linspace(-2.0, 2.0, 9), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.uniform(-500.0, 500.0)), float(rng.uniform(500.0, 2000.0))
    out.append({"name": "very large sigma (flat bell)", "args": {
        "x": mu + sigma * rng.uniform(-2.0, 2.0, size=7), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal()), float(rng.uniform(0.5, 2.0))
    out.append({"name": "2-D array keeps its shape", "args": {
        "x": mu + sigma * rng.normal(size=(3, 4)), "mu": mu, "sigma": sigma}})

    mu, sigma = float(rng.normal(0.0, 2.0)), float(rng.uniform(0.5, 3.0))
    out.append({"name": "far in the tails", "args": {
        "x": mu + sigma * np.array([-8.0, -6.0, -4.0, 4.0, 6.0, 8.0]), "mu": mu, "sigma": sigma}})

    out.append({"name": "scalar, negative mean", "args": {
        "x": float(rng.uniform(-6.0, -2.0)), "mu": -4.0, "sigma": float(rng.uniform(1.5, 3.0))}})
    return out
