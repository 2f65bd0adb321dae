"""Your step looks like -H g, the Hessian times the gradient; Newton's step is -H^(-1) g, the solution delta of H delta = -g."""
# Mistake: multiplies the gradient by the Hessian instead of solving with it
# (x - H g instead of x - H^-1 g).
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = -np.asarray(hess(x), dtype=float) @ np.asarray(grad(x), dtype=float)
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
