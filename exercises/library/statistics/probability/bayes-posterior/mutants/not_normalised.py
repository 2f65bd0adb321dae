"""Your posterior seems not to sum to 1: prior times likelihood must be divided by the evidence P(D), their sum over all the hypotheses."""
# Mistake: returns prior x likelihood without dividing by the evidence P(D).
import numpy as np


def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    return prior * likelihood.prod(axis=0)
