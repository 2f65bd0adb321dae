"""Your matrix seems to be n x n, as if each row were a variable: here rows are observations and columns are variables, so the result is d x d."""
# Mistake: np.cov's default treats each ROW as a variable, giving an n x n matrix.
import numpy as np


def covariance_matrix(X):
    return np.cov(np.asarray(X, dtype=float))
