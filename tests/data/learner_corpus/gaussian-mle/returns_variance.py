"""wrong: returns the MLE variance sigma^2 as the second value instead of the standard deviation sigma."""
import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    mu = np.mean(x)
    return float(mu), float(np.mean((x - mu) ** 2))
