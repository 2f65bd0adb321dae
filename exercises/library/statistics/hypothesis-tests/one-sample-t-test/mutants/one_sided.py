"""Your p-value looks like half the right one: the two-sided p-value counts both tails, P(|T| >= |t|) = 2 P(T >= |t|)."""
# Mistake: reports the one-sided tail P(T >= |t|) instead of the two-sided p-value.
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    return float(t), float(stats.t.sf(abs(t), n - 1))
