import numpy as np


def estimate_pi(n, seed):
    """Monte Carlo estimate of pi from n seeded points in the unit square: (estimate, SE)."""
    rng = np.random.default_rng(seed)
    xy = rng.random((n, 2))                       # one call: row i is the point (x_i, y_i)
    inside = xy[:, 0] ** 2 + xy[:, 1] ** 2 <= 1.0
    p_hat = np.mean(inside)                       # estimates pi / 4
    se = 4.0 * np.sqrt(p_hat * (1.0 - p_hat) / n)
    return float(4.0 * p_hat), float(se)
