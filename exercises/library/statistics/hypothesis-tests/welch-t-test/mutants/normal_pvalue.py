"""Your p-value looks too small, as if taken from the normal distribution: t follows Student's t with the Welch-Satterthwaite nu degrees of freedom, which has heavier tails."""
# Mistake: takes the p-value from the standard normal distribution instead of the
# t distribution; too small for small samples, where the t distribution has heavy tails.
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
    return t, df, 2 * stats.norm.sf(abs(t))
