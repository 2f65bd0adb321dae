"""Your path seems drawn as separate pieces (one line per step): draw it as one line through all the points, in order."""
import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    fig, ax = plt.subplots()
    ax.plot([x[0]], [x[1]], marker="o")
    for _ in range(num_steps):
        new = x - learning_rate * np.asarray(grad(x), dtype=float)
        ax.plot([x[0], new[0]], [x[1], new[1]], marker="o")
        x = new
    ax.set_title("Gradient descent path")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return fig
