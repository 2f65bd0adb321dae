"""Your path seems drawn with its coordinates swapped: the first coordinate of each point goes on the x axis, the second on the y axis."""
import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    path = [x.copy()]
    for _ in range(num_steps):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
        path.append(x.copy())
    path = np.array(path)
    fig, ax = plt.subplots()
    ax.plot(path[:, 1], path[:, 0], marker="o")
    ax.set_title("Gradient descent path")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return fig
