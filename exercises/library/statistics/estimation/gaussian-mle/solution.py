import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    mu = np.mean(x)
    sigma = np.sqrt(np.mean((x - mu) ** 2))   # divide by n (ddof=0): the MLE
    return float(mu), float(sigma)
