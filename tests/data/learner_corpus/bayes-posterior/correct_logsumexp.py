"""correct: adds log prior and log likelihoods, then normalises with scipy.special.logsumexp before exponentiating."""
import numpy as np
from scipy.special import logsumexp


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    with np.errstate(divide="ignore"):
        log_post = np.log(prior) + np.log(likelihood).sum(axis=0)
    return np.exp(log_post - logsumexp(log_post))
