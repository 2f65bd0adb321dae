import numpy as np


def soft_threshold(rho, lam):
    """S(rho, lam) = sign(rho) * max(|rho| - lam, 0)."""
    # TODO
    return rho


def lasso_cd(X, y, lam):
    """Minimise (1 / (2n)) * ||y - X w||^2 + lam * ||w||_1 by cyclic coordinate descent."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    w = np.zeros(p)
    # TODO: sweep over the coordinates j = 0, ..., p-1, setting each w[j] to the minimiser of
    # the objective in w[j] alone, until the coefficients stop changing.
    return w
