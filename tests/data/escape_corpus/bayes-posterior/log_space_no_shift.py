"""Sums log-likelihoods but exponentiates without subtracting the maximum, so hundreds of observations underflow to 0/0 (statement: T in the hundreds, mind underflow)."""
import numpy as np


def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_post = np.log(prior) + np.log(likelihood).sum(axis=0)
        post = np.exp(log_post)
        return post / post.sum()
