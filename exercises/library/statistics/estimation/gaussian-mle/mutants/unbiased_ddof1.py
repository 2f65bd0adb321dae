"""Your sigma_hat looks slightly too large, as with the n - 1 denominator: the maximum-likelihood estimate divides the squared deviations by n."""
# Mistake: uses the unbiased sample standard deviation (divide by n - 1), which is not the MLE.
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.std(x, ddof=1))
