"""Your iterates seem to lag one step behind, as if x moved with the old velocity: first compute v_(k+1) from v_k and the gradient at x_k, then move x by v_(k+1)."""
# Mistake: moves x with the old velocity before updating it, so each step lags one iteration behind.
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        x_new = x + v
        v = beta * v - learning_rate * np.asarray(grad(x), dtype=float)
        x = x_new
    return x
