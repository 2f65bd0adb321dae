"""Your p-value looks like half the right one: the alternative (p1 differs from p2) is two-sided, so count both tails, 2 P(Z >= |z|)."""
# Mistake: one-sided p-value P(Z >= |z|) for a two-sided test.
import numpy as np
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return float(z), float(stats.norm.sf(abs(z)))
