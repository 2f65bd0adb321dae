"""Your steps seem to go the wrong way: setting the linearisation F + J delta to zero gives J delta = -F, with a minus sign."""
# Mistake: solves J delta = F (without the minus sign) and still adds delta.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), np.asarray(F(x), dtype=float))
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
