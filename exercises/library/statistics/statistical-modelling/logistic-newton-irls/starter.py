import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    """Logistic regression of y on an intercept and the columns of X by Newton's method from
    w = 0. Returns (coef, se, iterations), the intercept first."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    iterations = 0
    # TODO: Newton updates w = w + delta with H delta = g, until max |delta| <= tol or
    # max_iter updates; then the standard errors from H at the final w.
    return w, np.zeros_like(w), iterations
