import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    """Newton's method for F(x) = 0: solve J(x) delta = -F(x), x = x + delta."""
    x = np.array(x0, dtype=float)
    # TODO: Newton iterations.
    return x
