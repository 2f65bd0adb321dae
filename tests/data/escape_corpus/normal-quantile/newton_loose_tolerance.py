"""Newton on Phi(z) = q stopped when |Phi(z) - q| < 1e-6, which for tiny q leaves z far off (statement: Phi(z_q) = q, q as small as 1e-12)."""
import numpy as np
from scipy import special


def _z(q):
    z = 0.0
    for _ in range(100):
        cdf = 0.5 * special.erfc(-z / np.sqrt(2.0))
        if abs(cdf - q) < 1e-6:
            break
        pdf = np.exp(-z * z / 2) / np.sqrt(2 * np.pi)
        z = z - (cdf - q) / max(pdf, 1e-300)
    return z


def normal_quantile(q, mu, sigma):
    q = np.asarray(q, dtype=float)
    return (mu + sigma * np.vectorize(_z)(q))[()]
