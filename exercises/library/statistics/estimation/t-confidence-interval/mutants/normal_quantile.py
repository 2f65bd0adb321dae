"""Your interval looks too narrow for small samples, as if a normal quantile (1.96) were used: with s estimated from the data the quantile comes from Student's t with n - 1 df."""
# Mistake: uses the normal quantile z (1.96 for alpha = 0.05) instead of the t quantile:
# far too narrow for small samples.
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    se = np.std(x, ddof=1) / np.sqrt(len(x))
    z = stats.norm.ppf(1.0 - alpha / 2.0)
    return float(np.mean(x) - z * se), float(np.mean(x) + z * se)
