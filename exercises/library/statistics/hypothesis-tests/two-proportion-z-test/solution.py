import numpy as np
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    """Two-proportion z-test with the pooled proportion: return (z, two-sided p-value)."""
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)                     # the common proportion under H0
    se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2))
    z = (p1 - p2) / se
    p = 2.0 * stats.norm.sf(abs(z))
    return float(z), float(p)
