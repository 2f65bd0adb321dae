"""wrong: normalises the product of the likelihoods without multiplying by the prior, which amounts to assuming a uniform prior."""
import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    with np.errstate(divide="ignore"):
        log_post = np.log(likelihood).sum(axis=0)
    log_post -= np.max(log_post)
    post = np.exp(log_post)
    return post / post.sum()
