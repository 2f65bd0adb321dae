"""Your loop seems to stop on a relative test, ||delta|| compared with tol times ||x||: the rule compares the step itself with tol, whatever the size of x. Far from 0 a relative test stops much too early."""
# Mistake: stops when ||delta|| < tol * ||x|| (a relative test) instead of ||delta|| < tol.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), -np.asarray(F(x), dtype=float))
        x = x + delta
        if np.linalg.norm(delta) < tol * np.linalg.norm(x):
            break
    return x
