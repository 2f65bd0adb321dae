import numpy as np


def pca_reconstruct(X, k):
    """Project the rows of X (N samples, D features) onto the top-k principal components."""
    X = np.asarray(X, dtype=float)
    # TODO: centre, covariance, top-k eigenvectors, project, add the mean back.
    return X.copy()
