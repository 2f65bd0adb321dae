"""wrong: computes 2 * P(T > t) without taking |t|, so a negative statistic gives a p-value above 1 (2 minus the correct value)."""
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    """Welch's two-sample t-test: return (t, degrees of freedom, two-sided p-value)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = np.var(a, ddof=1) / na
    vb = np.var(b, ddof=1) / nb
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
    p = 2 * (1 - stats.t.cdf(t, df))
    return float(t), float(df), float(p)
