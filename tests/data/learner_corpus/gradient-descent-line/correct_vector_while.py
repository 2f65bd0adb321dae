"""correct: stores the parameters as a numpy vector theta = (m, b) and takes theta -= eta * grad in a while loop with an explicit counter."""
import numpy as np


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    theta = np.array([m, b], dtype=float)
    step = 0
    while step < num_iterations:
        grad = np.array([dEdm(theta[0], theta[1], X, Y), dEdb(theta[0], theta[1], X, Y)], dtype=float)
        theta = theta - learning_rate * grad
        step += 1
    return float(theta[0]), float(theta[1])
