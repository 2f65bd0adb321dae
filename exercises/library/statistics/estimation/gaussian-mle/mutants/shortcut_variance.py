"""Your sigma_hat seems inaccurate for values that are large compared with their spread, as with the shortcut mean(x^2) - mean(x)^2, which subtracts two nearly equal large numbers. Average the squared deviations (x - mu_hat)^2 instead."""
# Mistake: the one-pass shortcut for the variance, mean(x**2) - mean(x)**2: algebraically
# right, but it cancels catastrophically for values near 1e6 with a spread of 0.1.
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    mu = np.mean(x)
    return float(mu), float(np.sqrt(np.mean(x**2) - mu**2))
