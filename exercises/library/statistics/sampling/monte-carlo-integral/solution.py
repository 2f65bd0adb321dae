import numpy as np


def mc_integral(a, b, n, seed):
    """Monte Carlo estimate of the integral of exp(-x**2 / 2) over [a, b]: (estimate, SE)."""
    rng = np.random.default_rng(seed)
    u = rng.uniform(a, b, size=n)
    f = np.exp(-(u**2) / 2.0)
    estimate = (b - a) * np.mean(f)
    se = (b - a) * np.std(f, ddof=1) / np.sqrt(n)
    return float(estimate), float(se)
