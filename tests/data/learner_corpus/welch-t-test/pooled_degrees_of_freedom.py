"""wrong: uses the pooled-test degrees of freedom n_a + n_b - 2 instead of the Welch-Satterthwaite formula, for the returned df and the p-value."""
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
    df = na + nb - 2
    p = 2 * stats.t.sf(abs(t), df)
    return float(t), float(df), float(p)
