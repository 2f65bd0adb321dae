"""Your posterior seems to add the likelihoods of the observations: for independent observations P(D | H_k) is their product."""
# Mistake: adds the likelihoods of the observations instead of multiplying them.
import numpy as np


def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    post = prior * likelihood.sum(axis=0)
    return post / post.sum()
