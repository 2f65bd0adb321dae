import numpy as np
from scipy import stats


def wald_interval(successes, n, alpha):
    """Wald confidence interval (low, high) of level 1 - alpha for a proportion."""
    p_hat = successes / n
    # TODO: p_hat -/+ z_{1 - alpha/2} * standard error.
    return p_hat, p_hat
