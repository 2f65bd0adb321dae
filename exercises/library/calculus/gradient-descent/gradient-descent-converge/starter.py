import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    """Gradient descent from x0 until ||grad(x)|| < tol or max_iter steps; return x."""
    x = np.array(x0, dtype=float)
    # TODO: the gradient-descent loop with its stopping test.
    return x
