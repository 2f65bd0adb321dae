"""Your step looks like -J F, the Jacobian times F; Newton's step solves the linear system J delta = -F, which is -J^(-1) F."""
# Mistake: multiplies F by the Jacobian instead of solving with it (x - J F instead of x - J^-1 F).
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = -np.asarray(J(x), dtype=float) @ np.asarray(F(x), dtype=float)
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
