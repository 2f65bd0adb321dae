"""Your z seems to use the unpooled standard error from the two separate proportions: under H0, p1 = p2, so one pooled proportion goes into the standard error."""
# Mistake: unpooled standard error sqrt(p1(1-p1)/n1 + p2(1-p2)/n2) instead of the pooled one.
import numpy as np
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    se = np.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    z = (p1 - p2) / se
    return float(z), float(2.0 * stats.norm.sf(abs(z)))
