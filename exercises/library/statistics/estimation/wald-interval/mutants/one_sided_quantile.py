"""Your interval seems too narrow, as if z at 1 - alpha (1.645 for alpha = 0.05) were used: a two-sided interval leaves alpha/2 in each tail, so z at 1 - alpha/2 (1.96)."""
# Mistake: uses z_{1 - alpha} (1.645 for alpha = 0.05), the quantile of a ONE-sided bound,
# so the interval is too narrow.
import numpy as np
from scipy import stats


def wald_interval(successes, n, alpha):
    p_hat = successes / n
    se = np.sqrt(p_hat * (1.0 - p_hat) / n)
    z = stats.norm.ppf(1.0 - alpha)
    return float(p_hat - z * se), float(p_hat + z * se)
