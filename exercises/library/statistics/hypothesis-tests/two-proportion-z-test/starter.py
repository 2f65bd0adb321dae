import numpy as np
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    """Two-proportion z-test with the pooled proportion: return (z, two-sided p-value)."""
    # TODO: pooled proportion, standard error, z, then the two-sided p-value.
    return 0.0, 1.0
