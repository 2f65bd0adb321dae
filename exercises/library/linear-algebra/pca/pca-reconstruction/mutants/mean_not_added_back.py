"""Your reconstruction seems to be centred at the origin: the mean was not added back. Each reconstructed sample is mu plus the projection of x_n - mu."""
# Mistake: centres and projects correctly but returns the centred reconstruction, without
# adding the mean back.
import numpy as np


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    lam, V = np.linalg.eigh(Xc.T @ Xc / X.shape[0])
    Uk = V[:, ::-1][:, :k]
    return Xc @ Uk @ Uk.T
