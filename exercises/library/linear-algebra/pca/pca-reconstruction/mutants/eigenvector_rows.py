"""You seem to take rows of the eigenvector matrix as the principal directions. The unit eigenvectors are its columns."""
# Mistake: takes ROWS of the eigenvector matrix as the eigenvectors (V[-k:] instead of V[:, -k:]).
import numpy as np


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    Xc = X - mu
    lam, V = np.linalg.eigh(Xc.T @ Xc / X.shape[0])
    Uk = V[V.shape[0] - k:, :].T
    return Xc @ Uk @ Uk.T + mu
