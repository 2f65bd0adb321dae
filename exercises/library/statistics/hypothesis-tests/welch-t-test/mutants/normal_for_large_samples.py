"""Your p-value seems to come from the normal distribution when both samples are large: t follows Student's t with the Welch-Satterthwaite nu degrees of freedom whatever the sizes, and with nu near 100 its tails are still visibly heavier."""
# Mistake: switches to the normal distribution once both samples have 30 or more values
# (a rule of thumb for tables), instead of t with nu degrees of freedom.
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = np.var(a, ddof=1) / na
    vb = np.var(b, ddof=1) / nb
    t = (np.mean(a) - np.mean(b)) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (na - 1) + vb**2 / (nb - 1))
    if min(na, nb) >= 30:
        p = 2.0 * stats.norm.sf(abs(t))
    else:
        p = 2.0 * stats.t.sf(abs(t), df)
    return float(t), float(df), float(p)
