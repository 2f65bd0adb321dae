"""wrong: multiplies the likelihoods directly instead of adding logarithms, so with hundreds of observations every product underflows to 0 and the normalisation gives 0/0 = nan."""
import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    unnorm = prior * np.prod(likelihood, axis=0)
    with np.errstate(invalid="ignore"):
        return unnorm / unnorm.sum()
