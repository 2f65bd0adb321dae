"""Your result looks like the two-sided critical value for confidence q (1.96 for q = 0.95); the quantile of level q leaves exactly q to its left, so z_0.95 is 1.645."""
# Mistake: confuses the quantile of level q with the two-sided critical value of
# confidence q, returning z at (1 + q) / 2 (e.g. 1.96 for q = 0.95).
import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    q = np.asarray(q, dtype=float)
    return (mu + sigma * special.ndtri((1.0 + q) / 2.0))[()]
