"""Your matrix seems built from the raw data: covariance measures spread around the column means, so each column's mean has to be subtracted first."""
# Mistake: forgets to subtract the column means (this is a scaled second-moment matrix).
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    return X.T @ X / (X.shape[0] - 1)
