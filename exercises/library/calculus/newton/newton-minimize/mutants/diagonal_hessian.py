"""Your steps look like the gradient divided entry by entry by the Hessian's diagonal, ignoring the mixed second derivatives: the Newton step solves the full system H delta = -g."""
# Mistake: divides the gradient by the diagonal of the Hessian entry by entry, ignoring the
# mixed second derivatives (a "diagonal Newton" step).
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = -np.asarray(grad(x), dtype=float) / np.diag(np.asarray(hess(x), dtype=float))
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
