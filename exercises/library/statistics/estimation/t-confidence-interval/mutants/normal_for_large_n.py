"""Your interval looks slightly too narrow for large samples, as if the normal quantile took over once n is large: the interval uses Student's t with n - 1 degrees of freedom for every n (1.972 rather than 1.960 at n = 200)."""
# Mistake: switches to the normal quantile for "large" samples (n >= 30).
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x, ddof=1) / np.sqrt(n)
    q = stats.norm.ppf(1.0 - alpha / 2.0) if n >= 30 else stats.t.ppf(1.0 - alpha / 2.0, n - 1)
    return float(np.mean(x) - q * se), float(np.mean(x) + q * se)
