"""Your covariances seem to lose most of their digits when the means are large. The shortcut (1/N) X X^T - mu mu^T is right on paper, but it subtracts two huge, nearly equal numbers (about 10^12 here) to get a small one. Centre the data first, then multiply."""
# Mistake: the one-pass formula E[x x^T] - mu mu^T. Equal on paper, but with means near 1e6 and
# a spread near 1 it cancels catastrophically and leaves errors around 1e-4.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=1)
    return X @ X.T / X.shape[1] - np.outer(mu, mu)
