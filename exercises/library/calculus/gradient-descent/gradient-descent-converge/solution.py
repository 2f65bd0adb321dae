import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    """Gradient descent from x0 until ||grad(x)|| < tol or max_iter steps; return x."""
    x = np.array(x0, dtype=float)        # a float copy: x0 is never modified
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x = x - learning_rate * g
    return x
