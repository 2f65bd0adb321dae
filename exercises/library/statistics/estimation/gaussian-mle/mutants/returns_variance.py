"""Your sigma_hat looks like the variance: the task asks for the standard deviation, the square root of the average squared deviation."""
# Mistake: returns the variance sigma^2 instead of the standard deviation sigma.
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.var(x))
