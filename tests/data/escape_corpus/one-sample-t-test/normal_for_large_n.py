"""Uses the normal distribution for the p-value once n >= 30 (statement: t follows Student's t with n - 1 degrees of freedom)."""
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = x.size
    t = (x.mean() - mu0) / (x.std(ddof=1) / np.sqrt(n))
    dist = stats.norm if n >= 30 else stats.t(n - 1)
    return float(t), float(2 * dist.sf(abs(t)))
