"""lambda seems to be added to every entry of X_c^T X_c, not just its diagonal. The penalty lambda|w|^2 contributes lambda times the identity matrix."""
# Mistake: Xc.T @ Xc + lam adds lam to every entry of the matrix (numpy broadcasting)
# instead of only to its diagonal (lam * I).
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.lstsq(Xc.T @ Xc + lam, Xc.T @ yc, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)
