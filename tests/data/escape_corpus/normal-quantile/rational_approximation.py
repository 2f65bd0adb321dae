"""Uses the Abramowitz-Stegun 26.2.23 rational approximation, accurate only to about 4.5e-4 (statement: the quantile z with Phi(z) = q)."""
import numpy as np


def _upper(p):
    t = np.sqrt(-2.0 * np.log(p))
    return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (
        1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t ** 3)


def normal_quantile(q, mu, sigma):
    q = np.asarray(q, dtype=float)
    z = np.where(q < 0.5, -_upper(np.minimum(q, 1 - q)), _upper(np.minimum(q, 1 - q)))
    return (mu + sigma * z)[()]
