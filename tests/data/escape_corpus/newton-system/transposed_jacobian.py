"""Solves with J(x) transposed, as if rows were unknowns (statement: J[i, j] = dF_i/dx_j, solve J delta = -F)."""
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x)).T, -np.asarray(F(x)))
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
