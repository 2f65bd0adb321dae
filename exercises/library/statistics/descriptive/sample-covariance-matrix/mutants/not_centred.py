# Mistake: forgets to subtract the column means (this is a scaled second-moment matrix).
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    return X.T @ X / (X.shape[0] - 1)
