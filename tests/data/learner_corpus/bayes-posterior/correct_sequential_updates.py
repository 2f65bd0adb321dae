"""correct: updates one observation at a time, multiplying by that row of likelihoods and renormalising after every step so nothing underflows."""
import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior P(H_k | d_1..d_T) from the prior P(H_k) and likelihood[t, k] = P(d_t | H_k)."""
    post = np.array(prior, dtype=float)
    for row in np.asarray(likelihood, dtype=float):
        post = post * row
        post = post / post.sum()
    return post
