# Mistake: np.cov's default treats each ROW as a variable, giving an n x n matrix.
import numpy as np


def covariance_matrix(X):
    return np.cov(np.asarray(X, dtype=float))
