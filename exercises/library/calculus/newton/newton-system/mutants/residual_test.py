"""Your loop seems to stop when ||F(x)|| is below tol: the rule tests the length of the step delta, which can be much larger than ||F(x)|| where F is flat (at a multiple root, for example)."""
# Mistake: stops when ||F(x)|| < tol instead of when the step is shorter than tol.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        Fx = np.asarray(F(x), dtype=float)
        if np.linalg.norm(Fx) < tol:
            break
        x = x + np.linalg.solve(np.asarray(J(x), dtype=float), -Fx)
    return x
