"""Multiplies all likelihoods before normalising once, which underflows for long sequences (statement: T can be in the hundreds)."""
import numpy as np


def bayes_posterior(prior, likelihood):
    post = np.array(prior, dtype=float)
    for row in np.asarray(likelihood, dtype=float):
        post = post * row
    with np.errstate(invalid="ignore"):
        return post / post.sum()
