"""Your path seems to start at the first step, one point short: the path begins at the starting point x0 itself, so N steps give N + 1 points."""
import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    path = []
    for _ in range(num_steps):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
        path.append(x.copy())
    path = np.array(path).reshape(-1, 2)
    fig, ax = plt.subplots()
    ax.plot(path[:, 0], path[:, 1], marker="o")
    ax.set_title("Gradient descent path")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return fig
