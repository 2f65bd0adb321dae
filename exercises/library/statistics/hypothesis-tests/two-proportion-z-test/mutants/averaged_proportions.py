"""Your pooled proportion seems to be the average of the two group proportions: under H0 pool all the data, (x1 + x2)/(n1 + n2), which weighs the groups by size."""
# Mistake: "pools" by averaging the two proportions, (p1 + p2) / 2, which ignores the
# group sizes; only right when n1 = n2.
import numpy as np
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    pooled = (p1 + p2) / 2
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return float(z), float(2.0 * stats.norm.sf(abs(z)))
