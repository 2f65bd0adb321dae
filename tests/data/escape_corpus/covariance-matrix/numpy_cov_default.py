"""Calls np.cov with its default n - 1 denominator (statement: divide by N)."""
import numpy as np


def covariance(X):
    return np.atleast_2d(np.cov(np.asarray(X, dtype=float)))
