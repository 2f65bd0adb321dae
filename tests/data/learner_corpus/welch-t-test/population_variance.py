"""wrong: uses np.var's default ddof=0 (dividing by n) for the two sample variances instead of the n - 1 sample variance."""
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    """Welch's two-sample t-test: return (t, degrees of freedom, two-sided p-value)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = np.var(a) / na
    vb = np.var(b) / nb
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
    p = 2 * stats.t.sf(abs(t), df)
    return float(t), float(df), float(p)
