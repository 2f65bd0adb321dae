"""Your p-value looks like half the right one: the two-sided p-value counts both tails, 2 P(T >= |t|) with nu degrees of freedom."""
# Mistake: reports the one-sided tail probability P(T >= |t|) instead of the two-sided p-value.
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
    return t, df, stats.t.sf(abs(t), df)
