"""Your posterior seems to become nan with many observations: a product of hundreds of likelihoods underflows to 0, so add log-likelihoods instead and rescale before exponentiating."""
# Mistake: multiplies the raw likelihoods. Right for a few observations, but with hundreds the
# product underflows to 0 for every hypothesis and 0 / 0 gives nan.
import numpy as np


def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    post = prior * likelihood.prod(axis=0)
    return post / post.sum()
