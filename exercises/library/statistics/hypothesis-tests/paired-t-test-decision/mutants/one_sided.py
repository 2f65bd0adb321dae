"""Your p-value looks like half the two-sided one: the test is two-sided, so count both tails, p = 2 P(T >= |t|), and decide with that."""
# Mistake: a one-sided p-value P(T >= |t|) for a two-sided test (and decisions made with it).
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    p = stats.t.sf(abs(t), n - 1)
    return float(t), float(p), "reject" if p < alpha else "fail to reject"
