import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # TODO: centre X and y, solve the regularised normal equations, recover the intercept.
    w = np.zeros(X.shape[1])
    b = 0.0
    return w, b
