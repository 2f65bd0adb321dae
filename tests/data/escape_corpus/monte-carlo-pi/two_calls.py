"""Draws x and y with two separate calls (statement: one call, xy = rng.random((n, 2)))."""
import numpy as np


def estimate_pi(n, seed):
    rng = np.random.default_rng(seed)
    x = rng.random(n)
    y = rng.random(n)
    p = np.mean(x * x + y * y <= 1)
    return float(4 * p), float(4 * np.sqrt(p * (1 - p) / n))
