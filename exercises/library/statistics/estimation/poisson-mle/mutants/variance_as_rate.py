"""Your lambda_hat looks like the sample variance: setting the derivative of the log-likelihood to zero gives the sample mean as the maximum-likelihood estimate."""
# Mistake: estimates lam by the sample variance ("for a Poisson, lam is the variance").
# Consistent, but not the maximum-likelihood estimate.
import numpy as np


def poisson_mle(counts):
    counts = np.asarray(counts, dtype=float)
    lam = np.var(counts, ddof=1) if len(counts) > 1 else np.mean(counts)
    return float(lam), float(np.sqrt(lam / len(counts)))
