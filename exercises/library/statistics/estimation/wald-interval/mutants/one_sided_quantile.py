# Mistake: uses z_{1 - alpha} (1.645 for alpha = 0.05), the quantile of a ONE-sided bound,
# so the interval is too narrow.
import numpy as np
from scipy import stats


def wald_interval(successes, n, alpha):
    p_hat = successes / n
    se = np.sqrt(p_hat * (1.0 - p_hat) / n)
    z = stats.norm.ppf(1.0 - alpha)
    return float(p_hat - z * se), float(p_hat + z * se)
