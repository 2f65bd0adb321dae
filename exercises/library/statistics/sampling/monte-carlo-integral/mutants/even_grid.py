"""Your estimate seems to come from evenly spaced points rather than random ones: that is a quadrature rule, not Monte Carlo, and its error is not what the standard error describes. Draw the n points with rng.uniform(a, b, size=n) from the seeded generator."""
# Mistake: averages f over an evenly spaced grid (a midpoint rule) and reports the plain
# Monte Carlo standard error, as if the points were random.
import numpy as np


def mc_integral(a, b, n, seed):
    u = a + (b - a) * (np.arange(n) + 0.5) / n
    f = np.exp(-(u**2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / np.sqrt(n))
