"""Your answer seems one step behind: you stop when delta is small but before adding it. Take the step first, x + delta, and then stop if the step you just took was shorter than tol."""
# Mistake: tests the step against tol before applying it, so the last (small) step is never taken.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), -np.asarray(F(x), dtype=float))
        if np.linalg.norm(delta) < tol:
            break
        x = x + delta
    return x
