import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    """Newton's method for a minimum: solve hess(x) delta = -grad(x), x = x + delta."""
    x = np.array(x0, dtype=float)
    # TODO: Newton iterations.
    return x
