"""Your steps look computed with the transpose of J: its rows are the equations and its columns the unknowns, so solve J delta = -F, not J^T delta = -F."""
# Mistake: solves with the transposed Jacobian J^T (columns taken as equations).
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float).T, -np.asarray(F(x), dtype=float))
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
