# Mistake: confuses the quantile of level q with the two-sided critical value of
# confidence q, returning z at (1 + q) / 2 (e.g. 1.96 for q = 0.95).
import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    q = np.asarray(q, dtype=float)
    return (mu + sigma * special.ndtri((1.0 + q) / 2.0))[()]
