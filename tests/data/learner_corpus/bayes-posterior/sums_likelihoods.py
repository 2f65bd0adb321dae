"""wrong: combines the independent observations by summing their likelihoods instead of multiplying them."""
import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    unnorm = prior * likelihood.sum(axis=0)
    return unnorm / unnorm.sum()
