"""Your mu_hat looks like the median: maximising the Gaussian likelihood in mu minimises the sum of squared deviations, which gives the sample mean."""
# Mistake: estimates mu by the median (the MLE of a Laplace location, not of a Gaussian mean).
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    mu = np.median(x)
    return float(mu), float(np.sqrt(np.mean((x - np.mean(x)) ** 2)))
