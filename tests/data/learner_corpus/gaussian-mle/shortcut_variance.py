"""wrong: computes the variance with the one-pass shortcut mean(x^2) - mu^2, which loses most digits (or goes negative) when the values are large and close together."""
import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    mu = np.mean(x)
    with np.errstate(invalid="ignore"):
        sigma = np.sqrt(np.mean(x ** 2) - mu ** 2)
    return float(mu), float(sigma)
