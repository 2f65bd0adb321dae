"""Your loop seems to run all max_iter steps, ignoring tol: stop as soon as a step delta is shorter than tol, even if the budget is not used up. With a loose tol the answer is then visibly short of the minimum."""
# Mistake: never tests the step against tol, so it always takes max_iter steps.
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        x = x + np.linalg.solve(np.asarray(hess(x), dtype=float), -np.asarray(grad(x), dtype=float))
    return x
