"""You seem to skip centring, so the directions come from X^T X and points are projected through the origin. Subtract the mean, project, then add the mean back."""
# Mistake: skips the centring: uses X^T X / N and projects X itself (through the origin),
# so the principal directions are pulled towards the mean and the mean is not restored.
import numpy as np


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    lam, V = np.linalg.eigh(X.T @ X / X.shape[0])
    Uk = V[:, ::-1][:, :k]
    return X @ Uk @ Uk.T
