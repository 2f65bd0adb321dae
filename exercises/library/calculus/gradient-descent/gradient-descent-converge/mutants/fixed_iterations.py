"""Your loop seems to run a fixed number of steps whatever tol and max_iter are: stop as soon as the gradient norm drops below tol, and never take more than max_iter steps."""
# Mistake: ignores the stopping rule and the budget and always takes 100 steps, which is too
# few for slowly converging problems (and too many when the budget is smaller).
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(100):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
    return x
