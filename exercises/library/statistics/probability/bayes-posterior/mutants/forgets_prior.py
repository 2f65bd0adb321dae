"""Your posterior seems to ignore the prior, normalising the likelihoods alone (the base-rate fallacy): each likelihood must be multiplied by its prior P(H_k) before normalising."""
# Mistake: normalises the likelihood alone and forgets to multiply by the prior
# (the "base rate fallacy").
import numpy as np


def bayes_posterior(prior, likelihood):
    likelihood = np.asarray(likelihood, dtype=float)
    with np.errstate(divide="ignore"):
        log_post = np.log(likelihood).sum(axis=0)
    post = np.exp(log_post - log_post.max())
    return post / post.sum()
