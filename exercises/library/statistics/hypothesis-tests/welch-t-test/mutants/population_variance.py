"""Your t looks too large and nu slightly off, as if the variances divided by n: the formulas use the sample variances, with the n - 1 denominator."""
# Mistake: np.var's default ddof=0 (population variance, divide by n) instead of the
# sample variance (divide by n - 1). t comes out too large, df changes too.
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = np.var(a) / na
    vb = np.var(b) / nb
    t = (np.mean(a) - np.mean(b)) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (na - 1) + vb**2 / (nb - 1))
    return t, df, 2 * stats.t.sf(abs(t), df)
