"""Your loop seems to run all max_iter steps, ignoring tol: stop as soon as the gradient norm drops below tol, even if the budget is not used up. With a loose tol the answer is then visibly short of the minimum."""
# Mistake: never tests the gradient against tol, so it always takes max_iter steps.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
    return x
