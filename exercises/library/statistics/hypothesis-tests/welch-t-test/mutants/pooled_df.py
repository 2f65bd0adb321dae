"""Your degrees of freedom look like n_a + n_b - 2, Student's pooled value: Welch's test uses the Welch-Satterthwaite formula for nu, usually not an integer."""
# Mistake: uses Student's pooled degrees of freedom n1 + n2 - 2 instead of Welch-Satterthwaite.
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = np.var(a, ddof=1) / na
    vb = np.var(b, ddof=1) / nb
    t = (np.mean(a) - np.mean(b)) / np.sqrt(va + vb)
    df = na + nb - 2
    return t, df, 2 * stats.t.sf(abs(t), df)
