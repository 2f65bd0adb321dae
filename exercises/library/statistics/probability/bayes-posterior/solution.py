import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    with np.errstate(divide="ignore"):          # log(0) = -inf: an impossible hypothesis
        log_post = np.log(prior) + np.log(likelihood).sum(axis=0)
    log_post -= log_post.max()                  # the best hypothesis gets log 0: no underflow
    post = np.exp(log_post)
    return post / post.sum()
